//! Effects that keep the page in step with the reader's state: which parts
//! and sections are collapsed and which kinds are highlighted (both set on
//! the report's static markup), the address, the place in the table of
//! contents, and storage.

use super::navigate::go_to;
use super::state::State;
use crate::report::figures::Kind;
use crate::ui::browser;
use crate::ui::markup::{body_id, APP, CHIPS, COLLAPSED, DATA_METRIC, LEGEND_KIND, REPORT, TOGGLE};
use gloo::events::EventListener;
use leptos::prelude::*;
use std::cell::Cell;
use std::collections::BTreeSet;
use std::rc::Rc;
use web_sys::Element;

pub fn keep_in_step(state: State) {
    show_collapsed(state);
    show_highlighted_kinds(state);
    keep_collapsed_state(state);
    follow_the_address(state);
    mark_where_the_reader_is(state);
}

/// Collapses and expands parts and sections in the page, only those whose
/// state changed. A page just read shows every part and section expanded
/// but those `js/restore.js` collapsed: only those and the collapsed ones
/// are set then (a long report has hundreds, and each write costs).
fn show_collapsed(state: State) {
    Effect::new(move |shown: Option<(u32, BTreeSet<String>)>| {
        let collapsed = state.collapsed.get();
        let on_page = state.on_page();
        match shown {
            Some((reading, before)) if reading == on_page.reading => {
                for id in &on_page.collapsible {
                    let now = collapsed.contains(id);
                    if now != before.contains(id) {
                        set_collapsed(id, now);
                    }
                }
            }
            _ => {
                let mut set = collapsed.clone();
                if let Some(report) = browser::element(REPORT.name) {
                    set.extend(
                        browser::elements_in(&report, COLLAPSED.selector)
                            .iter()
                            .map(Element::id),
                    );
                }
                for id in &set {
                    set_collapsed(id, collapsed.contains(id));
                }
            }
        }
        (on_page.reading, collapsed)
    });
}

fn set_collapsed(id: &str, collapsed: bool) {
    let Some(section) = browser::element(id) else {
        return;
    };
    let _ = section
        .class_list()
        .toggle_with_force(COLLAPSED.name, collapsed);
    if let Ok(Some(toggle)) = section.query_selector(TOGGLE.selector) {
        browser::set_aria(&toggle, "aria-expanded", !collapsed);
    }
    if let Some(body) = browser::element(&body_id(id)) {
        body.set_hidden(collapsed);
    }
    if let Ok(Some(chips)) = section.query_selector(CHIPS.selector) {
        browser::set_flag(&chips, "hidden", !collapsed);
    }
}

/// Kinds whose highlighting is off: a class on the page, and the legend's
/// switches pressed or not.
fn show_highlighted_kinds(state: State) {
    Effect::new(move |_| {
        let off = state.unhighlighted.get();
        let Some(app) = browser::element(APP.name) else {
            return;
        };
        for kind in Kind::ALL {
            let _ = app
                .class_list()
                .toggle_with_force(&format!("plain-{}", kind.name()), off.contains(&kind));
        }
        for switch in browser::elements_in(&app, LEGEND_KIND.selector) {
            let on = switch
                .get_attribute(DATA_METRIC.name)
                .is_none_or(|name| off.iter().all(|kind| kind.name() != name));
            browser::set_aria(&switch, "aria-pressed", on);
        }
    });
}

/// Collapsed parts and sections survive a reload (`first::start` and
/// `js/restore.js` read them back), per text.
fn keep_collapsed_state(state: State) {
    Effect::new(move |before: Option<u32>| {
        let on_page = state.on_page();
        let collapsed = state.collapsed.get();
        // Not on the first run, nor when another report was just opened:
        // then the set was read from storage, not changed by the reader.
        if before == Some(on_page.reading) {
            let ids: Vec<&str> = collapsed.iter().map(String::as_str).collect();
            browser::save(&on_page.key, &ids.join(","));
        }
        on_page.reading
    });
}

/// `#id` in the address opens and shows that element, on load and when the
/// address changes (a followed link, Back).
fn follow_the_address(state: State) {
    Effect::new(move |_| {
        if let Some(id) = browser::hash() {
            go_to(state, &id, false);
        }
        let Some(window) = web_sys::window() else {
            return;
        };
        EventListener::new(&window, "hashchange", move |_| {
            if let Some(id) = browser::hash() {
                go_to(state, &id, false);
            }
        })
        .forget();
    });
}

/// Marks in the table of contents the part or section at the top of the view.
fn mark_where_the_reader_is(state: State) {
    // How far below the top of the view a heading counts as being read.
    const READING_LINE: f64 = 96.0;
    Effect::new(move |_| {
        let Some(window) = web_sys::window() else {
            return;
        };
        let scheduled = Rc::new(Cell::new(false));
        let update = move || {
            let active = browser::last_above(&state.on_page_untracked().places, READING_LINE);
            if state.active.get_untracked() != active {
                state.active.set(active);
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
