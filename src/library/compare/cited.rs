//! A figure of a report of the library, as a comparison cites it: which
//! report, where in it, as written, and its value.

use crate::library::Catalog;
use crate::report::meaning::KNOWN;

#[derive(Clone, Debug, PartialEq)]
pub struct Cited {
    /// The report (its index in the catalogue).
    pub report: usize,
    /// The block that states it, for a link to its sentence.
    pub block: String,
    /// As the text writes it (`7.5%左右`).
    pub written: String,
    /// In base units (`900万人` → 9,000,000).
    pub value: Option<f64>,
    /// The upper end of a range (`8%至9%`).
    pub to: Option<f64>,
    pub unit: String,
    pub qualifier: Option<&'static str>,
}

/// Where an indicator stands in the genre's order (its own first, in their
/// order; the rest after), for tables and lists of indicators.
pub fn genre_rank(indicator: &str) -> usize {
    KNOWN
        .iter()
        .position(|known| known.name == indicator)
        .unwrap_or(KNOWN.len())
}

impl Cited {
    /// Report `report`'s main target of `indicator`, where it sets one.
    pub fn target_of(catalog: &Catalog, report: usize, indicator: &str) -> Option<Cited> {
        let tables = &catalog.entries.get(report)?.model.tables;
        let row = tables
            .targets
            .iter()
            .find(|row| row.indicator == indicator)?;
        Cited::of(catalog, report, row.figure)
    }

    /// Figure `figure` of report `report` of the catalogue.
    pub fn of(catalog: &Catalog, report: usize, figure: usize) -> Option<Cited> {
        let model = &catalog.entries.get(report)?.model;
        let placed = model.figures.all.get(figure)?;
        Some(Cited {
            report,
            block: placed.block.clone(),
            written: placed.written(&model.report).to_owned(),
            value: placed.figure.value,
            to: placed.figure.to,
            unit: placed.figure.unit.clone(),
            qualifier: placed.figure.qualifier,
        })
    }
}
