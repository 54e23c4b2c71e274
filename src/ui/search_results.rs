//! The paragraphs that match the search, one line each with a snippet and
//! the section they are in; a sheet on a phone. Tapping one goes there.

use super::navigate::go_to_hit;
use super::state::Reader;
use leptos::prelude::*;

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

fn lines(reader: Reader) -> Vec<Line> {
    let document = reader.document();
    let report = &document.report;
    reader.matches.with(|matches| {
        matches
            .blocks
            .iter()
            .take(MAX_LISTED)
            .filter_map(|&position| {
                let (first, hits) = matches.in_block(position);
                let hit = hits.first()?;
                let id = document.search.id(position)?;
                let block = report.block(id)?;
                let text = block.as_str();
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
                let section = report
                    .containers_of(id)
                    .last()
                    .and_then(|container| report.heading_of(container))
                    .unwrap_or("开头")
                    .to_owned();
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

#[component]
pub fn SearchResults() -> impl IntoView {
    let reader = expect_context::<Reader>();
    let open = move || reader.results_open.get() && !reader.query.with(String::is_empty);
    // Built only while the list is open: typing must not pay for it.
    let items = move || {
        if !open() {
            return None;
        }
        let items = lines(reader)
            .into_iter()
            .map(|line| {
                let hit = line.hit;
                view! {
                    <li>
                        <button type="button" class="result" on:click=move |_| go_to_hit(reader, hit)>
                            <span class="result-snippet">{line.before}<mark>{line.matched}</mark>{line.after}</span>
                            <span class="result-section">{line.section}</span>
                        </button>
                    </li>
                }
            })
            .collect_view();
        Some(items)
    };
    let more = move || {
        let count = reader.matches.with(|matches| matches.blocks.len());
        (count > MAX_LISTED).then(|| view! { <p class="results-more">{format!("仅列出前 {MAX_LISTED} 段，共 {count} 段。")}</p> })
    };
    view! {
        <section id="search-results" class="results sheet" role="dialog" aria-modal="true" aria-labelledby="results-title" hidden=move || !open()>
            <div class="sheet-head">
                <button type="button" class="sheet-back" on:click=move |_| reader.results_open.set(false)>"‹ 返回正文"</button>
                <h2 id="results-title">{move || format!("“{}”的搜索结果", reader.query.get())}</h2>
            </div>
            <ol class="result-list">{items}</ol>
            {more}
        </section>
    }
}
