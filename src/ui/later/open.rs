//! Opening another report: a file (chosen, or dropped on the page) or
//! pasted text, all read in the browser (nothing is uploaded). A file that
//! cannot be read gets a clear message and changes nothing; a report that
//! opens replaces the one on screen and is kept for the next visit.

use super::draw::draw_report;
use super::kept::keep;
use super::state::State;
use crate::report::decode::{check_text, decode_unicode, sniff, Encoding, Problem, MAX_BYTES};
use crate::report::Model;
use crate::ui::browser;
use leptos::prelude::*;
use std::sync::Arc;

/// Opens a text as the report: shown, and kept for the next visit (when
/// storage allows; if not, the reader is told, and it still opens).
pub fn open_text(state: State, name: &str, text: String) -> Result<(), Problem> {
    check_text(&text)?;
    let model = Arc::new(Model::new(&text));
    let kept = keep(name, &text);
    state.show(model.clone());
    draw_report(state, Some(name));
    browser::scroll_to_top();
    let structure = if model.report.has_structure() {
        ""
    } else {
        "；未识别出章节结构，按段落显示"
    };
    if kept {
        state.say(format!("已打开“{name}”{structure}"));
    } else {
        state.say(format!(
            "已打开“{name}”{structure}。无法保存到本机（存储已满或不可用），刷新后将回到默认报告。"
        ));
    }
    Ok(())
}

/// Reads a file's bytes and opens it, or says why it cannot.
pub fn open_bytes(state: State, name: &str, bytes: &[u8]) -> Result<(), Problem> {
    let encoding = sniff(bytes)?;
    let text = match decode_unicode(bytes, encoding) {
        Some(text) => text,
        None if encoding == Encoding::Gb18030 => {
            browser::decode_gb18030(bytes).ok_or(Problem::Undecodable)?
        }
        None => return Err(Problem::Undecodable),
    };
    open_text(state, name, text)
}

/// Reads a file chosen or dropped, then opens it.
pub fn open_file(state: State, file: web_sys::File) {
    let status = state.opening;
    let name = file.name();
    let size = file.size() as usize;
    if size > MAX_BYTES {
        status.set(Some(Problem::TooLarge(size).message()));
        return;
    }
    status.set(Some(format!("正在读取“{name}”…")));
    leptos::task::spawn_local(async move {
        let bytes = match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
            Ok(buffer) => web_sys::js_sys::Uint8Array::new(&buffer).to_vec(),
            Err(_) => {
                status.set(Some(
                    "无法读取这个文件。The file could not be read.".to_owned(),
                ));
                return;
            }
        };
        match open_bytes(state, &name, &bytes) {
            Ok(()) => {
                status.set(None);
                state.open_sheet.set(false);
            }
            Err(problem) => status.set(Some(problem.message())),
        }
    });
}
