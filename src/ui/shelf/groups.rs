//! The shelf: a heading that says what the library holds, the search
//! across it, the controls, and the reports grouped by year, newest first
//! (the script regroups them by place on request). A large library's
//! earlier years are on a page of their own (`earlier`), linked from the
//! shelf, which the script brings in.

use super::controls::controls;
use super::entry::{entry, NO_YEAR};
use super::search::{search, SearchFiles};
use super::years::{by_year, on_the_page, Year};
use crate::library::{Catalog, Level, EARLIER_PAGE, YEARS_FOLDER};
use crate::ui::markup::{SHELF_EARLIER, SHELF_GROUP, SHELF_GROUPS, SHELF_LIST};
use leptos::prelude::*;
use std::collections::BTreeSet;

/// The library page's title.
pub const LIBRARY_TITLE: &str = "政府工作报告库";
/// The earlier years' page's title.
pub const EARLIER_TITLE: &str = "更早的报告";

/// `1992—2023年`, or `2013年`, of years newest first.
fn span(years: &[i32]) -> Option<String> {
    match (years.last(), years.first()) {
        (Some(first), Some(last)) if first != last => Some(format!("{first}—{last}年")),
        (Some(only), _) => Some(format!("{only}年")),
        _ => None,
    }
}

fn known_years(years: &[Year]) -> Vec<i32> {
    years.iter().filter_map(|year| year.year).collect()
}

fn report_count(years: &[Year]) -> usize {
    years.iter().map(|year| year.reports.len()).sum()
}

/// What the library holds, in a line: `23 份报告 · 1992—2023年 · 2 个地方`.
fn summary(catalog: &Catalog, years: &[i32]) -> String {
    let places: BTreeSet<&str> = catalog
        .entries
        .iter()
        .filter_map(|e| e.placement.series_name())
        .collect();
    let mut said = vec![format!("{} 份报告", catalog.entries.len())];
    said.extend(span(years));
    if !places.is_empty() {
        said.push(format!("{} 个地方", places.len()));
    }
    said.join(" · ")
}

/// Years' groups, each report linked from `up` (the way to the site's root).
fn groups(years: &[Year], up: &'static str) -> impl IntoView + use<> {
    years
        .iter()
        .map(|year| {
            let heading = year
                .year
                .map_or_else(|| NO_YEAR.to_owned(), |y| format!("{y}年"));
            let compared = year.year.map(|y| {
                view! {
                    <a class="shelf-compare" href=format!("{up}{YEARS_FOLDER}/{y}/")>"各地目标对照"</a>
                }
            });
            let entries = year
                .reports
                .iter()
                .map(|report| entry(report, up))
                .collect_view();
            view! {
                <section class=SHELF_GROUP.name>
                    <h2>{heading}</h2>
                    {compared}
                    <ul class=SHELF_LIST.name>{entries}</ul>
                </section>
            }
        })
        .collect_view()
}

/// The link to the earlier years, where the shelf stops.
fn earlier_link(earlier: &[Year]) -> impl IntoView + use<> {
    (!earlier.is_empty()).then(|| {
        let span = span(&known_years(earlier)).unwrap_or_else(|| NO_YEAR.to_owned());
        let count = report_count(earlier);
        view! {
            <p class="shelf-more">
                <a id=SHELF_EARLIER.name href=format!("./{EARLIER_PAGE}/")>
                    {format!("{EARLIER_TITLE}：{span}，{count} 份")}
                </a>
            </p>
        }
    })
}

/// The library's page, listing the newest years up to `listed` reports.
pub fn shelf(
    catalog: &Catalog,
    search_files: &SearchFiles,
    listed: usize,
) -> impl IntoView + use<> {
    let years = by_year(catalog);
    let (listed, earlier) = years.split_at(on_the_page(&years, listed));
    let levels: BTreeSet<Level> = catalog
        .entries
        .iter()
        .filter_map(|e| e.placement.level)
        .collect();
    let levels: Vec<Level> = levels.into_iter().collect();
    let every_year = known_years(&years);
    view! {
        <header class="shelf-head">
            <h1>{LIBRARY_TITLE}</h1>
            <p class="shelf-summary">{summary(catalog, &every_year)}</p>
        </header>
        <main>
            {search(search_files, catalog.entries.len())}
            {controls(&levels, &every_year, catalog.entries.len())}
            <div id=SHELF_GROUPS.name class="shelf">{groups(listed, "./")}</div>
            {earlier_link(earlier)}
        </main>
    }
}

/// The earlier years' page: the years the library's page does not list,
/// readable on their own (with a way back) and brought onto the library's
/// page by its script. `None` when the library's page lists every year.
pub fn earlier(catalog: &Catalog, listed: usize) -> Option<impl IntoView + use<>> {
    let years = by_year(catalog);
    let earlier = &years[on_the_page(&years, listed)..];
    if earlier.is_empty() {
        return None;
    }
    let mut said = vec![format!("{} 份报告", report_count(earlier))];
    said.extend(span(&known_years(earlier)));
    Some(view! {
        <header class="shelf-head">
            <p class="shelf-back"><a href="../">{format!("← {LIBRARY_TITLE}")}</a></p>
            <h1>{EARLIER_TITLE}</h1>
            <p class="shelf-summary">{said.join(" · ")}</p>
        </header>
        <main>
            <div id=SHELF_GROUPS.name class="shelf">{groups(earlier, "../")}</div>
        </main>
    })
}
