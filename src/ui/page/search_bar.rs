//! The search field and its tools, as at the start: no query yet
//! (`first::search` makes them work).

use crate::ui::markup::{
    IDLE, SEARCH_CLEAR, SEARCH_COUNT, SEARCH_HINT, SEARCH_INPUT, SEARCH_LIST, SEARCH_NEXT,
    SEARCH_PREV, SEARCH_RESULTS, SEARCH_TOOLS,
};
use leptos::prelude::*;

/// A magnifying glass, beside a search field (this one, the library's).
pub fn search_icon() -> impl IntoView {
    view! {
        <svg class="search-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <circle cx="10.5" cy="10.5" r="6.5"></circle>
            <path d="M15.5 15.5L21 21"></path>
        </svg>
    }
}

pub fn search_bar() -> impl IntoView {
    view! {
        <div class="search" role="search">
            {search_icon()}
            <input
                id=SEARCH_INPUT.name
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
        <div class=format!("{} {}", SEARCH_TOOLS.name, IDLE.name) aria-hidden="true">
            <span class=SEARCH_COUNT.name aria-live="polite">"无结果"</span>
            <button type="button" class=SEARCH_PREV.name aria-label="上一个匹配" disabled>"‹"</button>
            <button type="button" class=SEARCH_NEXT.name aria-label="下一个匹配" disabled>"›"</button>
            <button type="button" class=SEARCH_LIST.name aria-controls=SEARCH_RESULTS.name aria-expanded="false" disabled>"0 段"</button>
            <button type="button" class=SEARCH_CLEAR.name aria-label="清除搜索">"×"</button>
            <p class=SEARCH_HINT.name role="status" hidden></p>
        </div>
    }
}
