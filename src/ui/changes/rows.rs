//! A group of the page (one of this year's parts), built with the page,
//! and its units, drawn in the browser, row by row: unchanged runs folded
//! (`未变 12 句`), a changed sentence in two cells (last year's with what
//! went in `<del>`, this year's with both `<del>` and `<ins>`, so a phone
//! reads it inline and a desktop side by side), new ones whole in `<ins>`,
//! dropped ones whole in `<del>`. The sentences of one kind in one
//! paragraph share a row and its link.

use super::pair::Pair;
use super::paths::{group_id, group_name};
use crate::library::changes::{Group, Piece, Row, UnitChanges};
use crate::ui::markup::{CHANGES_GROUP, CHANGES_SAME};
use leptos::prelude::*;

/// Runs of unchanged sentences at least this long are folded.
const FOLDED_FROM: usize = 3;

fn pieces_view(pieces: &[Piece], with_ins: bool) -> impl IntoView + use<> {
    pieces
        .iter()
        .filter_map(|piece| match piece {
            Piece::Same(text) => Some(text.clone().into_any()),
            Piece::Del(text) => Some(view! { <del>{text.clone()}</del> }.into_any()),
            Piece::Ins(text) if with_ins => Some(view! { <ins>{text.clone()}</ins> }.into_any()),
            Piece::Ins(_) => None,
        })
        .collect_view()
}

fn href(base: &str, block: &str) -> String {
    format!("{base}#{block}")
}

/// What a row shows whole, and so shares with its neighbours of the same
/// kind in the same paragraph: (kind, paragraph). A changed sentence is a
/// row of its own.
fn paragraph_of(row: &Row) -> Option<(u8, &str)> {
    match row {
        Row::Same { now, .. } => Some((0, &now.block)),
        Row::New(now) => Some((1, &now.block)),
        Row::Dropped(was) => Some((2, &was.block)),
        Row::Changed { .. } => None,
    }
}

/// The rows in runs: consecutive sentences of one kind and one paragraph
/// go in one row, one link to their paragraph (fewer bytes than a link a
/// sentence, and a paragraph reads as one).
fn runs(rows: &[Row]) -> Vec<&[Row]> {
    let mut runs = Vec::new();
    let mut start = 0;
    for end in 1..=rows.len() {
        let joins = end < rows.len()
            && paragraph_of(&rows[end]).is_some()
            && paragraph_of(&rows[end]) == paragraph_of(&rows[start]);
        if !joins {
            runs.push(&rows[start..end]);
            start = end;
        }
    }
    runs
}

fn texts(run: &[Row]) -> String {
    run.iter()
        .map(|row| match row {
            Row::Same { now, .. } | Row::New(now) => now.text.as_str(),
            Row::Dropped(was) => was.text.as_str(),
            Row::Changed { .. } => "",
        })
        .collect()
}

fn run_view(pair: &Pair, run: &[Row]) -> AnyView {
    match &run[0] {
        Row::Same { now, .. } => view! {
            <p class=CHANGES_SAME.name><a href=href(pair.now_href, &now.block)>{texts(run)}</a></p>
        }
        .into_any(),
        Row::Changed { was, now, pieces } => view! {
            <p class="changed">
                <a class="was" href=href(pair.was_href, &was.block)>{pieces_view(pieces, false)}</a>
                <a class="now" href=href(pair.now_href, &now.block)>{pieces_view(pieces, true)}</a>
            </p>
        }
        .into_any(),
        // The row itself inserted or deleted: the least markup a row can
        // have, for pages that are mostly rows.
        Row::New(now) => view! {
            <ins><a href=href(pair.now_href, &now.block)>{texts(run)}</a></ins>
        }
        .into_any(),
        Row::Dropped(was) => view! {
            <del><a href=href(pair.was_href, &was.block)>{texts(run)}</a></del>
        }
        .into_any(),
    }
}

fn runs_view(pair: &Pair, rows: &[Row]) -> Vec<AnyView> {
    runs(rows)
        .into_iter()
        .map(|run| run_view(pair, run))
        .collect()
}

/// The rows, runs of unchanged sentences folded.
fn rows_view(pair: &Pair, rows: &[Row]) -> Vec<AnyView> {
    let mut out = Vec::new();
    let (mut index, mut unfolded_from) = (0, 0);
    while index < rows.len() {
        let same = rows[index..]
            .iter()
            .take_while(|row| matches!(row, Row::Same { .. }))
            .count();
        if same < FOLDED_FROM {
            index += same.max(1);
            continue;
        }
        out.extend(runs_view(pair, &rows[unfolded_from..index]));
        out.push(
            view! {
                <details class=format!("{} fold", CHANGES_SAME.name)>
                    <summary>{format!("未变 {same} 句")}</summary>
                    {runs_view(pair, &rows[index..index + same])}
                </details>
            }
            .into_any(),
        );
        index += same;
        unfolded_from = index;
    }
    out.extend(runs_view(pair, &rows[unfolded_from..]));
    out
}

/// A heading of this year's, with last year's where it differs (numbers
/// apart, the heading is the same section's).
fn heading_view(unit: &UnitChanges, pair: &Pair, level: u8) -> Option<AnyView> {
    let now = unit.now.as_ref();
    let was = unit.was.as_ref();
    let differs = match (now, was) {
        (Some((a, _)), Some((b, _))) => a != b,
        _ => true,
    };
    let main = match (now, was) {
        (Some((text, id)), _) => {
            view! { <a href=href(pair.now_href, id)>{text.clone()}</a> }.into_any()
        }
        (None, Some((text, id))) => {
            view! { <a href=href(pair.was_href, id)><del>{text.clone()}</del></a> }.into_any()
        }
        (None, None) => return None,
    };
    let before = (now.is_some() && differs).then(|| match was {
        Some((text, id)) => view! {
            <span class="was-heading">{format!("{}：", pair.was_word())}<a href=href(pair.was_href, id)>{text.clone()}</a></span>
        }
        .into_any(),
        None => view! { <span class="was-heading">{format!("{}无此节", pair.was_word())}</span> }.into_any(),
    });
    Some(if level == 2 {
        view! { <h2>{main}{before}</h2> }.into_any()
    } else {
        view! { <h3>{main}{before}</h3> }.into_any()
    })
}

/// A group as the page is built: its section, heading and counts; its
/// units are drawn in the browser (`units_view`, `draw`).
pub fn group_view(pair: &Pair, index: usize, group: &Group) -> impl IntoView + use<> {
    let part_heading = group
        .units
        .iter()
        .find(|unit| group.now.is_some() && unit.now == group.now)
        .and_then(|unit| heading_view(unit, pair, 2))
        .unwrap_or_else(|| view! { <h2>{group_name(index, group)}</h2> }.into_any());
    view! {
        <section id=group_id(index) class=CHANGES_GROUP.name>
            {part_heading}
            <p class="group-counts">{group.counts.line()}</p>
        </section>
    }
}

/// A group's units, row by row: what the browser adds to its section.
pub fn units_view(pair: &Pair, group: &Group) -> impl IntoView + use<> {
    group
        .units
        .iter()
        .map(|unit| {
            let is_part = group.now.is_some() && unit.now == group.now && unit.was == group.was;
            let heading = if is_part {
                None
            } else {
                heading_view(unit, pair, 3)
            };
            view! {
                <div class="changes-unit">
                    {heading}
                    <div class="rows">{rows_view(pair, &unit.rows)}</div>
                </div>
            }
        })
        .collect_view()
}
