//! A report beside the one before it (`ADDRESS/changes/`), rendered at
//! build time and readable without scripts: the summary first, then this
//! year's parts with last year's beside them, sentence by sentence. One
//! column on a phone with the changes inline, two on a desktop.

mod html;
mod page;
mod pair;
mod paths;
mod rows;
mod summary;

pub use html::changes_html;
pub use pair::Pair;
pub use paths::{CHANGES_FOLDER, VERSIONS_FOLDER};
