//! One report on the shelf: its place and year (a link to its page), the
//! day it was read and who read it, and its headline target.

use crate::library::{headline_target, Entry};
use crate::ui::markup::{DATA_LEVEL, ENTRY_PLACE, ENTRY_YEAR, SHELF_ENTRY};
use crate::ui::page::data;
use leptos::prelude::*;

/// `2013-03-05` as a reader says it: `2013年3月5日`.
fn spoken_date(date: &str) -> String {
    let parts: Vec<u32> = date.split('-').filter_map(|p| p.parse().ok()).collect();
    match parts[..] {
        [year, month, day] => format!("{year}年{month}月{day}日"),
        _ => date.to_owned(),
    }
}

/// What a reader sees of an unknown place or year.
pub const NO_PLACE: &str = "地点不详";
pub const NO_YEAR: &str = "年份不详";

/// A report's entry, its link made from `up` (the way to the site's root).
pub fn entry(report: &Entry, up: &str) -> impl IntoView + use<> {
    let placement = &report.placement;
    let place = placement
        .place
        .clone()
        .unwrap_or_else(|| NO_PLACE.to_owned());
    let year = placement
        .year
        .map_or_else(|| NO_YEAR.to_owned(), |y| format!("{y}年"));
    let said: Vec<String> = [
        placement.date.as_deref().map(spoken_date),
        placement.speaker.clone(),
    ]
    .into_iter()
    .flatten()
    .collect();
    let said = (!said.is_empty()).then(|| view! { <p class="shelf-said">{said.join(" · ")}</p> });
    let target = headline_target(&report.model, placement)
        .map(|target| view! { <p class="shelf-target">"目标："{target}</p> });
    view! {
        <li
            class=SHELF_ENTRY.name
            {..data(DATA_LEVEL, placement.level.map(|l| l.name()).unwrap_or_default())}
        >
            <a class="shelf-link" href=format!("{up}{}/", report.address)>
                <span class=ENTRY_PLACE.name>{place}</span>
                " "
                <span class=ENTRY_YEAR.name>{year}</span>
            </a>
            {said}
            {target}
        </li>
    }
}

#[cfg(test)]
mod tests {
    use super::spoken_date;

    #[test]
    fn dates_as_a_reader_says_them() {
        assert_eq!(spoken_date("2013-03-05"), "2013年3月5日");
        assert_eq!(spoken_date("2013"), "2013");
    }
}
