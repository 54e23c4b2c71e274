//! Figures in the report: money, percentages, counts, measures, ranks and
//! dates, recognised in the repaired text of every block.

mod context;
mod csv;
mod describe;
mod key;
mod kind;
mod number;
mod scan;
mod units;

pub use context::{is_decrease, sentence_around, subject};
pub use csv::to_csv;
pub use describe::{change_or_level, decimal, group, in_words, qualifier_meaning};
pub use key::key_figures;
pub use kind::{Figure, Kind};
pub use scan::recognise;

use super::model::Report;

/// A figure with the block it is in and the section (or part) that holds it.
#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    pub block: String,
    /// The innermost part or section holding the block, if any.
    pub container: Option<String>,
    pub figure: Figure,
}

/// Every figure of a report, in the order of the text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Figures {
    pub all: Vec<Placed>,
}

impl Figures {
    pub fn of(report: &Report) -> Figures {
        let all = report
            .blocks()
            .flat_map(|block| {
                let container = report.containers_of(&block.id).pop();
                recognise(block.as_str())
                    .into_iter()
                    .map(move |figure| Placed {
                        block: block.id.clone(),
                        container: container.clone(),
                        figure,
                    })
            })
            .collect();
        Figures { all }
    }

    /// The figures of one block, in order.
    pub fn in_block<'a>(&'a self, id: &'a str) -> impl Iterator<Item = (usize, &'a Placed)> + 'a {
        self.all
            .iter()
            .enumerate()
            .skip_while(move |(_, placed)| placed.block != id)
            .take_while(move |(_, placed)| placed.block == id)
    }

    pub fn count(&self, kind: Kind) -> usize {
        self.all
            .iter()
            .filter(|placed| placed.figure.kind == kind)
            .count()
    }
}
