//! The figures in the page become controls: each gets its id (`fig-N`, in
//! the order of the text, the same as the model's), and those outside a
//! heading's button say whether their explanation is open; each key-figure
//! chip says what it does. None of it needs the model, which is built when
//! first needed; then each figure gets its normalised value too.

use crate::report::figures::{decimal, Kind};
use crate::report::Model;
use crate::ui::browser;
use crate::ui::markup::{figure_id, CHIP, DATA_METRIC, DATA_VALUE, FIG, FIGURE_POPOVER};
use std::sync::Arc;
use web_sys::Element;

/// Figures made controls per task: a long report has thousands, and the
/// page's main thread must not be held long (a slow phone takes about a
/// millisecond for a few of them).
const PER_TASK: usize = 10;

/// Makes the figures of the report drawn in `report` controls, `PER_TASK`
/// at a time.
pub async fn activate(report: Element) {
    label_chips(&report).await;
    let figures = browser::elements_in(&report, FIG.selector);
    for (i, figure) in figures.iter().enumerate() {
        if i > 0 && i % PER_TASK == 0 {
            browser::next_task().await;
        }
        figure.set_id(&figure_id(i));
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
                ("aria-controls", FIGURE_POPOVER.name),
            ],
        );
    }
}

/// Gives the figures drawn in `report` their normalised values (for
/// scripts), `PER_TASK` at a time.
pub async fn show_values(report: Element, model: Arc<Model>) {
    let figures = browser::elements_in(&report, FIG.selector);
    for (i, (figure, placed)) in figures.iter().zip(&model.figures.all).enumerate() {
        if i > 0 && i % PER_TASK == 0 {
            browser::next_task().await;
        }
        if let Some(value) = placed.figure.value {
            let _ = figure.set_attribute(DATA_VALUE.name, &decimal(value, 6));
        }
    }
}

/// Says what each key-figure chip does: `金额：618亿元，跳到原文`, a few
/// at a time (a long report has a thousand).
async fn label_chips(report: &Element) {
    for (i, chip) in browser::elements_in(report, CHIP.selector)
        .iter()
        .enumerate()
    {
        if i > 0 && i % (PER_TASK * 3) == 0 {
            browser::next_task().await;
        }
        let kind = chip.get_attribute(DATA_METRIC.name);
        let kind = Kind::ALL
            .into_iter()
            .find(|k| Some(k.name()) == kind.as_deref());
        if let Some(kind) = kind {
            let text = chip.text_content().unwrap_or_default();
            let _ =
                chip.set_attribute("aria-label", &format!("{}：{text}，跳到原文", kind.label()));
        }
    }
}
