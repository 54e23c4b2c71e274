//! Comparisons across the library on the State Council's reports of
//! 1992–2013 (`reports/national/`; no 1996): each year's targets against
//! the results the next report states, checked year by year against what
//! the texts say (the sentences are quoted below), target changes, and
//! new terms.

use baogao::library::compare::{new_terms, place_series, year_table, Change, Outcome, Series};
use baogao::library::Catalog;
use std::collections::HashMap;

fn national() -> Catalog {
    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/reports/national");
    let mut reports: Vec<(String, String)> = std::fs::read_dir(folder)
        .expect("reports/national")
        .filter_map(|entry| {
            let path = entry.ok()?.path();
            let name = path.file_name()?.to_str()?.to_owned();
            name.ends_with(".txt").then(|| {
                (
                    format!("national/{name}"),
                    std::fs::read_to_string(&path).expect("UTF-8"),
                )
            })
        })
        .collect();
    reports.sort();
    Catalog::new(reports, &HashMap::new())
}

fn series<'a>(all: &'a [Series], indicator: &str) -> &'a Series {
    all.iter()
        .find(|series| series.indicator == indicator)
        .unwrap_or_else(|| panic!("no series of {indicator}"))
}

/// A series as `(year, target, result, outcome)`, as written.
fn table(series: &Series) -> Vec<(i32, String, String, &'static str)> {
    series
        .rows
        .iter()
        .map(|row| {
            let written = |cited: &Option<baogao::library::compare::Cited>| {
                cited
                    .as_ref()
                    .map_or("—".to_owned(), |c| c.written.replace(' ', ""))
            };
            let outcome = match row.outcome {
                None => "—",
                Some(outcome) => outcome.label(),
            };
            (
                row.year,
                written(&row.target),
                written(&row.result),
                outcome,
            )
        })
        .collect()
}

fn row(
    year: i32,
    target: &str,
    result: &str,
    outcome: &'static str,
) -> (i32, String, String, &'static str) {
    (year, target.to_owned(), result.to_owned(), outcome)
}

#[test]
fn growth_targets_against_results_year_by_year() {
    let catalog = national();
    let all = place_series(&catalog, "国务院");
    // 国内生产总值 (the reports before 1994 set 国民生产总值: below).
    // The nation names it as it does.
    assert_eq!(series(&all, "地区生产总值").shown, "国内生产总值");
    let gdp = table(series(&all, "地区生产总值"));
    assert_eq!(
        gdp,
        [
            row(1992, "—", "—", "—"),
            // 1994 “国内生产总值…比上年增长百分之十三点四” (1993 set 国民生产总值).
            row(1993, "—", "百分之十三点四", "—"),
            // 1994 “今年计划国内生产总值增长百分之九”; 1995 “比上年增长百分之十一点八”.
            row(1994, "百分之九", "百分之十一点八", "完成"),
            // 1995 “宏观调控目标，定为百分之八至九”; no report of 1996 here.
            row(1995, "百分之八至九", "—", "—"),
            // 1997 “调控目标定为８％”; the 1998 report states only the five
            // years' average (“平均每年增长11%”).
            row(1997, "８％", "—", "未说明"),
            // 1998 “经济增长速度8%”; 1999 “增长7.8％，虽然略低于8％的预定目标”.
            row(1998, "8％", "7.8％", "未完成"),
            // 1999 “预期为7％左右”; 2000 “国内生产总值增长率达到预期目标”, no figure.
            row(1999, "7％左右", "—", "未说明"),
            // 2000–2002 set no year's growth target (2001: the five years').
            row(2000, "—", "—", "—"),
            row(2001, "—", "７．３％", "—"),
            row(2002, "—", "—", "—"),
            // 2003 “预期目标为7%左右”; 2004 “比上年增长9.1%”.
            row(2003, "7%左右", "9.1%", "完成"),
            row(2004, "7%左右", "9.5%", "完成"),
            row(2005, "8%左右", "9.9%", "完成"),
            row(2006, "8%左右", "10.7%", "完成"),
            // 2008 states 2007's growth only over five years (“年均增长10.6%”).
            row(2007, "8%左右", "—", "未说明"),
            row(2008, "8%左右", "9%", "完成"),
            row(2009, "8%左右", "8.7%", "完成"),
            row(2010, "8％左右", "10.3%", "完成"),
            row(2011, "8%左右", "9.2％", "完成"),
            row(2012, "7.5％", "7.8%", "完成"),
            // No report of 2014 here.
            row(2013, "7.5%左右", "—", "—"),
        ]
    );
    // 1992 “国民生产总值增长百分之六”; 1993 “国民生产总值比上年增长百分之十二点八”.
    let gnp = table(series(&all, "国民生产总值"));
    assert_eq!(gnp[0], row(1992, "百分之六", "百分之十二点八", "完成"));
    // 1993 “今年国民生产总值计划增长百分之八”; 1994 states 国内生产总值 only.
    assert_eq!(gnp[1], row(1993, "百分之八", "—", "未说明"));
    let missed = series(&all, "地区生产总值").rows[5].outcome;
    let Some(Outcome::Missed { by }) = missed else {
        panic!("1998 missed: {missed:?}");
    };
    assert!((by - 0.2).abs() < 1e-9, "by 0.2 points: {by}");
}

/// The rows from `from` on that the library can judge or that state
/// something, as `(year, target, result, outcome)`.
fn stated(series: &Series, from: i32) -> Vec<(i32, String, String, &'static str)> {
    table(series)
        .into_iter()
        .filter(|(year, ..)| *year >= from)
        .collect()
}

