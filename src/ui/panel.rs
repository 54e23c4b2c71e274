//! The figures panel: every figure as a table to filter, sort, export and
//! jump from, and the charts. A full-screen sheet on a phone.

use super::browser;
use super::charts::charts;
use super::later::{go_to_figure, say};
use super::later_state::Later;
use crate::report::figures::{in_words, sentence_around, to_csv, Kind};
use crate::report::order::{float_key, sort_by_key};
use crate::report::Document;
use leptos::html::Button;
use leptos::prelude::*;
use std::collections::BTreeSet;
use wasm_bindgen::JsCast;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Tab {
    Table,
    Charts,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Order {
    Text,
    Value,
}

/// One row of the table, computed once.
struct Row {
    index: usize,
    kind: Kind,
    written: String,
    value: String,
    context: String,
    section: String,
}

fn rows(document: &Document) -> Vec<Row> {
    document
        .figures
        .all
        .iter()
        .enumerate()
        .filter_map(|(index, placed)| {
            let block = document.report.block(&placed.block)?;
            let text = block.as_str();
            let written = text[placed.figure.range.clone()].to_owned();
            Some(Row {
                index,
                kind: placed.figure.kind,
                value: in_words(&placed.figure, &written),
                context: sentence_around(text, placed.figure.range.clone(), 36),
                section: placed
                    .container
                    .as_deref()
                    .and_then(|id| document.report.heading_of(id))
                    .unwrap_or("开头")
                    .to_owned(),
                written,
            })
        })
        .collect()
}

/// The figures shown: of the chosen kinds (all when none is chosen), in
/// the order of the text or by value, largest first.
fn shown(document: &Document, kinds: &BTreeSet<Kind>, order: Order) -> Vec<usize> {
    let all = &document.figures.all;
    let mut indices: Vec<usize> = (0..all.len())
        .filter(|&i| kinds.is_empty() || kinds.contains(&all[i].figure.kind))
        .collect();
    if order == Order::Value {
        let value = |i: usize| all[i].figure.value.unwrap_or(f64::NEG_INFINITY);
        sort_by_key(&mut indices, |&i| !float_key(value(i)));
    }
    indices
}

#[component]
pub fn FiguresPanel() -> impl IntoView {
    let reader = expect_context::<Later>();
    let tab = RwSignal::new(Tab::Table);
    let kinds = RwSignal::new(BTreeSet::<Kind>::new());
    let order = RwSignal::new(Order::Text);
    let back = NodeRef::<Button>::new();
    // Drawn when first opened: the page (and its prerendered HTML) does not
    // carry a table and charts nobody has asked for.
    let opened = RwSignal::new(false);
    Effect::new(move |_| {
        if reader.panel_open.get() {
            opened.set(true);
        }
    });
    // The rows of the report they were made for (another report opened
    // makes them again).
    let table_rows = StoredValue::new(None::<(u64, Vec<Row>)>);
    let visible = Memo::new(move |_| {
        let document = reader.document();
        kinds.with(|kinds| shown(&document, kinds, order.get()))
    });

    let close = move || reader.panel_open.set(false);
    keep_focus_and_scroll(reader, back);

    let filters = move || {
        let document = reader.document();
        Kind::ALL
        .into_iter()
        .filter(|&kind| document.figures.count(kind) > 0)
        .map(|kind| {
            let pressed = move || if kinds.with(|k| k.contains(&kind)) { "true" } else { "false" };
            let toggle = move |_| {
                kinds.update(|k| {
                    if !k.remove(&kind) {
                        k.insert(kind);
                    }
                })
            };
            view! {
                <button type="button" class="filter" data-metric=kind.name() aria-pressed=pressed on:click=toggle>
                    <span class="swatch" aria-hidden="true"></span>
                    {kind.label()}
                </button>
            }
        })
        .collect_view()
    };

    let body = {
        move || {
            if !opened.get() {
                return None;
            }
            let document = reader.document();
            let current = table_rows.with_value(|rows| {
                rows.as_ref()
                    .is_some_and(|(of, _)| *of == document.fingerprint)
            });
            if !current {
                table_rows.set_value(Some((document.fingerprint, rows(&document))));
            }
            Some(visible.with(|visible| {
            table_rows.with_value(|rows| {
                let rows = rows.as_ref().map(|(_, rows)| rows.as_slice()).unwrap_or_default();
                visible
                    .iter()
                    .filter_map(|&i| rows.get(i))
                    .map(|row| {
                        let index = row.index;
                        view! {
                            <tr data-figure=index>
                                <td class="col-kind"><span class="tag" data-metric=row.kind.name()>{row.kind.label()}</span></td>
                                <td class="col-figure">
                                    <button type="button" class="jump" aria-label=format!("{}，跳到原文", row.written) on:click=move |_| go_to_figure(reader, index)>
                                        {row.written.clone()}
                                    </button>
                                </td>
                                <td class="col-value">{row.value.clone()}</td>
                                <td class="col-context">{row.context.clone()}</td>
                                <td class="col-section">{row.section.clone()}</td>
                            </tr>
                        }
                    })
                    .collect_view()
            })
        }))
        }
    };

    let export = {
        move |_| {
            let document = reader.document_untracked();
            let csv =
                visible.with_untracked(|order| to_csv(&document.report, &document.figures, order));
            if browser::download("数字一览.csv", &csv, "text/csv;charset=utf-8") {
                say("已导出 CSV");
            } else {
                say("无法导出：浏览器不支持下载");
            }
        }
    };
    let set_order = move |event: leptos::ev::Event| {
        let value = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
            .map(|select| select.value());
        order.set(if value.as_deref() == Some("value") {
            Order::Value
        } else {
            Order::Text
        });
    };
    let tab_button = move |which: Tab, label: &'static str, panel: &'static str| {
        let selected = move || if tab.get() == which { "true" } else { "false" };
        view! {
            <button type="button" role="tab" aria-selected=selected aria-controls=panel on:click=move |_| tab.set(which)>
                {label}
            </button>
        }
    };
    let charts_view = move || opened.get().then(|| charts(&reader.document()));
    view! {
        <div class="sheet-backdrop" hidden=move || !reader.panel_open.get() on:click=move |_| close()></div>
        <section
            id="figures-panel"
            class="sheet"
            role="dialog"
            aria-modal="true"
            aria-labelledby="figures-title"
            hidden=move || !reader.panel_open.get()
        >
            <div class="sheet-head">
                <button type="button" class="sheet-back" node_ref=back on:click=move |_| close()>"‹ 返回正文"</button>
                <h2 id="figures-title">"数字一览"</h2>
                <button type="button" class="export" on:click=export>"导出 CSV"</button>
            </div>
            <div class="tabs" role="tablist" aria-label="视图">
                {tab_button(Tab::Table, "列表", "figures-table")}
                {tab_button(Tab::Charts, "图表", "figures-charts")}
            </div>
            <div id="figures-table" role="tabpanel" hidden=move || tab.get() != Tab::Table>
                <div class="panel-tools">
                    <div class="filters" role="group" aria-label="按类型筛选">{filters}</div>
                    <label class="sort">
                        "排序 "
                        <select on:change=set_order>
                            <option value="text">"按出现顺序"</option>
                            <option value="value">"按数值从大到小"</option>
                        </select>
                    </label>
                </div>
                <p class="panel-count" aria-live="polite">{move || format!("共 {} 项", visible.with(Vec::len))}</p>
                <div class="table-wrap">
                    <table class="figures-table">
                        <thead>
                            <tr><th>"类型"</th><th>"原文"</th><th>"数值"</th><th>"上下文"</th><th>"所在章节"</th></tr>
                        </thead>
                        <tbody>{body}</tbody>
                    </table>
                </div>
            </div>
            <div id="figures-charts" role="tabpanel" class="charts" hidden=move || tab.get() != Tab::Charts>
                {charts_view}
            </div>
        </section>
    }
}

/// While the panel is open the page behind it does not scroll, focus moves
/// into it, Esc closes it, and focus returns to where the reader was.
fn keep_focus_and_scroll(reader: Later, back: NodeRef<Button>) {
    Effect::new(move |opener: Option<Option<web_sys::HtmlElement>>| {
        let open = reader.panel_open.get();
        browser::lock_scroll(open);
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
            if reader.panel_open.get_untracked() {
                reader.panel_open.set(false);
            }
        });
    });
}
