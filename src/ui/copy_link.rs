//! "Copy link" for a heading or paragraph.

use super::browser;
use super::state::Reader;
use leptos::prelude::*;

#[component]
pub fn CopyLink(id: String, label: &'static str) -> impl IntoView {
    let reader = expect_context::<Reader>();
    let copy = move |_| {
        let Some(url) = browser::link_to(&id) else {
            return;
        };
        browser::replace_hash(&id);
        let shown = url.clone();
        browser::copy(&url, move |copied| {
            if copied {
                reader.say("已复制链接");
            } else {
                reader.say(format!("链接：{shown}"));
            }
        });
    };
    view! {
        <button type="button" class="copy-link" aria-label=label title=label on:click=copy>
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <path d="M10 14a5 5 0 0 0 7 0l3-3a5 5 0 0 0-7-7l-1 1M14 10a5 5 0 0 0-7 0l-3 3a5 5 0 0 0 7 7l1-1"></path>
            </svg>
        </button>
    }
}
