//! Parts and sections: a heading that collapses and expands its body, and
//! shows a few key figures while collapsed.

use super::copy_link::CopyLink;
use super::navigate::go_to_figure;
use super::paragraph::{block_text, paragraph};
use super::state::Reader;
use crate::report::figures::key_figures;
use crate::report::{Block, Document, Part, Section};
use leptos::either::Either;
use leptos::prelude::*;
use std::sync::Arc;

/// How many key figures a collapsed heading shows.
const KEY_FIGURES: usize = 3;

/// A container whose heading is a button that shows and hides its body.
#[component]
fn Collapsible(
    id: String,
    /// 2 for a part, 3 for a section.
    level: u8,
    heading: Block,
    class: &'static str,
    children: Children,
) -> impl IntoView {
    let reader = expect_context::<Reader>();
    let document = reader.document();
    let body_id = format!("{id}-body");
    let open = {
        let id = id.clone();
        move || !reader.is_collapsed(&id)
    };
    let toggle = {
        let id = id.clone();
        move |_| reader.toggle(&id)
    };
    let expanded = {
        let open = open.clone();
        move || if open() { "true" } else { "false" }
    };
    let inner = view! {
        <button type="button" class="toggle" aria-expanded=expanded aria-controls=body_id.clone() on:click=toggle>
            <span class="chevron" aria-hidden="true"></span>
            {block_text(&document, &heading, false)}
        </button>
        <CopyLink id=id.clone() label="复制本节链接"/>
    };
    let heading = match level {
        2 => Either::Left(view! { <h2 class="heading">{inner}</h2> }),
        _ => Either::Right(view! { <h3 class="heading">{inner}</h3> }),
    };
    let chips = key_chips(&document, &id, reader);
    let hidden = {
        let open = open.clone();
        move || !open()
    };
    let chips_hidden = {
        let open = open.clone();
        move || open()
    };
    view! {
        <section id=id class=class class:collapsed=move || !open()>
            {heading}
            <div class="chips" hidden=chips_hidden>{chips}</div>
            <div id=body_id class="body" hidden=hidden>
                {children()}
            </div>
        </section>
    }
}

/// Buttons for the key figures of a container: each jumps to its figure.
fn key_chips(document: &Document, id: &str, reader: Reader) -> impl IntoView + use<> {
    key_figures(&document.report, &document.figures, id, KEY_FIGURES)
        .into_iter()
        .filter_map(|index| {
            let placed = document.figures.all.get(index)?;
            let block = document.report.block(&placed.block)?;
            let text = block.as_str()[placed.figure.range.clone()].to_owned();
            let label = format!("{}：{text}，跳到原文", placed.figure.kind.label());
            Some(view! {
                <button
                    type="button"
                    class="chip"
                    data-metric=placed.figure.kind.name()
                    aria-label=label
                    on:click=move |_| go_to_figure(reader, index)
                >
                    {text}
                </button>
            })
        })
        .collect_view()
}

pub fn section_view(document: &Arc<Document>, section: &Section) -> impl IntoView + use<> {
    let paragraphs = section
        .paragraphs
        .iter()
        .map(|block| paragraph(document, block))
        .collect_view();
    view! {
        <Collapsible id=section.id.clone() level=3 heading=section.heading.clone() class="section">
            {paragraphs}
        </Collapsible>
    }
}

pub fn part_view(document: &Arc<Document>, part: &Part) -> impl IntoView + use<> {
    let intro = part
        .intro
        .iter()
        .map(|block| paragraph(document, block))
        .collect_view();
    let sections = part
        .sections
        .iter()
        .map(|section| section_view(document, section))
        .collect_view();
    match &part.heading {
        Some(heading) => Either::Left(view! {
            <Collapsible id=part.id.clone() level=2 heading=heading.clone() class="part">
                {intro}
                {sections}
            </Collapsible>
        }),
        None => Either::Right(view! {
            <section id=part.id.clone() class="part untitled">{intro}{sections}</section>
        }),
    }
}
