//! The shelf: a heading that says what the library holds, the search
//! across it, the controls, and every report grouped by year, newest first
//! (the script regroups them by place on request).

use super::controls::controls;
use super::entry::{entry, NO_YEAR};
use super::search::{search, SearchFiles};
use crate::library::{Catalog, Entry, Level};
use crate::ui::markup::{SHELF_GROUP, SHELF_GROUPS, SHELF_LIST};
use leptos::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

/// The library page's title.
pub const LIBRARY_TITLE: &str = "政府工作报告库";

/// What the library holds, in a line: `23 份报告 · 1992—2023年 · 2 个地方`.
fn summary(catalog: &Catalog, years: &[i32]) -> String {
    let places: BTreeSet<&str> = catalog
        .entries
        .iter()
        .filter_map(|e| e.placement.place.as_deref())
        .collect();
    let mut said = vec![format!("{} 份报告", catalog.entries.len())];
    match (years.last(), years.first()) {
        (Some(first), Some(last)) if first != last => said.push(format!("{first}—{last}年")),
        (Some(only), _) => said.push(format!("{only}年")),
        _ => {}
    }
    if !places.is_empty() {
        said.push(format!("{} 个地方", places.len()));
    }
    said.join(" · ")
}

fn group(heading: String, reports: &[&Entry]) -> impl IntoView + use<> {
    let entries = reports.iter().map(|report| entry(report)).collect_view();
    view! {
        <section class=SHELF_GROUP.name>
            <h2>{heading}</h2>
            <ul class=SHELF_LIST.name>{entries}</ul>
        </section>
    }
}

pub fn shelf(catalog: &Catalog, search_files: &SearchFiles) -> impl IntoView + use<> {
    // Newest first; the catalogue's order (level, place) within a year.
    let mut by_year: BTreeMap<std::cmp::Reverse<Option<i32>>, Vec<&Entry>> = BTreeMap::new();
    for report in &catalog.entries {
        by_year
            .entry(std::cmp::Reverse(report.placement.year))
            .or_default()
            .push(report);
    }
    let years: Vec<i32> = by_year.keys().filter_map(|year| year.0).collect();
    let levels: BTreeSet<Level> = catalog
        .entries
        .iter()
        .filter_map(|e| e.placement.level)
        .collect();
    let levels: Vec<Level> = levels.into_iter().collect();
    let groups = by_year
        .iter()
        .map(|(year, reports)| {
            let heading = year
                .0
                .map_or_else(|| NO_YEAR.to_owned(), |y| format!("{y}年"));
            group(heading, reports)
        })
        .collect_view();
    view! {
        <header class="shelf-head">
            <h1>{LIBRARY_TITLE}</h1>
            <p class="shelf-summary">{summary(catalog, &years)}</p>
        </header>
        <main>
            {search(search_files, catalog.entries.len())}
            {controls(&levels, &years, catalog.entries.len())}
            <div id=SHELF_GROUPS.name class="shelf">{groups}</div>
        </main>
    }
}
