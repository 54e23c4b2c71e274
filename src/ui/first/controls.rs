//! The report's controls, handled where they are drawn: one listener on the
//! report, whatever report is drawn. Its markup stays as rendered (at build
//! time, or by the later half for an opened file) and carries in
//! attributes what each control is about. (Figures are explained by the
//! later half, `later::explain`.)

use super::navigate::go_to_figure;
use super::on_page::figure_number_on_page;
use super::state::State;
use crate::report::figures::Kind;
use crate::ui::bridge::{self, to_later, ToLater};
use crate::ui::browser::{self, closest};
use crate::ui::markup::{
    CONTAINER, COPY_LINK, DATA_FIGURE, DATA_METRIC, FIG, LEGEND_KIND, LEGEND_PANEL, REPORT, TOGGLE,
};
use gloo::events::{EventListener, EventListenerOptions};
use web_sys::Event;

/// Listens on the report for its controls.
pub fn listen(state: State) {
    if let Some(report) = browser::element(REPORT.name) {
        // Not passive: a targets card's link goes to its figure instead.
        let options = EventListenerOptions::enable_prevent_default();
        EventListener::new_with_options(&report, "click", options, move |event| {
            on_click(state, event)
        })
        .forget();
    }
}

fn on_click(state: State, event: &Event) {
    if let Some(toggle) = closest(event, TOGGLE.selector) {
        if let Some(section) = toggle.closest(CONTAINER).ok().flatten() {
            state.toggle(&section.id());
        }
    } else if let Some(button) = closest(event, COPY_LINK.selector) {
        if let Some(target) = button.closest("[id]").ok().flatten() {
            copy_link(state, &target.id());
        }
    } else if let Some(figure) = closest(event, FIG.selector) {
        // Tapped before the later half is there: explained once it is.
        if !bridge::is_later_ready() {
            if let Some(index) = figure_number_on_page(&figure) {
                to_later(ToLater::Explain(index));
            }
        }
    } else if let Some(control) = closest(event, DATA_FIGURE.selector) {
        // A key-figure chip, or a link of the targets card (whose address,
        // the paragraph, is for when the app is not there).
        let index = control.get_attribute(DATA_FIGURE.name);
        if let Some(index) = index.and_then(|index| index.parse().ok()) {
            event.prevent_default();
            go_to_figure(state, index);
        }
    } else if let Some(switch) = closest(event, LEGEND_KIND.selector) {
        let kind = switch.get_attribute(DATA_METRIC.name);
        if let Some(kind) = Kind::ALL
            .into_iter()
            .find(|k| Some(k.name()) == kind.as_deref())
        {
            state.toggle_highlight(kind);
        }
    } else if closest(event, LEGEND_PANEL.selector).is_some() {
        to_later(ToLater::OpenPanel);
    }
}

/// Copies the address of the element `id` and puts it in the address bar.
fn copy_link(state: State, id: &str) {
    let Some(url) = browser::link_to(id) else {
        return;
    };
    browser::replace_hash(id);
    let shown = url.clone();
    browser::copy(&url, move |copied| {
        if copied {
            state.say("已复制链接");
        } else {
            state.say(format!("链接：{shown}"));
        }
    });
}
