//! The library's page: its shelf of reports, prerendered (readable and
//! browsable with no WebAssembly; `js/library.js` groups and filters it),
//! and the search across the library's field, which `ui::across` works.

mod controls;
mod entry;
mod groups;
mod search;

pub use groups::{shelf, LIBRARY_TITLE};
pub use search::SearchFiles;
