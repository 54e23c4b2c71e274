//! The report as JSON: the structure a publisher can check and a data
//! journalist can pipe into their own tools.

use super::tables::{self, MeaningJson, RowJson};
use baogao::report::{Block, Model, Repair, Role};
use serde::Serialize;

#[derive(Serialize)]
struct Inspect<'a> {
    /// The year the report is for, where the text says.
    year: Option<i32>,
    title: Option<&'a str>,
    /// Every title line (a news page may give it twice).
    titles: Vec<&'a str>,
    meeting: Option<&'a str>,
    speaker: Option<&'a str>,
    sources: Vec<&'a str>,
    /// A news page's buttons and captions before the report.
    furniture: Vec<&'a str>,
    salutation: Option<&'a str>,
    opening: Vec<Paragraph<'a>>,
    structure_found: bool,
    parts: Vec<Part<'a>>,
    closing: Vec<Paragraph<'a>>,
    appendices: Vec<Appendix<'a>>,
    repairs: Vec<RepairJson<'a>>,
    /// The year's main targets, one per indicator.
    targets: Vec<RowJson>,
    /// The previous year's results the review states, one per indicator.
    results: Vec<RowJson>,
    figures: Vec<FigureJson<'a>>,
}

/// A figure, with offsets in characters into the source as given (before
/// repairs), for data journalists' own tools.
#[derive(Serialize)]
struct FigureJson<'a> {
    kind: &'static str,
    start: usize,
    end: usize,
    text: &'a str,
    value: Option<f64>,
    to: Option<f64>,
    unit: String,
    qualifier: Option<&'static str>,
    growth: bool,
    date: Option<String>,
    block: String,
    section: Option<String>,
    #[serde(flatten)]
    meaning: MeaningJson,
}

#[derive(Serialize)]
struct Part<'a> {
    id: &'a str,
    heading: Option<&'a str>,
    intro: Vec<Paragraph<'a>>,
    sections: Vec<Section<'a>>,
}

#[derive(Serialize)]
struct Section<'a> {
    id: &'a str,
    heading: &'a str,
    paragraphs: Vec<Paragraph<'a>>,
}

#[derive(Serialize)]
struct Appendix<'a> {
    id: &'a str,
    heading: &'a str,
    paragraphs: Vec<Paragraph<'a>>,
}

#[derive(Serialize)]
struct Paragraph<'a> {
    id: &'a str,
    kind: &'static str,
    lead: Option<&'a str>,
    text: &'a str,
    /// Character offsets of the paragraph in the source, before repairs.
    start: usize,
    end: usize,
}

#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
enum RepairJson<'a> {
    /// A paragraph broken by a page break, joined at source offset `at`.
    Join {
        block: &'a str,
        at: usize,
        before: String,
        after: String,
    },
    Markdown {
        block: &'a str,
        at: usize,
        marker: &'a str,
    },
    Repeat {
        block: &'a str,
        of: &'a str,
        start: usize,
        end: usize,
        chars: usize,
        text: &'a str,
    },
    /// A news page's furniture (`下载`, a photo caption), shown apart.
    Furniture { block: &'a str, text: &'a str },
}

pub fn to_json(model: &Model) -> String {
    let report = &model.report;
    let front = |role| report.front_block(role).map(Block::as_str);
    let of_role = |role| {
        report
            .front
            .iter()
            .filter(|block| block.role == role)
            .map(Block::as_str)
            .collect()
    };
    let inspect = Inspect {
        year: model.figures.year,
        title: front(Role::Title),
        titles: of_role(Role::Title),
        meeting: front(Role::Meeting),
        speaker: front(Role::Speaker),
        sources: of_role(Role::Source),
        furniture: of_role(Role::Furniture),
        salutation: front(Role::Salutation),
        opening: paragraphs(report.front.iter().filter(|block| {
            !matches!(
                block.role,
                Role::Title
                    | Role::Meeting
                    | Role::Speaker
                    | Role::Source
                    | Role::Salutation
                    | Role::Furniture
            )
        })),
        structure_found: report.has_structure(),
        parts: report
            .parts
            .iter()
            .map(|part| Part {
                id: &part.id,
                heading: part.heading.as_ref().map(Block::as_str),
                intro: paragraphs(&part.intro),
                sections: part
                    .sections
                    .iter()
                    .map(|section| Section {
                        id: &section.id,
                        heading: section.heading.as_str(),
                        paragraphs: paragraphs(&section.paragraphs),
                    })
                    .collect(),
            })
            .collect(),
        closing: paragraphs(&report.closing),
        appendices: report
            .appendices
            .iter()
            .map(|appendix| Appendix {
                id: &appendix.id,
                heading: appendix.heading.as_str(),
                paragraphs: paragraphs(&appendix.blocks),
            })
            .collect(),
        repairs: report.repairs().into_iter().map(repair).collect(),
        targets: tables::targets(model, &model.tables.targets),
        results: tables::results(model, &model.tables.results),
        figures: figures(model),
    };
    serde_json::to_string_pretty(&inspect).expect("plain data serialises")
}

fn paragraphs<'a>(blocks: impl IntoIterator<Item = &'a Block>) -> Vec<Paragraph<'a>> {
    blocks
        .into_iter()
        .map(|block| {
            let source = block.text.source_range(0..block.text.len());
            Paragraph {
                id: &block.id,
                kind: block.role.name(),
                lead: block.lead(),
                text: block.as_str(),
                start: source.start,
                end: source.end,
            }
        })
        .collect()
}

/// A few characters either side of a join, so a reader can find it.
fn around(text: &str, at: usize) -> (String, String) {
    const CONTEXT: usize = 8;
    let before: Vec<char> = text[..at].chars().collect();
    let before = before[before.len().saturating_sub(CONTEXT)..]
        .iter()
        .collect();
    let after = text[at..].chars().take(CONTEXT).collect();
    (before, after)
}

fn repair(repair: Repair<'_>) -> RepairJson<'_> {
    match repair {
        Repair::Join { block, at } => {
            let (before, after) = around(block.as_str(), at);
            RepairJson::Join {
                block: &block.id,
                at: block.text.source_char_at(at),
                before,
                after,
            }
        }
        Repair::Markdown { block, marker } => RepairJson::Markdown {
            block: &block.id,
            at: marker.source,
            marker: &marker.marker,
        },
        Repair::Furniture { block } => RepairJson::Furniture {
            block: &block.id,
            text: block.as_str(),
        },
        Repair::Repeat { block, repeat } => {
            let text = &block.as_str()[repeat.range.clone()];
            let source = block.text.source_range(repeat.range.clone());
            RepairJson::Repeat {
                block: &block.id,
                of: &repeat.first,
                start: source.start,
                end: source.end,
                chars: text.chars().count(),
                text,
            }
        }
    }
}

fn figures(model: &Model) -> Vec<FigureJson<'_>> {
    let report = &model.report;
    model
        .figures_with_text()
        .filter_map(|(_, placed, text)| {
            let block = report.block(&placed.block)?;
            let figure = &placed.figure;
            let source = block.text.source_range(figure.range.clone());
            Some(FigureJson {
                kind: figure.kind.name(),
                start: source.start,
                end: source.end,
                text: placed.written_in(text),
                value: figure.value,
                to: figure.to,
                unit: figure.unit.clone(),
                qualifier: figure.qualifier,
                growth: figure.growth,
                date: figure.date.clone(),
                block: placed.block.clone(),
                section: placed.container.clone(),
                meaning: tables::meaning(&placed.meaning),
            })
        })
        .collect()
}
