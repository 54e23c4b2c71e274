//! The later half's state: the report's model (the figures it explains and
//! lists, the text it draws), which figure is explained, which of its
//! sheets are open; and what it asks of the first half. Provided once as
//! context.

use super::source::Source;
use crate::report::Model;
use crate::ui::bridge::{to_first, ToFirst};
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone, Copy)]
pub struct State {
    /// The report being read: the embedded one, or one the reader opened.
    model: RwSignal<Arc<Model>>,
    /// The report the page was built for, for the way back to it.
    pub built: &'static Source,
    /// Whether the sheet for opening another report is open.
    pub open_sheet: RwSignal<bool>,
    /// The figure whose explanation is open (index into the figures).
    pub explained: RwSignal<Option<usize>>,
    /// Whether the figures panel is open.
    pub panel_open: RwSignal<bool>,
}

impl State {
    pub fn new(model: Arc<Model>, built: &'static Source) -> State {
        State {
            model: RwSignal::new(model),
            built,
            open_sheet: RwSignal::new(false),
            explained: RwSignal::new(None),
            panel_open: RwSignal::new(false),
        }
    }

    /// The report being read (tracked: a view or effect that asks is redone
    /// when another report is opened).
    pub fn model(&self) -> Arc<Model> {
        self.model.get()
    }

    pub fn model_untracked(&self) -> Arc<Model> {
        self.model.get_untracked()
    }

    /// Shows another report; what was open or explained closes.
    pub fn show(&self, model: Arc<Model>) {
        self.explained.set(None);
        self.panel_open.set(false);
        self.open_sheet.set(false);
        self.model.set(model);
    }

    /// Opens figure `index`'s explanation, or closes it if it is open.
    pub fn toggle_explained(&self, index: usize) {
        self.explained.update(|shown| {
            *shown = if *shown == Some(index) {
                None
            } else {
                Some(index)
            }
        });
    }

    /// Goes to a figure in the text (the first half does it): from the
    /// panel's table or a chart, which closes.
    pub fn go_to_figure(&self, index: usize) {
        self.panel_open.set(false);
        to_first(ToFirst::GoToFigure(index));
    }

    /// Tells the reader something, in the first half's message line.
    pub fn say(&self, words: impl Into<String>) {
        to_first(ToFirst::Say(words.into()));
    }
}
