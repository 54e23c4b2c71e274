//! Parts and sections: a heading that collapses and expands its body, and
//! key figures shown while collapsed. Static markup, expanded; `sync` sets
//! what is collapsed and `delegate` handles the buttons.

use super::copy_link::copy_link_button;
use super::paragraph::{block_text, paragraph};
use crate::report::figures::key_figures;
use crate::report::{Block, Document, Part, Section};
use leptos::either::Either;
use leptos::prelude::*;

/// How many key figures a collapsed heading shows.
const KEY_FIGURES: usize = 3;

/// A container whose heading is a button that shows and hides its body.
fn collapsible(
    document: &Document,
    id: &str,
    level: u8,
    heading: &Block,
    class: &'static str,
    body: AnyView,
) -> AnyView {
    let body_id = format!("{id}-body");
    let inner = view! {
        <button type="button" class="toggle" aria-expanded="true" aria-controls=body_id.clone()>
            <span class="chevron" aria-hidden="true"></span>
            {block_text(document, heading)}
        </button>
        {copy_link_button("复制本节链接")}
    };
    let heading = match level {
        2 => Either::Left(view! { <h2 class="heading">{inner}</h2> }),
        _ => Either::Right(view! { <h3 class="heading">{inner}</h3> }),
    };
    view! {
        <section id=id.to_owned() class=class>
            {heading}
            <div class="chips" hidden>{key_chips(document, id)}</div>
            <div id=body_id class="body">{body}</div>
        </section>
    }
    .into_any()
}

/// Buttons for the key figures of a container: each jumps to its figure.
fn key_chips(document: &Document, id: &str) -> impl IntoView + use<> {
    key_figures(&document.report, &document.figures, id, KEY_FIGURES)
        .into_iter()
        .filter_map(|index| {
            let placed = document.figures.all.get(index)?;
            let block = document.report.block(&placed.block)?;
            let text = block.as_str()[placed.figure.range.clone()].to_owned();
            // Its label comes when the app starts (`figure::activate`):
            // until then it does nothing.
            Some(view! {
                <button type="button" class="chip" data-metric=placed.figure.kind.name() data-figure=index>
                    {text}
                </button>
            })
        })
        .collect_view()
}

pub fn section_view(document: &Document, section: &Section) -> AnyView {
    let paragraphs = section
        .paragraphs
        .iter()
        .map(|block| paragraph(document, block))
        .collect_view()
        .into_any();
    collapsible(
        document,
        &section.id,
        3,
        &section.heading,
        "section",
        paragraphs,
    )
}

pub fn part_view(document: &Document, part: &Part) -> AnyView {
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
        Some(heading) => collapsible(
            document,
            &part.id,
            2,
            heading,
            "part",
            view! { {intro}{sections} }.into_any(),
        ),
        None => {
            view! { <section id=part.id.clone() class="part untitled">{intro}{sections}</section> }
                .into_any()
        }
    }
}
