//! The head of a comparison's table and its rows' common cells.

use super::cells::{change_cell, figure_cell, outcome_cell};
use crate::library::compare::YearRow;
use crate::library::Catalog;
use crate::ui::markup::COMPARE_TABLE;
use leptos::prelude::*;

/// The columns after the first (a year or a place): the target and what
/// became of it first, where a phone shows them without scrolling.
pub fn head(first: &'static str) -> impl IntoView + use<> {
    view! {
        <thead>
            <tr>
                <th scope="col">{first}</th>
                <th scope="col">"目标"</th>
                <th scope="col">"实际（次年报告）"</th>
                <th scope="col">"结果"</th>
                <th scope="col">"上年目标"</th>
                <th scope="col">"较上年"</th>
            </tr>
        </thead>
    }
}

/// A row: its first cell (a year or a place, already made) and the rest.
pub fn row(catalog: &Catalog, first: AnyView, row: &YearRow, up: &str) -> impl IntoView + use<> {
    view! {
        <tr>
            {first}
            {figure_cell(catalog, row.target.as_ref(), up)}
            {figure_cell(catalog, row.result.as_ref(), up)}
            {outcome_cell(row.outcome)}
            {figure_cell(catalog, row.before.as_ref(), up)}
            {change_cell(row.change)}
        </tr>
    }
}

/// An indicator's section: its name, a chart (if any), and its table of
/// `bodies` (its `<tbody>`s).
pub fn section(
    indicator: String,
    chart: Option<AnyView>,
    caption: String,
    first: &'static str,
    bodies: impl IntoView + 'static,
) -> impl IntoView {
    view! {
        <section class="compare-indicator">
            <h2>{indicator}</h2>
            {chart}
            <div class="compare-scroll">
                <table class=COMPARE_TABLE.name>
                    <caption>{caption}</caption>
                    {head(first)}
                    {bodies}
                </table>
            </div>
        </section>
    }
}
