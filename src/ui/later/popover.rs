//! The explanation of a figure: its kind, its value in plain words, whether
//! it is a change or a level, its qualifier, and where it is. One popover
//! for the page, placed by the figure and never wider than the screen.

use super::state::State;
use crate::report::figures::{change_or_level, in_words, qualifier_meaning};
use crate::report::meaning::summary;
use crate::ui::browser;
use crate::ui::markup::{figure_id, DATA_METRIC, FIG, FIGURE_POPOVER};
use crate::ui::page::data;
use gloo::events::EventListener;
use leptos::html::Div;
use leptos::prelude::*;

/// Gap between the figure and the popover, and from the screen's edges.
const GAP: f64 = 8.0;

#[component]
pub fn FigurePopover() -> impl IntoView {
    let state = expect_context::<State>();
    let popover = NodeRef::<Div>::new();
    let content = move || {
        let index = state.explained.get()?;
        let model = state.model();
        let placed = model.figures.all.get(index)?;
        let figure = &placed.figure;
        let written = placed.written(&model.report).to_owned();
        let words = in_words(figure, &written);
        let change = change_or_level(figure);
        let qualifier = figure
            .qualifier
            .map(|q| format!("“{q}”：{}", qualifier_meaning(q)));
        let section = placed.heading(&model.report).map(str::to_owned);
        let meaning = summary(&placed.meaning, &written, model.figures.national);
        Some(view! {
            <p class="pop-kind" {..data(DATA_METRIC, figure.kind.name())}>
                <span class="swatch" aria-hidden="true"></span>
                {figure.kind.label()}
            </p>
            <p class="pop-figure">{written}</p>
            {meaning.map(|meaning| view! { <p class="pop-meaning">{meaning}</p> })}
            <p class="pop-value">{words}</p>
            {change.map(|change| view! { <p>{change}</p> })}
            {qualifier.map(|qualifier| view! { <p>{qualifier}</p> })}
            {section.map(|section| view! { <p class="pop-section">"位于："{section}</p> })}
        })
    };

    // Place the popover under the figure (above it near the bottom of the
    // screen), inside the screen's width.
    Effect::new(move |_| {
        let Some(index) = state.explained.get() else {
            return;
        };
        request_animation_frame(move || place(popover, index));
    });
    close_on_escape_and_outside_taps(state);

    let close = move |_| close_and_refocus(state);
    view! {
        <div
            id=FIGURE_POPOVER.name
            class="popover"
            role="dialog"
            aria-label="数字说明"
            hidden=move || state.explained.get().is_none()
            node_ref=popover
        >
            <button type="button" class="pop-close" aria-label="关闭说明" on:click=close>"×"</button>
            {content}
        </div>
    }
}

fn place(popover: NodeRef<Div>, index: usize) {
    let (Some(popover), Some(figure), Some(window)) = (
        popover.get_untracked(),
        browser::element(&figure_id(index)),
        web_sys::window(),
    ) else {
        return;
    };
    // The layout width, without a desktop scrollbar.
    let width = window
        .document()
        .and_then(|d| d.document_element())
        .map_or(360.0, |root| f64::from(root.client_width()));
    let height = window
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(640.0);
    let scroll_x = window.scroll_x().unwrap_or(0.0);
    let scroll_y = window.scroll_y().unwrap_or(0.0);
    let target = figure.get_bounding_client_rect();
    let own = popover.get_bounding_client_rect();
    let left = (target.left()).min(width - own.width() - GAP).max(GAP);
    let below = target.bottom() + GAP;
    let top = if below + own.height() > height && target.top() - own.height() - GAP > 0.0 {
        target.top() - own.height() - GAP
    } else {
        below
    };
    let style = web_sys::HtmlElement::style(&popover);
    // Whole pixels: the wasm then needs no float formatting.
    let _ = style.set_property("left", &format!("{}px", (left + scroll_x).round() as i32));
    let _ = style.set_property("top", &format!("{}px", (top + scroll_y).round() as i32));
}

/// Closes the explanation, and gives the focus back to its figure.
fn close_and_refocus(state: State) {
    if let Some(index) = state.explained.get_untracked() {
        state.explained.set(None);
        if let Some(figure) = browser::element(&figure_id(index)) {
            let _ = figure.focus();
        }
    }
}

fn close_on_escape_and_outside_taps(state: State) {
    Effect::new(move |_| {
        let Some(window) = web_sys::window() else {
            return;
        };
        browser::on_escape(move || close_and_refocus(state));
        EventListener::new(&window, "pointerdown", move |event| {
            if state.explained.get_untracked().is_none() {
                return;
            }
            let inside = [FIGURE_POPOVER.selector, FIG.selector]
                .into_iter()
                .any(|selector| browser::closest(event, selector).is_some());
            if !inside {
                state.explained.set(None);
            }
        })
        .forget();
    });
}
