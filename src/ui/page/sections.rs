//! Parts, sections and appendices. A part or section has a heading that
//! collapses and expands its body, and key figures shown while collapsed:
//! static markup, expanded (`first::sync` sets what is collapsed,
//! `first::controls` handles the buttons).

use super::copy_link::copy_link_button;
use super::data::data;
use super::paragraph::{block_text, paragraph};
use crate::report::figures::key_figures;
use crate::report::{Appendix, Block, Model, Part, Role, Section};
use crate::ui::markup::{body_id, CHIP, CHIPS, DATA_FIGURE, DATA_METRIC, HEADING, TOGGLE};
use leptos::either::Either;
use leptos::prelude::*;

/// How many key figures a collapsed heading shows.
const KEY_FIGURES: usize = 3;

/// A container whose heading is a button that shows and hides its body.
fn collapsible(
    model: &Model,
    id: &str,
    level: u8,
    heading: &Block,
    class: &'static str,
    body: AnyView,
) -> AnyView {
    let body_id = body_id(id);
    let inner = view! {
        <button type="button" class=TOGGLE.name aria-expanded="true" aria-controls=body_id.clone()>
            <span class="chevron" aria-hidden="true"></span>
            {block_text(model, heading)}
        </button>
        {copy_link_button("复制本节链接")}
    };
    let heading = match level {
        2 => Either::Left(view! { <h2 class=HEADING.name>{inner}</h2> }),
        _ => Either::Right(view! { <h3 class=HEADING.name>{inner}</h3> }),
    };
    view! {
        <section id=id.to_owned() class=class>
            {heading}
            <div class=CHIPS.name hidden>{key_chips(model, id)}</div>
            <div id=body_id class="body">{body}</div>
        </section>
    }
    .into_any()
}

/// Buttons for the key figures of a container: each jumps to its figure.
/// Its label comes with the later half (`later::figures`): until then it
/// does nothing.
fn key_chips(model: &Model, id: &str) -> impl IntoView + use<> {
    key_figures(&model.report, &model.figures, id, KEY_FIGURES)
        .into_iter()
        .filter_map(|index| {
            let placed = model.figures.all.get(index)?;
            let written = placed.written(&model.report).to_owned();
            Some(view! {
                <button type="button" class=CHIP.name {..data(DATA_METRIC, placed.figure.kind.name())} {..data(DATA_FIGURE, index)}>
                    {written}
                </button>
            })
        })
        .collect_view()
}

fn section_view(model: &Model, section: &Section) -> AnyView {
    let paragraphs = section
        .paragraphs
        .iter()
        .map(|block| paragraph(model, block))
        .collect_view()
        .into_any();
    collapsible(
        model,
        &section.id,
        3,
        &section.heading,
        "section",
        paragraphs,
    )
}

/// How many paragraphs of a part outside its sections go in one run: the
/// first paint lays out the runs on screen whole, so they are short (six
/// made 2000's first paint 1.12× a plain page's in Lighthouse; three, 1.02–1.05).
const RUN: usize = 3;

pub fn part_view(model: &Model, part: &Part) -> AnyView {
    // Many reports (the national ones until the 2000s) have parts without
    // sections: their paragraphs come in runs that, like sections, are not
    // laid out until they come near the screen (main.css).
    let intro = part
        .intro
        .chunks(RUN)
        .map(|run| {
            let paragraphs = run
                .iter()
                .map(|block| paragraph(model, block))
                .collect_view();
            view! { <div class="run">{paragraphs}</div> }
        })
        .collect_view();
    let sections = part
        .sections
        .iter()
        .map(|section| section_view(model, section))
        .collect_view();
    match &part.heading {
        Some(heading) => collapsible(
            model,
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

/// An appendix (`附件`, `名词解释`): a heading and its blocks, always open.
pub fn appendix_view(model: &Model, appendix: &Appendix) -> impl IntoView + use<> {
    let blocks = appendix
        .blocks
        .iter()
        .map(|block| match block.role {
            Role::Heading => {
                view! { <h3 id=block.id.clone()>{block_text(model, block)}</h3> }.into_any()
            }
            _ => paragraph(model, block).into_any(),
        })
        .collect_view();
    view! {
        <section id=appendix.id.clone() class="appendix">
            <h2 class=HEADING.name>{block_text(model, &appendix.heading)}</h2>
            {blocks}
        </section>
    }
}
