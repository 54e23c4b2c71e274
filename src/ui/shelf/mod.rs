//! The library's page: its shelf of reports, prerendered (readable and
//! browsable with no WebAssembly; `js/library.js` groups and filters it).

mod controls;
mod entry;
mod groups;

pub use groups::{shelf, LIBRARY_TITLE};
