//! Figures explained (in the app's later half, `bridge`): a figure's
//! explanation opens by tap, click, Enter or Space, and by keyboard focus;
//! leaving the figure (but for its explanation) closes it. Listened for on
//! the report, whatever report is drawn; the figure says whether its
//! explanation is open (`aria-expanded`).

use super::browser;
use super::delegate::closest;
use super::figure::figure_id;
use super::later_state::Later;
use gloo::events::{EventListener, EventListenerOptions};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

/// The figure number of a figure element (`fig-12`).
pub fn figure_number(element: &Element) -> Option<usize> {
    element.id().strip_prefix("fig-")?.parse().ok()
}

/// Opens figure `index`'s explanation, or closes it if it is open.
pub fn toggle_explained(reader: Later, index: usize) {
    reader.explained.update(|shown| {
        *shown = if *shown == Some(index) {
            None
        } else {
            Some(index)
        }
    });
}

/// Listens on the report for figures tapped, clicked, pressed and focused.
pub fn listen(reader: Later, report: &Element) {
    EventListener::new(report, "click", move |event| {
        if let Some(index) = closest(event, ".fig[role]")
            .as_ref()
            .and_then(figure_number)
        {
            toggle_explained(reader, index);
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
            if let Some(index) = closest(event, ".fig[role]")
                .as_ref()
                .and_then(figure_number)
            {
                event.prevent_default();
                toggle_explained(reader, index);
            }
        }
    })
    .forget();
    EventListener::new(report, "focusin", move |event| {
        let Some(figure) = closest(event, ".fig[role]") else {
            return;
        };
        if figure.matches(":focus-visible").unwrap_or(false) {
            if let Some(index) = figure_number(&figure) {
                reader.explained.set(Some(index));
            }
        }
    })
    .forget();
    EventListener::new(report, "focusout", move |event| {
        let Some(index) = closest(event, ".fig[role]")
            .as_ref()
            .and_then(figure_number)
        else {
            return;
        };
        let into_popover = event
            .dyn_ref::<web_sys::FocusEvent>()
            .and_then(|focus| focus.related_target())
            .and_then(|target| target.dyn_into::<Element>().ok())
            .is_some_and(|element| element.closest("#figure-popover").ok().flatten().is_some());
        if !into_popover && reader.explained.get_untracked() == Some(index) {
            reader.explained.set(None);
        }
    })
    .forget();
    show_explained(reader);
}

/// The figure whose explanation is open says so (`aria-expanded`).
fn show_explained(reader: Later) {
    Effect::new(move |before: Option<Option<usize>>| {
        let now = reader.explained.get();
        if let Some(Some(index)) = before {
            if let Some(figure) = browser::element(&figure_id(index)) {
                let _ = figure.set_attribute("aria-expanded", "false");
            }
        }
        if let Some(figure) = now.and_then(|index| browser::element(&figure_id(index))) {
            let _ = figure.set_attribute("aria-expanded", "true");
        }
        now
    });
}
