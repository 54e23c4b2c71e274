//! A short message that fades after a moment, announced to screen readers.

use super::state::Reader;
use gloo::timers::callback::Timeout;
use leptos::prelude::*;

const SHOWN_MS: u32 = 2500;

#[component]
pub fn Toast() -> impl IntoView {
    let reader = expect_context::<Reader>();
    Effect::new(move |previous: Option<Option<Timeout>>| {
        // A new message restarts the clock: dropping a Timeout cancels it.
        drop(previous.flatten());
        reader.toast.get()?;
        Some(Timeout::new(SHOWN_MS, move || reader.toast.set(None)))
    });
    view! {
        <div class="toast" role="status" aria-live="polite">
            {move || reader.toast.get()}
        </div>
    }
}
