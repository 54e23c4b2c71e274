//! The app's first half: the WebAssembly the first view needs. The page
//! arrives with the whole report as HTML (`page`, at build time); this half
//! draws nothing. It reads the report back from the page (`on_page`) and
//! attaches behaviour to it: the bar and search, the table of contents and
//! settings, the report's controls, the search results and the message
//! line. A report the reader opened on an earlier visit takes the
//! prerendered one's place, drawn by the later half.

mod contents;
mod controls;
mod highlight;
mod navigate;
mod on_page;
mod results;
mod search;
mod settings;
mod state;
mod sync;
mod toast;
mod topbar;

use super::bridge::{self, ToFirst};
use super::browser;
use super::markup::{APP, DATA_STARTED, OPENING, REPORT};
use leptos::prelude::*;
use on_page::{containers_of, PageReport};
use state::State;
use std::collections::BTreeSet;
use std::sync::Arc;

/// Starts the first half on the report prerendered in the page: a step at
/// a time, each in a task of its own (read the page; the bar; the contents;
/// the overlays; the report's controls), so that a phone's main thread is
/// never held long and the reader can scroll in between. A report the
/// reader opened on an earlier visit is drawn by the later half, which is
/// then fetched at once.
pub fn start() {
    super::crash::show_panics();
    let _ = any_spawner::Executor::init_wasm_bindgen();
    wasm_bindgen_futures::spawn_local(steps());
}

async fn steps() {
    browser::next_task().await;
    let Some(app) = browser::element(APP.name) else {
        return;
    };
    if browser::element(REPORT.name).is_none_or(|report| report.child_element_count() == 0) {
        // `prerender` runs after every Trunk build: without it there is
        // nothing to attach to.
        app.set_text_content(Some(
            "页面未生成正文（构建时未运行 prerender）。The page was built without its report.",
        ));
        return;
    }
    let on_page = Arc::new(PageReport::read().await);
    browser::next_task().await;
    let owner = Owner::new();
    let state = owner.with(|| {
        let state = State::new(on_page.clone());
        state.collapsed.set(initial_collapsed(&on_page));
        state
    });
    bridge::from_later(move |message| match message {
        ToFirst::Opened => wasm_bindgen_futures::spawn_local(show_opened(state)),
        ToFirst::GoToFigure(index) => navigate::go_to_figure(state, index),
        ToFirst::Say(words) => state.say(words),
    });
    // `js/restore.js` marked a page whose report a kept one will replace
    // (so the kept text, maybe megabytes, is not read here as well).
    if app.class_list().contains(OPENING.name) {
        bridge::load_later();
    }
    browser::next_task().await;
    owner.with(|| topbar::attach(state));
    browser::next_task().await;
    owner.with(|| contents::attach(state));
    browser::next_task().await;
    owner.with(|| {
        results::attach(state);
        toast::attach(state);
    });
    browser::next_task().await;
    owner.with(|| {
        controls::listen(state);
        sync::keep_in_step(state);
    });
    // For scripts and tests: the app has taken over.
    let _ = app.set_attribute(DATA_STARTED.name, "");
    // The state lives as long as the page.
    std::mem::forget(owner);
    // The rest of the app, after the first view.
    browser::next_task().await;
    bridge::load_later();
}

/// The parts and sections collapsed at the start: those kept for this
/// text, but those holding the `#anchor` (as `js/restore.js` does).
fn initial_collapsed(on_page: &PageReport) -> BTreeSet<String> {
    let opened = browser::hash()
        .map(|id| containers_of(&id))
        .unwrap_or_default();
    let mut collapsed = on_page.saved_collapsed();
    collapsed.retain(|id| !opened.contains(id));
    collapsed
}

/// The later half drew another report (or the built one again): read it
/// from the page, and make it work as the first was.
async fn show_opened(state: State) {
    let on_page = Arc::new(PageReport::read().await);
    let collapsed = on_page.saved_collapsed();
    state.show(on_page, collapsed);
    if let Some(app) = browser::element(APP.name) {
        let _ = app.class_list().remove_1(OPENING.name);
    }
}
