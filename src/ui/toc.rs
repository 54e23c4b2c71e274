//! The table of contents: a sidebar on wide screens, a drawer on phones,
//! marking the part or section being read. The markup is static (rendered
//! with the page at build time, its entries drawn again by the later half
//! for an opened report); `attach` makes it work.

use super::browser;
use super::navigate::go_to;
use super::prefs::{self, ReadingPrefs};
use super::state::Reader;
use crate::report::{Block, Document};
use gloo::events::EventListener;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use web_sys::Element;

/// A heading without its final `。`, as a table-of-contents entry.
fn label(heading: &Block) -> String {
    heading.as_str().trim_end_matches('。').to_owned()
}

fn entry(id: &str, text: String, class: &'static str) -> impl IntoView + use<> {
    view! { <a href=format!("#{id}") class=class>{text}</a> }
}

/// The entries: each part with its sections, then the appendices.
pub fn entries(document: &Document) -> impl IntoView + use<> {
    let report = &document.report;
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

#[component]
pub fn Toc() -> impl IntoView {
    let document = expect_context::<Arc<Document>>();
    view! {
        <div class="toc-backdrop" aria-hidden="true"></div>
        <nav id="toc" class="toc" aria-label="目录">
            <div class="toc-head">
                <h2>"目录"</h2>
                <button type="button" class="expand-all">"全部展开"</button>
                <button type="button" class="collapse-all">"全部收起"</button>
                <button type="button" class="toc-close" aria-label="关闭目录">"×"</button>
            </div>
            <ol>{entries(&document)}</ol>
            <ReadingPrefs/>
        </nav>
    }
}

/// Makes the contents work: its links go (and close the drawer), its
/// buttons expand and collapse all, the drawer opens and closes with the
/// reader's state, and the entry being read is marked.
pub fn attach(reader: Reader) {
    let Some(contents) = browser::element("contents") else {
        return;
    };
    EventListener::new(&contents, "click", move |event| {
        let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        let within = |selector: &str| target.closest(selector).ok().flatten();
        if let Some(link) = within("#toc a[href^='#']") {
            event.prevent_default();
            if let Some(id) = link.get_attribute("href") {
                go_to(reader, &id[1..], true);
            }
        } else if within(".expand-all").is_some() {
            reader.expand_all();
        } else if within(".collapse-all").is_some() {
            reader.collapse_all();
        } else if within(".toc-close, .toc-backdrop").is_some() {
            reader.toc_open.set(false);
        }
    })
    .forget();
    let (backdrop, toc) = (
        contents.query_selector(".toc-backdrop").ok().flatten(),
        browser::element("toc"),
    );
    Effect::new(move |_| {
        let open = reader.toc_open.get();
        for element in backdrop.iter().chain(toc.as_deref()) {
            let _ = element.class_list().toggle_with_force("open", open);
        }
    });
    Effect::new(move |before: Option<Option<String>>| {
        let now = reader.active.get();
        let link = |id: &str| browser::first(&format!("#toc a[href=\"#{id}\"]"));
        if let Some(Some(id)) = before {
            if let Some(link) = link(&id) {
                let _ = link.remove_attribute("aria-current");
            }
        }
        if let Some(link) = now.as_deref().and_then(link) {
            let _ = link.set_attribute("aria-current", "location");
        }
        now
    });
    prefs::attach();
}
