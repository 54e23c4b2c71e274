//! Going to a part, section or paragraph: expand what encloses it, then
//! scroll to it once the page shows it.

use super::browser;
use super::state::Reader;
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
