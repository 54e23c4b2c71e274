//! An indicator's years as a chart, drawn at build time in SVG: each
//! year's target (a band for a range, a tick for a point) and its result
//! (a dot). The table beside it holds the numbers; the chart says in
//! words what it shows.

use crate::library::compare::{trimmed, Series, YearRow};
use leptos::prelude::*;

const WIDTH: f64 = 400.0;
const HEIGHT: f64 = 180.0;
const LEFT: f64 = 52.0;
const RIGHT: f64 = 20.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 28.0;

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
            view! { <g>{band}{dot}</g> }
        })
        .collect_view();
    let said = format!(
        "{}：{first}—{last}年的目标（蓝框）与次年报告所说的实际（红点），纵轴从{}到{}；数字见下表。",
        series.shown,
        spoken(bottom, &unit),
        spoken(top, &unit)
    );
    Some(view! {
        <figure class="compare-chart">
            <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-label=said.clone()>
                <line class="chart-axis" x1=LEFT y1=y(bottom) x2=WIDTH - RIGHT y2=y(bottom)></line>
                <text class="chart-label" x=LEFT - 6.0 y=y(top) + 4.0 text-anchor="end">{spoken(top, &unit)}</text>
                <text class="chart-label" x=LEFT - 6.0 y=y(bottom) + 4.0 text-anchor="end">{spoken(bottom, &unit)}</text>
                <text class="chart-label" x=x(first) y=HEIGHT - 8.0 text-anchor="middle">{first.to_string()}</text>
                <text class="chart-label" x=x(last) y=HEIGHT - 8.0 text-anchor="middle">{last.to_string()}</text>
                {marks}
            </svg>
            <figcaption>{said}</figcaption>
        </figure>
    })
}
