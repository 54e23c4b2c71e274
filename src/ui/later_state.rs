//! The later half's state: the report's model (the figures it explains and
//! lists, the text it draws), which figure is explained, which of its
//! panels are open. Provided once as context.

use crate::report::Document;
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone, Copy)]
pub struct Later {
    /// The report being read: the embedded one, or one the reader opened.
    document: RwSignal<Arc<Document>>,
    /// The text the app was built with, for the way back to it.
    pub embedded: &'static str,
    /// Whether the sheet for opening another report is open.
    pub open_sheet: RwSignal<bool>,
    /// The figure whose explanation is open (index into the figures).
    pub explained: RwSignal<Option<usize>>,
    /// Whether the figures panel is open.
    pub panel_open: RwSignal<bool>,
}

impl Later {
    pub fn new(document: Arc<Document>, embedded: &'static str) -> Later {
        Later {
            document: RwSignal::new(document),
            embedded,
            open_sheet: RwSignal::new(false),
            explained: RwSignal::new(None),
            panel_open: RwSignal::new(false),
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

    /// Shows another report; what was open or explained closes.
    pub fn show(&self, document: Arc<Document>) {
        self.explained.set(None);
        self.panel_open.set(false);
        self.open_sheet.set(false);
        self.document.set(document);
    }
}
