//! The few figures that say most about a section, for a reader skimming
//! collapsed headings: the largest amounts, then changes, then standings.

use super::kind::Kind;
use super::placed::Figures;
use crate::report::order::{float_key, sort_by_key};
use crate::report::Report;

/// Up to `limit` key figures of a part or section, in the order of the text.
pub fn key_figures(
    report: &Report,
    figures: &Figures,
    container: &str,
    limit: usize,
) -> Vec<usize> {
    let mut candidates: Vec<(usize, (u8, f64))> = figures
        .all
        .iter()
        .enumerate()
        .filter(|(_, placed)| {
            placed.container.as_deref() == Some(container)
                || placed
                    .container
                    .as_deref()
                    .is_some_and(|inner| report.containers_of(inner).iter().any(|c| c == container))
        })
        .filter_map(|(index, placed)| {
            let figure = &placed.figure;
            let weight = match figure.kind {
                Kind::Money => 4,
                Kind::Percent if figure.growth => 3,
                Kind::Rank if figure.value.is_some() => 2,
                Kind::Count | Kind::Measure | Kind::Percent => 1,
                Kind::Rank | Kind::Date => return None,
            };
            Some((index, (weight, figure.value.unwrap_or(0.0))))
        })
        .collect();
    // Heaviest kind first, then largest value: two stable sorts.
    sort_by_key(&mut candidates, |(_, (_, value))| !float_key(*value));
    sort_by_key(&mut candidates, |(_, (weight, _))| !u64::from(*weight));
    let mut chosen: Vec<usize> = candidates
        .into_iter()
        .take(limit)
        .map(|(index, _)| index)
        .collect();
    sort_by_key(&mut chosen, |&index| index as u64);
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::parse;

    #[test]
    fn largest_money_then_growth() {
        let report = parse(
            "一、回顾\n\n(一)发展。\n\n2022年新增企业28家，投资734亿元，增长12%，补贴5500万元，居全市第8。\n\n(二)民生。\n\n新增1000套。\n",
        );
        let figures = Figures::of(&report);
        let texts = |ids: Vec<usize>| -> Vec<String> {
            ids.into_iter()
                .map(|i| figures.all[i].written(&report).to_owned())
                .collect()
        };
        assert_eq!(
            texts(key_figures(&report, &figures, "sec-1-1", 3)),
            ["734亿元", "12%", "5500万元"]
        );
        assert_eq!(
            texts(key_figures(&report, &figures, "sec-1-2", 3)),
            ["1000套"]
        );
        // A part gathers its sections' figures.
        assert_eq!(key_figures(&report, &figures, "part-1", 3).len(), 3);
    }
}
