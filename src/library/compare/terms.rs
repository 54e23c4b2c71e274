//! A report's new terms: the quoted expressions (“两新”, “人工智能+”) it
//! uses that none of the same place's earlier reports in the library holds
//! anywhere in its text.

use crate::library::Catalog;
use crate::report::Report;

/// A quoted expression and the block where the report first uses it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Term {
    pub text: String,
    pub block: String,
}

/// A term's length, in characters: shorter is a word in quotes for
/// emphasis, longer a quotation.
const SHORTEST: usize = 2;
const LONGEST: usize = 12;

/// Each quoted expression of a report, with its first block, in order.
pub fn quoted(report: &Report) -> Vec<Term> {
    let mut terms: Vec<Term> = Vec::new();
    for block in report.blocks() {
        let text = block.as_str();
        let mut rest = text;
        while let Some(open) = rest.find('“') {
            let after = &rest[open + '“'.len_utf8()..];
            let Some(close) = after.find('”') else {
                break;
            };
            let inside = after[..close].trim();
            let length = inside.chars().count();
            let a_term = (SHORTEST..=LONGEST).contains(&length)
                && !inside.contains(['，', '。', '；', '：', '“', '、']);
            if a_term && !terms.iter().any(|term| term.text == inside) {
                terms.push(Term {
                    text: inside.to_owned(),
                    block: block.id.clone(),
                });
            }
            rest = &after[close + '”'.len_utf8()..];
        }
    }
    terms
}

/// The new terms of report `index`; `None` when the library has no
/// earlier report of its place (there is nothing to be new against).
pub fn new_terms(catalog: &Catalog, index: usize) -> Option<Vec<Term>> {
    let entry = catalog.entries.get(index)?;
    let (place, year) = (entry.placement.series_name()?, entry.placement.year?);
    let earlier: Vec<&Report> = catalog
        .entries
        .iter()
        .filter(|other| {
            other.placement.series_name() == Some(place)
                && other.placement.year.is_some_and(|y| y < year)
        })
        .map(|other| &other.model.report)
        .collect();
    if earlier.is_empty() {
        return None;
    }
    let said_before = |term: &Term| {
        earlier.iter().any(|report| {
            report
                .blocks()
                .any(|block| block.as_str().contains(&term.text))
        })
    };
    Some(
        quoted(&entry.model.report)
            .into_iter()
            .filter(|term| !said_before(term))
            .collect(),
    )
}
