//! Effects that keep the page in step with the reader's state: which parts
//! and sections are collapsed and which kinds are highlighted (both set on
//! the report's static markup), the address, the place in the table of
//! contents, and storage.

use super::browser;
use super::navigate::go_to;
use super::state::Reader;
use crate::report::figures::Kind;
use gloo::events::EventListener;
use leptos::prelude::*;
use std::cell::Cell;
use std::collections::BTreeSet;
use std::rc::Rc;
use web_sys::Element;

pub fn keep_in_step(reader: Reader) {
    show_collapsed(reader);
    show_highlighted_kinds(reader);
    keep_collapsed_state(reader);
    follow_the_address(reader);
    mark_where_the_reader_is(reader);
}

/// Collapses and expands parts and sections in the page, only those whose
/// state changed.
fn show_collapsed(reader: Reader) {
    Effect::new(move |shown: Option<BTreeSet<String>>| {
        let collapsed = reader.collapsed.get();
        let before = shown.unwrap_or_default();
        for id in &reader.document().collapsible {
            let now = collapsed.contains(id);
            if now != before.contains(id) || before.is_empty() {
                set_collapsed(id, now);
            }
        }
        collapsed
    });
}

fn set_collapsed(id: &str, collapsed: bool) {
    let Some(section) = browser::element(id) else {
        return;
    };
    let _ = section
        .class_list()
        .toggle_with_force("collapsed", collapsed);
    if let Ok(Some(toggle)) = section.query_selector(".toggle") {
        let _ = toggle.set_attribute("aria-expanded", if collapsed { "false" } else { "true" });
    }
    if let Some(body) = browser::element(&format!("{id}-body")) {
        body.set_hidden(collapsed);
    }
    if let Ok(Some(chips)) = section.query_selector(".chips") {
        set_hidden(&chips, !collapsed);
    }
}

fn set_hidden(element: &Element, hidden: bool) {
    let _ = if hidden {
        element.set_attribute("hidden", "")
    } else {
        element.remove_attribute("hidden")
    };
}

/// Kinds whose highlighting is off: a class on the page, and the legend's
/// switches pressed or not.
fn show_highlighted_kinds(reader: Reader) {
    Effect::new(move |_| {
        let off = reader.unhighlighted.get();
        let Some(app) = browser::element("app") else {
            return;
        };
        for kind in Kind::ALL {
            let _ = app
                .class_list()
                .toggle_with_force(&format!("plain-{}", kind.name()), off.contains(&kind));
            let selector = format!(".legend-kind[data-metric=\"{}\"]", kind.name());
            if let Ok(Some(switch)) = app.query_selector(&selector) {
                let _ = switch.set_attribute(
                    "aria-pressed",
                    if off.contains(&kind) { "false" } else { "true" },
                );
            }
        }
    });
}

/// Collapsed parts and sections survive a reload (`mount` and
/// `js/restore.js` read them back), per text.
fn keep_collapsed_state(reader: Reader) {
    Effect::new(move |before: Option<u32>| {
        let document = reader.document();
        let collapsed = reader.collapsed.get();
        // Not on the first run, nor when another report was just opened:
        // then the set was read from storage, not changed by the reader.
        if before == Some(document.reading) {
            let ids: Vec<&str> = collapsed.iter().map(String::as_str).collect();
            browser::save(&document.key, &ids.join(","));
        }
        document.reading
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
fn mark_where_the_reader_is(reader: Reader) {
    // How far below the top of the view a heading counts as being read.
    const READING_LINE: f64 = 96.0;
    Effect::new(move |_| {
        let Some(window) = web_sys::window() else {
            return;
        };
        let scheduled = Rc::new(Cell::new(false));
        let update = move || {
            let active = browser::last_above(&reader.document_untracked().places, READING_LINE);
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
            request_animation_frame(move || {
                scheduled.set(false);
                update();
            });
        })
        .forget();
    });
}
