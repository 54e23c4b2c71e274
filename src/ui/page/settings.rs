//! Reading settings as at the start: the page's own defaults (`js/prefs.js`
//! applies what the reader chose before the first paint; `first::settings`
//! shows it and makes them work), and the way to open another report.

use crate::ui::markup::{OPEN_REPORT, PREFS, TEXT_LARGER, TEXT_SMALLER, THEME};
use leptos::prelude::*;

pub fn settings() -> impl IntoView {
    view! {
        <div class=PREFS.name role="group" aria-label="阅读设置">
            <button type="button" class=TEXT_SMALLER.name title="缩小字号">
                "A−"<span class="sr-only">"（缩小字号）"</span>
            </button>
            <button type="button" class=TEXT_LARGER.name title="放大字号">
                "A+"<span class="sr-only">"（放大字号）"</span>
            </button>
            <button type="button" class=THEME.name>"配色：跟随系统"</button>
            <button type="button" class=OPEN_REPORT.name>"打开报告…"</button>
        </div>
    }
}
