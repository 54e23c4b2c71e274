//! The sticky bar: the table of contents button, the title, expand and
//! collapse all.

use super::bridge::{to_later, Message};
use super::page::page_title;
use super::search_bar::SearchBar;
use super::state::Reader;
use leptos::prelude::*;

#[component]
pub fn TopBar() -> impl IntoView {
    let reader = expect_context::<Reader>();
    let title = move || page_title(&reader.document());
    let toggle_toc = move |_| reader.toc_open.update(|open| *open = !*open);
    let expanded = move || {
        if reader.toc_open.get() {
            "true"
        } else {
            "false"
        }
    };
    view! {
        <header class="topbar">
            <button type="button" class="toc-button" aria-controls="toc" aria-expanded=expanded on:click=toggle_toc>
                <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M4 6h16M4 12h16M4 18h16"></path></svg>
                "目录"
            </button>
            <span class="topbar-title">{title}</span>
            <SearchBar/>
            <button type="button" class="figures-button" aria-controls="figures-panel" on:click=|_| to_later(Message::OpenPanel)>"数字"</button>
        </header>
    }
}
