//! The later half's state: the report's model (the figures it explains and
//! lists, the text it draws), which figure is explained, which of its
//! sheets are open; and what it asks of the first half. Provided once as
//! context.

use super::figures::show_values;
use super::source::Source;
use crate::report::Model;
use crate::ui::bridge::{to_first, ToFirst};
use crate::ui::browser;
use crate::ui::markup::REPORT;
use leptos::prelude::*;
use std::sync::Arc;

/// The report's model, built from its text when first asked for: the page
/// already shows the report, so nothing needs the model until the reader
/// asks what a figure means, or opens the panel, and the start stays light.
enum Lazy {
    Text(Arc<str>),
    Built(Arc<Model>),
}

#[derive(Clone, Copy)]
pub struct State {
    /// The report being read: the one the page was built for, or one the
    /// reader opened.
    model: StoredValue<Lazy>,
    /// Which report is shown (a view of the model follows it).
    shown: RwSignal<u32>,
    /// The report the page was built for, for the way back to it.
    pub built: &'static Source,
    /// Whether the sheet for opening another report is open.
    pub open_sheet: RwSignal<bool>,
    /// What opening a file has come to (`正在读取…`, or why it cannot).
    pub opening: RwSignal<Option<String>>,
    /// The figure whose explanation is open (index into the figures).
    pub explained: RwSignal<Option<usize>>,
    /// Whether the figures panel is open.
    pub panel_open: RwSignal<bool>,
}

impl State {
    /// The state for the report of `text`, its model not built yet.
    pub fn new(text: String, built: &'static Source) -> State {
        State {
            model: StoredValue::new(Lazy::Text(text.into())),
            shown: RwSignal::new(0),
            built,
            open_sheet: RwSignal::new(false),
            opening: RwSignal::new(None),
            explained: RwSignal::new(None),
            panel_open: RwSignal::new(false),
        }
    }

    /// The report being read (tracked: a view or effect that asks is redone
    /// when another report is opened).
    pub fn model(&self) -> Arc<Model> {
        self.shown.track();
        self.model_untracked()
    }

    /// The report being read, its model built now if it is not yet (then
    /// the page's figures get their values too).
    pub fn model_untracked(&self) -> Arc<Model> {
        let (model, built_now) = self
            .model
            .try_update_value(|lazy| match lazy {
                Lazy::Built(model) => (model.clone(), false),
                Lazy::Text(text) => {
                    let model = Arc::new(Model::new(text));
                    *lazy = Lazy::Built(model.clone());
                    (model, true)
                }
            })
            .expect("the state lives as long as the page");
        if built_now {
            if let Some(report) = browser::element(REPORT.name) {
                wasm_bindgen_futures::spawn_local(show_values(report.into(), model.clone()));
            }
        }
        model
    }

    /// Shows another report; what was open or explained closes.
    pub fn show(&self, model: Arc<Model>) {
        self.explained.set(None);
        self.panel_open.set(false);
        self.open_sheet.set(false);
        self.model.set_value(Lazy::Built(model));
        self.shown.update(|shown| *shown += 1);
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
