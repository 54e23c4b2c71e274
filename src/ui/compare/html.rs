//! The comparison pages as HTML, as the build writes them.

use super::place::place_page;
use super::year::year_page;
use crate::library::compare::{Across, Series};
use crate::library::Catalog;
use leptos::prelude::*;

/// A place's page; `places`: each place's page address (`Catalog::places`).
pub fn place_html(
    catalog: &Catalog,
    places: &[(String, String)],
    place: &str,
    series: &[Series],
) -> String {
    Owner::new()
        .with(|| place_page(catalog, places, place, series).to_html())
        .replace("<!>", "")
}

/// A year's page; `places`: each place's page address (`Catalog::places`).
pub fn year_html(
    catalog: &Catalog,
    places: &[(String, String)],
    year: i32,
    tables: &[Across],
) -> String {
    Owner::new()
        .with(|| year_page(catalog, places, year, tables).to_html())
        .replace("<!>", "")
}
