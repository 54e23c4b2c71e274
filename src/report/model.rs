//! A report with everything derived from it, computed once: the one model
//! the views read.

use super::figures::{Figures, Placed};
use super::parse::parse;
use super::search::SearchIndex;
use super::structure::Report;
use super::targets::Tables;

pub struct Model {
    pub report: Report,
    pub figures: Figures,
    pub search: SearchIndex,
    /// The year's main targets and the previous year's results.
    pub tables: Tables,
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
        let tables = Tables::of(&figures);
        let fingerprint = source
            .bytes()
            .fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
                (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
            });
        Model {
            report,
            figures,
            search,
            tables,
            fingerprint,
        }
    }

    /// Each figure with its number and the text of its block, in the order
    /// of the text (one walk through the blocks, however many figures).
    pub fn figures_with_text(&self) -> impl Iterator<Item = (usize, &Placed, &str)> {
        let mut blocks = self.report.blocks().peekable();
        self.figures
            .all
            .iter()
            .enumerate()
            .filter_map(move |(index, placed)| {
                while blocks.peek().is_some_and(|block| block.id != placed.block) {
                    blocks.next();
                }
                Some((index, placed, blocks.peek()?.as_str()))
            })
    }
}

#[cfg(test)]
mod tests {
    use super::Model;

    #[test]
    fn each_figure_comes_with_its_blocks_text() {
        let model =
            Model::new("一、回顾\n\n新增企业28家，投资734亿元。\n\n(一)民生。\n\n新增1000套。\n");
        let found: Vec<(usize, &str)> = model
            .figures_with_text()
            .map(|(index, placed, text)| (index, placed.written_in(text)))
            .collect();
        assert_eq!(found, [(0, "28家"), (1, "734亿元"), (2, "1000套")]);
    }
}
