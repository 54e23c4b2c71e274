//! The page: a head naming both reports, the summary, the filters (shown
//! when scripts run), and each group of this year's text.

use super::pair::Pair;
use super::paths::{group_id, group_name};
use super::rows::group_view;
use super::summary::summary_view;
use crate::library::changes::Changes;
use crate::ui::markup::{CHANGES_CSV, CHANGES_FILTERS, CHANGES_ONLY, CHANGES_PART};
use leptos::prelude::*;

fn filters(changes: &Changes) -> impl IntoView + use<> {
    let options = changes
        .groups
        .iter()
        .enumerate()
        .map(|(index, group)| {
            let name = group_name(index, group);
            view! { <option value=group_id(index)>{name}</option> }
        })
        .collect_view();
    view! {
        <div id=CHANGES_FILTERS.name class=CHANGES_FILTERS.name hidden>
            <label><input id=CHANGES_ONLY.name type="checkbox"/>"只看改动"</label>
            <label>"部分 "<select id=CHANGES_PART.name><option value="">"全部"</option>{options}</select></label>
        </div>
    }
}

pub fn changes_page(pair: &Pair, changes: &Changes) -> impl IntoView + use<> {
    let title = if pair.versions {
        format!("{} · 两个文本对比", pair.now_label)
    } else {
        format!("{} · 与上年对比", pair.now_label)
    };
    let csv_name = format!("{title}.csv");
    let groups = changes
        .groups
        .iter()
        .enumerate()
        .map(|(index, group)| group_view(pair, index, group))
        .collect_view();
    view! {
        <header class="shelf-head">
            <p class="shelf-back"><a href=pair.now_href.to_owned()>{format!("← {}", pair.now_label)}</a></p>
            <h1>{title}</h1>
            <p class="shelf-summary">
                {format!("{} 对照 ", pair.now_label)}
                <a href=pair.was_href.to_owned()>{pair.was_label.to_owned()}</a>
                // Written in the browser from the rows below: no file a page.
                <span hidden>
                    " · "
                    <a id=CHANGES_CSV.name download=csv_name data-was=pair.was_word() data-now=pair.now_word()>"下载 CSV"</a>
                </span>
            </p>
        </header>
        <main class="changes">
            {summary_view(pair, changes)}
            {filters(changes)}
            <div class="changes-columns" aria-hidden="true">
                <span>{format!("{}：{}", pair.was_word(), pair.was_label)}</span>
                <span>{format!("{}：{}", pair.now_word(), pair.now_label)}</span>
            </div>
            {groups}
        </main>
    }
}
