//! Going to a part, section, paragraph or figure: expand what encloses it,
//! then scroll to it once the page shows it.

use super::on_page::figure_on_page;
use super::state::State;
use crate::ui::browser;
use crate::ui::markup::match_selector;
use gloo::timers::callback::Timeout;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Goes to the element with `id`; `record` adds `#id` to the history as a
/// followed link would. Unknown ids are ignored.
pub fn go_to(state: State, id: &str, record: bool) {
    if browser::element(id).is_none() {
        return;
    }
    state.reveal(id);
    state.toc_open.set(false);
    if record {
        browser::push_hash(id);
    }
    let id = id.to_owned();
    // The expanded sections are drawn after this task; scroll after that.
    request_animation_frame(move || {
        browser::scroll_to(&id);
    });
}

/// How long a figure reached from elsewhere stays flashed.
const FLASH_MS: u32 = 2400;

/// Goes to a figure (from the panel, a chart or a chip): expands its
/// section, scrolls it to the middle of the view and flashes it.
pub fn go_to_figure(state: State, index: usize) {
    let Some(figure) = figure_on_page(index) else {
        return;
    };
    state.toc_open.set(false);
    if let Ok(Some(block)) = figure.closest("[id]") {
        state.reveal(&block.id());
    }
    request_animation_frame(move || {
        browser::scroll_to_middle(&figure);
        let _ = figure.class_list().add_1("flash");
        Timeout::new(FLASH_MS, move || {
            let _ = figure.class_list().remove_1("flash");
        })
        .forget();
    });
}

/// Goes to a search match: expands its section, scrolls it to the middle of
/// the view and marks it as the current one.
pub fn go_to_hit(state: State, index: usize) {
    let on_page = state.on_page();
    let Some(id) = state
        .matches
        .with_untracked(|matches| matches.hits.get(index).map(|hit| hit.block))
        .and_then(|block| on_page.search.id(block))
        .map(str::to_owned)
    else {
        return;
    };
    state.current.set(Some(index));
    state.results_open.set(false);
    state.reveal(&id);
    request_animation_frame(move || {
        // Matches beyond those drawn are reached by their paragraph.
        let hit = browser::first(&match_selector(index)).and_then(|e| e.dyn_into().ok());
        match hit {
            Some(hit) => browser::scroll_to_middle(&hit),
            None => {
                if let Some(block) = browser::element(&id) {
                    browser::scroll_to_middle(&block);
                }
            }
        }
    });
}
