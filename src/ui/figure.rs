//! A figure in the text: highlighted by kind; `delegate` explains it on tap,
//! click or keyboard.

use crate::report::figures::decimal;
use crate::report::Document;
use leptos::prelude::*;

/// The element id of a figure.
pub fn figure_id(index: usize) -> String {
    format!("fig-{index}")
}

/// A figure's element: a control that opens its explanation, or, inside a
/// heading's button, a plain highlighted span. A span either way, not a
/// <button>: a button is an atomic box that cannot break across lines, and
/// thousands of them make every frame of a long report slower to lay out.
pub fn figure_view(
    document: &Document,
    index: usize,
    inner: AnyView,
    interactive: bool,
) -> impl IntoView + use<> {
    let figure = &document.figures.all[index].figure;
    let kind = figure.kind.name();
    let value = figure.value.map(|v| decimal(v, 6));
    if !interactive {
        return view! { <span class="fig" data-metric=kind data-value=value>{inner}</span> }
            .into_any();
    }
    // A control only once the app runs (`activate`): before that it would
    // promise what it cannot do.
    view! { <span class="fig" id=figure_id(index) data-metric=kind data-value=value>{inner}</span> }
        .into_any()
}

/// Makes the report's figures controls: focusable buttons that say whether
/// their explanation is open.
pub fn activate(report: &web_sys::Element) {
    let Ok(figures) = report.query_selector_all(".fig[id]") else {
        return;
    };
    for i in 0..figures.length() {
        let Some(figure) = figures
            .item(i)
            .and_then(|node| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(node).ok())
        else {
            continue;
        };
        for (name, value) in [
            ("role", "button"),
            ("tabindex", "0"),
            ("aria-expanded", "false"),
            ("aria-controls", "figure-popover"),
        ] {
            let _ = figure.set_attribute(name, value);
        }
    }
}
