//! The figures panel: every figure as a table to filter, sort, export and
//! jump from (`filters`, `table`), and the charts (`charts`). A full-screen
//! sheet on a phone.

mod charts;
mod filters;
mod table;
mod targets;

use super::state::State;
use crate::report::figures::to_csv;
use crate::ui::browser;
use crate::ui::markup::{FIGURES_BUTTON, FIGURES_PANEL, LEGEND_PANEL};
use filters::Choice;
use leptos::html::Button;
use leptos::prelude::*;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Tab {
    Table,
    Charts,
    Targets,
}

#[component]
pub fn FiguresPanel() -> impl IntoView {
    let state = expect_context::<State>();
    let tab = RwSignal::new(Tab::Table);
    let choice = Choice::new();
    let back = NodeRef::<Button>::new();
    let opened = opened_once(state);
    let visible = table::visible(state, choice);
    keep_focus_and_scroll(state, back);
    let close = move || state.panel_open.set(false);
    let export = move |_| {
        let model = state.model_untracked();
        let csv = visible.with_untracked(|order| to_csv(&model.report, &model.figures, order));
        if browser::download("数字一览.csv", &csv, "text/csv;charset=utf-8") {
            state.say("已导出 CSV");
        } else {
            state.say("无法导出：浏览器不支持下载");
        }
    };
    let tab_button = move |which: Tab, label: &'static str, panel: &'static str| {
        let selected = move || browser::aria(tab.get() == which);
        view! {
            <button type="button" role="tab" aria-selected=selected aria-controls=panel on:click=move |_| tab.set(which)>
                {label}
            </button>
        }
    };
    view! {
        <div class="sheet-backdrop" hidden=move || !state.panel_open.get() on:click=move |_| close()></div>
        <section
            id=FIGURES_PANEL.name
            class="sheet"
            role="dialog"
            aria-modal="true"
            aria-labelledby="figures-title"
            hidden=move || !state.panel_open.get()
        >
            <div class="sheet-head">
                <button type="button" class="sheet-back" node_ref=back on:click=move |_| close()>"‹ 返回正文"</button>
                <h2 id="figures-title">"数字一览"</h2>
                <button type="button" class="export" on:click=export>"导出 CSV"</button>
            </div>
            <div class="tabs" role="tablist" aria-label="视图">
                {tab_button(Tab::Table, "列表", "figures-table")}
                {tab_button(Tab::Charts, "图表", "figures-charts")}
                {tab_button(Tab::Targets, "目标与成绩", "figures-targets")}
            </div>
            <div id="figures-table" role="tabpanel" hidden=move || tab.get() != Tab::Table>
                // Drawn once opened: until then the model need not exist.
                {move || opened.get().then(|| view! {
                    {filters::tools(state, choice)}
                    {table::table(state, visible)}
                })}
            </div>
            <div id="figures-charts" role="tabpanel" class="charts" hidden=move || tab.get() != Tab::Charts>
                {move || opened.get().then(|| charts::charts(&state.model()))}
            </div>
            <div id="figures-targets" role="tabpanel" hidden=move || tab.get() != Tab::Targets>
                {targets::targets_tab(state, opened)}
            </div>
        </section>
    }
}

/// Whether the panel has been opened: its table and charts are drawn then,
/// so that the page does not carry what nobody has asked for.
fn opened_once(state: State) -> RwSignal<bool> {
    let opened = RwSignal::new(false);
    Effect::new(move |_| {
        if state.panel_open.get() {
            opened.set(true);
        }
    });
    opened
}

/// While the panel is open the page behind it does not scroll, focus moves
/// into it, Esc closes it, and focus returns to where the reader was.
fn keep_focus_and_scroll(state: State, back: NodeRef<Button>) {
    Effect::new(move |opener: Option<Option<web_sys::HtmlElement>>| {
        let open = state.panel_open.get();
        browser::lock_scroll(open);
        // The panel is drawn when first opened: the buttons that open it
        // say whether it is (`aria-expanded`), as their `aria-controls` allows.
        for opener in [FIGURES_BUTTON.selector, LEGEND_PANEL.selector] {
            if let Some(button) = browser::first(opener) {
                browser::set_aria(&button, "aria-expanded", open);
            }
        }
        if open {
            let opener = browser::focused();
            if let Some(back) = back.get_untracked() {
                request_animation_frame(move || {
                    let _ = back.focus();
                });
            }
            opener
        } else {
            if let Some(Some(opener)) = opener {
                let _ = opener.focus();
            }
            None
        }
    });
    Effect::new(move |_| {
        browser::on_escape(move || {
            if state.panel_open.get_untracked() {
                state.panel_open.set(false);
            }
        });
    });
}
