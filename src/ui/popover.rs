//! The explanation of a figure: its kind, its value in plain words, whether
//! it is a change or a level, its qualifier, and where it is. One popover
//! for the page, placed by the figure and never wider than the screen.

use super::browser;
use super::figure::figure_id;
use super::later_state::Later;
use crate::report::figures::{change_or_level, in_words, qualifier_meaning};
use gloo::events::EventListener;
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Gap between the figure and the popover, and from the screen's edges.
const GAP: f64 = 8.0;

#[component]
pub fn FigurePopover() -> impl IntoView {
    let reader = expect_context::<Later>();
    let popover = NodeRef::<Div>::new();
    let content = move || {
        let index = reader.explained.get()?;
        let document = reader.document();
        let placed = document.figures.all.get(index)?;
        let block = document.report.block(&placed.block)?;
        let figure = &placed.figure;
        let written = block.as_str()[figure.range.clone()].to_owned();
        let words = in_words(figure, &written);
        let change = change_or_level(figure);
        let qualifier = figure
            .qualifier
            .map(|q| format!("“{q}”：{}", qualifier_meaning(q)));
        let section = placed
            .container
            .as_deref()
            .and_then(|id| document.report.heading_of(id))
            .map(str::to_owned);
        Some(view! {
            <p class="pop-kind" data-metric=figure.kind.name()>
                <span class="swatch" aria-hidden="true"></span>
                {figure.kind.label()}
            </p>
            <p class="pop-figure">{written}</p>
            <p class="pop-value">{words}</p>
            {change.map(|change| view! { <p>{change}</p> })}
            {qualifier.map(|qualifier| view! { <p>{qualifier}</p> })}
            {section.map(|section| view! { <p class="pop-section">"位于："{section}</p> })}
        })
    };

    // Place the popover under the figure (above it near the bottom of the
    // screen), inside the screen's width.
    Effect::new(move |_| {
        let Some(index) = reader.explained.get() else {
            return;
        };
        request_animation_frame(move || place(popover, index));
    });
    close_on_escape_and_outside_taps(reader);

    let close = move |_| {
        if let Some(index) = reader.explained.get_untracked() {
            reader.explained.set(None);
            if let Some(figure) = browser::element(&figure_id(index)) {
                let _ = figure.focus();
            }
        }
    };
    view! {
        <div
            id="figure-popover"
            class="popover"
            role="dialog"
            aria-label="数字说明"
            hidden=move || reader.explained.get().is_none()
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

fn close_on_escape_and_outside_taps(reader: Later) {
    Effect::new(move |_| {
        let Some(window) = web_sys::window() else {
            return;
        };
        browser::on_escape(move || {
            if let Some(index) = reader.explained.get_untracked() {
                reader.explained.set(None);
                if let Some(figure) = browser::element(&figure_id(index)) {
                    let _ = figure.focus();
                }
            }
        });
        EventListener::new(&window, "pointerdown", move |event| {
            if reader.explained.get_untracked().is_none() {
                return;
            }
            let inside = event
                .target()
                .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
                .and_then(|element| element.closest("#figure-popover, .fig").ok().flatten())
                .is_some();
            if !inside {
                reader.explained.set(None);
            }
        })
        .forget();
    });
}
