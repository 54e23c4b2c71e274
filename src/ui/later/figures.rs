//! The figures in the page become what the model knows them to be: each
//! gets its id (`fig-N`, in the order of the text, the same as the
//! model's) and normalised value, and those outside a heading's button
//! become controls that say whether their explanation is open; each
//! key-figure chip says what it does.

use crate::report::figures::decimal;
use crate::report::Model;
use crate::ui::browser;
use crate::ui::markup::{figure_id, CHIP, DATA_FIGURE, DATA_VALUE, FIG, FIGURE_POPOVER};
use std::sync::Arc;
use web_sys::Element;

/// Figures made controls per task: a long report has thousands, and the
/// page's main thread must not be held long.
const PER_TASK: usize = 150;

/// Makes the figures of the report drawn in `report` what the model knows,
/// `PER_TASK` at a time.
pub async fn activate(report: Element, model: Arc<Model>) {
    label_chips(&report, &model);
    let figures = browser::elements_in(&report, FIG.selector);
    for (i, (figure, placed)) in figures.iter().zip(&model.figures.all).enumerate() {
        if i > 0 && i % PER_TASK == 0 {
            browser::next_task().await;
        }
        figure.set_id(&figure_id(i));
        if let Some(value) = placed.figure.value {
            let _ = figure.set_attribute(DATA_VALUE.name, &decimal(value, 6));
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
                ("aria-controls", FIGURE_POPOVER.name),
            ],
        );
    }
}

/// Says what each key-figure chip does: `金额：618亿元，跳到原文`.
fn label_chips(report: &Element, model: &Model) {
    for chip in browser::elements_in(report, CHIP.selector) {
        let placed = chip
            .get_attribute(DATA_FIGURE.name)
            .and_then(|index| index.parse::<usize>().ok())
            .and_then(|index| model.figures.all.get(index));
        if let Some(placed) = placed {
            let text = chip.text_content().unwrap_or_default();
            let label = format!("{}：{text}，跳到原文", placed.figure.kind.label());
            let _ = chip.set_attribute("aria-label", &label);
        }
    }
}
