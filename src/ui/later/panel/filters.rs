//! The table's tools: a switch for each kind of figure the report has, and
//! the order (of the text, or by value).

use crate::report::figures::Kind;
use crate::ui::browser;
use crate::ui::later::state::State;
use crate::ui::markup::DATA_METRIC;
use crate::ui::page::data;
use leptos::prelude::*;
use std::collections::BTreeSet;
use wasm_bindgen::JsCast;

/// What the table shows: the figures of the chosen kinds (all when none is
/// chosen), in the order of the text or by value.
#[derive(Clone, Copy)]
pub struct Choice {
    pub kinds: RwSignal<BTreeSet<Kind>>,
    pub by_value: RwSignal<bool>,
}

impl Choice {
    pub fn new() -> Choice {
        Choice {
            kinds: RwSignal::new(BTreeSet::new()),
            by_value: RwSignal::new(false),
        }
    }
}

pub fn tools(state: State, choice: Choice) -> impl IntoView {
    let kinds = choice.kinds;
    let filters = move || {
        let model = state.model();
        Kind::ALL
            .into_iter()
            .filter(|&kind| model.figures.count(kind) > 0)
            .map(|kind| filter(kinds, kind))
            .collect_view()
    };
    let set_order = move |event: leptos::ev::Event| {
        let value = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
            .map(|select| select.value());
        choice.by_value.set(value.as_deref() == Some("value"));
    };
    view! {
        <div class="panel-tools">
            <div class="filters" role="group" aria-label="按类型筛选">{filters}</div>
            <label class="sort">
                "排序 "
                <select on:change=set_order>
                    <option value="text">"按出现顺序"</option>
                    <option value="value">"按数值从大到小"</option>
                </select>
            </label>
        </div>
    }
}

/// The switch for one kind.
fn filter(kinds: RwSignal<BTreeSet<Kind>>, kind: Kind) -> impl IntoView {
    let pressed = move || browser::aria(kinds.with(|k| k.contains(&kind)));
    let toggle = move |_| {
        kinds.update(|k| {
            if !k.remove(&kind) {
                k.insert(kind);
            }
        })
    };
    view! {
        <button type="button" class="filter" {..data(DATA_METRIC, kind.name())} aria-pressed=pressed on:click=toggle>
            <span class="swatch" aria-hidden="true"></span>
            {kind.label()}
        </button>
    }
}
