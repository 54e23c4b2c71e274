//! The comparisons as CSV, for a spreadsheet (UTF-8 with a byte-order
//! mark, as the figures' export): a place's years, or a year's places.

use super::places::Across;
use super::series::{Series, YearRow};
use crate::report::figures::csv_field;

const HEADER: [&str; 7] = ["指标", "", "目标", "实际", "结果", "上年目标", "较上年"];

fn cells(indicator: &str, first: &str, row: &YearRow) -> String {
    let written = |cited: &Option<super::Cited>| {
        cited
            .as_ref()
            .map(|c| c.written.replace(char::is_whitespace, ""))
            .unwrap_or_default()
    };
    let cells = [
        indicator.to_owned(),
        first.to_owned(),
        written(&row.target),
        written(&row.result),
        row.outcome
            .map(|o| o.label())
            .unwrap_or_default()
            .to_owned(),
        written(&row.before),
        row.change.map(|c| c.label()).unwrap_or_default().to_owned(),
    ];
    let fields: Vec<String> = cells.iter().map(|cell| csv_field(cell)).collect();
    fields.join(",") + "\r\n"
}

fn header(second: &str) -> String {
    let mut header = HEADER;
    header[1] = second;
    format!("\u{feff}{}\r\n", header.join(","))
}

/// A place's indicators, year by year.
pub fn place_csv(series: &[Series]) -> String {
    let mut out = header("年份");
    for one in series {
        for row in &one.rows {
            if row.target.is_some() || row.result.is_some() || row.change.is_some() {
                out.push_str(&cells(&one.shown, &row.year.to_string(), row));
            }
        }
    }
    out
}

/// A year's indicators, place by place.
pub fn year_csv(tables: &[Across]) -> String {
    let mut out = header("地区");
    for table in tables {
        for place in &table.rows {
            out.push_str(&cells(&table.indicator, &place.place, &place.row));
        }
    }
    out
}
