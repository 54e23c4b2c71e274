//! What figures mean: indicator, role and period on sentences of the genre
//! checked by hand (`tests/fixtures/meanings.txt`), and the targets and
//! results tables of the national reports of 1992–2013, year by year,
//! against what their texts say.

mod common;

use baogao::report::meaning::{FigureRole, Span};
use baogao::report::Model;
use std::path::PathBuf;

/// One line of the fixture.
struct Case {
    line: usize,
    review: bool,
    sentence: String,
    figure: String,
    indicator: String,
    role: String,
    period: String,
}

fn cases() -> Vec<Case> {
    common::read("tests/fixtures/meanings.txt")
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.starts_with('#') && !line.trim().is_empty())
        .map(|(i, line)| {
            let fields: Vec<&str> = line.split('|').collect();
            assert_eq!(fields.len(), 6, "line {}: {line}", i + 1);
            Case {
                line: i + 1,
                review: fields[0] == "R",
                sentence: fields[1].to_owned(),
                figure: fields[2].to_owned(),
                indicator: fields[3].to_owned(),
                role: fields[4].to_owned(),
                period: fields[5].to_owned(),
            }
        })
        .collect()
}

/// The period as the fixture writes it.
fn period_of(year: Option<i32>, span: &Span) -> String {
    match span {
        Span::Year => year.map_or("-".to_owned(), |y| y.to_string()),
        Span::Average => "avg".to_owned(),
        Span::Total => "total".to_owned(),
        Span::PartOfYear(words) => format!("part:{words}"),
        Span::Plan(words) => format!("plan:{words}"),
    }
}

