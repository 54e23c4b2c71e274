//! Where a word rises: a search's exact counts by place and year (from the
//! results across the library), for a chart and its table.

use super::index::Listed;
use super::results::Results;
use crate::report::order::sort_by_key;

/// Counts of a query by place (rows) and year (columns).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Trend {
    /// Oldest first: every year a shown place has a report of.
    pub years: Vec<i32>,
    /// Most matches first.
    pub places: Vec<String>,
    /// `[place][year]`: `None` where the place has no report of the year,
    /// `Some(0)` where its report does not hold the query.
    pub counts: Vec<Vec<Option<u32>>>,
    /// `[place][year]`: the report counted (its place in the list).
    pub reports: Vec<Vec<Option<usize>>>,
    /// Places that hold the query but are left out (beyond `most`).
    pub more_places: usize,
}

impl Trend {
    /// The report with the most matches: its place (row), year and count.
    pub fn busiest(&self) -> Option<(usize, i32, u32)> {
        self.counts
            .iter()
            .enumerate()
            .flat_map(|(place, counts)| {
                counts
                    .iter()
                    .zip(&self.years)
                    .filter_map(move |(count, &year)| Some((place, year, (*count)?)))
            })
            .max_by_key(|&(_, _, count)| count)
    }
}

/// The trend of the results, for at most `most` places (those with the
/// most matches); reports without a year are left out.
pub fn trend(results: &Results, listing: &[Listed], most: usize) -> Trend {
    let mut totals: Vec<(String, u64)> = Vec::new();
    for hit in results.hits() {
        let Some(listed) = listing.get(hit.report) else {
            continue;
        };
        match totals.iter_mut().find(|(place, _)| *place == listed.place) {
            Some((_, total)) => *total += u64::from(hit.count),
            None => totals.push((listed.place.clone(), u64::from(hit.count))),
        }
    }
    sort_by_key(&mut totals, |(_, total)| u64::MAX - total);
    let more_places = totals.len().saturating_sub(most);
    let places: Vec<String> = totals.into_iter().take(most).map(|(p, _)| p).collect();
    let mut years: Vec<i32> = listing
        .iter()
        .filter(|listed| places.contains(&listed.place))
        .filter_map(|listed| listed.year)
        .collect();
    years.sort_unstable();
    years.dedup();
    // A report's cell: its place's row, its year's column.
    let cell = |listed: &Listed| {
        let row = places.iter().position(|p| *p == listed.place)?;
        let year = listed.year?;
        Some((row, years.iter().position(|&known| known == year)?))
    };
    let mut counts = vec![vec![None; years.len()]; places.len()];
    let mut reports = vec![vec![None; years.len()]; places.len()];
    for (at, listed) in listing.iter().enumerate() {
        if let Some((row, column)) = cell(listed) {
            counts[row][column].get_or_insert(0);
            reports[row][column].get_or_insert(at);
        }
    }
    for hit in results.hits() {
        if let Some((row, column)) = listing.get(hit.report).and_then(cell) {
            *counts[row][column].get_or_insert(0) += hit.count;
        }
    }
    Trend {
        years,
        places,
        counts,
        reports,
        more_places,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::index::Counted;

    fn listed(number: u32, place: &str, year: i32) -> Listed {
        Listed {
            group: 0,
            number,
            shards: 3,
            address: format!("r{number}"),
            place: place.into(),
            year: Some(year),
        }
    }

    #[test]
    fn counts_by_place_and_year() {
        let listing = [
            listed(0, "国务院", 2013),
            listed(1, "国务院", 2012),
            listed(2, "国务院", 2010),
            listed(3, "拱墅区", 2023),
            listed(4, "浙江省", 2013),
        ];
        let mut results = Results::new(&listing);
        let counted = |report, count| Counted {
            report,
            count,
            first: 0,
        };
        results.add(
            0,
            &[counted(0, 5), counted(2, 1), counted(3, 2), counted(4, 1)],
        );
        let trend = trend(&results, &listing, 2);
        assert_eq!(trend.places, ["国务院", "拱墅区"], "most matches first");
        assert_eq!(trend.more_places, 1);
        assert_eq!(trend.years, [2010, 2012, 2013, 2023]);
        assert_eq!(trend.busiest(), Some((0, 2013, 5)));
        assert_eq!(trend.reports[0], [Some(2), Some(1), Some(0), None]);
        assert_eq!(
            trend.counts,
            [
                vec![Some(1), Some(0), Some(5), None],
                vec![None, None, None, Some(2)],
            ]
        );
    }
}
