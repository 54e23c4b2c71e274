//! A group of the page (one of this year's parts) and its units, row by
//! row: unchanged runs folded (`未变 12 句`), a changed sentence in two
//! cells (last year's with what went in `<del>`, this year's with both
//! `<del>` and `<ins>`, so a phone reads it inline and a desktop side by
//! side), a new one whole in `<ins>`, a dropped one whole in `<del>`.

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

fn row_view(pair: &Pair, row: &Row) -> AnyView {
    match row {
        Row::Same { now, .. } => view! {
            <div class=format!("row {}", CHANGES_SAME.name)>
                <a class="now" href=href(pair.now_href, &now.block)>{now.text.clone()}</a>
            </div>
        }
        .into_any(),
        Row::Changed { was, now, pieces } => view! {
            <div class="row changed">
                <a class="was" href=href(pair.was_href, &was.block)>{pieces_view(pieces, false)}</a>
                <a class="now" href=href(pair.now_href, &now.block)>{pieces_view(pieces, true)}</a>
            </div>
        }
        .into_any(),
        Row::New(now) => view! {
            <div class="row new">
                <a class="now" href=href(pair.now_href, &now.block)><ins>{now.text.clone()}</ins></a>
            </div>
        }
        .into_any(),
        Row::Dropped(was) => view! {
            <div class="row dropped">
                <a class="was" href=href(pair.was_href, &was.block)><del>{was.text.clone()}</del></a>
            </div>
        }
        .into_any(),
    }
}

fn rows_view(pair: &Pair, rows: &[Row]) -> Vec<AnyView> {
    let mut out = Vec::new();
    let mut index = 0;
    while index < rows.len() {
        let run = rows[index..]
            .iter()
            .take_while(|row| matches!(row, Row::Same { .. }))
            .count();
        if run >= FOLDED_FROM {
            let inside: Vec<AnyView> = rows[index..index + run]
                .iter()
                .map(|row| row_view(pair, row))
                .collect();
            out.push(
                view! {
                    <details class=format!("{} fold", CHANGES_SAME.name)>
                        <summary>{format!("未变 {run} 句")}</summary>
                        {inside}
                    </details>
                }
                .into_any(),
            );
            index += run;
        } else {
            out.push(row_view(pair, &rows[index]));
            index += 1;
        }
    }
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
            <span class="was-heading">"上年："<a href=href(pair.was_href, id)>{text.clone()}</a></span>
        }
        .into_any(),
        None => view! { <span class="was-heading">"上年无此节"</span> }.into_any(),
    });
    Some(if level == 2 {
        view! { <h2>{main}{before}</h2> }.into_any()
    } else {
        view! { <h3>{main}{before}</h3> }.into_any()
    })
}

pub fn group_view(pair: &Pair, index: usize, group: &Group) -> impl IntoView + use<> {
    let units = group
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
        .collect_view();
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
            {units}
        </section>
    }
}
