//! The changes page as HTML, as the build writes it.

use super::page::{changes_page, RowsFrom};
use super::pair::Pair;
use crate::library::changes::Changes;
use leptos::prelude::*;

pub fn changes_html(pair: &Pair, changes: &Changes, from: &RowsFrom) -> String {
    Owner::new()
        .with(|| changes_page(pair, changes, from).to_html())
        .replace("<!>", "")
}
