//! The table of contents: a sidebar on wide screens, a drawer on phones
//! (`first::contents` makes it work), with the reading settings. Its
//! entries are drawn again by the later half for an opened report.

use super::settings::settings;
use crate::report::{Block, Model};
use crate::ui::markup::{COLLAPSE_ALL, EXPAND_ALL, TOC, TOC_BACKDROP, TOC_CLOSE};
use leptos::prelude::*;

/// A heading without its final `。`, as a table-of-contents entry.
fn label(heading: &Block) -> String {
    heading.as_str().trim_end_matches('。').to_owned()
}

fn entry(id: &str, text: String, class: &'static str) -> impl IntoView + use<> {
    view! { <a href=format!("#{id}") class=class>{text}</a> }
}

/// The entries: each part with its sections, then the appendices.
pub fn entries(model: &Model) -> impl IntoView + use<> {
    let report = &model.report;
    let parts = report
        .parts
        .iter()
        .map(|part| {
            let heading = part
                .heading
                .as_ref()
                .map(|heading| entry(&part.id, label(heading), "toc-part"));
            let sections = part
                .sections
                .iter()
                .map(|section| {
                    view! { <li>{entry(&section.id, label(&section.heading), "toc-section")}</li> }
                })
                .collect_view();
            view! {
                <li>
                    {heading}
                    <ol>{sections}</ol>
                </li>
            }
        })
        .collect_view();
    let appendices = report
        .appendices
        .iter()
        .map(|appendix| view! { <li>{entry(&appendix.id, label(&appendix.heading), "toc-part")}</li> })
        .collect_view();
    view! { {parts}{appendices} }
}

pub fn contents(model: &Model) -> impl IntoView + use<> {
    view! {
        <div class=TOC_BACKDROP.name aria-hidden="true"></div>
        <nav id=TOC.name class="toc" aria-label="目录">
            <div class="toc-head">
                <h2>"目录"</h2>
                <button type="button" class=EXPAND_ALL.name>"全部展开"</button>
                <button type="button" class=COLLAPSE_ALL.name>"全部收起"</button>
                <button type="button" class=TOC_CLOSE.name aria-label="关闭目录">"×"</button>
            </div>
            <ol>{entries(model)}</ol>
            {settings()}
        </nav>
    }
}
