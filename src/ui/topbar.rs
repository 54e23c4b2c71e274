//! The sticky bar: the table of contents button, the title, the search
//! field and the way into the figures panel. The markup is static
//! (rendered with the page at build time); `attach` makes it work.

use super::bridge::{to_later, Message};
use super::browser;
use super::page::page_title;
use super::search_bar::{self, SearchBar};
use super::state::Reader;
use crate::report::Document;
use gloo::events::EventListener;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn TopBar() -> impl IntoView {
    let document = expect_context::<Arc<Document>>();
    view! {
        <header class="topbar">
            <button type="button" class="toc-button" aria-controls="toc" aria-expanded="false">
                <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M4 6h16M4 12h16M4 18h16"></path></svg>
                "目录"
            </button>
            <span class="topbar-title">{page_title(&document)}</span>
            <SearchBar/>
            <button type="button" class="figures-button" aria-controls="figures-panel">"数字"</button>
        </header>
    }
}

/// Makes the bar work: its buttons, its title for the report being read,
/// and the search field.
pub fn attach(reader: Reader) {
    let Some(bar) = browser::first(".topbar") else {
        return;
    };
    EventListener::new(&bar, "click", move |event| {
        match browser::clicked_button(event)
            .map(|b| b.class_name())
            .as_deref()
        {
            Some("toc-button") => reader.toc_open.update(|open| *open = !*open),
            Some("figures-button") => to_later(Message::OpenPanel),
            _ => {}
        }
    })
    .forget();
    let (toc_button, title) = (
        bar.query_selector(".toc-button").ok().flatten(),
        bar.query_selector(".topbar-title").ok().flatten(),
    );
    Effect::new(move |_| {
        let open = reader.toc_open.get();
        if let Some(button) = &toc_button {
            let _ = button.set_attribute("aria-expanded", if open { "true" } else { "false" });
        }
    });
    Effect::new(move |_| {
        let title_text = reader.document().title.clone();
        if let Some(title) = &title {
            title.set_text_content(Some(&title_text));
        }
    });
    search_bar::attach(reader);
}
