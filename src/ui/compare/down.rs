//! A province's page's targets on the way down: for each year the library
//! has the nation's or a city's report of, the nation's target above the
//! province's and its cities' below, each against the level above's
//! (层层加码). A `<details>` a year, the newest open: readable without
//! scripts.

use super::cells::figure_cell;
use super::paths::{DOWN_SECTION, UP};
use crate::library::compare::{Change, Down, DownRow};
use crate::library::{Catalog, Level, PLACES_FOLDER};
use crate::ui::markup::COMPARE_TABLE;
use leptos::prelude::*;

/// Against the level above: its class and what it says.
fn against(row: &DownRow) -> (&'static str, String) {
    let above = if row.level == Level::Province {
        "全国"
    } else {
        "本省"
    };
    match row.against {
        Some(Change::Raised) => ("change up", format!("高于{above}")),
        Some(Change::Lowered) => ("change down", format!("低于{above}")),
        Some(Change::Kept) => ("change", format!("与{above}持平")),
        _ => ("change", String::new()),
    }
}

fn table(catalog: &Catalog, places: &[(String, String)], year: i32, down: &Down) -> impl IntoView {
    let rows = down
        .rows
        .iter()
        .map(|row| {
            let address = places
                .iter()
                .find(|(name, _)| *name == row.place)
                .map_or("", |(_, address)| address.as_str());
            let href = format!("{UP}{PLACES_FOLDER}/{address}/");
            let (class, said) = against(row);
            view! {
                <tr class=format!("level-{}", row.level.name())>
                    <th scope="row"><a href=href>{row.place.clone()}</a></th>
                    {figure_cell(catalog, Some(&row.target), UP)}
                    <td class=class>{said}</td>
                </tr>
            }
        })
        .collect_view();
    // Named as the province's report names it (the nation's says 国内…).
    let own = down
        .rows
        .iter()
        .find(|row| row.level == Level::Province)
        .unwrap_or(&down.rows[0]);
    let shown = catalog.entries[own.target.report]
        .model
        .figures
        .indicator_name(&down.indicator)
        .into_owned();
    view! {
        <div class="compare-scroll">
            <table class=COMPARE_TABLE.name>
                <caption>{format!("{year}年{}目标：全国、本省与各市", down.indicator)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{shown}</th>
                        <th scope="col">"目标"</th>
                        <th scope="col">"较上级"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// Each year's tables, newest first; nothing where no year has any.
pub fn down_section(
    catalog: &Catalog,
    places: &[(String, String)],
    years: &[(i32, Vec<Down>)],
) -> Option<impl IntoView + use<>> {
    if years.is_empty() {
        return None;
    }
    let details = years
        .iter()
        .rev()
        .enumerate()
        .map(|(at, (year, downs))| {
            let tables = downs
                .iter()
                .map(|down| table(catalog, places, *year, down))
                .collect_view();
            view! {
                <details class="compare-down-year" open=at == 0>
                    <summary>{format!("{year}年")}</summary>
                    {tables}
                </details>
            }
        })
        .collect_view();
    Some(view! {
        <section class="compare-indicator compare-down" id=DOWN_SECTION>
            <h2>"全国、本省与各市的目标"</h2>
            <p class="compare-note">"同一年里，本省的目标与全国的相比，各市的目标与本省的相比：目标在层层下达中是否加码。"</p>
            {details}
        </section>
    })
}
