//! The report on screen as the app's first half knows it: read back from
//! the page, which was drawn from the model (at build time by `prerender`,
//! or by the later half for an opened report). The page already carries
//! the whole text, so the first half needs neither the text nor the parser
//! and recogniser in its own download.

use super::browser;
use crate::report::search::SearchIndex;
use std::collections::BTreeSet;
use std::sync::atomic::{AtomicU32, Ordering};

pub struct OnPage {
    /// Every block's text and id, in the model's order.
    pub search: SearchIndex,
    /// The parts and sections that collapse, in order.
    pub collapsible: Vec<String>,
    /// Every part, section and appendix, in order: where a reader can be.
    pub places: Vec<String>,
    /// Where the reader's collapsed parts and sections are kept for this
    /// text (`#app[data-key]`, set with the report).
    pub key: String,
    pub title: String,
    /// Which reading of the page this is: a report drawn again, even the
    /// same one, is other elements.
    pub reading: u32,
}

static READINGS: AtomicU32 = AtomicU32::new(0);

impl OnPage {
    /// Reads the report in `#report`.
    pub fn read() -> OnPage {
        let report = browser::element("report");
        let within = |selector: &str| {
            report
                .as_ref()
                .map(|report| browser::elements_in(report, selector))
                .unwrap_or_default()
        };
        let mut blocks: Vec<(String, String)> = Vec::new();
        for text in within("[data-block]") {
            let position = text
                .get_attribute("data-block")
                .and_then(|p| p.parse().ok());
            let id = text
                .closest("[id]")
                .ok()
                .flatten()
                .map(|element| element.id());
            let (Some(position), Some(id)) = (position, id) else {
                continue;
            };
            if blocks.len() <= position {
                blocks.resize(position + 1, Default::default());
            }
            blocks[position] = (id, text.text_content().unwrap_or_default());
        }
        let collapsible = within("section[id] > .heading > .toggle")
            .iter()
            .filter_map(|toggle| Some(toggle.parent_element()?.parent_element()?.id()))
            .collect();
        let places = within("section[id]").iter().map(|s| s.id()).collect();
        let key = browser::element("app")
            .and_then(|app| app.get_attribute("data-key"))
            .unwrap_or_default();
        let title = within("h1 .text")
            .first()
            .and_then(|h1| h1.text_content())
            .unwrap_or_else(|| "政府工作报告".to_owned());
        OnPage {
            search: SearchIndex::of_blocks(blocks),
            collapsible,
            places,
            key,
            title,
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
    let mut at = browser::element(id).and_then(|e| e.closest("section[id]").ok().flatten());
    while let Some(section) = at {
        containers.insert(0, section.id());
        at = section
            .parent_element()
            .and_then(|parent| parent.closest("section[id]").ok().flatten());
    }
    containers
}

/// The heading of the part, section or appendix the element with `id` is
/// in, without its final `。`.
pub fn heading_around(id: &str) -> Option<String> {
    let section = browser::element(id)?.closest("section[id]").ok()??;
    let heading = section.query_selector(":scope > .heading .text").ok()??;
    let text = heading.text_content()?;
    Some(text.trim().trim_end_matches('。').to_owned())
}
