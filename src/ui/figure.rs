//! A figure in the text: highlighted by kind; `delegate` explains it on tap,
//! click or keyboard.

use super::browser;
use crate::report::figures::decimal;
use crate::report::Document;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// The element id of a figure.
pub fn figure_id(index: usize) -> String {
    format!("fig-{index}")
}

/// A figure's element: highlighted by kind. A span, not a <button>: a
/// button is an atomic box that cannot break across lines, and thousands of
/// them make every frame of a long report slower to lay out. Its id, value
/// and control role come with the app's later half (`activate`): before
/// that it would promise what it cannot do, and the page's first response
/// is smaller without them.
pub fn figure_view(document: &Document, index: usize, inner: AnyView) -> impl IntoView + use<> {
    let kind = document.figures.all[index].figure.kind.name();
    view! { <span class="fig" data-metric=kind>{inner}</span> }
}

/// Figure number `index` in the page's report: the figures are numbered in
/// the order of the text, in the page as in the model.
pub fn on_page(index: usize) -> Option<web_sys::HtmlElement> {
    let report = browser::element("report")?;
    let figures = report.query_selector_all(".fig").ok()?;
    figures.item(index as u32)?.dyn_into().ok()
}

/// The number of a figure element in the page's report.
pub fn number_on_page(figure: &web_sys::Element) -> Option<usize> {
    let report = browser::element("report")?;
    browser::elements_in(&report, ".fig")
        .iter()
        .position(|each| each == figure)
}

/// Figures made controls per task: a long report has thousands, and the
/// page's main thread must not be held long.
const PER_TASK: usize = 150;

/// Gives the report's figures their ids (`fig-N`, in the order of the
/// text, the same as the model's) and normalised values, and makes those
/// outside buttons controls that say whether their explanation is open,
/// `PER_TASK` at a time.
pub async fn activate(report: web_sys::Element, document: Arc<Document>) {
    label_chips(&report, &document);
    let figures = browser::elements_in(&report, ".fig");
    for (i, (figure, placed)) in figures.iter().zip(&document.figures.all).enumerate() {
        if i > 0 && i % PER_TASK == 0 {
            browser::next_task().await;
        }
        figure.set_id(&figure_id(i));
        if let Some(value) = placed.figure.value {
            let _ = figure.set_attribute("data-value", &decimal(value, 6));
        }
        // Inside a heading's button a control cannot be one of its own.
        if figure.closest("button").ok().flatten().is_some() {
            continue;
        }
        browser::set_attributes(
            figure,
            &[
                ("role", "button"),
                ("tabindex", "0"),
                ("aria-expanded", "false"),
                ("aria-controls", "figure-popover"),
            ],
        );
    }
}

/// Says what each key-figure chip does: `金额：618亿元，跳到原文`.
fn label_chips(report: &web_sys::Element, document: &Document) {
    for chip in browser::elements_in(report, ".chip[data-figure]") {
        let placed = chip
            .get_attribute("data-figure")
            .and_then(|index| index.parse::<usize>().ok())
            .and_then(|index| document.figures.all.get(index));
        if let Some(placed) = placed {
            let text = chip.text_content().unwrap_or_default();
            let label = format!("{}：{text}，跳到原文", placed.figure.kind.label());
            let _ = chip.set_attribute("aria-label", &label);
        }
    }
}
