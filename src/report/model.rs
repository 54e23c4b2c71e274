//! A report with everything derived from it, computed once: the one model
//! the views read.

use super::figures::Figures;
use super::parse::parse;
use super::search::SearchIndex;
use super::structure::Report;

pub struct Model {
    pub report: Report,
    pub figures: Figures,
    pub search: SearchIndex,
    /// A stable fingerprint of the text (FNV-1a), to key what the reader
    /// keeps about it.
    pub fingerprint: u64,
}

impl Model {
    pub fn new(source: &str) -> Model {
        Model::of(parse(source), source)
    }

    /// The rest, for a report already parsed from `source` (so that a
    /// caller can do the two halves of the work in two tasks).
    pub fn of(report: Report, source: &str) -> Model {
        let figures = Figures::of(&report);
        let search = SearchIndex::new(&report);
        let fingerprint = source
            .bytes()
            .fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
                (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
            });
        Model {
            report,
            figures,
            search,
            fingerprint,
        }
    }
}
