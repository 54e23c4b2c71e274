//! The whole page: the sticky bar, the table of contents, the report, and
//! the overlays (figure explanation, panels, messages). Rendered to HTML at
//! build time (`prerender`); in the browser the report stays as it arrived
//! and only the interactive pieces are drawn again (`mount`).

use super::collapsible::part_view;
use super::legend::legend;
use super::masthead::masthead;
use super::paragraph::{block_text, paragraph};
use super::repairs::repairs_view;
use super::toc::Toc;
use super::topbar::TopBar;
use crate::report::{Document, Role};
use leptos::prelude::*;
use std::sync::Arc;

/// Where the reader's collapsed sections are kept: one key per text.
pub fn storage_key(document: &Document) -> String {
    format!("baogao:{:016x}:collapsed", document.fingerprint)
}

/// The page, for the `Document` in context, as rendered at build time. Each
/// piece has an element of its own (`display: contents`). The overlays
/// (messages, search results; the later half's popover and sheets) are
/// hidden until used, so the page leaves them out and the app adds them.
#[component]
pub fn Page() -> impl IntoView {
    let document = expect_context::<Arc<Document>>();
    view! {
        <a class="skip" href="#report">"跳到正文"</a>
        <div id="top" class="piece"><TopBar/></div>
        <div class="layout">
            <div id="contents" class="piece"><Toc/></div>
            <main id="report" class="report" tabindex="-1">{report_body(&document)}</main>
        </div>
        <div id="overlays" class="piece"></div>
    }
}

pub fn page_title(document: &Document) -> String {
    document.report.title().unwrap_or("政府工作报告").to_owned()
}

/// The report itself: static markup, the same at build time and in the
/// browser, with no state of its own.
pub fn report_body(document: &Document) -> impl IntoView + use<> {
    let report = &document.report;
    let repairs = report.repairs().len();
    let opening = report
        .front
        .iter()
        .filter(|block| {
            !matches!(
                block.role,
                Role::Title | Role::Meeting | Role::Speaker | Role::Source
            )
        })
        .map(|block| paragraph(document, block))
        .collect_view();
    let notice = (!report.has_structure()).then(|| {
        view! {
            <p class="notice" role="note">
                "未识别出报告的章节结构，以下按段落显示全文。"
                "No report structure was found: the text is shown as paragraphs."
            </p>
        }
    });
    let parts = report
        .parts
        .iter()
        .map(|part| part_view(document, part))
        .collect_view();
    let closing = report
        .closing
        .iter()
        .map(|block| paragraph(document, block))
        .collect_view();
    let appendices = report
        .appendices
        .iter()
        .map(|appendix| {
            let blocks = appendix
                .blocks
                .iter()
                .map(|block| match block.role {
                    Role::Heading => {
                        view! { <h3 id=block.id.clone()>{block_text(document, block)}</h3> }
                            .into_any()
                    }
                    _ => paragraph(document, block).into_any(),
                })
                .collect_view();
            view! {
                <section id=appendix.id.clone() class="appendix">
                    <h2 class="heading">{block_text(document, &appendix.heading)}</h2>
                    {blocks}
                </section>
            }
        })
        .collect_view();
    view! {
        {masthead(document, repairs)}
        {legend(document)}
        {notice}
        <div class="opening">{opening}</div>
        {parts}
        <div class="closing">{closing}</div>
        {appendices}
        {repairs_view(report)}
    }
}
