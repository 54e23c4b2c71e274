//! A place across its years: for each main indicator, each year's target
//! (from that year's report), last year's target and how it changed, and
//! the result the next year's report states, with the outcome.

use super::change::{change, Change};
use super::cited::{genre_rank, Cited};
use super::outcome::{judge, Direction, Outcome};
use crate::library::Catalog;
use std::collections::BTreeMap;

/// One year of an indicator at a place.
#[derive(Clone, Debug, PartialEq)]
pub struct YearRow {
    pub year: i32,
    /// The year's target, as its report sets it.
    pub target: Option<Cited>,
    /// Last year's target, as last year's report set it.
    pub before: Option<Cited>,
    /// From last year's target to this year's; `None` when the library
    /// has no report of last year (or neither year sets one).
    pub change: Option<Change>,
    /// The year's result, as next year's report states it.
    pub result: Option<Cited>,
    /// `None` when the year sets no target or the library has no report
    /// of the next year.
    pub outcome: Option<Outcome>,
}

/// An indicator's years at a place, oldest first.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub indicator: String,
    /// Its name as the place's reports write it (`named_as`).
    pub shown: String,
    pub rows: Vec<YearRow>,
}

/// A place's reports, one a year (the catalogue's first for a year).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlaceYears {
    pub place: String,
    /// Year → the report's index in the catalogue.
    pub years: BTreeMap<i32, usize>,
}

impl PlaceYears {
    pub fn of(catalog: &Catalog, place: &str) -> PlaceYears {
        let mut years = BTreeMap::new();
        for (index, entry) in catalog.entries.iter().enumerate() {
            if entry.placement.series_name() != Some(place) {
                continue;
            }
            if let Some(year) = entry.placement.year {
                // Of two versions, the text adopted (the later).
                let known = years.entry(year).or_insert(index);
                if catalog.earlier_version(index) == Some(*known) {
                    *known = index;
                }
            }
        }
        PlaceYears {
            place: place.to_owned(),
            years,
        }
    }

    fn target(&self, catalog: &Catalog, indicator: &str, year: i32) -> Option<Cited> {
        Cited::target_of(catalog, *self.years.get(&year)?, indicator)
    }

    fn result(&self, catalog: &Catalog, indicator: &str, year: i32) -> Option<Cited> {
        let report = *self.years.get(&(year + 1))?;
        let tables = &catalog.entries[report].model.tables;
        let row = tables
            .results
            .iter()
            .find(|row| row.indicator == indicator)?;
        Cited::of(catalog, report, row.figure)
    }

    /// The indicator's row for a year the place has a report of.
    pub fn row(&self, catalog: &Catalog, indicator: &str, year: i32) -> YearRow {
        let target = self.target(catalog, indicator, year);
        let before = self.target(catalog, indicator, year - 1);
        let has_before = self.years.contains_key(&(year - 1));
        let has_next = self.years.contains_key(&(year + 1));
        let result = self.result(catalog, indicator, year);
        let outcome = match (&target, has_next) {
            (Some(target), true) => {
                let direction = Direction::of(indicator, target);
                Some(judge(direction, target, result.as_ref()))
            }
            _ => None,
        };
        YearRow {
            year,
            change: has_before
                .then(|| change(before.as_ref(), target.as_ref()))
                .flatten(),
            target,
            before,
            result,
            outcome,
        }
    }

    /// The indicators any of the place's reports sets a main target for,
    /// the genre's own first, in their order.
    pub fn indicators(&self, catalog: &Catalog) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        for &report in self.years.values() {
            for row in &catalog.entries[report].model.tables.targets {
                if !names.contains(&row.indicator) {
                    names.push(row.indicator.clone());
                }
            }
        }
        names.sort_by_key(|name| genre_rank(name));
        names
    }
}

/// Every main indicator of a place, year by year.
pub fn place_series(catalog: &Catalog, place: &str) -> Vec<Series> {
    let years = PlaceYears::of(catalog, place);
    // The names its newest report writes.
    let newest = years
        .years
        .values()
        .next_back()
        .map(|&report| &catalog.entries[report].model.figures);
    years
        .indicators(catalog)
        .into_iter()
        .map(|indicator| Series {
            shown: newest.map_or_else(
                || indicator.clone(),
                |figures| figures.indicator_name(&indicator).into_owned(),
            ),
            rows: years
                .years
                .keys()
                .map(|&year| years.row(catalog, &indicator, year))
                .collect(),
            indicator,
        })
        .collect()
}
