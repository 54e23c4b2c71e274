//! The app's later half, fetched once the first has started (see
//! `bridge`): it has the report's model, makes the page's figures controls
//! and explains them (`figures`, `explain`, `popover`), draws the figures
//! panel and its charts (`panel`, `charts`), and opens and draws another
//! report (`open`, `open_sheet`, `kept`, `draw`), beside the first half's
//! overlays.

mod charts;
mod draw;
mod explain;
mod figures;
mod kept;
mod open;
mod open_sheet;
mod panel;
mod popover;
mod source;
mod state;

use super::bridge::{self, ToLater};
use super::browser;
use super::markup::{APP, DATA_LATER, PIECE, REPORT};
use kept::Kept;
use leptos::prelude::*;
use source::Source;
use state::State;

/// Starts the later half on the report the page was built for (read from
/// its own file) or the one the reader opened (which it draws), a step at
/// a time, each in a task of its own (draw the overlays; draw a kept
/// report; the figures made controls, a few at a time), so that the main
/// thread is never held long. The report's model is built when first
/// needed.
pub fn start() {
    super::crash::show_panics();
    let _ = any_spawner::Executor::init_wasm_bindgen();
    wasm_bindgen_futures::spawn_local(steps());
}

async fn steps() {
    browser::next_task().await;
    let Some(source) = Source::of_page() else {
        return;
    };
    // The page lives as long as the app: its source with it.
    let source: &'static Source = Box::leak(Box::new(source));
    // Read once: the kept report if there is one, else the built one.
    let kept = kept::kept();
    let text = match &kept {
        Kept::Report { text, .. } => text.clone(),
        _ => match source.text().await {
            Some(text) => text,
            None => return,
        },
    };
    let owner = Owner::new();
    let state = owner.with(|| {
        let state = State::new(text, source);
        provide_context(state);
        state
    });
    owner.with(|| draw_overlays_when_wanted(owner.clone(), state));
    open_sheet::accept_drops(state);
    browser::next_task().await;
    let drawn = matches!(kept, Kept::Report { .. });
    owner.with(|| draw::draw_kept(state, kept));
    let Some(report) = browser::element(REPORT.name) else {
        return;
    };
    // The built report, prerendered: its figures become controls.
    if !drawn {
        figures::activate(report.clone().into()).await;
    }
    owner.with(|| explain::listen(state, &report));
    bridge::from_first(move |message| match message {
        ToLater::OpenPanel => state.panel_open.set(true),
        ToLater::OpenSheet => state.open_sheet.set(true),
        ToLater::Explain(index) => state.toggle_explained(index),
    });
    if let Some(app) = browser::element(APP.name) {
        let _ = app.set_attribute(DATA_LATER.name, "");
    }
    // The state lives as long as the page.
    std::mem::forget(owner);
}

/// The overlays (a figure's explanation, the figures panel, the sheet for
/// opening a report) are drawn when first wanted: until then the start
/// costs nothing for them.
fn draw_overlays_when_wanted(owner: Owner, state: State) {
    let drawn = std::cell::Cell::new(false);
    Effect::new(move |_| {
        let wanted =
            state.explained.get().is_some() || state.panel_open.get() || state.open_sheet.get();
        if !wanted || drawn.replace(true) {
            return;
        }
        let Some(host) = place() else {
            return;
        };
        owner.with(|| {
            leptos::mount::mount_to(host, || {
                view! { <popover::FigurePopover/><panel::FiguresPanel/><open_sheet::OpenSheet/> }
            })
            .forget();
        });
    });
}

/// An element of its own at the end of the app, laid out as if it were not
/// there.
fn place() -> Option<web_sys::HtmlElement> {
    let host = browser::add_to(APP.name, "div")?;
    host.set_id("later");
    host.set_class_name(PIECE.name);
    wasm_bindgen::JsCast::dyn_into(host).ok()
}
