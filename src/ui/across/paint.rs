//! The results painted from what the search knows so far (`state`): the
//! shelf gives way to them while there is a query; a line says what was
//! found (counting as the groups arrive, then exact); each report shown is
//! a link to it at `?q=` with its count and, once fetched, its first match
//! in its words; a button shows more.

use super::link::link_to;
use super::state::{Search, PAGE};
use super::trend::paint_trend;
use crate::library::index::Listed;
use crate::library::results::Order;
use crate::library::Snippet;
use crate::ui::browser;
use crate::ui::markup::{
    DATA_SEARCHING, DATA_SORT, FOUND, FOUND_COUNT, FOUND_LINK, FOUND_SNIPPET, SORT_BY_COUNT,
    SORT_BY_YEAR,
};
use web_sys::{Document, Element};

pub fn paint(search: &Search) {
    let page = &search.page;
    let query = search.current.borrow().query.clone();
    let searching = !query.trim().is_empty();
    browser::set_flag(&page.main, DATA_SEARCHING.name, searching);
    page.status.set_text_content(Some(&status(search)));
    let hits = search.ordered();
    browser::set_flag(&page.sort, "hidden", hits.len() < 2);
    for button in browser::elements_in(&page.sort, DATA_SORT.selector) {
        let order = sort_of(&button.get_attribute(DATA_SORT.name).unwrap_or_default());
        browser::set_aria(&button, "aria-pressed", order == search.order());
    }
    page.results.set_text_content(None);
    let (Some(document), Some(listing)) = (
        page.results.owner_document(),
        search.listing.borrow().clone(),
    ) else {
        browser::set_flag(&page.more, "hidden", true);
        return;
    };
    let current = search.current.borrow();
    for hit in hits.iter().take(current.shown) {
        let snippet = current.snippets.get(&hit.report);
        if let Some(listed) = listing.reports.get(hit.report) {
            paint_hit(&document, &page.results, listed, hit.count, snippet, &query);
        }
    }
    drop(current);
    paint_trend(search);
    let current = search.current.borrow();
    let rest = hits.len().saturating_sub(current.shown);
    browser::set_flag(&page.more, "hidden", rest == 0);
    page.more.set_text_content(Some(&format!(
        "再显示 {} 份（还有 {rest} 份）",
        rest.min(PAGE)
    )));
}

/// The line that says what was found.
fn status(search: &Search) -> String {
    let current = search.current.borrow();
    let listing = search.listing.borrow().clone();
    let results = &current.results;
    match (
        listing.as_deref().map(|l| &l.reports),
        current.failed,
        current.done,
    ) {
        _ if current.query.trim().is_empty() => String::new(),
        (_, Some(failure), _) => failure.message().to_owned(),
        (None, ..) => "正在搜索…".to_owned(),
        (Some(listing), _, false) => {
            let searched = listing
                .iter()
                .filter(|r| (r.group as usize) < results.groups_done)
                .count();
            format!(
                "正在搜索… 已查 {searched} / {} 份报告，找到 {} 处",
                listing.len(),
                results.matches()
            )
        }
        (Some(listing), _, true) if results.reports() == 0 => {
            format!(
                "全部 {} 份报告中都没有找到“{}”",
                listing.len(),
                current.query.trim()
            )
        }
        (Some(_), _, true) => format!(
            "在 {} 份报告中找到 {} 处",
            results.reports(),
            results.matches()
        ),
    }
}

pub fn sort_of(name: &str) -> Order {
    match name {
        SORT_BY_YEAR => Order::Year,
        _ => Order::Count,
    }
}

pub fn sort_name(order: Order) -> &'static str {
    match order {
        Order::Year => SORT_BY_YEAR,
        Order::Count => SORT_BY_COUNT,
    }
}

/// A report as the library names it: `国务院 2013年`.
fn label(listed: &Listed) -> String {
    match (listed.place.as_str(), listed.year) {
        ("", None) => listed.address.clone(),
        ("", Some(year)) => format!("{year}年"),
        (place, Some(year)) => format!("{place} {year}年"),
        (place, None) => place.to_owned(),
    }
}

/// One result: the report, a link to it at `?q=`, its count and its
/// snippet (once fetched).
fn paint_hit(
    document: &Document,
    list: &Element,
    listed: &Listed,
    count: u32,
    snippet: Option<&Snippet>,
    query: &str,
) -> Option<()> {
    let item = child(document, list, "li", FOUND.name)?;
    let link = child(document, &item, "a", FOUND_LINK.name)?;
    link.set_attribute("href", &link_to(listed, query)).ok()?;
    child(document, &link, "span", "found-place")?.set_text_content(Some(&label(listed)));
    child(document, &link, "span", FOUND_COUNT.name)?
        .set_text_content(Some(&format!("{count} 处")));
    if let Some(snippet) = snippet {
        let line = child(document, &item, "p", FOUND_SNIPPET.name)?;
        for (piece, matched) in &snippet.pieces {
            match matched {
                true => child(document, &line, "mark", "")?.set_text_content(Some(piece)),
                false => line.append_with_str_1(piece).ok()?,
            }
        }
    }
    Some(())
}

/// A new element at the end of `parent`.
fn child(document: &Document, parent: &Element, tag: &str, class: &str) -> Option<Element> {
    let element = document.create_element(tag).ok()?;
    if !class.is_empty() {
        element.set_class_name(class);
    }
    parent.append_child(&element).ok()?;
    Some(element)
}
