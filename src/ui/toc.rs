//! The table of contents: a sidebar on wide screens, a drawer on phones,
//! marking the part or section being read.

use super::navigate::go_to;
use super::prefs::ReadingPrefs;
use super::state::Reader;
use crate::report::Block;
use leptos::prelude::*;

/// A heading without its final `。`, as a table-of-contents entry.
fn label(heading: &Block) -> String {
    heading.as_str().trim_end_matches('。').to_owned()
}

#[component]
pub fn Toc() -> impl IntoView {
    let reader = expect_context::<Reader>();
    let entry = move |id: String, text: String, class: &'static str| {
        let current = {
            let id = id.clone();
            move || (reader.active.get().as_deref() == Some(id.as_str())).then_some("location")
        };
        let href = format!("#{id}");
        let follow = move |event: leptos::ev::MouseEvent| {
            event.prevent_default();
            go_to(reader, &id, true);
        };
        view! {
            <a href=href class=class aria-current=current on:click=follow>{text}</a>
        }
    };
    // Drawn again when another report is opened.
    let entries = move || {
        let document = reader.document();
        let report = &document.report;
        let parts = report
        .parts
        .iter()
        .map(|part| {
            let heading = part.heading.as_ref().map(|heading| {
                entry(part.id.clone(), label(heading), "toc-part")
            });
            let sections = part
                .sections
                .iter()
                .map(|section| {
                    view! { <li>{entry(section.id.clone(), label(&section.heading), "toc-section")}</li> }
                })
                .collect_view();
            view! {
                <li>
                    {heading}
                    <ol>{sections}</ol>
                </li>
            }
        })
        .collect_view();
        let appendices = report
        .appendices
        .iter()
        .map(|appendix| view! { <li>{entry(appendix.id.clone(), label(&appendix.heading), "toc-part")}</li> })
        .collect_view();
        view! { {parts}{appendices} }
    };
    let close = move |_| reader.toc_open.set(false);
    view! {
        <div class="toc-backdrop" class:open=move || reader.toc_open.get() on:click=close aria-hidden="true"></div>
        <nav id="toc" class="toc" class:open=move || reader.toc_open.get() aria-label="目录">
            <div class="toc-head">
                <h2>"目录"</h2>
                <button type="button" class="expand-all" on:click=move |_| reader.expand_all()>"全部展开"</button>
                <button type="button" class="collapse-all" on:click=move |_| reader.collapse_all()>"全部收起"</button>
                <button type="button" class="toc-close" aria-label="关闭目录" on:click=close>"×"</button>
            </div>
            <ol>{entries}</ol>
            <ReadingPrefs/>
        </nav>
    }
}
