//! Starting the app in the page. The built page already holds the report
//! as HTML (`prerender`): it stays as it is, untouched, and only the
//! interactive pieces around it (the bar, the table of contents, the
//! overlays) are drawn again in their places; the report's own controls are
//! handled by delegation. Without a prerendered report the whole page is
//! drawn here.

use super::browser;
use super::delegate;
use super::figure;
use super::page::{page_title, storage_key, Overlays, Page};
use super::state::Reader;
use super::sync;
use super::toc::Toc;
use super::topbar::TopBar;
use crate::report::Document;
use leptos::prelude::*;
use std::collections::BTreeSet;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// The ids of the parts and sections the reader had collapsed, but those
/// holding the `#anchor` (as `js/restore.js` does before the app starts).
fn initial_collapsed(document: &Document, key: &str) -> BTreeSet<String> {
    let opened = browser::hash()
        .map(|id| document.report.containers_of(&id))
        .unwrap_or_default();
    browser::load(key)
        .unwrap_or_default()
        .split(',')
        .filter(|id| {
            !document.report.containers_of(id).is_empty() && !opened.iter().any(|o| o == id)
        })
        .map(str::to_owned)
        .collect()
}

/// Draws a view in place of the element with `id`, keeping its id and class.
fn replace_piece<V: IntoView + 'static>(id: &str, view: impl FnOnce() -> V + 'static) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let (Some(old), Ok(fresh)) = (
        document.get_element_by_id(id),
        document.create_element("div"),
    ) else {
        return;
    };
    let Ok(fresh) = fresh.dyn_into::<web_sys::HtmlElement>() else {
        return;
    };
    fresh.set_id(id);
    fresh.set_class_name(&old.class_name());
    leptos::mount::mount_to(fresh.clone(), view).forget();
    let _ = old.replace_with_with_node_1(&fresh);
}

/// Mounts the reader on `source` in `#app`.
pub fn mount(source: &'static str) {
    let key = storage_key(source);
    let document = Arc::new(Document::new(source));
    let owner = Owner::new();
    owner.with(|| {
        let reader = Reader::new(document.clone());
        reader.collapsed.set(initial_collapsed(&document, &key));
        provide_context(reader);
        let prerendered =
            browser::element("report").is_some_and(|report| report.child_element_count() > 0);
        if prerendered {
            // What the reader typed before the app started is searched.
            let typed = browser::search_text();
            let title = page_title(&document);
            replace_piece("top", move || view! { <TopBar title=title/> });
            replace_piece("contents", || view! { <Toc/> });
            replace_piece("overlays", || view! { <Overlays/> });
            if let Some(typed) = typed {
                browser::type_search(&typed);
            }
        } else if let Some(app) = browser::element("app") {
            let _ = app.set_attribute("data-key", &key);
            leptos::mount::mount_to(app, || view! { <Page/> }).forget();
        }
        if let Some(report) = browser::element("report") {
            figure::activate(&report);
            delegate::listen(reader, &report);
        }
        sync::keep_in_step(reader, key);
        // For scripts and tests: the app has taken over.
        if let Some(app) = browser::element("app") {
            let _ = app.set_attribute("data-started", "");
        }
    });
    // The reader lives as long as the page.
    std::mem::forget(owner);
}
