//! The table of figures: one row each, with its kind, the figure as
//! written, its value in words, the sentence around it and its section;
//! each jumps to the figure in the text.

use super::filters::Choice;
use crate::report::figures::{in_words, sentence_around, Kind};
use crate::report::order::{float_key, sort_by_key};
use crate::report::Model;
use crate::ui::later::state::State;
use crate::ui::markup::{DATA_FIGURE, DATA_METRIC};
use crate::ui::page::data;
use leptos::prelude::*;

/// One row of the table, computed once per report.
#[derive(Clone, PartialEq)]
struct Row {
    index: usize,
    kind: Kind,
    written: String,
    value: String,
    context: String,
    section: String,
}

fn rows(model: &Model) -> Vec<Row> {
    model
        .figures_with_text()
        .map(|(index, placed, text)| {
            let written = placed.written_in(text).to_owned();
            Row {
                index,
                kind: placed.figure.kind,
                value: in_words(&placed.figure, &written),
                context: sentence_around(text, placed.figure.range.clone(), 36),
                section: placed.heading(&model.report).unwrap_or("开头").to_owned(),
                written,
            }
        })
        .collect()
}

/// The figures shown: of the chosen kinds (all when none is chosen), in
/// the order of the text or by value, largest first.
pub fn visible(state: State, choice: Choice) -> Memo<Vec<usize>> {
    Memo::new(move |_| {
        let model = state.model();
        let all = &model.figures.all;
        let mut indices: Vec<usize> = choice.kinds.with(|kinds| {
            (0..all.len())
                .filter(|&i| kinds.is_empty() || kinds.contains(&all[i].figure.kind))
                .collect()
        });
        if choice.by_value.get() {
            let value = |i: usize| all[i].figure.value.unwrap_or(f64::NEG_INFINITY);
            sort_by_key(&mut indices, |&i| !float_key(value(i)));
        }
        indices
    })
}

/// The count and the table (drawn once the panel has been opened).
pub fn table(state: State, visible: Memo<Vec<usize>>) -> impl IntoView {
    // Made when first read, and again for another report.
    let rows = Memo::new(move |_| rows(&state.model()));
    let body = move || {
        visible.with(|visible| {
            rows.with(|rows| {
                visible
                    .iter()
                    .filter_map(|&i| rows.get(i))
                    .map(|row| row_view(state, row))
                    .collect_view()
            })
        })
    };
    view! {
        <p class="panel-count" aria-live="polite">{move || format!("共 {} 项", visible.with(Vec::len))}</p>
        <div class="table-wrap">
            <table class="figures-table">
                <thead>
                    <tr><th>"类型"</th><th>"原文"</th><th>"数值"</th><th>"上下文"</th><th>"所在章节"</th></tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}

fn row_view(state: State, row: &Row) -> impl IntoView {
    let index = row.index;
    view! {
        <tr {..data(DATA_FIGURE, index)}>
            <td class="col-kind"><span class="tag" {..data(DATA_METRIC, row.kind.name())}>{row.kind.label()}</span></td>
            <td class="col-figure">
                <button type="button" class="jump" aria-label=format!("{}，跳到原文", row.written) on:click=move |_| state.go_to_figure(index)>
                    {row.written.clone()}
                </button>
            </td>
            <td class="col-value">{row.value.clone()}</td>
            <td class="col-context">{row.context.clone()}</td>
            <td class="col-section">{row.section.clone()}</td>
        </tr>
    }
}
