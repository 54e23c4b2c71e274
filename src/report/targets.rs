//! The report's two tables: the year's main targets (from its targets
//! passage) and the previous year's results (from its review), one row per
//! indicator, each a figure of the report.

use super::figures::{Figures, Kind, Placed};
use super::meaning::{FigureRole, Indicator, Measure, Span};

/// A main target of the year.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TargetRow {
    /// The indicator's name.
    pub indicator: String,
    /// The target (index into the figures).
    pub figure: usize,
    /// A higher target set beside it (`7%以上，力争达到8%`).
    pub stretch: Vec<usize>,
}

/// The previous year's value of an indicator, as the review states it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResultRow {
    pub indicator: String,
    /// The result (index into the figures).
    pub figure: usize,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tables {
    pub targets: Vec<TargetRow>,
    pub results: Vec<ResultRow>,
}

/// Whether a figure is of the form an indicator's targets take, so that it
/// compares with them (a growth rate for 地区生产总值, a count for 城镇新增就业).
fn fits(measure: Measure, placed: &Placed) -> bool {
    let figure = &placed.figure;
    match measure {
        // A rate, never a change in one (`高于全国约1个百分点`).
        Measure::Growth => {
            figure.kind == Kind::Percent && figure.growth && figure.unit != "个百分点"
        }
        Measure::Rate | Measure::Fall => figure.kind == Kind::Percent,
        Measure::Count => figure.kind == Kind::Count,
        Measure::Quantity => matches!(figure.kind, Kind::Money | Kind::Measure),
    }
}

impl Tables {
    pub fn of(figures: &Figures) -> Tables {
        let mut targets = targets(figures);
        if targets.is_empty() {
            targets = targets_in_the_plan(figures);
        }
        Tables {
            targets,
            results: results(figures),
        }
    }
}

/// A report with no passage of main targets (`今年国民生产总值计划增长百分之八`
/// in a paragraph of its own): the year's targets of the genre's
/// indicators wherever its plan states them, one per indicator.
fn targets_in_the_plan(figures: &Figures) -> Vec<TargetRow> {
    let mut rows: Vec<TargetRow> = Vec::new();
    for (index, placed) in figures.all.iter().enumerate() {
        let meaning = &placed.meaning;
        let Some(Indicator::Known(known)) = &meaning.indicator else {
            continue;
        };
        let this_year = figures.year.is_none() || meaning.period.year == figures.year;
        let target = meaning.role == Some(FigureRole::Target)
            && meaning.period.span == Span::Year
            && this_year
            && fits(known.measure, placed);
        if target && !rows.iter().any(|row| row.indicator == known.name) {
            rows.push(TargetRow {
                indicator: known.name.to_owned(),
                figure: index,
                stretch: Vec::new(),
            });
        }
    }
    rows
}

fn targets(figures: &Figures) -> Vec<TargetRow> {
    let mut rows: Vec<TargetRow> = Vec::new();
    for (index, placed) in figures.all.iter().enumerate() {
        let meaning = &placed.meaning;
        let this_year = figures.year.is_none() || meaning.period.year == figures.year;
        if !meaning.main_target || meaning.period.span != Span::Year || !this_year {
            continue;
        }
        let Some(indicator) = &meaning.indicator else {
            continue;
        };
        match rows
            .iter_mut()
            .find(|row| row.indicator == indicator.name())
        {
            // Set beside it, in the same block: a stretch target.
            Some(row) if figures.all[row.figure].block == placed.block => {
                if row.stretch.len() < 2 {
                    row.stretch.push(index);
                }
            }
            Some(_) => {}
            None => rows.push(TargetRow {
                indicator: indicator.name().to_owned(),
                figure: index,
                stretch: Vec::new(),
            }),
        }
    }
    rows
}

