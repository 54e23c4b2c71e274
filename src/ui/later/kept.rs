//! The report the reader opened, kept in storage for the next visit.

use crate::report::decode::check_text;
use crate::ui::browser;
use crate::ui::markup::{APP, DATA_SHELF, OPENED_NAME_KEY, OPENED_TEXT_KEY};

/// The longest text kept in storage (characters): browsers allow about
/// five million UTF-16 units in all.
const MAX_KEPT: usize = 2_000_000;

/// What the later half starts on.
pub enum Kept {
    /// Nothing kept: the report the app was built with.
    Nothing,
    /// A text kept but no longer readable as a report.
    Unreadable,
    /// The report the reader opened on an earlier visit.
    Report { name: String, text: String },
}

/// Reads what is kept, once: it may be megabytes. A library's report page
/// is the report its address names: nothing kept replaces it.
pub fn kept() -> Kept {
    let on_shelf = browser::element(APP.name).is_some_and(|app| app.has_attribute(DATA_SHELF.name));
    if on_shelf {
        return Kept::Nothing;
    }
    let Some(text) = browser::load(OPENED_TEXT_KEY) else {
        return Kept::Nothing;
    };
    if check_text(&text).is_err() {
        return Kept::Unreadable;
    }
    let name = browser::load(OPENED_NAME_KEY).unwrap_or_else(|| "已打开的报告".to_owned());
    Kept::Report { name, text }
}

/// Keeps a report the reader opened; false when it is too long or storage
/// is full or refused.
pub fn keep(name: &str, text: &str) -> bool {
    text.chars().count() <= MAX_KEPT
        && browser::save(OPENED_TEXT_KEY, text)
        && browser::save(OPENED_NAME_KEY, name)
}

/// Forgets the report kept: the next visit opens the built one.
pub fn forget() {
    browser::remove(OPENED_TEXT_KEY);
    browser::remove(OPENED_NAME_KEY);
}
