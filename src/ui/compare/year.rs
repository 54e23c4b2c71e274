//! A year's page: for each main indicator, every place's target, its last
//! year's, how it changed and (once the next report is in) the result.

use super::place::{CSV_FILE, UP};
use super::table::{row, section};
use crate::library::compare::Across;
use crate::library::{Catalog, PLACES_FOLDER};
use crate::ui::shelf::LIBRARY_TITLE;
use leptos::prelude::*;

fn indicator(
    catalog: &Catalog,
    places: &[(String, String)],
    year: i32,
    across: &Across,
) -> impl IntoView {
    let rows = across
        .rows
        .iter()
        .map(|place| {
            // The place's page: its targets year by year.
            let address = places
                .iter()
                .find(|(name, _)| *name == place.place)
                .map_or("", |(_, address)| address.as_str());
            let href = format!("{UP}{PLACES_FOLDER}/{address}/");
            let name =
                view! { <th scope="row"><a href=href>{place.place.clone()}</a></th> }.into_any();
            row(catalog, name, &place.row, UP)
        })
        .collect_view();
    section(
        across.indicator.clone(),
        None,
        format!("{year}年{}目标：各地", across.indicator),
        "地区",
        rows,
    )
}

pub fn year_page(
    catalog: &Catalog,
    places: &[(String, String)],
    year: i32,
    tables: &[Across],
) -> impl IntoView + use<> {
    let counted = tables
        .iter()
        .flat_map(|table| table.rows.iter().map(|row| row.place.as_str()))
        .collect::<std::collections::BTreeSet<_>>()
        .len();
    let sections = tables
        .iter()
        .map(|table| indicator(catalog, places, year, table))
        .collect_view();
    view! {
        <header class="shelf-head">
            <p class="shelf-back"><a href=UP>{format!("← {LIBRARY_TITLE}")}</a></p>
            <h1>{format!("{year}年 · 各地主要目标")}</h1>
            <p class="shelf-summary">
                {format!("{counted} 个地方 · 目标、上年目标与次年报告所说的实际 · ")}
                <a href=CSV_FILE download="">"下载 CSV"</a>
            </p>
        </header>
        <main class="compare">{sections}</main>
    }
}