fn results(figures: &Figures) -> Vec<ResultRow> {
    let last_year = figures.year.map(|year| year - 1);
    let mut rows: Vec<ResultRow> = Vec::new();
    for (index, placed) in figures.all.iter().enumerate() {
        let meaning = &placed.meaning;
        let Some(Indicator::Known(known)) = &meaning.indicator else {
            continue;
        };
        let of_last_year = last_year.is_none() || meaning.period.year == last_year;
        let result = meaning.role == Some(FigureRole::Result)
            && meaning.period.span == Span::Year
            && of_last_year
            && fits(known.measure, placed);
        if result && !rows.iter().any(|row| row.indicator == known.name) {
            rows.push(ResultRow {
                indicator: known.name.to_owned(),
                figure: index,
            });
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use crate::report::Model;

    fn results_of(text: &str) -> Vec<(String, String)> {
        let model = Model::new(text);
        model
            .tables
            .results
            .iter()
            .map(|row| {
                let written = model.figures.all[row.figure].written(&model.report);
                (row.indicator.clone(), written.to_owned())
            })
            .collect()
    }

    #[test]
    fn a_review_of_the_year_and_the_plan_gives_the_years_results() {
        let results = results_of(
            "各位代表：\n\n一、2025年和“十四五”时期工作回顾\n\n2025年是“十四五”规划收官之年。初步核算，全省地区生产总值增长5.5%，高于全国约1个百分点，城镇新增就业65.2万人，城镇调查失业率5.1%。\n\n“十四五”时期是极不寻常的五年。五年来，全省地区生产总值年均增长5.6%，累计新增城镇就业320万人。\n\n二、2026年工作安排\n\n今年主要预期目标是：地区生产总值增长5%左右，城镇新增就业60万人以上。\n",
        );
        assert_eq!(
            results,
            [
                ("地区生产总值".to_owned(), "5.5%".to_owned()),
                ("城镇新增就业".to_owned(), "65.2万人".to_owned()),
                ("城镇调查失业率".to_owned(), "5.1%".to_owned()),
            ]
        );
    }

    #[test]
    fn a_change_in_a_rate_is_no_growth_result() {
        let results = results_of(
            "一、2024年工作回顾\n\n全省地区生产总值比上年提高约1个百分点。\n\n二、2025年工作安排\n\n主要预期目标是：地区生产总值增长5%左右。\n",
        );
        assert_eq!(results, []);
    }

    #[test]
    fn the_years_targets_and_last_years_results() {
        let model = Model::new(
            "一、2023年工作回顾\n\n地区生产总值达到3215亿元，同比增长6.1%；前三季度增长5%。城镇新增就业4.6万人，城镇调查失业率控制在5%以内。\n\n二、2024年工作安排\n\n今年是“十四五”规划的关键一年，主要预期目标是：地区生产总值增长6%以上，力争达到6.5%；城镇新增就业4.5万人以上；居民消费价格涨幅3%左右。“十五五”时期年均增长5%。\n",
        );
        let written = |index: usize| model.figures.all[index].written(&model.report).to_owned();
        let targets: Vec<(String, String, Vec<String>)> = model
            .tables
            .targets
            .iter()
            .map(|row| {
                let stretch = row.stretch.iter().map(|&i| written(i)).collect();
                (row.indicator.clone(), written(row.figure), stretch)
            })
            .collect();
        assert_eq!(
            targets,
            [
                (
                    "地区生产总值".to_owned(),
                    "6%以上".to_owned(),
                    vec!["6.5%".to_owned()]
                ),
                ("城镇新增就业".to_owned(), "4.5万人以上".to_owned(), vec![]),
                ("居民消费价格".to_owned(), "3%左右".to_owned(), vec![]),
            ]
        );
        let results: Vec<(String, String)> = model
            .tables
            .results
            .iter()
            .map(|row| (row.indicator.clone(), written(row.figure)))
            .collect();
        assert_eq!(
            results,
            [
                ("地区生产总值".to_owned(), "6.1%".to_owned()),
                ("城镇新增就业".to_owned(), "4.6万人".to_owned()),
                ("城镇调查失业率".to_owned(), "5%以内".to_owned()),
            ]
        );
    }
}
