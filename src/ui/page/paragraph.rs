//! A paragraph (or any block of text) as it is read.

use super::copy_link::copy_link_button;
use super::figure::figure_view;
use super::inline::{layout, Mark, Node};
use super::targets::targets_card;
use crate::report::{Block, Model, Role};
use crate::ui::markup::TEXT;
use leptos::prelude::*;

/// The text of a block: its lead, its repeated passage marked, its figures
/// highlighted, and a small sign where a page break was joined. Drawn once,
/// in the order of the model's blocks: the first half reads the texts back
/// in that order, and marks search matches in them.
pub fn block_text(model: &Model, block: &Block) -> impl IntoView + use<> {
    let lead: Vec<_> = (block.lead_end > 0)
        .then_some((0..block.lead_end, Mark::Lead))
        .into_iter()
        .collect();
    let repeats: Vec<_> = block
        .repeats
        .iter()
        .enumerate()
        .map(|(i, repeat)| (repeat.range.clone(), Mark::Repeat(i)))
        .collect();
    let figures: Vec<_> = model
        .figures
        .in_block(&block.id)
        .map(|(index, placed)| (placed.figure.range.clone(), Mark::Figure(index)))
        .collect();
    let nodes = layout(block.text.len(), &[lead, repeats, figures], &block.joins);
    let content = nodes_view(model, block.as_str(), &nodes);
    view! { <span class=TEXT.name>{content}</span> }
}

fn nodes_view(model: &Model, text: &str, nodes: &[Node]) -> AnyView {
    nodes
        .iter()
        .map(|node| match node {
            Node::Text(range) => text[range.clone()].to_owned().into_any(),
            Node::Join => {
                view! { <span class="join" title="原文在此处分页断开，已接合"></span> }.into_any()
            }
            Node::Marked(mark, inner) => {
                let inner = nodes_view(model, text, inner);
                match mark {
                    Mark::Lead => view! { <strong class="lead">{inner}</strong> }.into_any(),
                    Mark::Repeat(_) => view! { <mark class="repeat">{inner}</mark> }.into_any(),
                    Mark::Figure(index) => figure_view(model, *index, inner).into_any(),
                }
            }
        })
        .collect_view()
        .into_any()
}

/// A paragraph with its link button, and a note after a repeated passage.
pub fn paragraph(model: &Model, block: &Block) -> AnyView {
    if block.role == Role::Furniture {
        // A news page's button or caption: no link of its own.
        return view! { <p id=block.id.clone() class="para furniture">{block_text(model, block)}</p> }
            .into_any();
    }
    let report = &model.report;
    // A plain paragraph is just `para`; other roles say what they are.
    let class = match block.role {
        Role::Paragraph => "para".to_owned(),
        role => format!("para {}", role.name()),
    };
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
    // The targets passage is followed by its card.
    let sets_targets = model
        .tables
        .targets
        .first()
        .and_then(|row| model.figures.all.get(row.figure))
        .is_some_and(|placed| placed.block == block.id);
    view! {
        <p id=block.id.clone() class=class>
            {block_text(model, block)}
            {copy_link_button("复制本段链接")}
            {notes}
        </p>
        {sets_targets.then(|| targets_card(model))}
    }
    .into_any()
}
