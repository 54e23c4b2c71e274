//! A comparison's cells: a figure linked to its sentence in its report,
//! how a target changed, and what became of it.

use crate::library::compare::{Change, Cited, Outcome};
use crate::library::Catalog;
use crate::ui::markup::DATA_VALUE;
use crate::ui::page::data;
use leptos::prelude::*;

/// A figure as its report writes it, a link to its paragraph (from `up`,
/// the way to the site's root); a dash where there is none.
pub fn figure_cell(catalog: &Catalog, cited: Option<&Cited>, up: &str) -> AnyView {
    let Some(cited) = cited else {
        return view! { <td class="none">"—"</td> }.into_any();
    };
    let address = &catalog.entries[cited.report].address;
    let href = format!("{up}{address}/#{}", cited.block);
    let written = cited.written.replace(char::is_whitespace, "");
    // The low end of a range: what a sort compares.
    let value = cited
        .value
        .map(|value| value.to_string())
        .unwrap_or_default();
    view! { <td {..data(DATA_VALUE, value)}><a href=href>{written}</a></td> }.into_any()
}

pub fn change_cell(change: Option<Change>) -> impl IntoView + use<> {
    let label = change.map_or("", Change::label);
    let class = match change {
        Some(Change::Raised) => "change up",
        Some(Change::Lowered) => "change down",
        _ => "change",
    };
    view! { <td class=class>{label}</td> }
}

pub fn outcome_cell(outcome: Option<Outcome>) -> impl IntoView + use<> {
    let class = match outcome {
        Some(Outcome::Met) => "outcome met",
        Some(Outcome::Missed { .. }) => "outcome missed",
        _ => "outcome",
    };
    view! { <td class=class>{outcome.map(Outcome::said)}</td> }
}
