//! A place's page: its reports by year, and for each main indicator the
//! targets against the results, how they changed, and a chart.

use super::chart::chart;
use super::down::down_section;
use super::paths::{CSV_FILE, DOWN_SECTION, UP};
use super::table::{row, section};
use crate::library::compare::{down_from, Down, PlaceYears, Series};
use crate::library::{Catalog, YEARS_FOLDER};
use crate::ui::changes::{CHANGES_FOLDER, VERSIONS_FOLDER};
use crate::ui::shelf::LIBRARY_TITLE;
use leptos::prelude::*;

fn reports(catalog: &Catalog, years: &PlaceYears) -> impl IntoView + use<> {
    let links = years
        .years
        .iter()
        .rev()
        .map(|(year, &report)| {
            let address = &catalog.entries[report].address;
            let href = format!("{UP}{address}/");
            // Beside the year before, where the library has it.
            let changes = catalog.year_before(report).map(|_| {
                let href = format!("{UP}{address}/{CHANGES_FOLDER}/");
                view! { " "<a class="compare-changes" href=href>"与上年对比"</a> }
            });
            // And beside its other text, where the manifest names two.
            let versions = catalog.earlier_version(report).map(|_| {
                let href = format!("{UP}{address}/{VERSIONS_FOLDER}/");
                view! { " "<a class="compare-versions" href=href>"两个文本对比"</a> }
            });
            view! { <li><a href=href>{format!("{year}年")}</a>{changes}{versions}</li> }
        })
        .collect_view();
    view! { <ul class="compare-years">{links}</ul> }
}

fn indicator(catalog: &Catalog, series: &Series) -> impl IntoView {
    let rows = series
        .rows
        .iter()
        .filter(|r| r.target.is_some() || r.result.is_some() || r.change.is_some())
        .map(|r| {
            // The year's page: the same targets across places.
            let href = format!("{UP}{YEARS_FOLDER}/{}/", r.year);
            let year = view! { <th scope="row"><a href=href>{format!("{}年", r.year)}</a></th> }
                .into_any();
            row(catalog, year, r, UP)
        })
        .collect_view();
    section(
        series.shown.clone(),
        chart(series).map(IntoAny::into_any),
        format!("{}：历年目标与实际", series.shown),
        "年份",
        view! { <tbody>{rows}</tbody> },
    )
}

/// A place's page; `places`: each place's page address (`Catalog::places`).
pub fn place_page(
    catalog: &Catalog,
    places: &[(String, String)],
    place: &str,
    series: &[Series],
) -> impl IntoView + use<> {
    let years = PlaceYears::of(catalog, place);
    // A province's years beside the nation's and its cities'.
    let downs: Vec<(i32, Vec<Down>)> = years
        .years
        .keys()
        .filter_map(|&year| Some((year, down_from(catalog, place, year)?)))
        .collect();
    let span = match (years.years.keys().next(), years.years.keys().last()) {
        (Some(first), Some(last)) if first != last => format!("{first}—{last}年"),
        (Some(only), _) => format!("{only}年"),
        _ => String::new(),
    };
    let indicators = series
        .iter()
        .map(|one| indicator(catalog, one))
        .collect_view();
    view! {
        <header class="shelf-head">
            <p class="shelf-back"><a href=UP>{format!("← {LIBRARY_TITLE}")}</a></p>
            <h1>{format!("{place} · 目标与完成")}</h1>
            <p class="shelf-summary">
                {format!("{} 份报告 · {span} · 每年的目标对照次年报告所说的实际 · ", years.years.len())}
                <a href=CSV_FILE download="">"下载 CSV"</a>
                {(!downs.is_empty()).then(|| view! {
                    " · "<a href=format!("#{DOWN_SECTION}")>"全国、本省与各市的目标"</a>
                })}
            </p>
        </header>
        <main class="compare">
            {reports(catalog, &years)}
            {indicators}
            {down_section(catalog, places, &downs)}
        </main>
    }
}
