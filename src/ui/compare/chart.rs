//! An indicator's years as a chart, drawn at build time in SVG: each
//! year's target (a band for a range, a tick for a point) and its result
//! (a dot), every year it shows labelled. The table beside it holds the
//! numbers; the chart says in words what it shows and each year's values
//! (its text alternative), and says a year's values where it is tapped
//! (`js/chart.js`, from each year's `data-said`).

use crate::library::compare::{trimmed, Cited, Series, YearRow};
use crate::ui::markup::{CHART_READOUT, DATA_AT, DATA_SAID};
use crate::ui::page::data;
use leptos::prelude::*;

const WIDTH: f64 = 400.0;
const HEIGHT: f64 = 180.0;
const LEFT: f64 = 52.0;
const RIGHT: f64 = 20.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 40.0;
/// Years closer than this (in the chart's units) are labelled aslant.
const LABEL_ROOM: f64 = 30.0;

/// A value as an axis says it: `7.5%`, `900万人`.
fn spoken(value: f64, unit: &str) -> String {
    if unit == "%" {
        format!("{}%", trimmed(value))
    } else if value.abs() >= 1e8 {
        format!("{}亿{unit}", trimmed(value / 1e8))
    } else if value.abs() >= 1e4 {
        format!("{}万{unit}", trimmed(value / 1e4))
    } else {
        format!("{}{unit}", trimmed(value))
    }
}

/// A year's values in words: `2013年：目标7.5%左右，实际7.7%`.
fn year_said(row: &YearRow) -> String {
    let written = |cited: &Option<Cited>| {
        cited.as_ref().map_or_else(
            || "未说明".to_owned(),
            |c| c.written.replace(char::is_whitespace, ""),
        )
    };
    format!(
        "{}年：目标{}，实际{}",
        row.year,
        written(&row.target),
        written(&row.result)
    )
}

/// The rows worth drawing and their common unit: at least two years with
/// a target or a result, all in one unit.
fn drawable(series: &Series) -> Option<(Vec<&YearRow>, String)> {
    let rows: Vec<&YearRow> = series
        .rows
        .iter()
        .filter(|row| row.target.is_some() || row.result.is_some())
        .collect();
    let unit = rows
        .iter()
        .flat_map(|row| row.target.iter().chain(row.result.iter()))
        .map(|cited| cited.unit.clone())
        .next()?;
    let one_unit = rows
        .iter()
        .flat_map(|row| row.target.iter().chain(row.result.iter()))
        .all(|cited| cited.unit == unit && cited.value.is_some());
    (rows.len() >= 2 && one_unit).then_some((rows, unit))
}

pub fn chart(series: &Series) -> Option<impl IntoView + use<>> {
    let (rows, unit) = drawable(series)?;
    let values: Vec<f64> = rows
        .iter()
        .flat_map(|row| row.target.iter().chain(row.result.iter()))
        .flat_map(|cited| cited.value.into_iter().chain(cited.to))
        .collect();
    let top = values.iter().copied().fold(f64::MIN, f64::max);
    let bottom = values.iter().copied().fold(f64::MAX, f64::min).min(0.0);
    let span = (top - bottom).max(f64::EPSILON);
    let (first, last) = (rows[0].year, rows[rows.len() - 1].year);
    let x = move |year: i32| {
        let share = f64::from(year - first) / f64::from((last - first).max(1));
        LEFT + share * (WIDTH - LEFT - RIGHT)
    };
    let y = move |value: f64| TOP + (top - value) / span * (HEIGHT - TOP - BOTTOM);
    let marks = rows
        .iter()
        .map(|row| {
            let at = x(row.year);
            let target = row.target.as_ref().and_then(|t| Some((t.value?, t.to)));
            let band = target.map(|(low, high)| {
                let (upper, lower) = (y(high.unwrap_or(low)), y(low));
                view! {
                    <rect class="chart-target" x=at - 7.0 y=upper - 1.5 width="14" height=(lower - upper) + 3.0 rx="1.5"></rect>
                }
            });
            let dot = row.result.as_ref().and_then(|r| r.value).map(|value| {
                view! { <circle class="chart-result" cx=at cy=y(value) r="4"></circle> }
            });
            let said = year_said(row);
            view! { <g {..data(DATA_SAID, said)} {..data(DATA_AT, trimmed(at))}>{band}{dot}</g> }
        })
        .collect_view();
    let room = (WIDTH - LEFT - RIGHT) / (rows.len().max(2) - 1) as f64;
    let labels = rows
        .iter()
        .map(|row| {
            let at = x(row.year);
            let base = HEIGHT - BOTTOM + 14.0;
            let turn = (room < LABEL_ROOM).then(|| format!("rotate(-60 {} {base})", trimmed(at)));
            let anchor = if turn.is_some() { "end" } else { "middle" };
            view! {
                <text class="chart-label chart-year" x=at y=base text-anchor=anchor transform=turn>
                    {row.year.to_string()}
                </text>
            }
        })
        .collect_view();
    let each_year: Vec<String> = rows.iter().map(|row| year_said(row)).collect();
    let said = format!(
        "{}：{first}—{last}年的目标（蓝框）与次年报告所说的实际（红点），纵轴从{}到{}；数字见下表，点按图中某年可读出该年数值。",
        series.shown,
        spoken(bottom, &unit),
        spoken(top, &unit)
    );
    let alternative = format!("{said}各年：{}。", each_year.join("；"));
    Some(view! {
        <figure class="compare-chart">
            <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-label=alternative>
                <line class="chart-axis" x1=LEFT y1=y(bottom) x2=WIDTH - RIGHT y2=y(bottom)></line>
                <text class="chart-label" x=LEFT - 6.0 y=y(top) + 4.0 text-anchor="end">{spoken(top, &unit)}</text>
                <text class="chart-label" x=LEFT - 6.0 y=y(bottom) + 4.0 text-anchor="end">{spoken(bottom, &unit)}</text>
                {labels}
                {marks}
            </svg>
            <p class=CHART_READOUT.name aria-live="polite" hidden=""></p>
            <figcaption>{said}</figcaption>
        </figure>
    })
}
