//! The sheet for opening another report: a file, or pasted text; and files
//! dropped anywhere on the page.

use super::draw::back_to_default;
use super::open::{open_file, open_text};
use super::state::State;
use gloo::events::{EventListener, EventListenerOptions};
use leptos::html::{Input, Textarea};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Files dropped anywhere on the page open as the report (from the start:
/// the sheet itself is drawn when first opened).
pub fn accept_drops(state: State) {
    {
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
            state.open_sheet.set(true);
            open_file(state, file);
        })
        .forget();
    }
}

/// The sheet for opening another report: a file, or pasted text.
#[component]
pub fn OpenSheet() -> impl IntoView {
    let state = expect_context::<State>();
    let status = state.opening;
    let chooser = NodeRef::<Input>::new();
    let pasted = NodeRef::<Textarea>::new();
    let chosen = move |_| {
        let file = chooser
            .get_untracked()
            .and_then(|input| input.files())
            .and_then(|files| files.get(0));
        if let Some(file) = file {
            open_file(state, file);
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
        match open_text(state, "粘贴的文本", text) {
            Ok(()) => {
                status.set(None);
                state.open_sheet.set(false);
                if let Some(area) = pasted.get_untracked() {
                    area.set_value("");
                }
            }
            Err(problem) => status.set(Some(problem.message())),
        }
    };
    let close = move |_| state.open_sheet.set(false);
    view! {
        <section id="open-sheet" class="sheet open-sheet" role="dialog" aria-modal="true" aria-labelledby="open-title" hidden=move || !state.open_sheet.get()>
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
                back_to_default(state);
                state.open_sheet.set(false);
            }>"返回默认报告"</button>
        </section>
    }
}
