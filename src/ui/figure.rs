//! A figure in the text: highlighted by kind, and explained on tap.

use super::state::Reader;
use crate::report::Document;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The element id of a figure.
pub fn figure_id(index: usize) -> String {
    format!("fig-{index}")
}

/// A figure's element: a button that opens its explanation, or, inside a
/// heading's button, a plain highlighted span.
pub fn figure_view(
    document: &Document,
    index: usize,
    inner: AnyView,
    interactive: bool,
) -> impl IntoView + use<> {
    let figure = &document.figures.all[index].figure;
    let kind = figure.kind.name();
    let value = figure.value.map(|v| v.to_string());
    if !interactive {
        return view! { <span class="fig" data-metric=kind data-value=value>{inner}</span> }
            .into_any();
    }
    let reader = expect_context::<Reader>();
    let open = move || reader.explained.get() == Some(index);
    let expanded = move || if open() { "true" } else { "false" };
    let toggle = move |_| {
        reader.explained.update(|shown| {
            *shown = if *shown == Some(index) {
                None
            } else {
                Some(index)
            }
        })
    };
    // Keyboard focus explains the figure; a tap or click toggles it.
    let focus = move |event: leptos::ev::FocusEvent| {
        let keyboard = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|element| element.matches(":focus-visible").unwrap_or(false));
        if keyboard {
            reader.explained.set(Some(index));
        }
    };
    let blur = move |event: leptos::ev::FocusEvent| {
        let into_popover = event
            .related_target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|element| element.closest("#figure-popover").ok().flatten().is_some());
        if !into_popover && reader.explained.get_untracked() == Some(index) {
            reader.explained.set(None);
        }
    };
    view! {
        <button
            type="button"
            class="fig"
            id=figure_id(index)
            data-metric=kind
            data-value=value
            aria-expanded=expanded
            aria-controls="figure-popover"
            on:click=toggle
            on:focus=focus
            on:blur=blur
        >
            {inner}
        </button>
    }
    .into_any()
}
