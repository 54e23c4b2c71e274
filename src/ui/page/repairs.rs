//! The repairs made to the text, listed for a curious reader.

use crate::report::{Repair, Report};
use crate::ui::markup::REPAIRS;
use leptos::prelude::*;

fn excerpt(text: &str, at: usize, before: usize, after: usize) -> (String, String) {
    let head: Vec<char> = text[..at].chars().collect();
    let head = head[head.len().saturating_sub(before)..].iter().collect();
    let tail = text[at..].chars().take(after).collect();
    (head, tail)
}

pub fn repairs_view(report: &Report) -> impl IntoView + use<> {
    let repairs = report.repairs();
    if repairs.is_empty() {
        return None;
    }
    let items = repairs
        .iter()
        .map(|repair| {
            let (block, what) = match repair {
                Repair::Join { block, at } => {
                    let (head, tail) = excerpt(block.as_str(), *at, 6, 6);
                    (block, format!("分页断行已接合：“…{head}｜{tail}…”"))
                }
                Repair::Markdown { block, marker } => {
                    (block, format!("去除 Markdown 标记“{}”", marker.marker))
                }
                Repair::Repeat { block, repeat } => {
                    let chars = block.as_str()[repeat.range.clone()].chars().count();
                    (
                        block,
                        format!("重复段落 {chars} 字已标出（首次出现于 {}）", repeat.first),
                    )
                }
            };
            view! { <li><a href=format!("#{}", block.id)>{what}</a></li> }
        })
        .collect_view();
    Some(view! {
        <details id=REPAIRS.name class="repairs">
            <summary>{format!("文本修复说明（{} 处）", repairs.len())}</summary>
            <p>"原文由 PDF 或网页复制而来，带有分页断行、排版标记和重复段落。以下修复均未删改任何文字。"</p>
            <ol>{items}</ol>
        </details>
    })
}
