//! The whole page, as Leptos views over the report's model: rendered into
//! `index.html` at build time (`prerender`), and the report and its
//! contents drawn again by the later half for a report the reader opens.
//! Static markup with no state of its own: what changes is set on it by
//! the two halves, which find its elements by the names in `markup`.

mod contents;
mod copy_link;
mod data;
mod figure;
mod head;
mod inline;
mod legend;
mod masthead;
mod paragraph;
mod repairs;
mod search_bar;
mod sections;
mod settings;
mod shelf_nav;
mod targets;
mod topbar;

pub use contents::entries as contents_entries;
pub use data::data;
pub use head::{description, document_title};
pub use search_bar::search_icon;
pub use shelf_nav::{Beside, BesideTargets, ShelfLink, ShelfLinks};
pub use targets::targets_view;

use super::markup;
use crate::report::Model;
use leptos::prelude::*;
use paragraph::paragraph;

/// The page. Each piece has an element of its own (`display: contents`).
/// The overlays (messages, search results; the later half's popover and
/// sheets) are hidden until used, so the page leaves them out and the app
/// adds them. In a library, the report opens with its way back and to
/// the same place's other years.
pub fn page(model: &Model, shelf: Option<&ShelfLinks>) -> impl IntoView + use<> {
    if let Some(links) = shelf {
        // For the targets view, deep in the text.
        provide_context(BesideTargets(links.beside.clone()));
    }
    let shelf = shelf.map(shelf_nav::shelf_nav);
    view! {
        <a class="skip" href=markup::REPORT.selector>"跳到正文"</a>
        <div id="top" class=markup::PIECE.name>{topbar::topbar(model)}</div>
        <div class="layout">
            <div id=markup::CONTENTS.name class=markup::PIECE.name>{contents::contents(model)}</div>
            <main id=markup::REPORT.name class="report" tabindex="-1">{shelf}{report_body(model)}</main>
        </div>
        <div id=markup::OVERLAYS.name class=markup::PIECE.name></div>
    }
}

/// The report itself: its front matter and legend, parts and sections,
/// closing words, appendices and repairs.
pub fn report_body(model: &Model) -> impl IntoView + use<> {
    let report = &model.report;
    let opening = report.front[report.masthead_len()..]
        .iter()
        .map(|block| paragraph(model, block))
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
        .map(|part| sections::part_view(model, part))
        .collect_view();
    let closing = report
        .closing
        .iter()
        .map(|block| paragraph(model, block))
        .collect_view();
    let appendices = report
        .appendices
        .iter()
        .map(|appendix| sections::appendix_view(model, appendix))
        .collect_view();
    view! {
        {masthead::masthead(model)}
        {legend::legend(model)}
        {notice}
        <div class="opening">{opening}</div>
        {parts}
        <div class="closing">{closing}</div>
        {appendices}
        {repairs::repairs_view(&model.report)}
    }
}
