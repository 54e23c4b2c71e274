//! The shelf's pages as HTML, as the build writes them (and the size test
//! measures them): rendered once, without the markers between text nodes
//! that hydration would use and these pages do not.

use super::groups::{earlier, shelf};
use super::search::SearchFiles;
use crate::library::Catalog;
use leptos::prelude::*;

/// The library's page's body, listing the newest years up to `listed`
/// reports.
pub fn shelf_html(catalog: &Catalog, search_files: &SearchFiles, listed: usize) -> String {
    Owner::new()
        .with(|| shelf(catalog, search_files, listed).to_html())
        .replace("<!>", "")
}

/// The earlier years' page's body, if the library's page does not list
/// every year.
pub fn earlier_html(catalog: &Catalog, listed: usize) -> Option<String> {
    Owner::new()
        .with(|| earlier(catalog, listed).map(|page| page.to_html()))
        .map(|html| html.replace("<!>", ""))
}
