//! The report's controls, handled where they are drawn: one listener per
//! kind of event on the report, whatever the report is. Its markup stays as
//! rendered (at build time, or for an opened file) and carries in attributes
//! what each control is about.

use super::bridge::{self, to_later, Message};
use super::copy_link::copy_link;
use super::figure;
use super::navigate::go_to_figure;
use super::state::Reader;
use crate::report::figures::Kind;
use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event};

/// The element an event happened in, or the nearest enclosing one matching
/// `selector`.
pub fn closest(event: &Event, selector: &str) -> Option<Element> {
    event
        .target()?
        .dyn_into::<Element>()
        .ok()?
        .closest(selector)
        .ok()
        .flatten()
}

/// Listens on the report for its controls. (Figures are explained by the
/// app's later half, `explain`.)
pub fn listen(reader: Reader, report: &Element) {
    EventListener::new(report, "click", move |event| on_click(reader, event)).forget();
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
    } else if let Some(figure) = closest(event, ".fig") {
        // Tapped before the later half is there: explained once it is.
        if !bridge::is_later_ready() {
            if let Some(index) = figure::number_on_page(&figure) {
                to_later(Message::Explain(index));
            }
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
