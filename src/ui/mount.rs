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
use super::navigate::go_to_figure;
use super::on_page::{containers_of, OnPage};
use super::search_results;
use super::state::Reader;
use super::sync;
use super::toast;
use super::toc;
use super::topbar;
use leptos::prelude::*;
use std::sync::Arc;

/// The parts and sections collapsed at the start: those kept for this
/// text, but those holding the `#anchor` (as `js/restore.js` does).
fn initial_collapsed(document: &OnPage) -> std::collections::BTreeSet<String> {
    let opened = browser::hash()
        .map(|id| containers_of(&id))
        .unwrap_or_default();
    let mut collapsed = document.saved_collapsed();
    collapsed.retain(|id| !opened.contains(id));
    collapsed
}

/// Mounts the reader in `#app` on the report prerendered in the page: a
/// step at a time, each in a task of its own (read the page; the bar; the
/// contents; the overlays; attach to the report), so that a phone's main
/// thread is never held long and the reader can scroll in between. A
/// report the reader opened on an earlier visit is drawn by the later half,
/// which is then fetched at once.
pub fn mount() {
    super::crash::show_panics();
    let _ = any_spawner::Executor::init_wasm_bindgen();
    wasm_bindgen_futures::spawn_local(start());
}

async fn start() {
    browser::next_task().await;
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
    let document = Arc::new(OnPage::read());
    browser::next_task().await;
    let owner = Owner::new();
    let reader = owner.with(|| {
        let reader = Reader::new(document.clone());
        reader.collapsed.set(initial_collapsed(&document));
        reader
    });
    bridge::from_later(move |message| match message {
        Message::Opened => show_opened(reader),
        Message::GoToFigure(index) => go_to_figure(reader, index),
        Message::Say(words) => reader.say(words),
        _ => {}
    });
    // `js/restore.js` marked a page whose report a kept one will replace
    // (so the kept text, maybe megabytes, is not read here as well).
    if app.class_list().contains("opening") {
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

/// The later half drew another report (or the built one again): read it
/// from the page, and make it work as the first was.
fn show_opened(reader: Reader) {
    let document = Arc::new(OnPage::read());
    let collapsed = document.saved_collapsed();
    reader.show(document, collapsed);
    if let Some(app) = browser::element("app") {
        let _ = app.class_list().remove_1("opening");
    }
}

/// Makes the report's figures and controls work, and keeps the page in
/// step with the reader's state.
fn attach(reader: Reader) {
    if let Some(report) = browser::element("report") {
        delegate::listen(reader, &report);
    }
    sync::keep_in_step(reader);
    // For scripts and tests: the app has taken over.
    if let Some(app) = browser::element("app") {
        let _ = app.set_attribute("data-started", "");
    }
}
