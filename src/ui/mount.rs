//! Starting the app in the page. The built page already holds the report as
//! HTML (`prerender`); the app renders the same markup and takes its place
//! in one step, so the reader sees no change.

use super::app::{storage_key, App};
use super::browser;
use leptos::prelude::*;
use std::collections::BTreeSet;
use wasm_bindgen::JsCast;

/// The ids of the parts and sections the reader had collapsed.
fn saved_collapsed(key: &str) -> BTreeSet<String> {
    browser::load(key)
        .map(|saved| {
            saved
                .split(',')
                .filter(|id| !id.is_empty())
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

/// Mounts the reader on `source` in `#app`, replacing the prerendered report.
pub fn mount(source: &'static str) {
    let key = storage_key(source);
    let collapsed = saved_collapsed(&key);
    let anchor = browser::hash();
    let app = move || view! { <App source=source.to_owned() collapsed=collapsed anchor=anchor/> };
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let prerendered = document.get_element_by_id("app");
    let fresh = document
        .create_element("div")
        .ok()
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    match (prerendered, fresh) {
        (Some(old), Some(fresh)) => {
            fresh.set_id("app");
            let _ = fresh.set_attribute("data-key", &key);
            // What the reader typed before the app started is searched.
            let typed = old
                .query_selector("#search-input")
                .ok()
                .flatten()
                .and_then(|input| input.dyn_into::<web_sys::HtmlInputElement>().ok())
                .map(|input| input.value())
                .filter(|value| !value.is_empty());
            let handle = leptos::mount::mount_to(fresh.clone(), app);
            let _ = old.replace_with_with_node_1(&fresh);
            handle.forget();
            // For scripts and tests: the app has taken over.
            let _ = fresh.set_attribute("data-started", "");
            if let Some(typed) = typed {
                browser::type_search(&typed);
            }
        }
        _ => leptos::mount::mount_to_body(app),
    }
}
