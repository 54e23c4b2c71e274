//! The search field, always within reach in the sticky bar: results as the
//! reader types (never mid-composition), a counter, next and previous, and
//! the query kept in the address. Attached to the field and tools drawn
//! with the page (`page::search_bar`).

use super::highlight::keep_matches_marked;
use super::navigate::go_to_hit;
use super::state::State;
use crate::report::search::terms;
use crate::ui::browser;
use crate::ui::markup::{
    Name, IDLE, SEARCH_CLEAR, SEARCH_COUNT, SEARCH_HINT, SEARCH_INPUT, SEARCH_LIBRARY, SEARCH_LIST,
    SEARCH_NEXT, SEARCH_PREV, SEARCH_TOOLS,
};
use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Timeout;
use leptos::prelude::*;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

/// How long after the last change the query is written into the address.
const ADDRESS_DELAY_MS: u32 = 250;

/// Runs a query typed by the reader and goes to its first match.
fn search(state: State, query: String) {
    if state.query.get_untracked() == query {
        return;
    }
    state.query.set(query);
    if state.matches.with_untracked(|matches| matches.is_empty()) {
        state.current.set(None);
    } else {
        go_to_hit(state, 0);
    }
}

/// Moves to the next (or previous) match, round the end.
fn step(state: State, forward: bool) {
    let count = state.matches.with_untracked(|matches| matches.hits.len());
    if count == 0 {
        return;
    }
    let next = match (state.current.get_untracked(), forward) {
        (None, true) => 0,
        (None, false) => count - 1,
        (Some(i), true) => (i + 1) % count,
        (Some(i), false) => (i + count - 1) % count,
    };
    go_to_hit(state, next);
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

/// Makes the search field work: what the reader typed before the app
/// started is searched at once.
pub fn attach(state: State) {
    let (Some(input), Some(tools)) = (
        browser::element(SEARCH_INPUT.name).and_then(|e| e.dyn_into::<HtmlInputElement>().ok()),
        browser::first(SEARCH_TOOLS.selector),
    ) else {
        return;
    };
    search_as_typed(state, &input);
    let field = input.clone();
    let clear = move || {
        field.set_value("");
        search(state, String::new());
    };
    listen_to_keys(state, &input, clear.clone());
    EventListener::new(&tools, "click", move |event| {
        let clicked = |name: Name| browser::closest(event, name.selector).is_some();
        if clicked(SEARCH_PREV) {
            step(state, false);
        } else if clicked(SEARCH_NEXT) {
            step(state, true);
        } else if clicked(SEARCH_LIST) {
            state.results_open.update(|open| *open = !*open);
        } else if clicked(SEARCH_CLEAR) {
            clear();
        }
    })
    .forget();
    // What the reader typed before the app started, ahead of `?q=`.
    let typed = input.value();
    show_the_state(state, &tools);
    keep_matches_marked(state);
    keep_the_query_in_the_address(state, input.clone());
    focus_on_slash(input.clone());
    if !typed.is_empty() {
        input.set_value(&typed);
        search(state, typed);
    }
}

/// Searches what is typed, but never mid-composition: an input method's
/// pinyin is not the query until it is committed.
fn search_as_typed(state: State, input: &HtmlInputElement) {
    let composing = Rc::new(Cell::new(false));
    {
        let composing = composing.clone();
        EventListener::new(input, "input", move |event| {
            let composing_now = event
                .dyn_ref::<web_sys::InputEvent>()
                .is_some_and(|input| input.is_composing());
            if composing_now || composing.get() {
                return;
            }
            search(state, value_of(event));
        })
        .forget();
    }
    {
        let composing = composing.clone();
        EventListener::new(input, "compositionstart", move |_| composing.set(true)).forget();
    }
    EventListener::new(input, "compositionend", move |event| {
        composing.set(false);
        search(state, value_of(event));
    })
    .forget();
}

/// Enter and Shift+Enter go to the next and previous match; Esc clears the
/// query, or leaves the field when there is none.
fn listen_to_keys(state: State, input: &HtmlInputElement, clear: impl Fn() + 'static) {
    let field = input.clone();
    let options = EventListenerOptions::enable_prevent_default();
    EventListener::new_with_options(input, "keydown", options, move |event| {
        let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
            return;
        };
        if key.is_composing() {
            return;
        }
        match key.key().as_str() {
            "Enter" => {
                event.prevent_default();
                step(state, !key.shift_key());
            }
            "Escape" => {
                if state.query.get_untracked().is_empty() {
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

fn value_of(event: &web_sys::Event) -> String {
    event
        .target()
        .and_then(|target| target.dyn_into::<HtmlInputElement>().ok())
        .map(|input| input.value())
        .unwrap_or_default()
}

/// The tools follow the search: shown while there is a query, the counter,
/// next and previous, the list's button, the advice when nothing matches.
fn show_the_state(state: State, tools: &Element) {
    let part = |name: Name| tools.query_selector(name.selector).ok().flatten();
    let (Some(count), Some(prev), Some(next), Some(list), Some(hint)) = (
        part(SEARCH_COUNT),
        part(SEARCH_PREV),
        part(SEARCH_NEXT),
        part(SEARCH_LIST),
        part(SEARCH_HINT),
    ) else {
        return;
    };
    let tools = tools.clone();
    Effect::new(move |_| {
        let searching = state.query.with(|query| !query.is_empty());
        let (hits, paragraphs) = state
            .matches
            .with(|matches| (matches.hits.len(), matches.blocks.len()));
        let _ = tools.class_list().toggle_with_force(IDLE.name, !searching);
        let _ = if searching {
            tools.remove_attribute("aria-hidden")
        } else {
            tools.set_attribute("aria-hidden", "true")
        };
        count.set_text_content(Some(&match (hits, state.current.get()) {
            (0, _) => "无结果".to_owned(),
            (n, Some(i)) => format!("{} / {n}", i + 1),
            (n, None) => format!("{n} 处"),
        }));
        for button in [&prev, &next, &list] {
            browser::set_flag(button, "disabled", hits == 0);
        }
        browser::set_aria(&list, "aria-expanded", state.results_open.get());
        list.set_text_content(Some(&format!("{paragraphs} 段")));
        let no_match = searching && hits == 0;
        browser::set_flag(&hint, "hidden", !no_match);
        hint.set_text_content(
            no_match
                .then(|| state.query.with(|q| hint_for(q)))
                .as_deref(),
        );
    });
}

/// The query lives in the address as `?q=`: restored on load (the
/// `#anchor`, if any, keeps the scroll) and on Back, updated as it changes.
fn keep_the_query_in_the_address(state: State, input: HtmlInputElement) {
    let restore = move |jump: bool| {
        let query = browser::query_parameter().unwrap_or_default();
        input.set_value(&query);
        state.query.set(query);
        let found = !state.matches.with_untracked(|matches| matches.is_empty());
        if jump && found {
            go_to_hit(state, 0);
        } else {
            state.current.set(None);
        }
    };
    restore(browser::hash().is_none());
    if let Some(window) = web_sys::window() {
        EventListener::new(&window, "popstate", move |_| restore(false)).forget();
    }
    // Written once the reader pauses: the address need not follow each key.
    Effect::new(move |pending: Option<Option<Timeout>>| {
        let query = state.query.get();
        drop(pending.flatten());
        Some(Timeout::new(ADDRESS_DELAY_MS, move || {
            browser::replace_query(&query);
            follow_in_library_link(&query);
        }))
    });
}

/// On a library's report page, the link to the search across the library
/// carries the report's query (`../?q=`).
fn follow_in_library_link(query: &str) {
    let Some(link) = browser::element(SEARCH_LIBRARY.name) else {
        return;
    };
    let href = link.get_attribute("href").unwrap_or_default();
    let library = href.split('?').next().unwrap_or_default();
    let href = match query.trim() {
        "" => library.to_owned(),
        query => {
            let query: String = web_sys::js_sys::encode_uri_component(query).into();
            format!("{library}?q={query}")
        }
    };
    let _ = link.set_attribute("href", &href);
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
