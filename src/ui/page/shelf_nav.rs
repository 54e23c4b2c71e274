//! In a library, a report's way back to the library and to the same
//! place's report of the year before and after, to the search across
//! the library and to the place's targets year by year; and what the
//! library knows beside the report: its targets' last year and outcome
//! (for the targets view, as a context) and its new terms.

use crate::ui::markup::SEARCH_LIBRARY;
use leptos::prelude::*;

/// A link: where to, and what a reader sees.
#[derive(Clone, Debug, PartialEq, Eq)]
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
    /// The report beside the year before's (`changes/`), where the library
    /// has it.
    pub changes: Option<String>,
    /// The page between the two versions of the report (`versions/`),
    /// where the manifest names them.
    pub versions: Option<String>,
    /// The report's targets beside last year's and the next report's result.
    pub beside: Vec<Beside>,
    /// Its new terms (text, block), if the library has an earlier report
    /// of the place to tell them by.
    pub new_terms: Option<Vec<(String, String)>>,
}

/// A target of the report as the library sees it: last year's target of
/// the indicator, and the result the next year's report states, with the
/// outcome (`完成`, `未完成（差0.2）`, `未说明`), each a link to its
/// sentence in the other report.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Beside {
    pub indicator: String,
    pub before: Option<ShelfLink>,
    pub result: Option<ShelfLink>,
    pub outcome: Option<String>,
}

/// What the library knows beside the report, for the targets view.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BesideTargets(pub Vec<Beside>);

/// The new terms, a list a reader opens.
fn new_terms(terms: &[(String, String)]) -> impl IntoView + use<> {
    let items = terms
        .iter()
        .map(|(text, block)| view! { <li><a href=format!("#{block}")>{format!("“{text}”")}</a></li> })
        .collect_view();
    let summary = format!("新提法（{}）", terms.len());
    view! {
        <details class="new-terms">
            <summary>{summary}</summary>
            <p>"本报告引号中的提法，同一地方更早的报告都没有用过："</p>
            <ul>{items}</ul>
        </details>
    }
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
            {links.changes.clone().map(|href| view! { <a class="shelf-changes" href=href>"与上年对比"</a> })}
            {links.versions.clone().map(|href| view! { <a class="shelf-versions" href=href>"两个文本对比"</a> })}
            {links.place.clone().map(|href| view! { <a class="shelf-place" href=href>"历年目标与完成"</a> })}
            // The report's own query follows (`first::search`).
            <a id=SEARCH_LIBRARY.name class="shelf-search" href=links.library.clone()>"在全部报告中搜索"</a>
        </nav>
        {links.new_terms.as_deref().filter(|terms| !terms.is_empty()).map(new_terms)}
    }
}
