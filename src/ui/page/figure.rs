//! A figure in the text, highlighted by kind. A span, not a <button>: a
//! button is an atomic box that cannot break across lines, and thousands
//! of them make every frame of a long report slower to lay out. Its id,
//! value and control role come with the later half (`later::figures`):
//! before that it would promise what it cannot do, and the page's first
//! response is smaller without them.

use super::data::data;
use crate::report::Model;
use crate::ui::markup::{DATA_METRIC, FIG};
use leptos::prelude::*;

pub fn figure_view(model: &Model, index: usize, inner: AnyView) -> impl IntoView + use<> {
    let kind = model.figures.all[index].figure.kind.name();
    view! { <span class=FIG.name {..data(DATA_METRIC, kind)}>{inner}</span> }
}
