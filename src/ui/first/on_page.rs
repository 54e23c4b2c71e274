//! The report on screen as the first half knows it: read back from the
//! page, which was drawn from the model (at build time by `prerender`, or
//! by the later half for an opened report). The page already carries the
//! whole text, so the first half needs neither the text nor the parser and
//! recogniser in its own download.

use crate::report::search::SearchIndex;
use crate::ui::browser;
use crate::ui::markup::{APP, CONTAINER, DATA_KEY, FIG, HEADING, REPORT, TEXT, TOGGLE};
use std::collections::BTreeSet;
use std::sync::atomic::{AtomicU32, Ordering};
use web_sys::{Element, HtmlElement};

pub struct PageReport {
    /// Every block's text and id, in the model's order.
    pub search: SearchIndex,
    /// The parts and sections that collapse, in order.
    pub collapsible: Vec<String>,
    /// Every part, section and appendix, in order: where a reader can be.
    pub places: Vec<String>,
    /// Where the reader's collapsed parts and sections are kept for this
    /// text (`#app[data-key]`, set with the report).
    pub key: String,
    /// Which reading of the page this is: a report drawn again, even the
    /// same one, is other elements.
    pub reading: u32,
}

static READINGS: AtomicU32 = AtomicU32::new(0);

/// Blocks read per task.
const PER_TASK: usize = 60;

/// The elements in the report that match `selector`, in order.
fn in_report(selector: &str) -> Vec<Element> {
    browser::element(REPORT.name)
        .map(|report| browser::elements_in(&report, selector))
        .unwrap_or_default()
}

/// The part or section an element is in (or is).
fn container_of(element: &Element) -> Option<Element> {
    element.closest(CONTAINER).ok().flatten()
}

impl PageReport {
    /// Reads the report in `#report`, `PER_TASK` blocks at a time: a long
    /// report has thousands, and the page's main thread must not be held
    /// long.
    pub async fn read() -> PageReport {
        let mut blocks: Vec<(String, String)> = Vec::new();
        // Each block's text, in the order of the page (the model's).
        for (i, text) in in_report(TEXT.selector).into_iter().enumerate() {
            if i > 0 && i % PER_TASK == 0 {
                browser::next_task().await;
            }
            let id = text
                .closest("[id]")
                .ok()
                .flatten()
                .map(|element| element.id())
                .unwrap_or_default();
            blocks.push((id, text.text_content().unwrap_or_default()));
        }
        // Every heading's toggle is its part or section's.
        let collapsible = in_report(TOGGLE.selector)
            .iter()
            .filter_map(|toggle| Some(container_of(toggle)?.id()))
            .collect();
        let places = in_report(CONTAINER).iter().map(Element::id).collect();
        let key = browser::element(APP.name)
            .and_then(|app| app.get_attribute(DATA_KEY.name))
            .unwrap_or_default();
        PageReport {
            search: SearchIndex::of_blocks(blocks),
            collapsible,
            places,
            key,
            reading: READINGS.fetch_add(1, Ordering::Relaxed),
        }
    }

    /// The parts and sections the reader had collapsed in this text.
    pub fn saved_collapsed(&self) -> BTreeSet<String> {
        // Inserted one by one: `collect` into a set sorts first, a sort of
        // its own in the wasm.
        let mut collapsed = BTreeSet::new();
        collapsed.extend(
            browser::load(&self.key)
                .unwrap_or_default()
                .split(',')
                .filter(|id| self.collapsible.iter().any(|known| known == id))
                .map(str::to_owned),
        );
        collapsed
    }
}

/// The parts and sections that enclose the element with `id` (itself
/// included when it is one), outermost first.
pub fn containers_of(id: &str) -> Vec<String> {
    let mut containers = Vec::new();
    let mut at = browser::element(id).and_then(|e| container_of(&e.into()));
    while let Some(section) = at {
        containers.insert(0, section.id());
        at = section.parent_element().and_then(|p| container_of(&p));
    }
    containers
}

/// The heading of the part, section or appendix the element with `id` is
/// in, without its final `。`. (A part's own heading comes before those of
/// its sections.)
pub fn heading_around(id: &str) -> Option<String> {
    let section = container_of(&browser::element(id)?.into())?;
    let heading = section.query_selector(HEADING.selector).ok()??;
    let text = heading
        .query_selector(TEXT.selector)
        .ok()??
        .text_content()?;
    Some(text.trim().trim_end_matches('。').to_owned())
}

/// Figure number `index` in the page's report: the figures are numbered in
/// the order of the text, in the page as in the model.
pub fn figure_on_page(index: usize) -> Option<HtmlElement> {
    let report = browser::element(REPORT.name)?;
    let figures = report.query_selector_all(FIG.selector).ok()?;
    wasm_bindgen::JsCast::dyn_into(figures.item(index as u32)?).ok()
}

/// The number of a figure element in the page's report.
pub fn figure_number_on_page(figure: &Element) -> Option<usize> {
    in_report(FIG.selector)
        .iter()
        .position(|each| each == figure)
}
