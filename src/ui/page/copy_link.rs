//! "Copy link" for a heading or paragraph (`first::controls` copies it).

use crate::ui::markup::COPY_LINK;
use leptos::prelude::*;

pub fn copy_link_button(label: &'static str) -> impl IntoView {
    view! {
        <button type="button" class=COPY_LINK.name aria-label=label title=label>
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <path d="M10 14a5 5 0 0 0 7 0l3-3a5 5 0 0 0-7-7l-1 1M14 10a5 5 0 0 0-7 0l-3 3a5 5 0 0 0 7 7l1-1"></path>
            </svg>
        </button>
    }
}
