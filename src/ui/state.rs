//! The reader's state beside the immutable report: what is collapsed, where
//! the reader is, what the table of contents shows. Provided once as context.

use crate::report::Report;
use leptos::prelude::*;
use std::collections::BTreeSet;
use std::sync::Arc;

#[derive(Clone, Copy)]
pub struct Reader {
    report: StoredValue<Arc<Report>>,
    /// Ids of the collapsed parts and sections.
    pub collapsed: RwSignal<BTreeSet<String>>,
    /// The part or section the reader is in, for the table of contents.
    pub active: RwSignal<Option<String>>,
    /// Whether the table of contents is open as a drawer (phones).
    pub toc_open: RwSignal<bool>,
    /// A short message shown for a moment ("已复制链接").
    pub toast: RwSignal<Option<String>>,
}

impl Reader {
    pub fn new(report: Arc<Report>) -> Reader {
        Reader {
            report: StoredValue::new(report),
            collapsed: RwSignal::new(BTreeSet::new()),
            active: RwSignal::new(None),
            toc_open: RwSignal::new(false),
            toast: RwSignal::new(None),
        }
    }

    pub fn report(&self) -> Arc<Report> {
        self.report.get_value()
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
        let report = self.report();
        let ids = report.parts.iter().flat_map(|part| {
            let sections = part.sections.iter().map(|section| section.id.clone());
            std::iter::once(part.id.clone()).chain(sections)
        });
        self.collapsed.set(ids.collect());
    }

    /// Expands whatever encloses `id` so that it can be seen.
    pub fn reveal(&self, id: &str) {
        let containers = self.report().containers_of(id);
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

    pub fn say(&self, message: impl Into<String>) {
        self.toast.set(Some(message.into()));
    }
}
