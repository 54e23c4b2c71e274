//! The first half's state beside the report on the page: what is
//! collapsed, where the reader is, what is searched, which panels are open.

use super::on_page::{containers_of, OnPage};
use crate::report::figures::Kind;
use crate::report::search::Matches;
use leptos::prelude::*;
use std::collections::BTreeSet;
use std::sync::Arc;

#[derive(Clone, Copy)]
pub struct Reader {
    /// The report on the page: the embedded one, or one the reader opened.
    document: RwSignal<Arc<OnPage>>,
    /// Ids of the collapsed parts and sections.
    pub collapsed: RwSignal<BTreeSet<String>>,
    /// The part or section the reader is in, for the table of contents.
    pub active: RwSignal<Option<String>>,
    /// Whether the table of contents is open as a drawer (phones).
    pub toc_open: RwSignal<bool>,
    /// A short message shown for a moment ("已复制链接").
    pub toast: RwSignal<Option<String>>,
    /// Kinds of figures whose highlighting the reader turned off.
    pub unhighlighted: RwSignal<BTreeSet<Kind>>,
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
    pub fn new(document: Arc<OnPage>) -> Reader {
        let query = RwSignal::new(String::new());
        let document = RwSignal::new(document);
        let matches = Memo::new(move |_| {
            document.with(|document| query.with(|query| document.search.search(query)))
        });
        Reader {
            query,
            matches,
            current: RwSignal::new(None),
            results_open: RwSignal::new(false),
            document,
            collapsed: RwSignal::new(BTreeSet::new()),
            active: RwSignal::new(None),
            toc_open: RwSignal::new(false),
            toast: RwSignal::new(None),
            unhighlighted: RwSignal::new(BTreeSet::new()),
        }
    }

    /// The report being read (tracked: a view or effect that asks is redone
    /// when another report is opened).
    pub fn document(&self) -> Arc<OnPage> {
        self.document.get()
    }

    pub fn document_untracked(&self) -> Arc<OnPage> {
        self.document.get_untracked()
    }

    /// Shows another report; what was open closes, and its collapsed
    /// parts and sections are as the reader left them.
    pub fn show(&self, document: Arc<OnPage>, collapsed: BTreeSet<String>) {
        self.current.set(None);
        self.results_open.set(false);
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
        let mut collapsed = BTreeSet::new();
        collapsed.extend(self.document().collapsible.iter().cloned());
        self.collapsed.set(collapsed);
    }

    /// Expands whatever encloses `id` so that it can be seen.
    pub fn reveal(&self, id: &str) {
        let containers = containers_of(id);
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
