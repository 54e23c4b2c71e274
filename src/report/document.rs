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
    /// A stable fingerprint of the text (FNV-1a), to key what the reader
    /// keeps about it.
    pub fingerprint: u64,
}

impl Document {
    pub fn new(source: &str) -> Document {
        let report = parse(source);
        let figures = Figures::of(&report);
        let search = SearchIndex::new(&report);
        let fingerprint = source
            .bytes()
            .fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
                (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
            });
        Document {
            report,
            figures,
            search,
            fingerprint,
        }
    }
}
