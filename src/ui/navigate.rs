//! Going to a part, section, paragraph or figure: expand what encloses it,
//! then scroll to it once the page shows it.

use super::browser;
use super::figure::figure_id;
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

/// Goes to a figure (from the panel, a chart or a chip): closes the panel,
/// expands its section, scrolls it to the middle of the view and flashes it.
pub fn go_to_figure(reader: Reader, index: usize) {
    let document = reader.document();
    let Some(placed) = document.figures.all.get(index) else {
        return;
    };
    reader.panel_open.set(false);
    reader.toc_open.set(false);
    reader.reveal(&placed.block);
    request_animation_frame(move || {
        let Some(figure) = browser::element(&figure_id(index)) else {
            return;
        };
        browser::scroll_to_middle(&figure);
        let _ = figure.class_list().add_1("flash");
        Timeout::new(FLASH_MS, move || {
            let _ = figure.class_list().remove_1("flash");
        })
        .forget();
    });
}
