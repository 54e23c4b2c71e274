//! A report with everything derived from it, computed once: the one model
//! the views read.

use super::figures::Figures;
use super::model::Report;
use super::parse::parse;
use super::search::SearchIndex;

pub struct Document {
    pub report: Report,
    pub figures: Figures,
    pub search: SearchIndex,
}

impl Document {
    pub fn new(source: &str) -> Document {
        let report = parse(source);
        let figures = Figures::of(&report);
        let search = SearchIndex::new(&report);
        Document {
            report,
            figures,
            search,
        }
    }
}
