//! Bar charts drawn as inline SVG by the app itself: the growth rates, and
//! the money amounts largest first. Each bar links to its figure.

use super::state::State;
use crate::report::figures::{is_decrease, subject, Figure, Kind};
use crate::report::order::{float_key, sort_by_key};
use crate::report::Model;
use crate::ui::markup::{figure_id, DATA_METRIC};
use crate::ui::page::data;
use leptos::prelude::*;

/// The chart's own width; it scales to the screen, and at 360 px wide its
/// text is drawn at its natural size. Whole units: the wasm then needs no
/// float formatting.
const WIDTH: i32 = 360;
const ROW: i32 = 46;
const BAR: i32 = 14;
/// Room right of the longest bar for its value.
const VALUE_ROOM: i32 = 84;

pub struct Bar {
    pub index: usize,
    pub label: String,
    pub value: f64,
    pub text: String,
}

/// Percent figures that are rates of change, labelled with what changed,
/// negative where the text says it fell.
pub fn growth_bars(model: &Model) -> Vec<Bar> {
    bars(
        model,
        |figure| figure.kind == Kind::Percent && figure.growth,
        true,
    )
}

/// Money amounts, largest first.
pub fn money_bars(model: &Model) -> Vec<Bar> {
    let mut bars = bars(
        model,
        |figure| figure.kind == Kind::Money && figure.unit == "元",
        false,
    );
    sort_by_key(&mut bars, |bar| !float_key(bar.value));
    bars
}

fn bars(model: &Model, wanted: impl Fn(&Figure) -> bool, signed: bool) -> Vec<Bar> {
    model
        .figures_with_text()
        .filter(|(_, placed, _)| wanted(&placed.figure))
        .filter_map(|(index, placed, text)| {
            let range = placed.figure.range.clone();
            let mut value = placed.figure.value?;
            if signed && is_decrease(text, range.clone()) {
                value = -value;
            }
            let label = subject(text, range);
            Some(Bar {
                index,
                label: if label.is_empty() {
                    "（未注明）".to_owned()
                } else {
                    label
                },
                value,
                text: placed.written_in(text).to_owned(),
            })
        })
        .collect()
}

/// A horizontal bar chart: a label over each bar, the value after it.
pub fn bar_chart(
    id: &'static str,
    title: &'static str,
    bars: Vec<Bar>,
    kind: Kind,
) -> impl IntoView {
    let state = expect_context::<State>();
    let low = bars.iter().map(|bar| bar.value).fold(0.0, f64::min);
    let high = bars.iter().map(|bar| bar.value).fold(0.0, f64::max);
    let span = (high - low).max(f64::MIN_POSITIVE);
    let room = f64::from(WIDTH - VALUE_ROOM - 8);
    let x = move |value: f64| 4 + ((value - low) / span * room).round() as i32;
    let height = ROW * bars.len() as i32 + 8;
    let summary = bars
        .iter()
        .map(|bar| format!("{}：{}", bar.label, bar.text))
        .collect::<Vec<_>>()
        .join("；");
    let rows = bars
        .into_iter()
        .enumerate()
        .map(|(row, bar)| {
            let top = 4 + ROW * row as i32;
            let (from, to) = (x(0.0).min(x(bar.value)), x(0.0).max(x(bar.value)));
            let width = (to - from).max(2);
            let label = format!("{}：{}，跳到原文", bar.label, bar.text);
            let index = bar.index;
            let follow = move |event: leptos::ev::MouseEvent| {
                event.prevent_default();
                state.go_to_figure(index);
            };
            // Inside <g> the macro knows <a> is SVG's link, not HTML's.
            view! {
                <g>
                    <a href=format!("#{}", figure_id(index)) aria-label=label on:click=follow>
                        // The whole row is the target, not just the ink.
                        <rect x="0" y=top width=WIDTH height=ROW class="chart-hit"></rect>
                        <text x="4" y=top + 13 class="chart-label">{bar.label}</text>
                        <rect x=from y=top + 19 width=width height=BAR rx="2" class="chart-bar"></rect>
                        <text x=to + 6 y=top + 31 class="chart-value">{bar.text}</text>
                    </a>
                </g>
            }
        })
        .collect_view();
    let zero = x(0.0);
    let title_id = format!("{id}-title");
    let desc_id = format!("{id}-desc");
    let labelled_by = format!("{title_id} {desc_id}");
    view! {
        <figure class="chart" {..data(DATA_METRIC, kind.name())}>
            <figcaption id=title_id.clone()>{title}</figcaption>
            <svg
                id=id
                viewBox=format!("0 0 {WIDTH} {height}")
                role="group"
                aria-labelledby=labelled_by
            >
                <desc id=desc_id>{summary}</desc>
                <line x1=zero x2=zero y1="0" y2=height class="chart-axis"></line>
                {rows}
            </svg>
        </figure>
    }
}
