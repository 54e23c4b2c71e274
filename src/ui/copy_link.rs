//! "Copy link" for a heading or paragraph: a button in the report's static
//! markup; `delegate` runs `copy_link` when it is pressed.

use super::browser;
use super::state::Reader;
use leptos::prelude::*;

pub fn copy_link_button(label: &'static str) -> impl IntoView {
    view! {
        <button type="button" class="copy-link" aria-label=label title=label>
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <path d="M10 14a5 5 0 0 0 7 0l3-3a5 5 0 0 0-7-7l-1 1M14 10a5 5 0 0 0-7 0l-3 3a5 5 0 0 0 7 7l1-1"></path>
            </svg>
        </button>
    }
}

/// Copies the address of the element `id` and puts it in the address bar.
pub fn copy_link(reader: Reader, id: &str) {
    let Some(url) = browser::link_to(id) else {
        return;
    };
    browser::replace_hash(id);
    let shown = url.clone();
    browser::copy(&url, move |copied| {
        if copied {
            reader.say("已复制链接");
        } else {
            reader.say(format!("链接：{shown}"));
        }
    });
}
