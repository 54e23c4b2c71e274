//! The shelf's controls: group by year or by place, filter by level and by
//! year, and how many reports are shown. Hidden until `js/library.js`,
//! which works them, has run: a page without scripts shows no dead switch.

use crate::library::Level;
use crate::ui::markup::{
    BY_PLACE, BY_YEAR, DATA_GROUP_BY, SHELF_CONTROLS, SHELF_LEVEL, SHELF_SHOWN, SHELF_YEAR,
};
use crate::ui::page::data;
use leptos::prelude::*;

pub fn controls(levels: &[Level], years: &[i32], total: usize) -> impl IntoView + use<> {
    let switch = [(BY_YEAR, "按年份", "true"), (BY_PLACE, "按地区", "false")]
        .into_iter()
        .map(|(by, label, pressed)| {
            view! { <button type="button" {..data(DATA_GROUP_BY, by)} aria-pressed=pressed>{label}</button> }
        })
        .collect_view();
    let levels = levels
        .iter()
        .map(|level| view! { <option value=level.name()>{level.label()}</option> })
        .collect_view();
    let years = years
        .iter()
        .map(|year| view! { <option value=year.to_string()>{format!("{year}年")}</option> })
        .collect_view();
    view! {
        <div id=SHELF_CONTROLS.name class="shelf-bar" hidden>
            <div class="shelf-switch" role="group" aria-label="分组方式">{switch}</div>
            <label class="shelf-filter">
                "级别"
                <select id=SHELF_LEVEL.name><option value="">"全部"</option>{levels}</select>
            </label>
            <label class="shelf-filter">
                "年份"
                <select id=SHELF_YEAR.name><option value="">"全部"</option>{years}</select>
            </label>
            <p id=SHELF_SHOWN.name class="shelf-count" role="status" aria-live="polite">
                {format!("共 {total} 份报告")}
            </p>
        </div>
    }
}
