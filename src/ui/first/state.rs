//! The first half's state beside the report on the page: what is
//! collapsed, where the reader is, what is searched, which of its overlays
//! are open, what the message line says.

use super::on_page::{containers_of, PageReport};
use crate::report::figures::Kind;
use crate::report::search::Matches;
use leptos::prelude::*;
use std::collections::BTreeSet;
use std::sync::Arc;

#[derive(Clone, Copy)]
pub struct State {
    /// The report on the page: the embedded one, or one the reader opened.
    on_page: RwSignal<Arc<PageReport>>,
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

impl State {
    pub fn new(on_page: Arc<PageReport>) -> State {
        let query = RwSignal::new(String::new());
        let on_page = RwSignal::new(on_page);
        let matches = Memo::new(move |_| {
            on_page.with(|on_page| query.with(|query| on_page.search.search(query)))
        });
        State {
            query,
            matches,
            current: RwSignal::new(None),
            results_open: RwSignal::new(false),
            on_page,
            collapsed: RwSignal::new(BTreeSet::new()),
            active: RwSignal::new(None),
            toc_open: RwSignal::new(false),
            toast: RwSignal::new(None),
            unhighlighted: RwSignal::new(BTreeSet::new()),
        }
    }

    /// The report being read (tracked: an effect that asks is redone when
    /// another report is opened).
    pub fn on_page(&self) -> Arc<PageReport> {
        self.on_page.get()
    }

    pub fn on_page_untracked(&self) -> Arc<PageReport> {
        self.on_page.get_untracked()
    }

    /// Shows another report; what was open closes, and its collapsed
    /// parts and sections are as the reader left them.
    pub fn show(&self, on_page: Arc<PageReport>, collapsed: BTreeSet<String>) {
        self.current.set(None);
        self.results_open.set(false);
        self.toc_open.set(false);
        self.collapsed.set(collapsed);
        self.on_page.set(on_page);
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
        collapsed.extend(self.on_page().collapsible.iter().cloned());
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
