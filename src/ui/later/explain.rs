//! Figures explained: a figure's explanation opens by tap, click, Enter or
//! Space, and by keyboard focus; leaving the figure (but for its
//! explanation) closes it. Listened for on the report, whatever report is
//! drawn; the figure says whether its explanation is open
//! (`aria-expanded`).

use super::state::State;
use crate::ui::browser::{self, closest};
use crate::ui::markup::{figure_id, figure_number, FIG, FIGURE_POPOVER};
use gloo::events::{EventListener, EventListenerOptions};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event};

/// The number of the figure an event happened in, once it is a control
/// (`later::figures`).
fn figure_of(event: &Event) -> Option<usize> {
    let figure = closest(event, FIG.selector).filter(|f| f.has_attribute("role"))?;
    figure_number(&figure.id())
}

/// Listens on the report for figures tapped, clicked, pressed and focused.
pub fn listen(state: State, report: &Element) {
    EventListener::new(report, "click", move |event| {
        if let Some(index) = figure_of(event) {
            state.toggle_explained(index);
        }
    })
    .forget();
    let options = EventListenerOptions::enable_prevent_default();
    EventListener::new_with_options(report, "keydown", options, move |event| {
        let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
            return;
        };
        // Enter and Space on a figure work as on a button.
        if matches!(key.key().as_str(), "Enter" | " ") {
            if let Some(index) = figure_of(event) {
                event.prevent_default();
                state.toggle_explained(index);
            }
        }
    })
    .forget();
    EventListener::new(report, "focusin", move |event| {
        let Some(index) = figure_of(event) else {
            return;
        };
        let visible = closest(event, FIG.selector)
            .is_some_and(|figure| figure.matches(":focus-visible").unwrap_or(false));
        if visible {
            state.explained.set(Some(index));
        }
    })
    .forget();
    EventListener::new(report, "focusout", move |event| {
        let Some(index) = figure_of(event) else {
            return;
        };
        let into_popover = event
            .dyn_ref::<web_sys::FocusEvent>()
            .and_then(|focus| focus.related_target())
            .and_then(|target| target.dyn_into::<Element>().ok())
            .is_some_and(|element| {
                element
                    .closest(FIGURE_POPOVER.selector)
                    .ok()
                    .flatten()
                    .is_some()
            });
        if !into_popover && state.explained.get_untracked() == Some(index) {
            state.explained.set(None);
        }
    })
    .forget();
    show_explained(state);
}

/// The figure whose explanation is open says so (`aria-expanded`).
fn show_explained(state: State) {
    Effect::new(move |before: Option<Option<usize>>| {
        let now = state.explained.get();
        if let Some(Some(index)) = before {
            if let Some(figure) = browser::element(&figure_id(index)) {
                browser::set_aria(&figure, "aria-expanded", false);
            }
        }
        if let Some(figure) = now.and_then(|index| browser::element(&figure_id(index))) {
            browser::set_aria(&figure, "aria-expanded", true);
        }
        now
    });
}
