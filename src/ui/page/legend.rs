//! The legend of figure kinds: each a switch for its highlighting, with its
//! count, and the way into the figures panel (`first::controls` handles the
//! buttons, `first::sync` shows which kinds are on).

use super::data::data;
use crate::report::figures::Kind;
use crate::report::Model;
use crate::ui::markup::{DATA_METRIC, FIGURES_PANEL, LEGEND_KIND, LEGEND_PANEL};
use leptos::prelude::*;

pub fn legend(model: &Model) -> impl IntoView + use<> {
    let figures = &model.figures;
    let switches = Kind::ALL
        .into_iter()
        .filter(|&kind| figures.count(kind) > 0)
        .map(|kind| {
            let label = format!("{}（{}）", kind.label(), figures.count(kind));
            view! {
                <button type="button" class=LEGEND_KIND.name {..data(DATA_METRIC, kind.name())} aria-pressed="true" title="点按切换该类数字的高亮">
                    <span class="swatch" aria-hidden="true"></span>
                    {label}
                </button>
            }
        })
        .collect_view();
    let total = figures.all.len();
    (total > 0).then(|| {
        view! {
            <div class="legend" role="group" aria-label="数字高亮：点按切换各类">
                {switches}
                <button type="button" class=LEGEND_PANEL.name aria-controls=FIGURES_PANEL.name aria-expanded="false">
                    {format!("数字一览（{total}）")}
                </button>
            </div>
        }
    })
}
