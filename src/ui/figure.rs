//! A figure in the text: highlighted by kind, and explained on tap, click
//! or keyboard.

use super::state::Reader;
use crate::report::Document;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The element id of a figure.
pub fn figure_id(index: usize) -> String {
    format!("fig-{index}")
}

/// A figure's element: a control that opens its explanation, or, inside a
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
    // Enter and Space work as on a button.
    let keydown = move |event: leptos::ev::KeyboardEvent| {
        if matches!(event.key().as_str(), "Enter" | " ") {
            event.prevent_default();
            reader.explained.update(|shown| {
                *shown = if *shown == Some(index) {
                    None
                } else {
                    Some(index)
                }
            });
        }
    };
    // A span, not a <button>: a button is an atomic box that cannot break
    // across lines, and thousands of them make every frame of a long
    // report slower to lay out.
    view! {
        <span
            role="button"
            tabindex="0"
            class="fig"
            id=figure_id(index)
            data-metric=kind
            data-value=value
            aria-expanded=expanded
            aria-controls="figure-popover"
            on:click=toggle
            on:keydown=keydown
            on:focus=focus
            on:blur=blur
        >
            {inner}
        </span>
    }
    .into_any()
}
