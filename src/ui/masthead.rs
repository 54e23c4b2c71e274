//! The report's front matter: title, meeting line, speaker, source lines.

use super::paragraph::block_text;
use crate::report::{Document, Role};
use leptos::prelude::*;

pub fn masthead(document: &Document, repairs: usize) -> impl IntoView + use<> {
    let lines = document
        .report
        .front
        .iter()
        .filter_map(|block| {
            let class = match block.role {
                Role::Title => {
                    return Some(
                        view! { <h1 id=block.id.clone()>{block_text(document, block)}</h1> }
                            .into_any(),
                    )
                }
                Role::Meeting => "meeting",
                Role::Speaker => "speaker",
                Role::Source => "source",
                _ => return None,
            };
            Some(
                view! { <p id=block.id.clone() class=class>{block_text(document, block)}</p> }
                    .into_any(),
            )
        })
        .collect_view();
    let repaired = (repairs > 0).then(|| {
        view! { <p class="repaired"><a href="#repairs">{format!("原文已修复 {repairs} 处")}</a></p> }
    });
    view! { <header class="masthead">{lines}{repaired}</header> }
}
