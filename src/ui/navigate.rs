//! Going to a part, section, paragraph or figure: expand what encloses it,
//! then scroll to it once the page shows it.

use super::browser;
use super::figure;
use super::state::Reader;
use gloo::timers::callback::Timeout;
use leptos::prelude::*;

/// Goes to the element with `id`; `record` adds `#id` to the history as a
/// followed link would. Unknown ids are ignored.
pub fn go_to(reader: Reader, id: &str, record: bool) {
    if browser::element(id).is_none() {
        return;
    }
    reader.reveal(id);
    reader.toc_open.set(false);
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
pub fn go_to_figure(reader: Reader, index: usize) {
    let Some(figure) = figure::on_page(index) else {
        return;
    };
    reader.toc_open.set(false);
    if let Ok(Some(block)) = figure.closest("[id]") {
        reader.reveal(&block.id());
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
pub fn go_to_hit(reader: Reader, index: usize) {
    let document = reader.document();
    let Some(id) = reader
        .matches
        .with_untracked(|matches| matches.hits.get(index).map(|hit| hit.block))
        .and_then(|block| document.search.id(block))
        .map(str::to_owned)
    else {
        return;
    };
    reader.current.set(Some(index));
    reader.results_open.set(false);
    reader.reveal(&id);
    request_animation_frame(move || {
        // Matches beyond those drawn are reached by their paragraph.
        match browser::match_element(index) {
            Some(hit) => browser::scroll_to_middle(&hit),
            None => {
                if let Some(block) = browser::element(&id) {
                    browser::scroll_to_middle(&block);
                }
            }
        }
    });
}