#[test]
fn jobs_and_prices_against_their_targets() {
    let catalog = national();
    let all = place_series(&catalog, "国务院");
    assert_eq!(
        stated(series(&all, "城镇新增就业"), 2003),
        [
            // 2004 “城镇新增就业859万人” (2003 set none in its plan).
            row(2003, "—", "859万人", "—"),
            // 2004 “新增城镇就业900万人”; 2005 “城镇新增就业980万人，超过预期目标”.
            row(2004, "900万人", "980万人", "完成"),
            row(2005, "900万人", "970万人", "完成"),
            row(2006, "900万人", "1184万人", "完成"),
            // 2008 states only the five years' average (“平均每年…1000多万人”).
            row(2007, "不低于900万人", "—", "未说明"),
            row(2008, "1000万人", "1113万人", "完成"),
            row(2009, "900万人以上", "1102万人", "完成"),
            row(2010, "900万人以上", "1168万人", "完成"),
            row(2011, "900万人以上", "1221万人", "完成"),
            row(2012, "900万人以上", "1266万人", "完成"),
            row(2013, "900万人以上", "—", "—"),
        ]
    );
    // A ceiling: met at or under it.
    assert_eq!(
        stated(series(&all, "居民消费价格"), 2005),
        [
            // 2005 “居民消费价格总水平涨幅控制在4%”; 2006 “上涨1.8%”.
            row(2005, "4%", "1.8%", "完成"),
            row(2006, "3%", "1.5%", "完成"),
            // 2007 “涨幅在3%以内”; 2008 “比上年上涨4.8%”.
            row(2007, "3%以内", "4.8%", "未完成"),
            // 2009 “物价总水平涨幅得到控制”: no figure.
            row(2008, "4.8%左右", "—", "未说明"),
            row(2009, "4%左右", "—", "未说明"),
            // 2010 “涨幅3％左右”; 2011 “居民消费价格涨幅控制在 3.3%”.
            row(2010, "3％左右", "3.3%", "未完成"),
            row(2011, "4%左右", "—", "未说明"),
            // 2012 “控制在4％左右”; 2013 “涨幅回落到2.6%”.
            row(2012, "4％左右", "2.6%", "完成"),
            row(2013, "3.5%左右", "—", "—"),
        ]
    );
}

#[test]
fn how_targets_changed() {
    let catalog = national();
    let all = place_series(&catalog, "国务院");
    let changes = |indicator: &str| -> Vec<(i32, Change)> {
        series(&all, indicator)
            .rows
            .iter()
            .filter_map(|row| Some((row.year, row.change?)))
            .collect()
    };
    assert_eq!(
        changes("地区生产总值"),
        [
            (1994, Change::New),
            (1995, Change::Lowered), // 9% → 8%至9%
            (1998, Change::Kept),    // 8% → 8%
            (1999, Change::Lowered), // 8% → 7%左右
            (2000, Change::Dropped), // no figure in 2000
            (2003, Change::New),     // none in 2002
            (2004, Change::Kept),
            (2005, Change::Raised), // 7% → 8%
            (2006, Change::Kept),
            (2007, Change::Kept),
            (2008, Change::Kept),
            (2009, Change::Kept),
            (2010, Change::Kept),
            (2011, Change::Kept),
            (2012, Change::Lowered), // 8% → 7.5%
            (2013, Change::Kept),
        ]
    );
    // 1997 is not compared: the library has no report of 1996.
    assert!(!changes("地区生产总值")
        .iter()
        .any(|(year, _)| *year == 1997));
    assert_eq!(
        changes("国民生产总值"),
        [(1993, Change::Raised), (1994, Change::Dropped)]
    );
    let cpi = changes("居民消费价格");
    assert!(cpi.contains(&(2006, Change::Lowered)) && cpi.contains(&(2011, Change::Raised)));
}

#[test]
fn a_year_across_places() {
    let catalog = national();
    let tables = year_table(&catalog, 2012);
    let names: Vec<&str> = tables.iter().map(|t| t.indicator.as_str()).collect();
    assert_eq!(
        names,
        [
            "地区生产总值",
            "城镇新增就业",
            "城镇登记失业率",
            "居民消费价格",
            "进出口"
        ]
    );
    let gdp = &tables[0].rows;
    assert_eq!(gdp.len(), 1, "one place in this library");
    assert_eq!(gdp[0].place, "国务院");
    let row = &gdp[0].row;
    let written =
        |cited: &Option<baogao::library::compare::Cited>| cited.as_ref().map(|c| c.written.clone());
    assert_eq!(written(&row.target).as_deref(), Some("7.5％"));
    assert_eq!(written(&row.before).as_deref(), Some("8%左右"));
    assert_eq!(written(&row.result).as_deref(), Some("7.8%"));
    assert_eq!(row.outcome, Some(Outcome::Met));
}

/// Checked by hand against every report of the library: each of these is
/// quoted in its year's report and found in no earlier one's text.
#[test]
fn new_terms_of_a_few_years() {
    let catalog = national();
    let terms = |year: i32| -> Vec<String> {
        let index = catalog
            .entries
            .iter()
            .position(|entry| entry.placement.year == Some(year))
            .expect("a report of the year");
        new_terms(&catalog, index)
            .expect("earlier reports")
            .into_iter()
            .map(|term| term.text)
            .collect()
    };
    let of_2005 = terms(2005);
    assert!(of_2005.contains(&"十一五".to_owned()), "{of_2005:?}");
    assert!(of_2005.contains(&"村村通".to_owned()));
    let of_2010 = terms(2010);
    assert!(of_2010.contains(&"十二五".to_owned()) && of_2010.contains(&"两高一资".to_owned()));
    assert!(!of_2010.contains(&"十一五".to_owned()), "said since 2005");
    assert_eq!(terms(2013), ["九连增", "辽宁舰"]);
    // The first report of the library has nothing to be new against.
    assert!(new_terms(&catalog, 0).is_none());
}
