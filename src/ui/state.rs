//! The reader's state beside the immutable document: what is collapsed,
//! where the reader is, which figure is explained, which panels are open.
//! Provided once as context.

use crate::report::figures::Kind;
use crate::report::search::Matches;
use crate::report::Document;
use leptos::prelude::*;
use std::collections::BTreeSet;
use std::sync::Arc;

#[derive(Clone, Copy)]
pub struct Reader {
    /// The report being read: the embedded one, or one the reader opened.
    document: RwSignal<Arc<Document>>,
    /// The text the app was built with, for the way back to it.
    pub embedded: Option<&'static str>,
    /// Whether the sheet for opening another report is open.
    pub open_sheet: RwSignal<bool>,
    /// Ids of the collapsed parts and sections.
    pub collapsed: RwSignal<BTreeSet<String>>,
    /// The part or section the reader is in, for the table of contents.
    pub active: RwSignal<Option<String>>,
    /// Whether the table of contents is open as a drawer (phones).
    pub toc_open: RwSignal<bool>,
    /// A short message shown for a moment ("已复制链接").
    pub toast: RwSignal<Option<String>>,
    /// The figure whose explanation is open (index into the figures).
    pub explained: RwSignal<Option<usize>>,
    /// Kinds of figures whose highlighting the reader turned off.
    pub unhighlighted: RwSignal<BTreeSet<Kind>>,
    /// Whether the figures panel is open.
    pub panel_open: RwSignal<bool>,
    /// The search query, as committed (never mid-composition).
    pub query: RwSignal<String>,
    /// Every match of the query.
    pub matches: Memo<Matches>,
    /// The match the reader is at (index into the hits).
    pub current: RwSignal<Option<usize>>,
    /// Whether the list of matching paragraphs is open.
    pub results_open: RwSignal<bool>,
}

/// How many matches are drawn in the text: a one-character query may match
/// thousands of times; all are counted, these many are drawn.
pub const MAX_DRAWN: usize = 500;

impl Reader {
    pub fn new(document: Arc<Document>) -> Reader {
        let query = RwSignal::new(String::new());
        let document = RwSignal::new(document);
        let matches = Memo::new(move |_| {
            document.with(|document| query.with(|query| document.search.search(query)))
        });
        Reader {
            embedded: None,
            open_sheet: RwSignal::new(false),
            query,
            matches,
            current: RwSignal::new(None),
            results_open: RwSignal::new(false),
            document,
            collapsed: RwSignal::new(BTreeSet::new()),
            active: RwSignal::new(None),
            toc_open: RwSignal::new(false),
            toast: RwSignal::new(None),
            explained: RwSignal::new(None),
            unhighlighted: RwSignal::new(BTreeSet::new()),
            panel_open: RwSignal::new(false),
        }
    }

    /// The same reader, knowing the text the app was built with.
    pub fn with_embedded(self, source: &'static str) -> Reader {
        Reader {
            embedded: Some(source),
            ..self
        }
    }

    /// The report being read (tracked: a view or effect that asks is redone
    /// when another report is opened).
    pub fn document(&self) -> Arc<Document> {
        self.document.get()
    }

    pub fn document_untracked(&self) -> Arc<Document> {
        self.document.get_untracked()
    }

    /// Shows another report; what was open or explained closes, and its
    /// collapsed parts and sections are as the reader left them.
    pub fn show(&self, document: Arc<Document>, collapsed: BTreeSet<String>) {
        self.explained.set(None);
        self.current.set(None);
        self.results_open.set(false);
        self.panel_open.set(false);
        self.open_sheet.set(false);
        self.toc_open.set(false);
        self.collapsed.set(collapsed);
        self.document.set(document);
    }

    pub fn is_collapsed(&self, id: &str) -> bool {
        self.collapsed.with(|collapsed| collapsed.contains(id))
    }

    pub fn toggle(&self, id: &str) {
        self.collapsed.update(|collapsed| {
            if !collapsed.remove(id) {
                collapsed.insert(id.to_owned());
            }
        });
    }

    pub fn expand_all(&self) {
        self.collapsed.update(BTreeSet::clear);
    }

    /// Collapses every part and section: the report as an outline of its
    /// part headings; opening a part shows its sections' headings.
    pub fn collapse_all(&self) {
        let document = self.document();
        let ids = document.report.parts.iter().flat_map(|part| {
            let sections = part.sections.iter().map(|section| section.id.clone());
            std::iter::once(part.id.clone()).chain(sections)
        });
        let mut collapsed = BTreeSet::new();
        collapsed.extend(ids);
        self.collapsed.set(collapsed);
    }

    /// Expands whatever encloses `id` so that it can be seen.
    pub fn reveal(&self, id: &str) {
        let containers = self.document().report.containers_of(id);
        let hidden =
            |container: &String| self.collapsed.with_untracked(|set| set.contains(container));
        if containers.iter().any(hidden) {
            self.collapsed.update(|collapsed| {
                for container in &containers {
                    collapsed.remove(container);
                }
            });
        }
    }

    pub fn toggle_highlight(&self, kind: Kind) {
        self.unhighlighted.update(|kinds| {
            if !kinds.remove(&kind) {
                kinds.insert(kind);
            }
        });
    }

    pub fn say(&self, message: impl Into<String>) {
        self.toast.set(Some(message.into()));
    }
}
