//! The targets and results tables, and each figure's meaning, as JSON.

use baogao::report::figures::sentence_around;
use baogao::report::meaning::{Meaning, Span};
use baogao::report::{Model, ResultRow, TargetRow};
use serde::Serialize;

/// What a figure means.
#[derive(Serialize)]
pub struct MeaningJson {
    indicator: Option<String>,
    /// Whether the indicator is one of the genre's, under its one name.
    indicator_known: bool,
    role: Option<&'static str>,
    period: PeriodJson,
    /// Stated in the passage of the year's main targets.
    main_target: bool,
}

#[derive(Serialize)]
struct PeriodJson {
    year: Option<i32>,
    /// year, average, total, part (of a year) or plan (a plan period).
    span: &'static str,
    /// The part of the year or the plan period, as written.
    words: Option<String>,
}

pub fn meaning(meaning: &Meaning) -> MeaningJson {
    let words = match &meaning.period.span {
        Span::PartOfYear(words) | Span::Plan(words) => Some(words.clone()),
        _ => None,
    };
    MeaningJson {
        indicator: meaning.indicator.as_ref().map(|i| i.name().to_owned()),
        indicator_known: meaning
            .indicator
            .as_ref()
            .is_some_and(|i| i.known().is_some()),
        role: meaning.role.map(|role| role.name()),
        period: PeriodJson {
            year: meaning.period.year,
            span: meaning.period.span.name(),
            words,
        },
        main_target: meaning.main_target,
    }
}

/// A row of either table: the figure with its value range, qualifier and
/// the sentence it came from.
#[derive(Serialize)]
pub struct RowJson {
    indicator: String,
    /// Index into `figures`.
    figure: usize,
    text: String,
    value: Option<f64>,
    to: Option<f64>,
    unit: String,
    qualifier: Option<&'static str>,
    year: Option<i32>,
    /// A higher target set beside it (`力争达到8%`), as written.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    stretch: Vec<String>,
    block: String,
    sentence: String,
}

fn row(model: &Model, indicator: &str, index: usize, stretch: &[usize]) -> Option<RowJson> {
    let placed = model.figures.all.get(index)?;
    let text = model.report.block(&placed.block)?.as_str();
    let figure = &placed.figure;
    Some(RowJson {
        indicator: indicator.to_owned(),
        figure: index,
        text: placed.written_in(text).to_owned(),
        value: figure.value,
        to: figure.to,
        unit: figure.unit.clone(),
        qualifier: figure.qualifier,
        year: placed.meaning.period.year,
        stretch: stretch
            .iter()
            .filter_map(|&i| Some(model.figures.all.get(i)?.written(&model.report).to_owned()))
            .collect(),
        block: placed.block.clone(),
        sentence: sentence_around(text, figure.range.clone(), 200),
    })
}

pub fn targets(model: &Model, rows: &[TargetRow]) -> Vec<RowJson> {
    rows.iter()
        .filter_map(|r| row(model, &r.indicator, r.figure, &r.stretch))
        .collect()
}

pub fn results(model: &Model, rows: &[ResultRow]) -> Vec<RowJson> {
    rows.iter()
        .filter_map(|r| row(model, &r.indicator, r.figure, &[]))
        .collect()
}
