//! The sticky bar: the table of contents button, the title, the search
//! field and the way into the figures panel (`first::topbar` makes it work).

use super::search_bar::search_bar;
use crate::report::Model;
use crate::ui::markup::{FIGURES_BUTTON, FIGURES_PANEL, TOC, TOC_BUTTON, TOPBAR, TOPBAR_TITLE};
use leptos::prelude::*;

pub fn topbar(model: &Model) -> impl IntoView + use<> {
    view! {
        <header class=TOPBAR.name>
            <button type="button" class=TOC_BUTTON.name aria-controls=TOC.name aria-expanded="false">
                <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M4 6h16M4 12h16M4 18h16"></path></svg>
                "目录"
            </button>
            <span class=TOPBAR_TITLE.name>{model.report.title_or_default().to_owned()}</span>
            {search_bar()}
            <button type="button" class=FIGURES_BUTTON.name aria-controls=FIGURES_PANEL.name aria-expanded="false">"数字"</button>
        </header>
    }
}
