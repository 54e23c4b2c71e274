//! What a library's report page knows of the library: the way back, the
//! same place's other years, the place's page, its targets beside last
//! year's and the next report's results, and its new terms.

use baogao::library::compare::{new_terms, place_series, Cited, Series};
use baogao::library::{Catalog, PLACES_FOLDER};
use baogao::ui::changes::{CHANGES_FOLDER, VERSIONS_FOLDER};
use baogao::ui::page::{Beside, ShelfLink, ShelfLinks};
use std::collections::HashMap;

/// A report page's way up to the site's files and the library's page.
pub const UP: &str = "../";

/// What the build works out once for every report and the comparison
/// pages: each place's page address and its series.
pub struct Known {
    /// Each place and its page's address, in the catalogue's order.
    pub places: Vec<(String, String)>,
    /// Each place's series (`place_series`).
    pub series: HashMap<String, Vec<Series>>,
}

impl Known {
    pub fn of(catalog: &Catalog) -> Known {
        let places = catalog.places();
        let series = places
            .iter()
            .map(|(place, _)| (place.clone(), place_series(catalog, place)))
            .collect();
        Known { places, series }
    }

    /// A report's links: neighbours, place page, targets beside, new terms.
    pub fn links(&self, catalog: &Catalog, index: usize) -> ShelfLinks {
        let entry = &catalog.entries[index];
        let (before, after) = catalog.neighbours(index);
        let year_link = |neighbour: Option<usize>| {
            let report = &catalog.entries[neighbour?];
            Some(ShelfLink {
                href: format!("{UP}{}/", report.address),
                label: report
                    .placement
                    .year
                    .map_or_else(|| report.label(), |year| format!("{year}年")),
            })
        };
        let place = entry.placement.series_name();
        ShelfLinks {
            here: entry.label(),
            library: UP.to_owned(),
            previous: year_link(before),
            next: year_link(after),
            place: place.and_then(|place| {
                let (_, address) = self.places.iter().find(|(known, _)| known == place)?;
                Some(format!("{UP}{PLACES_FOLDER}/{address}/"))
            }),
            changes: catalog
                .year_before(index)
                .map(|_| format!("{CHANGES_FOLDER}/")),
            // The page between two versions is the later one's.
            versions: match (catalog.earlier_version(index), catalog.later_version(index)) {
                (Some(_), _) => Some(format!("{VERSIONS_FOLDER}/")),
                (None, Some(later)) => Some(format!(
                    "{UP}{}/{VERSIONS_FOLDER}/",
                    catalog.entries[later].address
                )),
                (None, None) => None,
            },
            beside: self.beside(catalog, index),
            new_terms: new_terms(catalog, index).map(|terms| {
                terms
                    .into_iter()
                    .map(|term| (term.text, term.block))
                    .collect()
            }),
        }
    }

    /// The report's targets as its place's series see them in its year.
    fn beside(&self, catalog: &Catalog, index: usize) -> Vec<Beside> {
        let placement = &catalog.entries[index].placement;
        let (Some(place), Some(year)) = (placement.series_name(), placement.year) else {
            return Vec::new();
        };
        let Some(series) = self.series.get(place) else {
            return Vec::new();
        };
        let link = |cited: &Option<Cited>| {
            cited.as_ref().map(|cited| ShelfLink {
                href: format!(
                    "{UP}{}/#{}",
                    catalog.entries[cited.report].address, cited.block
                ),
                label: cited.written.replace(char::is_whitespace, ""),
            })
        };
        let beside: Vec<Beside> = series
            .iter()
            .filter_map(|one| {
                let row = one.rows.iter().find(|row| row.year == year)?;
                Some(Beside {
                    indicator: one.indicator.clone(),
                    before: link(&row.before),
                    result: link(&row.result),
                    outcome: row.outcome.map(|outcome| outcome.said()),
                })
            })
            .collect();
        // Nothing beside (no report of the year before or after): no columns.
        let known = |b: &Beside| b.before.is_some() || b.result.is_some() || b.outcome.is_some();
        if beside.iter().any(known) {
            beside
        } else {
            Vec::new()
        }
    }
}
