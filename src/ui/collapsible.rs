//! Parts and sections: a heading that collapses and expands its body.

use super::copy_link::CopyLink;
use super::paragraph::{block_text, paragraph};
use super::state::Reader;
use crate::report::{Block, Part, Report, Section};
use leptos::either::Either;
use leptos::prelude::*;

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
            {block_text(&heading)}
        </button>
        <CopyLink id=id.clone() label="复制本节链接"/>
    };
    let heading = match level {
        2 => Either::Left(view! { <h2 class="heading">{inner}</h2> }),
        _ => Either::Right(view! { <h3 class="heading">{inner}</h3> }),
    };
    let hidden = {
        let open = open.clone();
        move || !open()
    };
    view! {
        <section id=id class=class class:collapsed=move || !open()>
            {heading}
            <div id=body_id class="body" hidden=hidden>
                {children()}
            </div>
        </section>
    }
}

pub fn section_view(report: &Report, section: &Section) -> impl IntoView + use<> {
    let paragraphs = section
        .paragraphs
        .iter()
        .map(|block| paragraph(report, block))
        .collect_view();
    view! {
        <Collapsible id=section.id.clone() level=3 heading=section.heading.clone() class="section">
            {paragraphs}
        </Collapsible>
    }
}

pub fn part_view(report: &Report, part: &Part) -> impl IntoView + use<> {
    let intro = part
        .intro
        .iter()
        .map(|block| paragraph(report, block))
        .collect_view();
    let sections = part
        .sections
        .iter()
        .map(|section| section_view(report, section))
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
