//! The report's front matter: title, meeting line, speaker, source lines,
//! and a link to the repairs made to the text.

use super::paragraph::block_text;
use crate::report::{Model, Role};
use crate::ui::markup::REPAIRS;
use leptos::prelude::*;

pub fn masthead(model: &Model) -> impl IntoView + use<> {
    let lines = model
        .report
        .front
        .iter()
        .filter_map(|block| {
            let class = match block.role {
                Role::Title => {
                    return Some(
                        view! { <h1 id=block.id.clone()>{block_text(model, block)}</h1> }
                            .into_any(),
                    )
                }
                Role::Meeting => "meeting",
                Role::Speaker => "speaker",
                Role::Source => "source",
                _ => return None,
            };
            Some(
                view! { <p id=block.id.clone() class=class>{block_text(model, block)}</p> }
                    .into_any(),
            )
        })
        .collect_view();
    let repairs = model.report.repairs().len();
    let repaired = (repairs > 0).then(|| {
        view! { <p class="repaired"><a href=REPAIRS.selector>{format!("原文已修复 {repairs} 处")}</a></p> }
    });
    view! { <header class="masthead">{lines}{repaired}</header> }
}
