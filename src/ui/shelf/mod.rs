//! The library's page: its shelf of reports, prerendered (readable and
//! browsable with no WebAssembly; `js/library.js` groups and filters it),
//! and the search across the library's field, which `ui::across` works.

mod controls;
mod entry;
mod groups;
mod html;
mod search;
mod years;

pub use groups::{EARLIER_TITLE, LIBRARY_TITLE};
pub use html::{earlier_html, shelf_html};
pub use search::SearchFiles;
pub use years::LISTED_ON_THE_PAGE;
