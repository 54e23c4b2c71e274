//! Draws the report being read into the page, in place of what was there:
//! its text (with a note and a way back when it is a file the reader
//! opened), its entries in the table of contents, its title, and where the
//! first half keeps its collapsed parts and sections; then tells the first
//! half, which reads it back from the page.

use super::figures;
use super::kept::{self, Kept};
use super::state::State;
use crate::report::Model;
use crate::ui::bridge::{to_first, ToFirst};
use crate::ui::browser;
use crate::ui::markup::{collapsed_key, APP, DATA_KEY, REPORT, TOC, TOPBAR_TITLE};
use crate::ui::page::{contents_entries, document_title, report_body};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// Draws the report of the state's model; `opened` names the file it came
/// from, if the reader opened one.
pub fn draw_report(state: State, opened: Option<&str>) {
    draw(state, opened);
    to_first(ToFirst::Opened);
}

/// Draws the kept report (the state's model is already its); either way,
/// the first half shows the report again.
pub fn draw_kept(state: State, kept: Kept) {
    match kept {
        Kept::Report { name, .. } => draw_report(state, Some(&name)),
        Kept::Unreadable => to_first(ToFirst::Opened),
        Kept::Nothing => {}
    }
}

/// Back to the report the page was built for (its file, from the
/// browser's cache).
pub fn back_to_default(state: State) {
    wasm_bindgen_futures::spawn_local(async move {
        let Some(text) = state.built.text().await else {
            state.say("无法载入默认报告，请刷新页面。Could not load the report.");
            return;
        };
        kept::forget();
        state.show(Arc::new(Model::new(&text)));
        draw_report(state, None);
        browser::scroll_to_top();
        state.say("已返回默认报告");
    });
}

fn draw(state: State, opened: Option<&str>) {
    let Some(report) = browser::element(REPORT.name) else {
        return;
    };
    report.set_inner_html("");
    let model = state.model_untracked();
    let note = opened.map(|name| {
        let name = name.to_owned();
        view! {
            <p class="opened-note" role="note">
                "正在阅读本地打开的文件：" <strong>{name}</strong>
                <button type="button" class="back-to-default" on:click=move |_| back_to_default(state)>
                    "返回默认报告"
                </button>
            </p>
        }
    });
    let entries = browser::element(TOC.name)
        .and_then(|toc| toc.query_selector(":scope > ol").ok()?)
        .and_then(|list| list.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(list) = entries {
        list.set_inner_html("");
        let model = model.clone();
        leptos::mount::mount_to(list, move || contents_entries(&model)).forget();
    }
    let drawn = model.clone();
    leptos::mount::mount_to(
        report.clone(),
        move || view! { {note}{report_body(&drawn)} },
    )
    .forget();
    let element: web_sys::Element = report.into();
    wasm_bindgen_futures::spawn_local(figures::activate(element.clone()));
    wasm_bindgen_futures::spawn_local(figures::show_values(element, model.clone()));
    if let Some(app) = browser::element(APP.name) {
        let _ = app.set_attribute(DATA_KEY.name, &collapsed_key(model.fingerprint));
    }
    if let Some(title) = browser::first(TOPBAR_TITLE.selector) {
        title.set_text_content(Some(model.report.title_or_default()));
    }
    if let Some(dom) = web_sys::window().and_then(|w| w.document()) {
        dom.set_title(&document_title(&model.report));
    }
}
