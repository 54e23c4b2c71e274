//! "目标与成绩": the year's main targets beside last year's results for
//! the same indicators, each a link to its sentence. A card in the text
//! where the targets passage is, and a tab of the figures panel.

use super::data::data;
use super::shelf_nav::{Beside, BesideTargets, ShelfLink};
use crate::report::{Model, ResultRow};
use crate::ui::markup::{DATA_FIGURE, TARGETS_CARD};
use leptos::prelude::*;

/// A link to figure `index` in its sentence: to its paragraph by address
/// (so that it works with JavaScript off), and to the figure itself by
/// `data-figure` once the app has started.
fn figure_link(model: &Model, index: usize, also: &[usize]) -> impl IntoView + use<> {
    let written = |i: usize| {
        model.figures.all.get(i).map_or(String::new(), |placed| {
            placed.written(&model.report).to_owned()
        })
    };
    let block = model
        .figures
        .all
        .get(index)
        .map_or(String::new(), |placed| placed.block.clone());
    let stretch = (!also.is_empty()).then(|| {
        also.iter()
            .map(|&i| format!("，力争{}", written(i)))
            .collect::<String>()
    });
    view! {
        <a href=format!("#{block}") {..data(DATA_FIGURE, index)}>{written(index)}</a>
        {stretch}
    }
}

fn result_of<'a>(model: &'a Model, indicator: &str) -> Option<&'a ResultRow> {
    model
        .tables
        .results
        .iter()
        .find(|row| row.indicator == indicator)
}

/// A figure of another report of the library, a link to its sentence.
fn elsewhere(link: Option<&ShelfLink>) -> AnyView {
    match link {
        Some(link) => view! { <a href=link.href.clone()>{link.label.clone()}</a> }.into_any(),
        None => view! { <span class="none">"—"</span> }.into_any(),
    }
}

/// In a library: last year's target, and this year's result as the next
/// report states it, with the outcome.
fn beside_cells(beside: Option<&Beside>) -> impl IntoView + use<> {
    let beside = beside.cloned().unwrap_or_default();
    let outcome = beside.outcome.map(|said| format!("（{said}）"));
    view! {
        <td>{elsewhere(beside.before.as_ref())}</td>
        <td>{elsewhere(beside.result.as_ref())}{outcome}</td>
    }
}

/// The year a column is about, as its heading says it.
fn year_label(year: Option<i32>, words: &str) -> String {
    year.map_or(words.to_owned(), |year| format!("{year}年{words}"))
}

/// The targets beside last year's results; or, for a report with no
/// targets passage, a note that says so and last year's results alone.
pub fn targets_view(model: &Model) -> impl IntoView + use<> {
    let year = model.figures.year;
    let tables = &model.tables;
    if tables.targets.is_empty() {
        let note = if tables.results.is_empty() {
            "本报告中没有找到“主要预期目标”，也没有找到上一年主要指标的实际数值。"
        } else {
            "本报告没有“主要预期目标”段落（文本可能止于工作回顾）。以下为回顾部分所述的主要指标。"
        };
        let rows = tables
            .results
            .iter()
            .map(|row| {
                view! {
                    <tr>
                        <th scope="row">{model.figures.indicator_name(&row.indicator).into_owned()}</th>
                        <td>{figure_link(model, row.figure, &[])}</td>
                    </tr>
                }
            })
            .collect_view();
        let table = (!tables.results.is_empty()).then(|| {
            view! {
                <table class="targets-table">
                    <thead><tr><th scope="col">"指标"</th><th scope="col">{year_label(year.map(|y| y - 1), "实际")}</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            }
        });
        return view! { <p class="targets-empty">{note}</p>{table} }.into_any();
    }
    // In a library's report page (never in the later half's panel).
    let library = use_context::<BesideTargets>().filter(|beside| !beside.0.is_empty());
    let rows = tables
        .targets
        .iter()
        .map(|row| {
            let result = result_of(model, &row.indicator)
                .map(|result| figure_link(model, result.figure, &[]).into_any())
                .unwrap_or_else(|| view! { <span class="none">"未提及"</span> }.into_any());
            let beside = library.as_ref().map(|library| {
                beside_cells(library.0.iter().find(|b| b.indicator == row.indicator))
            });
            view! {
                <tr>
                    <th scope="row">{model.figures.indicator_name(&row.indicator).into_owned()}</th>
                    <td>{figure_link(model, row.figure, &row.stretch)}</td>
                    <td>{result}</td>
                    {beside}
                </tr>
            }
        })
        .collect_view();
    let beside_heads = library.is_some().then(|| {
        view! {
            <th scope="col">{year_label(year.map(|y| y - 1), "目标")}</th>
            <th scope="col">{year_label(year, "实际")}"（次年报告）"</th>
        }
    });
    view! {
        <table class="targets-table">
            <thead>
                <tr>
                    <th scope="col">"指标"</th>
                    <th scope="col">{year_label(year, "目标")}</th>
                    <th scope="col">{year_label(year.map(|y| y - 1), "实际")}</th>
                    {beside_heads}
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
    .into_any()
}

/// The card in the text, after the paragraph that sets the targets.
pub fn targets_card(model: &Model) -> impl IntoView + use<> {
    view! {
        <aside class=TARGETS_CARD.name aria-labelledby="targets-card-title">
            <h3 id="targets-card-title">"目标与成绩"</h3>
            {targets_view(model)}
        </aside>
    }
}
