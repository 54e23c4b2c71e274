//! The report's front matter: title, meeting line, speaker, source lines,
//! and a link to the repairs made to the text.

use super::paragraph::block_text;
use crate::report::{Model, Role};
use crate::ui::markup::REPAIRS;
use leptos::prelude::*;

pub fn masthead(model: &Model) -> impl IntoView + use<> {
    let first_title = model.report.front_block(Role::Title).map(|b| b.id.as_str());
    let lines = model.report.front[..model.report.masthead_len()]
        .iter()
        .filter_map(|block| {
            let class = match block.role {
                // The title once as the page's heading; a news page may
                // give it twice (`2025年湖南省政府工作报告`, `政府工作报告`).
                Role::Title if Some(block.id.as_str()) == first_title => {
                    return Some(
                        view! { <h1 id=block.id.clone()>{block_text(model, block)}</h1> }
                            .into_any(),
                    )
                }
                Role::Title => "title-again",
                Role::Meeting => "meeting",
                Role::Speaker => "speaker",
                Role::Source => "source",
                Role::Furniture => "furniture",
                _ => return None,
            };
            Some(
                view! { <p id=block.id.clone() class=class>{block_text(model, block)}</p> }
                    .into_any(),
            )
        })
        .collect_view();
    // A text with no title line (it opens with 各位代表) still heads the
    // page: with the genre's name, as its title would.
    let untitled = first_title
        .is_none()
        .then(|| view! { <h1 class="untitled">{model.report.title_or_default().to_owned()}</h1> });
    let repairs = model.report.repairs().len();
    let repaired = (repairs > 0).then(|| {
        view! { <p class="repaired"><a href=REPAIRS.selector>{format!("原文已修复 {repairs} 处")}</a></p> }
    });
    view! { <header class="masthead">{untitled}{lines}{repaired}</header> }
}
