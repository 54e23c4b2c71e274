//! The paragraphs that match the search, one line each with a snippet and
//! the section they are in; a sheet on a phone. Tapping one goes there.
//! Built with the browser's own calls, not views: the first half carries
//! no view code.

use super::navigate::go_to_hit;
use super::on_page::heading_around;
use super::state::State;
use crate::ui::browser;
use crate::ui::markup::{OVERLAYS, SEARCH_RESULTS};
use gloo::events::EventListener;
use leptos::prelude::*;
use web_sys::Element;

/// How many paragraphs the list shows; the counter counts them all.
const MAX_LISTED: usize = 200;
/// Characters shown before and after the first match of a paragraph.
const BEFORE: usize = 14;
const AFTER: usize = 36;

struct Line {
    hit: usize,
    before: String,
    matched: String,
    after: String,
    section: String,
}

fn lines(state: State) -> Vec<Line> {
    let on_page = state.on_page();
    state.matches.with(|matches| {
        matches
            .blocks
            .iter()
            .take(MAX_LISTED)
            .filter_map(|&position| {
                let (first, hits) = matches.in_block(position);
                let hit = hits.first()?;
                let id = on_page.search.id(position)?;
                let text = on_page.search.text(position)?;
                let before: Vec<char> = text[..hit.range.start].chars().collect();
                let cut = before.len().saturating_sub(BEFORE);
                let mut head: String = before[cut..].iter().collect();
                if cut > 0 {
                    head.insert(0, '…');
                }
                let mut tail: String = text[hit.range.end..].chars().take(AFTER).collect();
                if text[hit.range.end..].chars().count() > AFTER {
                    tail.push('…');
                }
                let section = heading_around(id).unwrap_or_else(|| "开头".to_owned());
                Some(Line {
                    hit: first,
                    before: head,
                    matched: text[hit.range.clone()].to_owned(),
                    after: tail,
                    section,
                })
            })
            .collect()
    })
}

/// The sheet's frame: static, no text from the report.
const FRAME: &str = "<div class=\"sheet-head\"><button type=\"button\" class=\"sheet-back\">‹ 返回正文</button><h2 id=\"results-title\"></h2></div><ol class=\"result-list\"></ol><p class=\"results-more\" hidden></p>";

/// Adds the list of matching paragraphs to the page's overlays, drawn
/// while it is open (typing must not pay for it), with its buttons.
pub fn attach(state: State) {
    let Some(sheet) = browser::add_to(OVERLAYS.name, "section") else {
        return;
    };
    let Some(dom) = sheet.owner_document() else {
        return;
    };
    sheet.set_id(SEARCH_RESULTS.name);
    sheet.set_class_name("results sheet");
    browser::set_attributes(
        &sheet,
        &[
            ("role", "dialog"),
            ("aria-modal", "true"),
            ("aria-labelledby", "results-title"),
            ("hidden", ""),
        ],
    );
    sheet.set_inner_html(FRAME);
    EventListener::new(&sheet, "click", move |event| {
        let Some(button) = browser::closest(event, "button") else {
            return;
        };
        if button.class_name() == "sheet-back" {
            state.results_open.set(false);
        } else if let Some(hit) = button
            .get_attribute("data-hit")
            .and_then(|h| h.parse().ok())
        {
            go_to_hit(state, hit);
        }
    })
    .forget();
    let part = |selector: &str| sheet.query_selector(selector).ok().flatten();
    let (Some(title), Some(list), Some(more)) = (
        part("#results-title"),
        part(".result-list"),
        part(".results-more"),
    ) else {
        return;
    };
    Effect::new(move |_| {
        let open = state.results_open.get() && !state.query.with(String::is_empty);
        let _ = if open {
            sheet.remove_attribute("hidden")
        } else {
            sheet.set_attribute("hidden", "")
        };
        if !open {
            return;
        }
        title.set_text_content(Some(&state.query.with(|q| format!("“{q}”的搜索结果"))));
        list.set_inner_html("");
        for line in lines(state) {
            if let Some(item) = item(&dom, &line) {
                let _ = list.append_child(&item);
            }
        }
        let count = state.matches.with(|matches| matches.blocks.len());
        let _ = if count > MAX_LISTED {
            more.set_text_content(Some(&format!("仅列出前 {MAX_LISTED} 段，共 {count} 段。")));
            more.remove_attribute("hidden")
        } else {
            more.set_attribute("hidden", "")
        };
    });
}

/// One line of the list: the snippet with its match marked, and where it is.
fn item(dom: &web_sys::Document, line: &Line) -> Option<Element> {
    let element = |tag: &str, class: &str, text: &str| {
        let element = dom.create_element(tag).ok()?;
        if !class.is_empty() {
            element.set_class_name(class);
        }
        element.set_text_content((!text.is_empty()).then_some(text));
        Some(element)
    };
    let item = element("li", "", "")?;
    let button = element("button", "result", "")?;
    let _ = button.set_attribute("type", "button");
    let _ = button.set_attribute("data-hit", &line.hit.to_string());
    let snippet = element("span", "result-snippet", "")?;
    let _ = snippet.append_with_str_1(&line.before);
    let mark = element("mark", "", &line.matched)?;
    let _ = snippet.append_child(&mark);
    let _ = snippet.append_with_str_1(&line.after);
    let _ = button.append_child(&snippet);
    let section = element("span", "result-section", &line.section)?;
    let _ = button.append_child(&section);
    let _ = item.append_child(&button);
    Some(item)
}
