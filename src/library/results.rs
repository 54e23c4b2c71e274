//! The results of a search across the library, as they arrive group after
//! group: each report that matches (by its place in the list of reports),
//! with its exact count and its first match, and the orders a reader may
//! ask for: most matches first, or newest first.

use super::index::{Counted, Listed};
use crate::report::order::sort_by_key;
use std::collections::HashMap;

/// One report's result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    /// Its place in the list of reports (`index::Listed`).
    pub report: usize,
    pub count: u32,
    /// The position of its first match (its snippet's paragraph).
    pub first: u32,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Order {
    #[default]
    Count,
    Year,
}

/// What has been found so far.
#[derive(Debug, Default)]
pub struct Results {
    /// (group, number in the group) → place in the list.
    places: HashMap<(u32, u32), usize>,
    hits: Vec<Hit>,
    /// The groups counted so far.
    pub groups_done: usize,
}

impl Results {
    pub fn new(listing: &[Listed]) -> Results {
        Results {
            places: listing
                .iter()
                .enumerate()
                .map(|(at, listed)| ((listed.group, listed.number), at))
                .collect(),
            hits: Vec::new(),
            groups_done: 0,
        }
    }

    /// A group's answer.
    pub fn add(&mut self, group: u32, counted: &[Counted]) {
        self.hits.extend(counted.iter().filter_map(|c| {
            Some(Hit {
                report: *self.places.get(&(group, c.report))?,
                count: c.count,
                first: c.first,
            })
        }));
        self.groups_done += 1;
    }

    /// Every hit so far, as found.
    pub fn hits(&self) -> &[Hit] {
        &self.hits
    }

    /// The reports found so far.
    pub fn reports(&self) -> usize {
        self.hits.len()
    }

    /// Their matches, all told.
    pub fn matches(&self) -> u64 {
        self.hits.iter().map(|hit| u64::from(hit.count)).sum()
    }

    /// The hits in the order asked; ties newest first, then as listed.
    pub fn ordered(&self, order: Order, listing: &[Listed]) -> Vec<Hit> {
        // Older first is less: no year is oldest.
        let age = |hit: &Hit| {
            let year = listing.get(hit.report).and_then(|r| r.year).unwrap_or(0);
            u64::from(u16::MAX - year.clamp(0, i32::from(u16::MAX)) as u16)
        };
        let fewer = |hit: &Hit| u64::from(u32::MAX - hit.count);
        let mut hits = self.hits.clone();
        match order {
            Order::Count => sort_by_key(&mut hits, |hit| fewer(hit) << 16 | age(hit)),
            Order::Year => sort_by_key(&mut hits, |hit| age(hit) << 32 | fewer(hit)),
        }
        hits
    }
}

/// The groups of a list of reports, in order (newest first), each with its
/// number of shards.
pub fn groups(listing: &[Listed]) -> Vec<(u32, u32)> {
    let mut groups: Vec<(u32, u32)> = listing.iter().map(|r| (r.group, r.shards)).collect();
    sort_by_key(&mut groups, |group| u64::from(group.0));
    groups.dedup_by_key(|group| group.0);
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    fn listed(group: u32, number: u32, year: i32) -> Listed {
        Listed {
            group,
            number,
            shards: 3 + group,
            address: format!("r{group}-{number}"),
            place: "国务院".into(),
            year: Some(year),
        }
    }

    #[test]
    fn hits_by_count_or_by_year_across_groups() {
        let listing = [listed(0, 0, 2013), listed(0, 1, 2012), listed(1, 0, 2011)];
        let mut results = Results::new(&listing);
        let counted = |report, count| Counted {
            report,
            count,
            first: 7,
        };
        results.add(0, &[counted(0, 2), counted(1, 5)]);
        results.add(1, &[counted(0, 5), counted(9, 1)]);
        assert_eq!(results.groups_done, 2);
        assert_eq!(results.reports(), 3, "a report not listed is left out");
        assert_eq!(results.matches(), 12);
        let order = |order| -> Vec<usize> {
            results
                .ordered(order, &listing)
                .iter()
                .map(|hit| hit.report)
                .collect()
        };
        assert_eq!(order(Order::Count), [1, 2, 0], "ties newest first");
        assert_eq!(order(Order::Year), [0, 1, 2]);
        assert_eq!(groups(&listing), [(0, 3), (1, 4)]);
    }
}
