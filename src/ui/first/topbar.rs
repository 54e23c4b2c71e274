//! The sticky bar's behaviour: its buttons open the table of contents and
//! the figures panel, and the search field works (`search`). Attached to
//! the bar drawn with the page (`page::topbar`).

use super::search;
use super::state::State;
use crate::ui::bridge::{to_later, ToLater};
use crate::ui::browser;
use crate::ui::markup::{FIGURES_BUTTON, TOC_BUTTON, TOPBAR};
use gloo::events::EventListener;
use leptos::prelude::*;

pub fn attach(state: State) {
    let Some(bar) = browser::first(TOPBAR.selector) else {
        return;
    };
    EventListener::new(&bar, "click", move |event| {
        if browser::closest(event, TOC_BUTTON.selector).is_some() {
            state.toc_open.update(|open| *open = !*open);
        } else if browser::closest(event, FIGURES_BUTTON.selector).is_some() {
            to_later(ToLater::OpenPanel);
        }
    })
    .forget();
    let toc_button = bar.query_selector(TOC_BUTTON.selector).ok().flatten();
    Effect::new(move |_| {
        let open = state.toc_open.get();
        if let Some(button) = &toc_button {
            browser::set_aria(button, "aria-expanded", open);
        }
    });
    search::attach(state);
}
