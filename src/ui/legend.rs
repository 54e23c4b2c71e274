//! The legend of figure kinds: each a switch for its highlighting, with
//! its count, and the way into the figures panel.

use super::state::Reader;
use crate::report::figures::Kind;
use leptos::prelude::*;

#[component]
pub fn Legend() -> impl IntoView {
    let reader = expect_context::<Reader>();
    let document = reader.document();
    let switches = Kind::ALL
        .into_iter()
        .filter(|&kind| document.figures.count(kind) > 0)
        .map(|kind| {
            let count = document.figures.count(kind);
            let on = move || !reader.unhighlighted.with(|kinds| kinds.contains(&kind));
            let pressed = move || if on() { "true" } else { "false" };
            let label = format!("{}（{count}）", kind.label());
            view! {
                <button
                    type="button"
                    class="legend-kind"
                    data-metric=kind.name()
                    aria-pressed=pressed
                    title="点按切换该类数字的高亮"
                    on:click=move |_| reader.toggle_highlight(kind)
                >
                    <span class="swatch" aria-hidden="true"></span>
                    {label}
                </button>
            }
        })
        .collect_view();
    let total = document.figures.all.len();
    (total > 0).then(|| {
        view! {
            <div class="legend" role="group" aria-label="数字高亮：点按切换各类">
                {switches}
                <button type="button" class="legend-panel" on:click=move |_| reader.panel_open.set(true)>
                    {format!("数字一览（{total}）")}
                </button>
            </div>
        }
    })
}
