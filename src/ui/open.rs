//! Opening another report: a file (chosen, or dropped on the page) or pasted
//! text, all read in the browser (nothing is uploaded). A file that cannot
//! be read gets a clear message and changes nothing; a report that opens
//! replaces the one on screen and is kept for the next visit. All of it is
//! in the app's later half (`bridge`), which draws the report and then tells
//! the first half, which reads it too and makes it work.

use super::bridge::{self, Message};
use super::browser;
use super::figure;
use super::later::say;
use super::later_state::Later;
use super::page::{page_title, report_body, storage_key};
use super::toc::entries;
use crate::report::decode::{check_text, decode_unicode, sniff, Encoding, Problem, MAX_BYTES};
use crate::report::Document;
use gloo::events::{EventListener, EventListenerOptions};
use leptos::html::{Input, Textarea};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

const NAME_KEY: &str = "baogao:opened:name";
const TEXT_KEY: &str = "baogao:opened:text";
/// The longest text kept in storage (characters): browsers allow about
/// five million UTF-16 units in all.
const MAX_KEPT: usize = 2_000_000;

/// Draws the report being read into the page, in place of what was there,
/// and its entries in the table of contents.
pub fn draw_report(reader: Later, opened: Option<&str>) {
    let Some(report) = browser::element("report") else {
        return;
    };
    report.set_inner_html("");
    let document = reader.document_untracked();
    let note = opened.map(|name| {
        let name = name.to_owned();
        view! {
            <p class="opened-note" role="note">
                "正在阅读本地打开的文件：" <strong>{name}</strong>
                <button type="button" class="back-to-default">"返回默认报告"</button>
            </p>
        }
    });
    if let Some(list) = browser::first("#toc > ol") {
        list.set_inner_html("");
        if let Ok(list) = list.dyn_into::<web_sys::HtmlElement>() {
            let document = document.clone();
            leptos::mount::mount_to(list, move || entries(&document)).forget();
        }
    }
    let drawn = document.clone();
    leptos::mount::mount_to(
        report.clone(),
        move || view! { {note}{report_body(&drawn)} },
    )
    .forget();
    wasm_bindgen_futures::spawn_local(figure::activate(report.into(), document.clone()));
    // The first half reads the report back from the page, and where the
    // reader's collapsed parts and sections are kept for it.
    if let Some(app) = browser::element("app") {
        let _ = app.set_attribute("data-key", &storage_key(&document));
    }
    if let Some(page) = web_sys::window().and_then(|w| w.document()) {
        page.set_title(&format!(
            "{} · 报告",
            page_title(&reader.document_untracked())
        ));
    }
}

/// Opens a text as the report: shown, and kept for the next visit (when
/// storage allows; if not, the reader is told, and it still opens).
pub fn open_text(reader: Later, name: &str, text: String) -> Result<(), Problem> {
    check_text(&text)?;
    let document = Arc::new(Document::new(&text));
    let kept = text.chars().count() <= MAX_KEPT
        && browser::save(TEXT_KEY, &text)
        && browser::save(NAME_KEY, name);
    reader.show(document.clone());
    draw_report(reader, Some(name));
    bridge::to_first(Message::Opened);
    browser::scroll_to_top();
    let structure = if document.report.has_structure() {
        ""
    } else {
        "；未识别出章节结构，按段落显示"
    };
    if kept {
        say(format!("已打开“{name}”{structure}"));
    } else {
        say(format!(
            "已打开“{name}”{structure}。无法保存到本机（存储已满或不可用），刷新后将回到默认报告。"
        ));
    }
    Ok(())
}

/// Back to the report the app was built with.
pub fn back_to_default(reader: Later) {
    let source = reader.embedded;
    browser::remove(TEXT_KEY);
    browser::remove(NAME_KEY);
    let document = Arc::new(Document::new(source));
    reader.show(document);
    draw_report(reader, None);
    bridge::to_first(Message::Opened);
    browser::scroll_to_top();
    say("已返回默认报告");
}

/// What the later half starts on: the report the reader opened on an
/// earlier visit (`Some(Some(..))`), one kept but no longer readable
/// (`Some(None)`), or none kept (`None`: the built one).
pub type Kept = Option<Option<(String, String)>>;

pub fn kept() -> Kept {
    // Read once: it may be megabytes.
    let text = browser::load(TEXT_KEY)?;
    Some(check_text(&text).is_ok().then(|| {
        let name = browser::load(NAME_KEY).unwrap_or_else(|| "已打开的报告".to_owned());
        (name, text)
    }))
}

