//! A short message that fades after a moment, announced to screen readers.

use super::state::State;
use crate::ui::browser;
use crate::ui::markup::OVERLAYS;
use gloo::timers::callback::Timeout;
use leptos::prelude::*;

const SHOWN_MS: u32 = 2500;

/// Adds the message line to the page's overlays (there from the start, so
/// that screen readers announce what appears in it).
pub fn attach(state: State) {
    let Some(toast) = browser::add_to(OVERLAYS.name, "div") else {
        return;
    };
    toast.set_class_name("toast");
    let _ = toast.set_attribute("role", "status");
    let _ = toast.set_attribute("aria-live", "polite");
    Effect::new(move |previous: Option<Option<Timeout>>| {
        // A new message restarts the clock: dropping a Timeout cancels it.
        drop(previous.flatten());
        let message = state.toast.get();
        toast.set_text_content(message.as_deref());
        message?;
        Some(Timeout::new(SHOWN_MS, move || state.toast.set(None)))
    });
}
