//! The legend of figure kinds: each a switch for its highlighting, with its
//! count, and the way into the figures panel. Static markup; `delegate`
//! handles the buttons and `sync` shows which kinds are on.

use crate::report::figures::Kind;
use crate::report::Document;
use leptos::prelude::*;

pub fn legend(document: &Document) -> impl IntoView + use<> {
    let switches = Kind::ALL
        .into_iter()
        .filter(|&kind| document.figures.count(kind) > 0)
        .map(|kind| {
            let label = format!("{}（{}）", kind.label(), document.figures.count(kind));
            view! {
                <button type="button" class="legend-kind" data-metric=kind.name() aria-pressed="true" title="点按切换该类数字的高亮">
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
                <button type="button" class="legend-panel" aria-controls="figures-panel">
                    {format!("数字一览（{total}）")}
                </button>
            </div>
        }
    })
}
