//! The reader: one report, its state, and the effects that keep the page in
//! step with the address bar, the scroll position and storage.

use super::browser;
use super::collapsible::part_view;
use super::legend::Legend;
use super::masthead::masthead;
use super::navigate::go_to;
use super::panel::FiguresPanel;
use super::paragraph::{block_text, paragraph};
use super::popover::FigurePopover;
use super::repairs::repairs_view;
use super::search_results::SearchResults;
use super::state::Reader;
use super::toast::Toast;
use super::toc::Toc;
use super::topbar::TopBar;
use crate::report::figures::Kind;
use crate::report::{Document, Report, Role};
use gloo::events::EventListener;
use leptos::prelude::*;
use std::cell::Cell;
use std::collections::BTreeSet;
use std::rc::Rc;
use std::sync::Arc;

/// Where the reader's choices for this text are kept: one key per text.
pub fn storage_key(source: &str) -> String {
    // FNV-1a: stable across builds, unlike the standard hasher.
    let hash = source
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
            (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
        });
    format!("baogao:{hash:016x}:collapsed")
}

/// The reader for one report. `collapsed` (the parts and sections the
/// reader had closed) and `anchor` (the `#id` in the address) are given by
/// the page that mounts it, so that the app's first render matches what the
/// prerendered page already shows.
#[component]
pub fn App(
    source: String,
    #[prop(optional)] collapsed: BTreeSet<String>,
    #[prop(default = None)] anchor: Option<String>,
) -> impl IntoView {
    let document = Arc::new(Document::new(&source));
    let reader = Reader::new(document.clone());
    let opened = anchor
        .map(|id| document.report.containers_of(&id))
        .unwrap_or_default();
    let known = |id: &String| !document.report.containers_of(id).is_empty();
    reader.collapsed.set(
        collapsed
            .into_iter()
            .filter(|id| known(id) && !opened.contains(id))
            .collect(),
    );
    provide_context(reader);

    keep_collapsed_state(reader, storage_key(&source));
    follow_the_address(reader);
    mark_where_the_reader_is(reader, &document.report);

    let title = document.report.title().unwrap_or("政府工作报告").to_owned();
    let document_title = title.clone();
    Effect::new(move |_| {
        if let Some(page) = web_sys::window().and_then(|w| w.document()) {
            page.set_title(&format!("{document_title} · 报告"));
        }
    });
    // Each kind whose highlighting is off gets a class on the root.
    let root_class = move || {
        reader.unhighlighted.with(|kinds| {
            let mut class = String::from("app");
            for kind in Kind::ALL.iter().filter(|kind| kinds.contains(kind)) {
                class.push_str(" plain-");
                class.push_str(kind.name());
            }
            class
        })
    };

    view! {
        <div class=root_class>
            <a class="skip" href="#report">"跳到正文"</a>
            <TopBar title=title/>
            <div class="layout">
                <Toc/>
                <main id="report" class="report" tabindex="-1">
                    {body(&document)}
                </main>
            </div>
            <FigurePopover/>
            <FiguresPanel/>
            <SearchResults/>
            <Toast/>
        </div>
    }
}

fn body(document: &Arc<Document>) -> impl IntoView + use<> {
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
        view! { <p class="notice" role="note">"未识别出报告的章节结构，以下按段落显示全文。"</p> }
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
                        view! { <h3 id=block.id.clone()>{block_text(document, block, true)}</h3> }
                            .into_any()
                    }
                    _ => paragraph(document, block).into_any(),
                })
                .collect_view();
            view! {
                <section id=appendix.id.clone() class="appendix">
                    <h2 class="heading">{block_text(document, &appendix.heading, true)}</h2>
                    {blocks}
                </section>
            }
        })
        .collect_view();
    view! {
        {masthead(document, repairs)}
        <Legend/>
        {notice}
        <div class="opening">{opening}</div>
        {parts}
        <div class="closing">{closing}</div>
        {appendices}
        {repairs_view(report)}
    }
}

/// Collapsed parts and sections survive a reload (the page reads them back
/// before the app starts: `saved_collapsed`).
fn keep_collapsed_state(reader: Reader, key: String) {
    Effect::new(move |first: Option<()>| {
        let collapsed = reader.collapsed.get();
        if first.is_some() {
            let ids: Vec<&str> = collapsed.iter().map(String::as_str).collect();
            browser::save(&key, &ids.join(","));
        }
    });
}

/// `#id` in the address opens and shows that element, on load and when the
/// address changes (a followed link, Back).
fn follow_the_address(reader: Reader) {
    Effect::new(move |_| {
        if let Some(id) = browser::hash() {
            go_to(reader, &id, false);
        }
        let Some(window) = web_sys::window() else {
            return;
        };
        EventListener::new(&window, "hashchange", move |_| {
            if let Some(id) = browser::hash() {
                go_to(reader, &id, false);
            }
        })
        .forget();
    });
}

/// Marks in the table of contents the part or section at the top of the view.
fn mark_where_the_reader_is(reader: Reader, report: &Report) {
    let ids: Vec<String> = report
        .parts
        .iter()
        .flat_map(|part| {
            std::iter::once(part.id.clone()).chain(part.sections.iter().map(|s| s.id.clone()))
        })
        .chain(report.appendices.iter().map(|a| a.id.clone()))
        .collect();
    // How far below the top of the view a heading counts as being read.
    const READING_LINE: f64 = 96.0;
    Effect::new(move |_| {
        let Some(window) = web_sys::window() else {
            return;
        };
        let ids = Rc::new(ids.clone());
        let scheduled = Rc::new(Cell::new(false));
        let update = move || {
            let active = browser::last_above(&ids, READING_LINE);
            if reader.active.get_untracked() != active {
                reader.active.set(active);
            }
        };
        update();
        EventListener::new(&window, "scroll", move |_| {
            if scheduled.replace(true) {
                return;
            }
            let scheduled = scheduled.clone();
            let update = update.clone();
            request_animation_frame(move || {
                scheduled.set(false);
                update();
            });
        })
        .forget();
    });
}
