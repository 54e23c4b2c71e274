//! The report's controls, handled where they are drawn: one listener per
//! kind of event on the report, whatever the report is. Its markup stays as
//! rendered (at build time, or for an opened file) and carries in attributes
//! what each control is about.

use super::bridge::{to_later, Message};
use super::copy_link::copy_link;
use super::navigate::go_to_figure;
use super::state::Reader;
use crate::report::figures::Kind;
use gloo::events::{EventListener, EventListenerOptions};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event};

/// The element an event happened in, or the nearest enclosing one matching
/// `selector`.
fn closest(event: &Event, selector: &str) -> Option<Element> {
    event
        .target()?
        .dyn_into::<Element>()
        .ok()?
        .closest(selector)
        .ok()
        .flatten()
}

/// The figure number of a figure element (`fig-12`).
fn figure_number(element: &Element) -> Option<usize> {
    element.id().strip_prefix("fig-")?.parse().ok()
}

fn toggle_explained(reader: Reader, index: usize) {
    reader.explained.update(|shown| {
        *shown = if *shown == Some(index) {
            None
        } else {
            Some(index)
        }
    });
}

/// Listens on the report for its controls.
pub fn listen(reader: Reader, report: &Element) {
    EventListener::new(report, "click", move |event| on_click(reader, event)).forget();
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
    // Keyboard focus explains a figure; leaving it (but for its
    // explanation) closes it.
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
}

fn on_click(reader: Reader, event: &Event) {
    if let Some(toggle) = closest(event, ".toggle") {
        if let Some(section) = toggle.closest("section[id]").ok().flatten() {
            reader.toggle(&section.id());
        }
    } else if let Some(button) = closest(event, ".copy-link") {
        if let Some(target) = button.closest("[id]").ok().flatten() {
            copy_link(reader, &target.id());
        }
    } else if let Some(figure) = closest(event, ".fig[role]") {
        if let Some(index) = figure_number(&figure) {
            toggle_explained(reader, index);
        }
    } else if let Some(chip) = closest(event, ".chip[data-figure]") {
        if let Some(index) = chip
            .get_attribute("data-figure")
            .and_then(|i| i.parse().ok())
        {
            go_to_figure(reader, index);
        }
    } else if let Some(switch) = closest(event, ".legend-kind[data-metric]") {
        let kind = switch.get_attribute("data-metric");
        if let Some(kind) = Kind::ALL
            .into_iter()
            .find(|k| Some(k.name()) == kind.as_deref())
        {
            reader.toggle_highlight(kind);
        }
    } else if closest(event, ".legend-panel").is_some() {
        to_later(Message::OpenPanel);
    } else if closest(event, ".back-to-default").is_some() {
        to_later(Message::BackToDefault);
    }
}
