//! A query answered from postings alone, exactly as a report's own search
//! answers it (`report::search`): a word is found where every one of its
//! covering pairs is found at its offset; its matches do not overlap, the
//! first taken first; several words count only in blocks that hold them
//! all, their overlapping matches merged.

use super::grams::{block_of, grams_of_term, Gram};
use super::postings::Postings;
use crate::report::order::sort_by_key;
use crate::report::search::terms;
use std::collections::HashMap;

/// A query's words, folded.
pub struct Query {
    terms: Vec<Vec<char>>,
}

/// How often a report matches, and where first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Counted {
    pub report: u32,
    pub count: u32,
    /// The position of its first match.
    pub first: u32,
}

impl Query {
    pub fn new(query: &str) -> Query {
        Query {
            terms: terms(query)
                .iter()
                .map(|term| term.chars().collect())
                .collect(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// The grams whose postings answer it.
    pub fn grams(&self) -> Vec<Gram> {
        let mut grams: Vec<Gram> = self
            .terms
            .iter()
            .flat_map(|term| grams_of_term(term))
            .map(|(gram, _)| gram)
            .collect();
        sort_by_key(&mut grams, |gram| gram.order_key());
        grams.dedup();
        grams
    }

    /// Whether it needs to know where blocks start (several words).
    pub fn needs_blocks(&self) -> bool {
        self.terms.len() > 1
    }

    /// Each report that matches, by report, from the postings of its grams
    /// (a gram missing from `postings` is found nowhere) and, for several
    /// words, the blocks' starts of each report.
    pub fn count(&self, postings: &HashMap<Gram, Postings>, blocks: &[Vec<u32>]) -> Vec<Counted> {
        let per_term: Vec<HashMap<u32, Vec<u32>>> = self
            .terms
            .iter()
            .map(|term| matches_of_term(term, postings))
            .collect();
        let Some((first, rest)) = per_term.split_first() else {
            return Vec::new();
        };
        let mut reports: Vec<u32> = first
            .keys()
            .copied()
            .filter(|report| rest.iter().all(|term| term.contains_key(report)))
            .collect();
        sort_by_key(&mut reports, |&report| u64::from(report));
        reports
            .into_iter()
            .filter_map(|report| {
                let (count, first) = if rest.is_empty() {
                    let positions = &first[&report];
                    (positions.len() as u32, positions[0])
                } else {
                    let starts = blocks.get(report as usize).map_or(&[][..], Vec::as_slice);
                    self.in_common_blocks(&per_term, report, starts)?
                };
                Some(Counted {
                    report,
                    count,
                    first,
                })
            })
            .collect()
    }

    /// The merged matches of every word in the blocks that hold them all:
    /// their number and the first one's position.
    fn in_common_blocks(
        &self,
        per_term: &[HashMap<u32, Vec<u32>>],
        report: u32,
        starts: &[u32],
    ) -> Option<(u32, u32)> {
        // (block, start, end, word) of every match of every word.
        let mut ranges: Vec<(usize, u32, u32, usize)> = Vec::new();
        for (word, (term, matches)) in self.terms.iter().zip(per_term).enumerate() {
            for &at in &matches[&report] {
                ranges.push((block_of(starts, at), at, at + term.len() as u32, word));
            }
        }
        // By block and start: the order of matches at one start is no matter.
        sort_by_key(&mut ranges, |range| {
            (range.0 as u64) << 32 | u64::from(range.1)
        });
        let mut count = 0;
        let mut first = None;
        for block in ranges.chunk_by(|a, b| a.0 == b.0) {
            let all_words = (0..self.terms.len()).all(|word| block.iter().any(|r| r.3 == word));
            if !all_words {
                continue;
            }
            let mut end: Option<u32> = None;
            for &(_, start, stop, _) in block {
                if end.is_none_or(|end| start >= end) {
                    count += 1;
                    first.get_or_insert(start);
                }
                end = Some(end.map_or(stop, |end| end.max(stop)));
            }
        }
        first.map(|first| (count, first))
    }
}

/// A word's matches in each report that holds it: positions where every
/// covering gram is, at its offset, without overlaps (the first taken).
fn matches_of_term(term: &[char], postings: &HashMap<Gram, Postings>) -> HashMap<u32, Vec<u32>> {
    let grams = grams_of_term(term);
    let Some(lists) = grams
        .iter()
        .map(|(gram, offset)| postings.get(gram).map(|list| (list, *offset)))
        .collect::<Option<Vec<_>>>()
    else {
        return HashMap::new();
    };
    let Some(((first, first_offset), others)) = lists.split_first() else {
        return HashMap::new();
    };
    let others: Vec<(HashMap<u32, &Vec<u32>>, u32)> = others
        .iter()
        .map(|(list, offset)| (list.iter().map(|(r, p)| (*r, p)).collect(), *offset))
        .collect();
    let len = term.len() as u32;
    let mut found = HashMap::new();
    for (report, positions) in first.iter() {
        let mut kept = Vec::new();
        let mut end = 0;
        for start in positions
            .iter()
            .filter_map(|p| p.checked_sub(*first_offset))
        {
            let everywhere = others.iter().all(|(by_report, offset)| {
                by_report
                    .get(report)
                    .is_some_and(|list| list.binary_search(&(start + offset)).is_ok())
            });
            if everywhere && (kept.is_empty() || start >= end) {
                kept.push(start);
                end = start + len;
            }
        }
        if !kept.is_empty() {
            found.insert(*report, kept);
        }
    }
    found
}