#[test]
fn figures_of_the_genre_mean_what_they_say() {
    let cases = cases();
    assert!(cases.len() >= 100, "{} cases", cases.len());
    // One report: the review of 2024, then the plan for 2025, a paragraph
    // a sentence.
    let mut text = String::from("一、2024年工作回顾\n\n");
    for case in cases.iter().filter(|c| c.review) {
        text.push_str(&format!("{}\n\n", case.sentence));
    }
    text.push_str("二、2025年工作安排\n\n");
    for case in cases.iter().filter(|c| !c.review) {
        text.push_str(&format!("{}\n\n", case.sentence));
    }
    let model = Model::new(&text);
    assert_eq!(model.figures.year, Some(2025));
    let mut wrong = Vec::new();
    for case in &cases {
        // `降低[2%左右]`: the figure after these words, where it is written
        // twice in its sentence.
        let (before, figure) = match case.figure.split_once('[') {
            Some((before, rest)) => (before, rest.trim_end_matches(']')),
            None => ("", case.figure.as_str()),
        };
        let found = model.figures_with_text().find(|(_, placed, block)| {
            *block == case.sentence
                && placed.written_in(block) == figure
                && block[..placed.figure.range.start].ends_with(before)
        });
        let Some((_, placed, _)) = found else {
            wrong.push(format!("line {}: no figure {}", case.line, case.figure));
            continue;
        };
        let meaning = &placed.meaning;
        let got = (
            meaning
                .indicator
                .as_ref()
                .map_or("-".to_owned(), |i| i.name().to_owned()),
            meaning.role.map_or("-", FigureRole::name).to_owned(),
            period_of(meaning.period.year, &meaning.period.span),
        );
        let want = (
            case.indicator.clone(),
            case.role.clone(),
            case.period.clone(),
        );
        if got != want {
            wrong.push(format!(
                "line {}: {} in “{}”: {got:?}, not {want:?}",
                case.line, case.figure, case.sentence
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {}:\n{}",
        wrong.len(),
        cases.len(),
        wrong.join("\n")
    );
}

fn national(year: u16) -> Model {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("reports/national")
        .join(format!("{year}.txt"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    Model::new(&text)
}

/// A table as (indicator, figure as written), for the indicators asked.
fn table(model: &Model, targets: bool, indicators: &[&str]) -> Vec<(String, String)> {
    let rows: Vec<(String, usize)> = if targets {
        model
            .tables
            .targets
            .iter()
            .map(|r| (r.indicator.clone(), r.figure))
            .collect()
    } else {
        model
            .tables
            .results
            .iter()
            .map(|r| (r.indicator.clone(), r.figure))
            .collect()
    };
    rows.into_iter()
        .filter(|(indicator, _)| indicators.contains(&indicator.as_str()))
        .map(|(indicator, figure)| {
            let written = model.figures.all[figure].written(&model.report).to_owned();
            (indicator, written)
        })
        .collect()
}

fn rows(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
        .collect()
}

const MAIN: [&str; 5] = [
    "地区生产总值",
    "国民生产总值",
    "城镇新增就业",
    "居民消费价格",
    "城镇登记失业率",
];

/// Each national report's year, main targets and stated results, as its
/// text says them (read by hand; `None` where the text states no number).
#[test]
fn the_national_reports_targets_and_results() {
    #[allow(clippy::type_complexity)]
    let years: [(u16, &[(&str, &str)], &[(&str, &str)]); 16] = [
        (
            1992,
            &[("国民生产总值", "百分之六")],
            &[("国民生产总值", "百分之七")],
        ),
        (
            1994,
            &[("地区生产总值", "百分之九")],
            &[("地区生产总值", "百分之十三点四")],
        ),
        (
            1995,
            &[("地区生产总值", "百分之八至九")],
            &[("地区生产总值", "百分之十一点八")],
        ),
        (
            1997,
            &[("地区生产总值", "８％")],
            &[
                ("地区生产总值", "９．７％"),
                ("城镇新增就业", "７００多万人"),
            ],
        ),
        (
            1999,
            &[("地区生产总值", "7％左右")],
            &[("地区生产总值", "7.8％")],
        ),
        (
            2002,
            &[],
            &[("地区生产总值", "７．３％"), ("居民消费价格", "０．７％")],
        ),
        (2003, &[("地区生产总值", "7%左右")], &[]),
        (
            2004,
            &[("地区生产总值", "7%左右"), ("城镇新增就业", "900万人")],
            &[("地区生产总值", "9.1%"), ("城镇新增就业", "859万人")],
        ),
        (
            2005,
            &[
                ("地区生产总值", "8%左右"),
                ("城镇新增就业", "900万人"),
                ("城镇登记失业率", "4.6%"),
                ("居民消费价格", "4%"),
            ],
            &[("地区生产总值", "9.5%"), ("城镇新增就业", "980万人")],
        ),
        (
            2006,
            &[
                ("地区生产总值", "8%左右"),
                ("居民消费价格", "3%"),
                ("城镇新增就业", "900万人"),
                ("城镇登记失业率", "4.6%"),
            ],
            &[
                ("地区生产总值", "9.9%"),
                ("居民消费价格", "1.8%"),
                ("城镇新增就业", "970万人"),
            ],
        ),
        (
            2007,
            &[
                ("地区生产总值", "8%左右"),
                ("城镇新增就业", "不低于900万人"),
                ("城镇登记失业率", "4.6%以内"),
                ("居民消费价格", "3%以内"),
            ],
            &[
                ("地区生产总值", "10.7%"),
                ("居民消费价格", "1.5%"),
                ("城镇新增就业", "1184万人"),
            ],
        ),
        (
            2008,
            &[
                ("地区生产总值", "8%左右"),
                ("居民消费价格", "4.8%左右"),
                ("城镇新增就业", "1000万人"),
                ("城镇登记失业率", "4.5%左右"),
            ],
            // A five-year review: averages and totals, and 2007's prices
            // (`去年居民消费价格总水平比上年上涨4.8%`).
            &[("居民消费价格", "4.8%")],
        ),
        (
            2009,
            &[
                ("地区生产总值", "8%左右"),
                ("城镇新增就业", "900万人以上"),
                ("城镇登记失业率", "4.6%以内"),
                ("居民消费价格", "4%左右"),
            ],
            &[("地区生产总值", "9%"), ("城镇新增就业", "1113万人")],
        ),
        (
            2010,
            &[
                ("地区生产总值", "8％左右"),
                ("城镇新增就业", "900万人以上"),
                ("城镇登记失业率", "4.6％以内"),
                ("居民消费价格", "3％左右"),
            ],
            &[("地区生产总值", "8.7%"), ("城镇新增就业", "1102万人")],
        ),
        (
            2011,
            &[
                ("地区生产总值", "8%左右"),
                ("居民消费价格", "4%左右"),
                ("城镇新增就业", "900万人以上"),
                ("城镇登记失业率", "4.6%以内"),
            ],
            &[
                ("地区生产总值", "10.3%"),
                ("居民消费价格", "3.3%"),
                ("城镇新增就业", "1168万人"),
            ],
        ),
        (
            2013,
            &[
                ("地区生产总值", "7.5%左右"),
                ("居民消费价格", "3.5%左右"),
                ("城镇新增就业", "900万人以上"),
                ("城镇登记失业率", "4.6%"),
            ],
            &[
                ("地区生产总值", "7.8%"),
                ("城镇新增就业", "1266万人"),
                ("居民消费价格", "2.6%"),
            ],
        ),
    ];
    for (year, targets, results) in years {
        let model = national(year);
        assert_eq!(
            model.figures.year,
            Some(i32::from(year)),
            "{year}: its year"
        );
        assert_eq!(table(&model, true, &MAIN), rows(targets), "{year}: targets");
        assert_eq!(
            table(&model, false, &MAIN),
            rows(results),
            "{year}: results"
        );
    }
    // 2012: the target of 7.5%, and 2011's 9.2%.
    let model = national(2012);
    assert_eq!(
        table(&model, true, &["地区生产总值"]),
        rows(&[("地区生产总值", "7.5％")])
    );
    assert_eq!(
        table(&model, false, &["地区生产总值"]),
        rows(&[("地区生产总值", "9.2％")])
    );
}

/// Each target's period is the report's year, each result's the year
/// before, across the series.
#[test]
fn targets_are_for_the_year_results_for_the_year_before() {
    for year in [2005, 2006, 2007, 2009, 2010, 2011, 2012, 2013] {
        let model = national(year);
        for row in &model.tables.targets {
            let period = &model.figures.all[row.figure].meaning.period;
            assert_eq!(
                period.year,
                Some(i32::from(year)),
                "{year} {}",
                row.indicator
            );
        }
        for row in &model.tables.results {
            let period = &model.figures.all[row.figure].meaning.period;
            assert_eq!(
                period.year,
                Some(i32::from(year) - 1),
                "{year} {}",
                row.indicator
            );
        }
    }
}
