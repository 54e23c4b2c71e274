//! The charts tab: the growth rates and the money amounts, or a note when
//! the report has neither.

use crate::report::figures::Kind;
use crate::report::Model;
use crate::ui::later::charts::{bar_chart, growth_bars, money_bars};
use leptos::prelude::*;

pub fn charts(model: &Model) -> impl IntoView + use<> {
    let growth = growth_bars(model);
    let money = money_bars(model);
    let note = (growth.is_empty() && money.is_empty())
        .then(|| view! { <p>"本报告中没有可绘图的增长率或金额。"</p> });
    view! {
        {(!growth.is_empty()).then(|| bar_chart("chart-growth", "增长率（%，负值为下降）", growth, Kind::Percent))}
        {(!money.is_empty()).then(|| bar_chart("chart-money", "金额（人民币，从大到小）", money, Kind::Money))}
        {note}
    }
}
