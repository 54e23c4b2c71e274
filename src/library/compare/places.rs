//! A year across places: for each main indicator, every place with a
//! report of the year, its target, last year's and the result (the table
//! newspapers build by hand each January).

use super::cited::genre_rank;
use super::series::{PlaceYears, YearRow};
use crate::library::{Catalog, Level};

/// One place's row.
#[derive(Clone, Debug, PartialEq)]
pub struct PlaceRow {
    pub place: String,
    pub level: Option<Level>,
    /// The province it is in (a province: itself).
    pub province: Option<String>,
    pub row: YearRow,
}

/// An indicator across places, in the catalogue's order (level, place).
#[derive(Clone, Debug, PartialEq)]
pub struct Across {
    pub indicator: String,
    pub rows: Vec<PlaceRow>,
}

/// The places with a report of `year`, in the catalogue's order.
fn places_of(catalog: &Catalog, year: i32) -> Vec<&str> {
    let mut places: Vec<&str> = Vec::new();
    for entry in &catalog.entries {
        if entry.placement.year != Some(year) {
            continue;
        }
        if let Some(place) = entry.placement.series_name() {
            if !places.contains(&place) {
                places.push(place);
            }
        }
    }
    places
}

/// Each indicator a report of the year sets a target for, across places
/// (a place without that target is left out of its table).
pub fn year_table(catalog: &Catalog, year: i32) -> Vec<Across> {
    let places: Vec<PlaceYears> = places_of(catalog, year)
        .into_iter()
        .map(|place| PlaceYears::of(catalog, place))
        .collect();
    let mut tables: Vec<Across> = Vec::new();
    for place in &places {
        let Some(&report) = place.years.get(&year) else {
            continue;
        };
        let placement = &catalog.entries[report].placement;
        for target in &catalog.entries[report].model.tables.targets {
            let row = place.row(catalog, &target.indicator, year);
            let at = match tables.iter().position(|t| t.indicator == target.indicator) {
                Some(at) => at,
                None => {
                    tables.push(Across {
                        indicator: target.indicator.clone(),
                        rows: Vec::new(),
                    });
                    tables.len() - 1
                }
            };
            tables[at].rows.push(PlaceRow {
                place: place.place.clone(),
                level: placement.level,
                province: placement.province.clone(),
                row,
            });
        }
    }
    tables.sort_by_key(|across| genre_rank(&across.indicator));
    tables
}
