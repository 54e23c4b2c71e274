//! The search across the library, as the page is built: a field, a line
//! for what it finds, the order of the results and their list, empty. The
//! form names the index and the search's own WebAssembly (`ui::across`),
//! which `js/library.js` fetches when the field is first used. Hidden until
//! that script has run: without scripts there is no search to offer.

use crate::ui::markup::{
    DATA_GLUE_INTEGRITY, DATA_SEARCH_GLUE, DATA_SEARCH_INDEX, DATA_SEARCH_WASM, DATA_SORT,
    DATA_WASM_INTEGRITY, LIBRARY_MORE, LIBRARY_RESULTS, LIBRARY_SEARCH, LIBRARY_SEARCH_INPUT,
    LIBRARY_SORT, LIBRARY_STATUS, LIBRARY_TREND, LIBRARY_TREND_VIEW, SORT_BY_COUNT, SORT_BY_YEAR,
};
use crate::ui::page::{data, search_icon};
use leptos::prelude::*;

/// Where the search finds its index and its code (each from the page).
#[derive(Clone, Debug, Default)]
pub struct SearchFiles {
    /// The index's folder, `./_search/HASH/`.
    pub index: String,
    pub glue: String,
    pub glue_integrity: String,
    pub wasm: String,
    pub wasm_integrity: String,
}

pub fn search(files: &SearchFiles, reports: usize) -> impl IntoView + use<> {
    let sorts = [(SORT_BY_COUNT, "按次数", "true"), (SORT_BY_YEAR, "按年份", "false")]
        .into_iter()
        .map(|(sort, label, pressed)| {
            view! { <button type="button" {..data(DATA_SORT, sort)} aria-pressed=pressed>{label}</button> }
        })
        .collect_view();
    view! {
        <form
            id=LIBRARY_SEARCH.name
            class="library-query"
            role="search"
            hidden
            {..(
                data(DATA_SEARCH_INDEX, files.index.clone()),
                data(DATA_SEARCH_GLUE, files.glue.clone()),
                data(DATA_GLUE_INTEGRITY, files.glue_integrity.clone()),
                data(DATA_SEARCH_WASM, files.wasm.clone()),
                data(DATA_WASM_INTEGRITY, files.wasm_integrity.clone()),
            )}
        >
            {search_icon()}
            <input
                id=LIBRARY_SEARCH_INPUT.name
                type="search"
                name="q"
                enterkeyhint="search"
                autocomplete="off"
                spellcheck="false"
                placeholder=format!("在全部 {reports} 份报告中搜索")
                aria-label="在全部报告中搜索"
            />
        </form>
        <section class="library-found" aria-label="搜索结果">
            <div class="library-found-bar">
                <p id=LIBRARY_STATUS.name role="status" aria-live="polite"></p>
                <div id=LIBRARY_SORT.name class="shelf-switch" role="group" aria-label="结果排序">
                    {sorts}
                </div>
                <button id=LIBRARY_TREND.name class="library-trend-switch" type="button" aria-pressed="false" hidden>
                    "按年份看趋势"
                </button>
            </div>
            <div id=LIBRARY_TREND_VIEW.name class="library-trend" hidden></div>
            <ol id=LIBRARY_RESULTS.name class="library-list"></ol>
            <button id=LIBRARY_MORE.name type="button" hidden></button>
        </section>
    }
}