/// Draws the kept report (the reader's document is already its), and tells
/// the first half, which shows the report again either way.
pub fn draw_kept(reader: Later, kept: Kept) {
    match kept {
        Some(Some((name, _))) => {
            draw_report(reader, Some(&name));
            bridge::to_first(Message::Opened);
        }
        Some(None) => bridge::to_first(Message::Opened),
        None => {}
    }
}

/// Reads a file's bytes and opens it, or says why it cannot.
pub fn open_bytes(reader: Later, name: &str, bytes: &[u8]) -> Result<(), Problem> {
    let encoding = sniff(bytes)?;
    let text = match decode_unicode(bytes, encoding) {
        Some(text) => text,
        None if encoding == Encoding::Gb18030 => {
            browser::decode_gb18030(bytes).ok_or(Problem::Undecodable)?
        }
        None => return Err(Problem::Undecodable),
    };
    open_text(reader, name, text)
}

/// Reads a file chosen or dropped, then opens it.
pub fn open_file(reader: Later, file: web_sys::File, status: RwSignal<Option<String>>) {
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
        match open_bytes(reader, &name, &bytes) {
            Ok(()) => {
                status.set(None);
                reader.open_sheet.set(false);
            }
            Err(problem) => status.set(Some(problem.message())),
        }
    });
}

/// Files dropped anywhere on the page open as the report.
pub fn accept_drops(reader: Later, status: RwSignal<Option<String>>) {
    Effect::new(move |_| {
        let Some(window) = web_sys::window() else {
            return;
        };
        let options = EventListenerOptions::enable_prevent_default();
        EventListener::new_with_options(&window, "dragover", options, |event| {
            event.prevent_default();
        })
        .forget();
        EventListener::new_with_options(&window, "drop", options, move |event| {
            let Some(file) = event
                .dyn_ref::<web_sys::DragEvent>()
                .and_then(|drop| drop.data_transfer())
                .and_then(|data| data.files())
                .and_then(|files| files.get(0))
            else {
                return;
            };
            event.prevent_default();
            reader.open_sheet.set(true);
            open_file(reader, file, status);
        })
        .forget();
    });
}

/// The sheet for opening another report: a file, or pasted text.
#[component]
pub fn OpenSheet() -> impl IntoView {
    let reader = expect_context::<Later>();
    let status = RwSignal::new(None::<String>);
    let chooser = NodeRef::<Input>::new();
    let pasted = NodeRef::<Textarea>::new();
    accept_drops(reader, status);
    let chosen = move |_| {
        let file = chooser
            .get_untracked()
            .and_then(|input| input.files())
            .and_then(|files| files.get(0));
        if let Some(file) = file {
            open_file(reader, file, status);
        }
        if let Some(input) = chooser.get_untracked() {
            input.set_value("");
        }
    };
    let open_pasted = move |_| {
        let text = pasted
            .get_untracked()
            .map(|area| area.value())
            .unwrap_or_default();
        match open_text(reader, "粘贴的文本", text) {
            Ok(()) => {
                status.set(None);
                reader.open_sheet.set(false);
                if let Some(area) = pasted.get_untracked() {
                    area.set_value("");
                }
            }
            Err(problem) => status.set(Some(problem.message())),
        }
    };
    let close = move |_| reader.open_sheet.set(false);
    view! {
        <section id="open-sheet" class="sheet open-sheet" role="dialog" aria-modal="true" aria-labelledby="open-title" hidden=move || !reader.open_sheet.get()>
            <div class="sheet-head">
                <button type="button" class="sheet-back" on:click=close>"‹ 返回正文"</button>
                <h2 id="open-title">"打开报告"</h2>
            </div>
            <p class="open-hint">"打开你自己的政府工作报告文本：文件只在本机浏览器中读取，不会上传。支持 UTF-8、UTF-16 和 GBK / GB18030 编码的 .txt 文本。也可以把文件拖到页面上。"</p>
            <label class="open-file">
                "选择文件…"
                <input type="file" accept=".txt,.text,.md,text/plain" node_ref=chooser on:change=chosen/>
            </label>
            <label class="open-paste-label" for="open-paste">"或粘贴全文："</label>
            <textarea id="open-paste" class="open-paste" rows="8" node_ref=pasted placeholder="在此粘贴报告全文"></textarea>
            <button type="button" class="open-pasted" on:click=open_pasted>"打开粘贴的文本"</button>
            <p class="open-status" role="status" aria-live="polite">{move || status.get()}</p>
            <button type="button" class="open-default" on:click=move |_| {
                back_to_default(reader);
                reader.open_sheet.set(false);
            }>"返回默认报告"</button>
        </section>
    }
}
