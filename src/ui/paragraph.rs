//! A paragraph (or any block of text) as it is read.

use super::copy_link::CopyLink;
use super::inline::runs;
use crate::report::{Block, Report};
use leptos::prelude::*;

/// The text of a block: its lead, its repeated passage marked, and a small
/// sign where a page break was joined.
pub fn block_text(block: &Block) -> impl IntoView + use<> {
    let text = block.as_str();
    let pieces = runs(block)
        .into_iter()
        .map(|run| {
            let piece = text[run.range.clone()].to_owned();
            let join = run.joined.then(|| {
                view! { <span class="join" title="原文在此处分页断开，已接合"></span> }
            });
            let piece = match (run.lead, run.repeat.is_some()) {
                (true, _) => view! { <strong class="lead">{piece}</strong> }.into_any(),
                (false, true) => view! { <mark class="repeat">{piece}</mark> }.into_any(),
                (false, false) => piece.into_any(),
            };
            (join, piece)
        })
        .collect_view();
    view! { <span class="text">{pieces}</span> }
}

/// A paragraph with its link button, and a note after a repeated passage.
pub fn paragraph(report: &Report, block: &Block) -> impl IntoView + use<> {
    let class = format!("para {}", block.role.name());
    let notes = block
        .repeats
        .iter()
        .map(|repeat| {
            let chars = block.as_str()[repeat.range.clone()].chars().count();
            let first = report
                .block(&repeat.first)
                .and_then(|first| first.lead().or(Some(first.as_str())))
                .map(|label| label.chars().take(12).collect::<String>())
                .unwrap_or_default();
            view! {
                <span class="repeat-note">
                    "标记部分（" {chars} " 字）与前文重复，首次出现于 "
                    <a href=format!("#{}", repeat.first)>{first}</a>
                </span>
            }
        })
        .collect_view();
    view! {
        <p id=block.id.clone() class=class>
            {block_text(block)}
            <CopyLink id=block.id.clone() label="复制本段链接"/>
            {notes}
        </p>
    }
}
