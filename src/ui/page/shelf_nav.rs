//! In a library, a report's way back to the library and to the same
//! place's report of the year before and after, and to the search across
//! the library.

use crate::ui::markup::SEARCH_LIBRARY;
use leptos::prelude::*;

/// A link: where to, and what a reader sees.
pub struct ShelfLink {
    pub href: String,
    pub label: String,
}

pub struct ShelfLinks {
    /// The report itself, as the library names it (`国务院 2013年`).
    pub here: String,
    pub library: String,
    pub previous: Option<ShelfLink>,
    pub next: Option<ShelfLink>,
    /// The place's page: its targets against its results, year by year.
    pub place: Option<String>,
}

pub fn shelf_nav(links: &ShelfLinks) -> impl IntoView + use<> {
    let year = |link: &Option<ShelfLink>, rel: &'static str, words: &'static str| {
        link.as_ref().map(|link| {
            view! { <a rel=rel href=link.href.clone()>{format!("{words}：{}", link.label)}</a> }
        })
    };
    view! {
        <nav class="shelf-nav" aria-label="报告库">
            <a class="shelf-home" href=links.library.clone()>"← 报告库"</a>
            <span class="shelf-here">{links.here.clone()}</span>
            {year(&links.previous, "prev", "上一年")}
            {year(&links.next, "next", "下一年")}
            {links.place.clone().map(|href| view! { <a class="shelf-place" href=href>"历年目标与完成"</a> })}
            // The report's own query follows (`first::search`).
            <a id=SEARCH_LIBRARY.name class="shelf-search" href=links.library.clone()>"在全部报告中搜索"</a>
        </nav>
    }
}
