//! "Copy link" for a heading or paragraph (`first::controls` copies it).

use crate::ui::markup::COPY_LINK;
use leptos::prelude::*;

/// The button, its icon drawn by the style sheet (said once, not in every
/// paragraph); its title is its name.
pub fn copy_link_button(label: &'static str) -> impl IntoView {
    view! { <button type="button" class=COPY_LINK.name title=label></button> }
}
