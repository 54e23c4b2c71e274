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

/// One line of the list: where, and what was done.
fn item(repair: &Repair) -> (String, String) {
    match repair {
        Repair::Join { block, at } => {
            let (head, tail) = excerpt(block.as_str(), *at, 6, 6);
            (
                block.id.clone(),
                format!("分页断行已接合：“…{head}｜{tail}…”"),
            )
        }
        Repair::Markdown { block, marker } => (
            block.id.clone(),
            format!("去除 Markdown 标记“{}”", marker.marker),
        ),
        Repair::Repeat { block, repeat } => {
            let chars = block.as_str()[repeat.range.clone()].chars().count();
            (
                block.id.clone(),
                format!("重复段落 {chars} 字已标出（首次出现于 {}）", repeat.first),
            )
        }
        Repair::Furniture { block } => (
            block.id.clone(),
            format!("网页元素“{}”已淡化显示", element_name(block.as_str())),
        ),
    }
}

/// A page element named in the list: a site's notice can be a paragraph long.
fn element_name(text: &str) -> String {
    const SHOWN: usize = 16;
    match text.char_indices().nth(SHOWN) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_owned(),
    }
}

/// The repairs, a run of page furniture as one line.
fn items(repairs: &[Repair]) -> Vec<(String, String)> {
    let mut items: Vec<(String, String)> = Vec::new();
    let mut furniture: Vec<String> = Vec::new();
    for (i, repair) in repairs.iter().enumerate() {
        if let Repair::Furniture { block } = repair {
            furniture.push(element_name(block.as_str()));
            let run_ends = !matches!(repairs.get(i + 1), Some(Repair::Furniture { .. }));
            if run_ends {
                let first = repairs[i + 1 - furniture.len()].block().id.clone();
                let words = furniture.join(" ");
                items.push((first, format!("网页元素已淡化显示：{words}")));
                furniture.clear();
            }
            continue;
        }
        items.push(item(repair));
    }
    items
}

pub fn repairs_view(report: &Report) -> impl IntoView + use<> {
    let repairs = report.repairs();
    if repairs.is_empty() {
        return None;
    }
    let items = items(&repairs)
        .into_iter()
        .map(|(id, what)| view! { <li><a href=format!("#{id}")>{what}</a></li> })
        .collect_view();
    Some(view! {
        <details id=REPAIRS.name class="repairs">
            <summary>{format!("文本修复说明（{} 处）", repairs.len())}</summary>
            <p>"原文由 PDF 或网页复制而来，带有分页断行、排版标记、重复段落和网页元素。以下修复均未删改任何文字。"</p>
            <ol>{items}</ol>
        </details>
    })
}
