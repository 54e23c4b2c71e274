//! Starting the app's first half in the page. The built page already holds
//! the whole page as HTML (`prerender`, from the Leptos views): it stays as
//! it is, and behaviour is attached to it (the bar and search, the table of
//! contents and settings, the report's controls by delegation), with the
//! search results and the message line added to the overlays. A report the
//! reader opened on an earlier visit takes the prerendered one's place,
//! drawn by the app's later half.

use super::bridge::{self, Message};
use super::browser;
use super::delegate;
use super::figure;
use super::navigate::go_to_figure;
use super::open::{is_one_kept, saved_collapsed};
use super::search_results;
use super::state::Reader;
use super::sync;
use super::toast;
use super::toc;
use super::topbar;
use crate::report::Document;
use leptos::prelude::*;
use std::sync::Arc;

/// The parts and sections collapsed at the start: those kept for this
/// text, but those holding the `#anchor` (as `js/restore.js` does).
fn initial_collapsed(document: &Document) -> std::collections::BTreeSet<String> {
    let opened = browser::hash()
        .map(|id| document.report.containers_of(&id))
        .unwrap_or_default();
    let mut collapsed = saved_collapsed(document);
    collapsed.retain(|id| !opened.contains(id));
    collapsed
}

/// Mounts the reader in `#app` on `source`, the report the app was built
/// with and the page was prerendered with: a step at a time, each in a task
/// of its own (read the text; the bar; the contents; the overlays; attach
/// to the report), so that a phone's main thread is never held long and the
/// reader can scroll in between. A report the reader opened on an earlier
/// visit is drawn by the later half, which is then fetched at once.
pub fn mount(source: &'static str) {
    super::crash::show_panics();
    let _ = any_spawner::Executor::init_wasm_bindgen();
    wasm_bindgen_futures::spawn_local(start(source));
}

async fn start(source: &'static str) {
    browser::next_task().await;
    let document = Arc::new(Document::new(source));
    browser::next_task().await;
    let owner = Owner::new();
    let reader = owner.with(|| {
        let reader = Reader::new(document.clone()).with_embedded(source);
        reader.collapsed.set(initial_collapsed(&document));
        provide_context(reader);
        reader
    });
    let Some(app) = browser::element("app") else {
        return;
    };
    if browser::element("report").is_none_or(|report| report.child_element_count() == 0) {
        // `prerender` runs after every Trunk build: without it there is
        // nothing to attach to.
        app.set_text_content(Some(
            "页面未生成正文（构建时未运行 prerender）。The page was built without its report.",
        ));
        return;
    }
    bridge::from_later(move |message| match message {
        Message::Opened(text) => show_opened(reader, &text),
        Message::GoToFigure(index) => go_to_figure(reader, index),
        Message::Say(words) => reader.say(words),
        _ => {}
    });
    if is_one_kept() {
        bridge::load_later();
    }
    owner.with(|| topbar::attach(reader));
    browser::next_task().await;
    owner.with(|| toc::attach(reader));
    browser::next_task().await;
    owner.with(|| {
        search_results::attach(reader);
        toast::attach(reader);
    });
    browser::next_task().await;
    owner.with(|| attach(reader));
    // The reader lives as long as the page.
    std::mem::forget(owner);
    // The rest of the app, after the first view.
    browser::next_task().await;
    bridge::load_later();
}

/// The later half drew another report (or the built one again): read it,
/// and make it work as the first was.
fn show_opened(reader: Reader, text: &str) {
    let text = match (text.is_empty(), reader.embedded) {
        (true, Some(embedded)) => embedded,
        _ => text,
    };
    let document = Arc::new(Document::new(text));
    let collapsed = saved_collapsed(&document);
    reader.show(document.clone(), collapsed);
    if let Some(report) = browser::element("report") {
        figure::activate(&report, &document);
    }
    if let Some(app) = browser::element("app") {
        let _ = app.class_list().remove_1("opening");
    }
}

/// Makes the report's figures and controls work, and keeps the page in
/// step with the reader's state.
fn attach(reader: Reader) {
    if let Some(report) = browser::element("report") {
        figure::activate(&report, &reader.document_untracked());
        delegate::listen(reader, &report);
    }
    sync::keep_in_step(reader);
    // For scripts and tests: the app has taken over.
    if let Some(app) = browser::element("app") {
        let _ = app.set_attribute("data-started", "");
    }
}
