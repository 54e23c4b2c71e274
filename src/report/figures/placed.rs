//! Every figure of a report, placed: the block it is in and the section
//! (or part) that holds it.

use super::kind::{Figure, Kind};
use super::scan::recognise;
use crate::report::meaning::{meaning_of, named_as, Meaning, Stages};
use crate::report::structure::{Report, Role};

/// A figure with the block it is in and the section (or part) that holds it.
#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    pub block: String,
    /// The innermost part or section holding the block, if any.
    pub container: Option<String>,
    pub figure: Figure,
    /// What it measures, whether a target or a result, and when.
    pub meaning: Meaning,
}

impl Placed {
    /// The figure as the text writes it (`734亿元`).
    pub fn written<'a>(&self, report: &'a Report) -> &'a str {
        report
            .block(&self.block)
            .map_or("", |block| self.written_in(block.as_str()))
    }

    /// The figure as written in its block's text (see
    /// `Model::figures_with_text`).
    pub fn written_in<'a>(&self, block_text: &'a str) -> &'a str {
        block_text
            .get(self.figure.range.clone())
            .unwrap_or_default()
    }

    /// The heading of the part or section the figure is in, if any.
    pub fn heading<'a>(&self, report: &'a Report) -> Option<&'a str> {
        report.heading_of(self.container.as_deref()?)
    }
}

/// Every figure of a report, in the order of the text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Figures {
    pub all: Vec<Placed>,
    /// The year the report is for, where the text says.
    pub year: Option<i32>,
    /// Whether the report is the nation's: it says 国内生产总值 more often
    /// than a region's names for it.
    pub national: bool,
}

impl Figures {
    pub fn of(report: &Report) -> Figures {
        let stages = Stages::of(report);
        let mut all = Vec::new();
        // Page furniture holds no figures of the report.
        for block in report.blocks().filter(|b| b.role != Role::Furniture) {
            let container = report.containers_of(&block.id).pop();
            let figures = recognise(block.as_str());
            for index in 0..figures.len() {
                let meaning = meaning_of(&stages, &block.id, block.as_str(), &figures, index);
                all.push(Placed {
                    block: block.id.clone(),
                    container: container.clone(),
                    figure: figures[index].clone(),
                    meaning,
                });
            }
        }
        let count = |words: &[&str]| {
            report
                .blocks()
                .map(|b| {
                    words
                        .iter()
                        .map(|w| b.as_str().matches(w).count())
                        .sum::<usize>()
                })
                .sum::<usize>()
        };
        let national = count(&["国内生产总值", "国民生产总值"])
            > count(&[
                "地区生产总值",
                "全省生产总值",
                "全市生产总值",
                "全区生产总值",
            ]);
        Figures {
            all,
            year: stages.year,
            national,
        }
    }

    /// An indicator's name as this report writes it (`named_as`).
    pub fn indicator_name<'a>(&self, name: &'a str) -> std::borrow::Cow<'a, str> {
        named_as(name, self.national)
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
