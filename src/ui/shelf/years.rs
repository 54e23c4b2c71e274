//! The shelf's years: the reports grouped by year, newest first, and where
//! a large library's page stops. The page lists the newest years itself,
//! up to a number of reports (`LISTED_ON_THE_PAGE`), so that its first view
//! stays small at any size; the earlier years have a page of their own,
//! which the library's script brings in after the first view.

use crate::library::{Catalog, Entry};

/// How many reports the library's page lists unless the publisher says
/// otherwise (whole years; the newest year always): at about 13 bytes
/// each, brotli, besides the page's 7 KB, its first view stays within 40 KB.
pub const LISTED_ON_THE_PAGE: usize = 2_000;

/// A year's reports, in the catalogue's order (level, then place).
pub struct Year<'a> {
    pub year: Option<i32>,
    pub reports: Vec<&'a Entry>,
}

/// Every year of the catalogue, newest first; reports of no known year last.
pub fn by_year(catalog: &Catalog) -> Vec<Year<'_>> {
    let mut years: Vec<Year> = Vec::new();
    let mut reports: Vec<&Entry> = catalog.entries.iter().collect();
    // Stable: the catalogue's order within a year.
    reports
        .sort_by_key(|report| std::cmp::Reverse(report.placement.year.map_or(i64::MIN, i64::from)));
    for report in reports {
        match years.last_mut() {
            Some(last) if last.year == report.placement.year => last.reports.push(report),
            _ => years.push(Year {
                year: report.placement.year,
                reports: vec![report],
            }),
        }
    }
    years
}

/// How many of the years (newest first) the library's page lists: whole
/// years while they fit in `limit` reports, and at least one.
pub fn on_the_page(years: &[Year], limit: usize) -> usize {
    let sizes: Vec<usize> = years.iter().map(|year| year.reports.len()).collect();
    fitting(&sizes, limit)
}

fn fitting(sizes: &[usize], limit: usize) -> usize {
    let mut listed = 0;
    let fitting = sizes
        .iter()
        .take_while(|&&size| {
            listed += size;
            listed <= limit
        })
        .count();
    fitting.max(1).min(sizes.len())
}

#[cfg(test)]
mod tests {
    use super::fitting;

    #[test]
    fn whole_years_up_to_the_limit() {
        assert_eq!(fitting(&[3, 3, 3], 10), 3);
        assert_eq!(fitting(&[3, 3, 3], 6), 2);
        assert_eq!(fitting(&[3, 3, 3], 5), 1);
        assert_eq!(fitting(&[30, 3], 5), 1, "the newest year, however large");
        assert_eq!(fitting(&[], 5), 0);
    }
}
