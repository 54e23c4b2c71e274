//! The later half of the app (see `bridge`): figures explained, the figures
//! panel and its charts, and opening another report (drawn here, then read
//! by the first half too), beside the first half's overlays once fetched. It sends back
//! what the first half does for it: going to a figure, a message.

use super::bridge::{self, Message};
use super::browser;
use super::crash;
use super::explain::{self, toggle_explained};
use super::figure;
use super::later_state::Later;
use super::open::{back_to_default, draw_kept, kept, OpenSheet};
use super::panel::FiguresPanel;
use super::popover::FigurePopover;
use crate::report::{parse, Document};
use leptos::prelude::*;
use std::sync::Arc;

/// Starts the later half on the report the app was built with (or the one
/// the reader opened, which it draws), a step at a time, each in a task of
/// its own (parse the text; find its figures; draw the overlays; draw a
/// kept report; its figures made controls, 150 per task), so
/// that the main thread is never held long.
pub fn start(source: &'static str) {
    crash::show_panics();
    let _ = any_spawner::Executor::init_wasm_bindgen();
    wasm_bindgen_futures::spawn_local(steps(source));
}

async fn steps(source: &'static str) {
    browser::next_task().await;
    // Read once: the kept report if there is one, else the built one.
    let kept = kept();
    let text = match &kept {
        Some(Some((_, text))) => text.as_str(),
        _ => source,
    };
    let report = parse(text);
    browser::next_task().await;
    let document = Arc::new(Document::of(report, text));
    let owner = Owner::new();
    let reader = owner.with(|| {
        let reader = Later::new(document, source);
        provide_context(reader);
        reader
    });
    let Some(host) = place() else {
        return;
    };
    browser::next_task().await;
    owner.with(|| {
        leptos::mount::mount_to(
            host,
            || view! { <FigurePopover/><FiguresPanel/><OpenSheet/> },
        )
        .forget();
    });
    browser::next_task().await;
    let drawn = matches!(kept, Some(Some(_)));
    owner.with(|| draw_kept(reader, kept));
    let Some(report) = browser::element("report") else {
        return;
    };
    // The built report, prerendered: its figures become controls.
    if !drawn {
        figure::activate(report.clone().into(), reader.document_untracked()).await;
    }
    owner.with(|| explain::listen(reader, &report));
    bridge::from_first(move |message| match message {
        Message::OpenPanel => reader.panel_open.set(true),
        Message::OpenSheet => reader.open_sheet.set(true),
        Message::BackToDefault => back_to_default(reader),
        Message::Explain(index) => toggle_explained(reader, index),
        _ => {}
    });
    bridge::to_first(Message::Ready);
    if let Some(app) = browser::element("app") {
        let _ = app.set_attribute("data-later", "");
    }
    // The later half lives as long as the page.
    std::mem::forget(owner);
}

/// Goes to a figure in the text (the first half does it): from the panel's
/// table or a chart, which closes.
pub fn go_to_figure(reader: Later, index: usize) {
    reader.panel_open.set(false);
    bridge::to_first(Message::GoToFigure(index));
}

/// Tells the reader something, in the first half's message line.
pub fn say(words: impl Into<String>) {
    bridge::to_first(Message::Say(words.into()));
}

/// An element of its own at the end of the app, laid out as if it were not
/// there (`piece`).
fn place() -> Option<web_sys::HtmlElement> {
    let host = browser::add_to("app", "div")?;
    host.set_id("later");
    host.set_class_name("piece");
    wasm_bindgen::JsCast::dyn_into(host).ok()
}
