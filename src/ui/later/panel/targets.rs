//! The targets tab: the year's targets beside last year's results
//! (`page::targets_view`), each link going to its figure in the text. In a
//! library, the card in the text has the library's columns too (last
//! year's target, the next report's result): the tab shows that table.

use crate::ui::browser;
use crate::ui::later::state::State;
use crate::ui::markup::{DATA_FIGURE, TARGETS_CARD};
use crate::ui::page::targets_view;
use leptos::prelude::*;

/// The card's table, as the page shows it (for the report shown: a report
/// the reader opens is drawn without the library's columns).
fn card_table() -> Option<String> {
    browser::first(&format!("{} table", TARGETS_CARD.selector)).map(|table| table.outer_html())
}

pub fn targets_tab(state: State, opened: RwSignal<bool>) -> impl IntoView {
    // A link goes to its figure, as the table's rows do, and the panel
    // closes.
    let follow = move |event: leptos::ev::MouseEvent| {
        let index = browser::closest(&event, DATA_FIGURE.selector)
            .and_then(|link| link.get_attribute(DATA_FIGURE.name))
            .and_then(|index| index.parse().ok());
        if let Some(index) = index {
            event.prevent_default();
            state.go_to_figure(index);
        }
    };
    view! {
        <div class="targets-tab" on:click=follow>
            {move || opened.get().then(|| match card_table() {
                Some(html) => view! { <div inner_html=html></div> }.into_any(),
                None => targets_view(&state.model()).into_any(),
            })}
        </div>
    }
}
