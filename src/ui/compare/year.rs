//! A year's page: for each main indicator, every place's target, its last
//! year's, how it changed and (once the next report is in) the result.

use super::paths::{CSV_FILE, UP};
use super::table::{row, section};
use crate::library::compare::{Across, PlaceRow};
use crate::library::{Catalog, Level, PLACES_FOLDER};
use crate::ui::markup::{COMPARE_LEVEL, COMPARE_PROVINCE, DATA_PROVINCE};
use crate::ui::page::data;
use crate::ui::shelf::LIBRARY_TITLE;
use leptos::prelude::*;

fn place_row(catalog: &Catalog, places: &[(String, String)], place: &PlaceRow) -> AnyView {
    // The place's page: its targets year by year.
    let address = places
        .iter()
        .find(|(name, _)| *name == place.place)
        .map_or("", |(_, address)| address.as_str());
    let href = format!("{UP}{PLACES_FOLDER}/{address}/");
    let name = view! { <th scope="row"><a href=href>{place.place.clone()}</a></th> }.into_any();
    let province = place.province.clone().unwrap_or_default();
    row(catalog, name, &place.row, UP)
        .add_any_attr(data(DATA_PROVINCE, province))
        .into_any()
}

/// The places by level (全国, 省级, 市级, 区县), each level a `<tbody>` that
/// says which it is; each row with its province, for the filter.
fn indicator(
    catalog: &Catalog,
    places: &[(String, String)],
    year: i32,
    across: &Across,
) -> impl IntoView {
    let mut levels: Vec<(Option<Level>, Vec<&PlaceRow>)> = Vec::new();
    for place in &across.rows {
        match levels.last_mut() {
            Some((level, rows)) if *level == place.level => rows.push(place),
            _ => levels.push((place.level, vec![place])),
        }
    }
    let bodies = levels
        .into_iter()
        .map(|(level, rows)| {
            let label = level.map_or("其他", Level::label);
            let rows = rows
                .into_iter()
                .map(|place| place_row(catalog, places, place))
                .collect_view();
            view! {
                <tbody>
                    <tr class=COMPARE_LEVEL.name><th colspan="6" scope="rowgroup">{label}</th></tr>
                    {rows}
                </tbody>
            }
        })
        .collect_view();
    section(
        across.indicator.clone(),
        None,
        format!("{year}年{}目标：各地", across.indicator),
        "地区",
        bodies,
    )
}

/// The provinces a year's tables hold places of, for the filter.
fn provinces_of(tables: &[Across]) -> Vec<String> {
    let mut provinces: Vec<String> = Vec::new();
    for row in tables.iter().flat_map(|table| &table.rows) {
        if let Some(province) = &row.province {
            if !provinces.contains(province) {
                provinces.push(province.clone());
            }
        }
    }
    provinces
}

/// 只看一省及其各市: a choice the page's script works (hidden without it).
fn province_filter(tables: &[Across]) -> Option<impl IntoView + use<>> {
    let provinces = provinces_of(tables);
    if provinces.len() < 2 {
        return None;
    }
    let options = provinces
        .into_iter()
        .map(|province| view! { <option value=province.clone()>{format!("{province}及其各市")}</option> })
        .collect_view();
    Some(view! {
        <p class="compare-filter" hidden="">
            <label>"只看："
                <select id=COMPARE_PROVINCE.name>
                    <option value="">"全部地方"</option>
                    {options}
                </select>
            </label>
        </p>
    })
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
            {province_filter(tables)}
        </header>
        <main class="compare">{sections}</main>
    }
}
