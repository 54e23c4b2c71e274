//! The page: a head naming both reports, the summary, the filters (shown
//! when scripts run), and each group of this year's text, its heading and
//! counts; the rows are drawn in the browser from the two texts (`draw`),
//! which every library holds anyway, rather than carried by every page.

use super::pair::Pair;
use super::paths::{group_id, group_name};
use super::rows::group_view;
use super::summary::summary_view;
use crate::library::changes::Changes;
use crate::ui::markup::{
    CHANGES_CSV, CHANGES_FILTERS, CHANGES_MAIN, CHANGES_ONLY, CHANGES_PART, CHANGES_STATUS,
    DATA_CHANGES_GLUE, DATA_CHANGES_WASM, DATA_GLUE_INTEGRITY, DATA_NOW_TEXT, DATA_VERSIONS,
    DATA_WASM_INTEGRITY, DATA_WAS_HREF, DATA_WAS_TEXT,
};
use crate::ui::page::data;
use leptos::prelude::*;

/// Where the page's rows come from, each relative to the page: the two
/// reports' texts and the code that draws them, with its integrity.
#[derive(Clone, Debug, Default)]
pub struct RowsFrom {
    pub was_text: String,
    pub now_text: String,
    pub glue: String,
    pub glue_integrity: String,
    pub wasm: String,
    pub wasm_integrity: String,
}

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

pub fn changes_page(pair: &Pair, changes: &Changes, from: &RowsFrom) -> impl IntoView + use<> {
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
                // Written in the browser from the rows: no file a page.
                <span hidden>
                    " · "
                    <a id=CHANGES_CSV.name download=csv_name>"下载 CSV"</a>
                </span>
            </p>
        </header>
        <main
            id=CHANGES_MAIN.name
            class="changes"
            {..(
                data(DATA_WAS_TEXT, from.was_text.clone()),
                data(DATA_NOW_TEXT, from.now_text.clone()),
                data(DATA_WAS_HREF, pair.was_href.to_owned()),
                data(DATA_VERSIONS, pair.versions.then_some("")),
                data(DATA_CHANGES_GLUE, from.glue.clone()),
                data(DATA_GLUE_INTEGRITY, from.glue_integrity.clone()),
                data(DATA_CHANGES_WASM, from.wasm.clone()),
                data(DATA_WASM_INTEGRITY, from.wasm_integrity.clone()),
            )}
        >
            {summary_view(pair, changes)}
            {filters(changes)}
            <p id=CHANGES_STATUS.name class=CHANGES_STATUS.name role="status" hidden></p>
            <noscript>
                <p class=CHANGES_STATUS.name>"逐句对比由浏览器从两份报告的全文算出，需要启用脚本。两份报告的全文见上方链接。"</p>
            </noscript>
            <div class="changes-columns" aria-hidden="true">
                <span>{format!("{}：{}", pair.was_word(), pair.was_label)}</span>
                <span>{format!("{}：{}", pair.now_word(), pair.now_label)}</span>
            </div>
            {groups}
        </main>
    }
}
