//! The targets tab: the year's targets beside last year's results
//! (`page::targets_view`), each link going to its figure in the text.

use crate::ui::browser;
use crate::ui::later::state::State;
use crate::ui::markup::DATA_FIGURE;
use crate::ui::page::targets_view;
use leptos::prelude::*;

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
            {move || opened.get().then(|| targets_view(&state.model()))}
        </div>
    }
}
