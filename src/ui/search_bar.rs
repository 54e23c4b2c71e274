//! The search field, always within reach in the sticky bar: results as the
//! reader types (never mid-composition), a counter, next and previous, and
//! the query kept in the address.

use super::browser;
use super::highlight::keep_matches_marked;
use super::navigate::go_to_hit;
use super::state::Reader;
use crate::report::search::terms;
use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Timeout;
use leptos::html::Input;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// How long after the last change the query is written into the address.
const ADDRESS_DELAY_MS: u32 = 250;

/// Runs a query typed by the reader and goes to its first match.
fn search(reader: Reader, query: String) {
    if reader.query.get_untracked() == query {
        return;
    }
    reader.query.set(query);
    if reader.matches.with_untracked(|matches| matches.is_empty()) {
        reader.current.set(None);
    } else {
        go_to_hit(reader, 0);
    }
}

/// Moves to the next (or previous) match, round the end.
fn step(reader: Reader, forward: bool) {
    let count = reader.matches.with_untracked(|matches| matches.hits.len());
    if count == 0 {
        return;
    }
    let next = match (reader.current.get_untracked(), forward) {
        (None, true) => 0,
        (None, false) => count - 1,
        (Some(i), true) => (i + 1) % count,
        (Some(i), false) => (i + count - 1) % count,
    };
    go_to_hit(reader, next);
}

/// What might help when nothing matches.
fn hint(query: &str) -> String {
    let words = terms(query);
    if words.len() > 1 {
        format!(
            "没有同时包含这 {} 个词的段落。试试减少关键词。",
            words.len()
        )
    } else if query.chars().count() > 4 {
        "没有找到。试试更短的词，或换一种说法。".to_owned()
    } else {
        "没有找到。试试换一个词。".to_owned()
    }
}

#[component]
pub fn SearchBar() -> impl IntoView {
    let reader = expect_context::<Reader>();
    let input = NodeRef::<Input>::new();
    let composing = RwSignal::new(false);

    let on_input = move |event: leptos::ev::Event| {
        let composing_now = event
            .dyn_ref::<web_sys::InputEvent>()
            .is_some_and(|input| input.is_composing());
        if composing_now || composing.get_untracked() {
            return;
        }
        search(reader, event_target_value(&event));
    };
    let on_composition_end = move |event: leptos::ev::CompositionEvent| {
        composing.set(false);
        let value = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
            .map(|input| input.value())
            .unwrap_or_default();
        search(reader, value);
    };
    let clear = move || {
        if let Some(input) = input.get_untracked() {
            input.set_value("");
        }
        search(reader, String::new());
    };
    let on_keydown = move |event: leptos::ev::KeyboardEvent| {
        if event.is_composing() {
            return;
        }
        match event.key().as_str() {
            "Enter" => {
                event.prevent_default();
                step(reader, !event.shift_key());
            }
            "Escape" => {
                if reader.query.get_untracked().is_empty() {
                    if let Some(input) = input.get_untracked() {
                        let _ = input.blur();
                    }
                } else {
                    clear();
                }
            }
            _ => {}
        }
    };
    keep_the_query_in_the_address(reader, input);
    focus_on_slash(input);
    keep_matches_marked(reader);

    let count = move || reader.matches.with(|matches| matches.hits.len());
    let counter = move || match (count(), reader.current.get()) {
        (0, _) => "无结果".to_owned(),
        (n, Some(i)) => format!("{} / {n}", i + 1),
        (n, None) => format!("{n} 处"),
    };
    let searching = move || !reader.query.with(String::is_empty);
    let no_match = move || searching() && count() == 0;
    let paragraphs = move || reader.matches.with(|matches| matches.blocks.len());
    view! {
        <div class="search" role="search">
            <svg class="search-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <circle cx="10.5" cy="10.5" r="6.5"></circle>
                <path d="M15.5 15.5L21 21"></path>
            </svg>
            <input
                id="search-input"
                type="search"
                enterkeyhint="search"
                autocomplete="off"
                spellcheck="false"
                placeholder="搜索全文"
                aria-label="搜索全文"
                node_ref=input
                on:input=on_input
                on:compositionstart=move |_| composing.set(true)
                on:compositionend=on_composition_end
                on:keydown=on_keydown
            />
        </div>
        // Shown and hidden by visibility, not display: the page's layout
        // never changes as the reader starts or stops searching.
        <div class="search-tools" class:idle=move || !searching() aria-hidden=move || (!searching()).then_some("true")>
            <span class="search-count" aria-live="polite">{counter}</span>
            <button type="button" class="search-prev" aria-label="上一个匹配" disabled=move || count() == 0 on:click=move |_| step(reader, false)>"‹"</button>
            <button type="button" class="search-next" aria-label="下一个匹配" disabled=move || count() == 0 on:click=move |_| step(reader, true)>"›"</button>
            <button
                type="button"
                class="search-list"
                aria-controls="search-results"
                aria-expanded=move || if reader.results_open.get() { "true" } else { "false" }
                disabled=move || count() == 0
                on:click=move |_| reader.results_open.update(|open| *open = !*open)
            >
                {move || format!("{} 段", paragraphs())}
            </button>
            <button type="button" class="search-clear" aria-label="清除搜索" on:click=move |_| clear()>"×"</button>
            <p class="search-hint" role="status" hidden=move || !no_match()>{move || hint(&reader.query.get())}</p>
        </div>
    }
}

/// The query lives in the address as `?q=`: restored on load (the
/// `#anchor`, if any, keeps the scroll) and on Back, updated as it changes.
fn keep_the_query_in_the_address(reader: Reader, input: NodeRef<Input>) {
    let restore = move |jump: bool| {
        let query = browser::query_parameter().unwrap_or_default();
        if let Some(input) = input.get_untracked() {
            input.set_value(&query);
        }
        reader.query.set(query);
        let found = !reader.matches.with_untracked(|matches| matches.is_empty());
        if jump && found {
            go_to_hit(reader, 0);
        } else {
            reader.current.set(None);
        }
    };
    Effect::new(move |_| {
        restore(browser::hash().is_none());
        let Some(window) = web_sys::window() else {
            return;
        };
        EventListener::new(&window, "popstate", move |_| restore(false)).forget();
    });
    // Written once the reader pauses: the address need not follow each key.
    Effect::new(move |pending: Option<Option<Timeout>>| {
        let query = reader.query.get();
        drop(pending.flatten());
        Some(Timeout::new(ADDRESS_DELAY_MS, move || {
            browser::replace_query(&query)
        }))
    });
}

/// `/` puts the cursor in the search field, unless the reader is typing.
fn focus_on_slash(input: NodeRef<Input>) {
    Effect::new(move |_| {
        let Some(window) = web_sys::window() else {
            return;
        };
        // Not passive: the `/` must not be typed into the field it focuses.
        let options = EventListenerOptions::enable_prevent_default();
        EventListener::new_with_options(&window, "keydown", options, move |event| {
            let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                return;
            };
            let typing = key
                .target()
                .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
                .is_some_and(|element| {
                    matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                });
            if key.key() == "/" && !typing && !key.ctrl_key() && !key.meta_key() && !key.alt_key() {
                if let Some(input) = input.get_untracked() {
                    key.prevent_default();
                    let _ = input.focus();
                }
            }
        })
        .forget();
    });
}
