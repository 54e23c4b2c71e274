//! The table of contents' behaviour: its links go (and close the drawer),
//! its buttons expand and collapse all, the drawer opens and closes with
//! the state, and the entry being read is marked. Attached to the contents
//! drawn with the page (`page::contents`), with the settings in it.

use super::navigate::go_to;
use super::settings;
use super::state::State;
use crate::ui::browser;
use crate::ui::markup::{
    Name, COLLAPSE_ALL, CONTENTS, EXPAND_ALL, OPEN, TOC, TOC_BACKDROP, TOC_CLOSE,
};
use gloo::events::EventListener;
use leptos::prelude::*;

pub fn attach(state: State) {
    let Some(contents) = browser::element(CONTENTS.name) else {
        return;
    };
    EventListener::new(&contents, "click", move |event| {
        let clicked = |name: Name| browser::closest(event, name.selector).is_some();
        if let Some(link) = browser::closest(event, "a[href^='#']") {
            event.prevent_default();
            if let Some(id) = link.get_attribute("href") {
                go_to(state, &id[1..], true);
            }
        } else if clicked(EXPAND_ALL) {
            state.expand_all();
        } else if clicked(COLLAPSE_ALL) {
            state.collapse_all();
        } else if clicked(TOC_CLOSE) || clicked(TOC_BACKDROP) {
            state.toc_open.set(false);
        }
    })
    .forget();
    let (backdrop, toc) = (
        contents
            .query_selector(TOC_BACKDROP.selector)
            .ok()
            .flatten(),
        browser::element(TOC.name),
    );
    Effect::new(move |_| {
        let open = state.toc_open.get();
        for element in backdrop.iter().chain(toc.as_deref()) {
            let _ = element.class_list().toggle_with_force(OPEN.name, open);
        }
    });
    mark_the_entry_being_read(state);
    settings::attach();
}

/// The entry of the part or section being read says so (`aria-current`).
fn mark_the_entry_being_read(state: State) {
    Effect::new(move |before: Option<Option<String>>| {
        let now = state.active.get();
        let link = |id: &str| {
            let toc = browser::element(TOC.name)?;
            toc.query_selector(&format!("a[href=\"#{id}\"]")).ok()?
        };
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
}
