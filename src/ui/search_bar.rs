//! The search field, always within reach in the sticky bar: results as the
//! reader types (never mid-composition), a counter, next and previous, and
//! the query kept in the address. The markup is static (rendered with the
//! page at build time); `attach` makes it work in the browser.

use super::browser;
use super::highlight::keep_matches_marked;
use super::navigate::go_to_hit;
use super::state::Reader;
use crate::report::search::terms;
use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Timeout;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

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
fn hint_for(query: &str) -> String {
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

/// The field and its tools, as at the start: no query yet.
#[component]
pub fn SearchBar() -> impl IntoView {
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
            />
        </div>
        // Shown and hidden by visibility, not display: the page's layout
        // never changes as the reader starts or stops searching.
        <div class="search-tools idle" aria-hidden="true">
            <span class="search-count" aria-live="polite">"无结果"</span>
            <button type="button" class="search-prev" aria-label="上一个匹配" disabled>"‹"</button>
            <button type="button" class="search-next" aria-label="下一个匹配" disabled>"›"</button>
            <button type="button" class="search-list" aria-controls="search-results" aria-expanded="false" disabled>"0 段"</button>
            <button type="button" class="search-clear" aria-label="清除搜索">"×"</button>
            <p class="search-hint" role="status" hidden></p>
        </div>
    }
}

/// Makes the search field work: what the reader typed before the app
/// started is searched at once.
pub fn attach(reader: Reader) {
    let (Some(input), Some(tools)) = (
        browser::element("search-input").and_then(|e| e.dyn_into::<HtmlInputElement>().ok()),
        browser::first(".search-tools"),
    ) else {
        return;
    };
    let composing = std::rc::Rc::new(std::cell::Cell::new(false));
    {
        let composing = composing.clone();
        EventListener::new(&input, "input", move |event| {
            let composing_now = event
                .dyn_ref::<web_sys::InputEvent>()
                .is_some_and(|input| input.is_composing());
            if composing_now || composing.get() {
                return;
            }
            search(reader, value_of(event));
        })
        .forget();
    }
    {
        let composing = composing.clone();
        EventListener::new(&input, "compositionstart", move |_| composing.set(true)).forget();
    }
    EventListener::new(&input, "compositionend", move |event| {
        composing.set(false);
        search(reader, value_of(event));
    })
    .forget();
    let field = input.clone();
    let clear = move || {
        field.set_value("");
        search(reader, String::new());
    };
    {
        let (clear, field) = (clear.clone(), input.clone());
        let options = EventListenerOptions::enable_prevent_default();
        EventListener::new_with_options(&input, "keydown", options, move |event| {
            let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                return;
            };
            if key.is_composing() {
                return;
            }
            match key.key().as_str() {
                "Enter" => {
                    event.prevent_default();
                    step(reader, !key.shift_key());
                }
                "Escape" => {
                    if reader.query.get_untracked().is_empty() {
                        let _ = field.blur();
                    } else {
                        clear();
                    }
                }
                _ => {}
            }
        })
        .forget();
    }
    EventListener::new(&tools, "click", move |event| {
        let Some(button) = browser::clicked_button(event) else {
            return;
        };
        match button.class_name().as_str() {
            "search-prev" => step(reader, false),
            "search-next" => step(reader, true),
            "search-list" => reader.results_open.update(|open| *open = !*open),
            "search-clear" => clear(),
            _ => {}
        }
    })
    .forget();
    // What the reader typed before the app started, ahead of `?q=`.
    let typed = input.value();
    show_the_state(reader, &tools);
    keep_matches_marked(reader);
    keep_the_query_in_the_address(reader, input.clone());
    focus_on_slash(input.clone());
    if !typed.is_empty() {
        input.set_value(&typed);
        search(reader, typed);
    }
}

fn value_of(event: &web_sys::Event) -> String {
    event
        .target()
        .and_then(|target| target.dyn_into::<HtmlInputElement>().ok())
        .map(|input| input.value())
        .unwrap_or_default()
}

/// The tools follow the search: shown while there is a query, the counter,
/// next and previous, the list's button, the advice when nothing matches.
fn show_the_state(reader: Reader, tools: &Element) {
    let part = |class: &str| tools.query_selector(class).ok().flatten();
    let (Some(count), Some(prev), Some(next), Some(list), Some(hint)) = (
        part(".search-count"),
        part(".search-prev"),
        part(".search-next"),
        part(".search-list"),
        part(".search-hint"),
    ) else {
        return;
    };
    let tools = tools.clone();
    let set = |element: &Element, name: &str, on: bool| {
        let _ = if on {
            element.set_attribute(name, "")
        } else {
            element.remove_attribute(name)
        };
    };
    Effect::new(move |_| {
        let searching = reader.query.with(|query| !query.is_empty());
        let (hits, paragraphs) = reader
            .matches
            .with(|matches| (matches.hits.len(), matches.blocks.len()));
        let _ = tools.class_list().toggle_with_force("idle", !searching);
        let _ = if searching {
            tools.remove_attribute("aria-hidden")
        } else {
            tools.set_attribute("aria-hidden", "true")
        };
        count.set_text_content(Some(&match (hits, reader.current.get()) {
            (0, _) => "无结果".to_owned(),
            (n, Some(i)) => format!("{} / {n}", i + 1),
            (n, None) => format!("{n} 处"),
        }));
        for button in [&prev, &next, &list] {
            set(button, "disabled", hits == 0);
        }
        let open = reader.results_open.get();
        let _ = list.set_attribute("aria-expanded", if open { "true" } else { "false" });
        list.set_text_content(Some(&format!("{paragraphs} 段")));
        let no_match = searching && hits == 0;
        set(&hint, "hidden", !no_match);
        hint.set_text_content(
            no_match
                .then(|| reader.query.with(|q| hint_for(q)))
                .as_deref(),
        );
    });
}

/// The query lives in the address as `?q=`: restored on load (the
/// `#anchor`, if any, keeps the scroll) and on Back, updated as it changes.
fn keep_the_query_in_the_address(reader: Reader, input: HtmlInputElement) {
    let restore = move |jump: bool| {
        let query = browser::query_parameter().unwrap_or_default();
        input.set_value(&query);
        reader.query.set(query);
        let found = !reader.matches.with_untracked(|matches| matches.is_empty());
        if jump && found {
            go_to_hit(reader, 0);
        } else {
            reader.current.set(None);
        }
    };
    restore(browser::hash().is_none());
    if let Some(window) = web_sys::window() {
        EventListener::new(&window, "popstate", move |_| restore(false)).forget();
    }
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
fn focus_on_slash(input: HtmlInputElement) {
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
            key.prevent_default();
            let _ = input.focus();
        }
    })
    .forget();
}
