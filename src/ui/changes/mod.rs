//! A report beside the one before it (`ADDRESS/changes/`): the summary,
//! built with the page and readable without scripts, then this year's
//! parts with last year's beside them, sentence by sentence, drawn in the
//! browser from the two reports' texts (`draw`, a WebAssembly of its own:
//! the rows are both texts again, which a library of thousands of pages
//! cannot afford to hold twice). One column on a phone with the changes
//! inline, two on a desktop.

pub mod draw;
mod html;
mod page;
mod pair;
mod paths;
mod rows;
mod summary;

pub use html::changes_html;
pub use page::RowsFrom;
pub use pair::Pair;
pub use paths::{CHANGES_FOLDER, NOW_HREF, VERSIONS_FOLDER};
