//! The library: many reports built into one site. Which report is which
//! (`place`: place, level, year, date and speaker, read from the text;
//! `manifest`: what a publisher says instead), where each lives
//! (`address`), the catalogue a reader browses (`catalog`) with each
//! report's headline target (`headline`), the search index (`index`), the
//! results of a search across it (`results`) and a result's snippet
//! (`snippet`), and comparisons of years and places (`compare`). Pure
//! Rust, like `report`: the build reads
//! the folder and hands the texts in.

mod address;
mod catalog;
pub mod compare;
mod headline;
pub mod index;
mod manifest;
mod place;
pub mod results;
mod snippet;
pub mod trend;

pub use address::{
    address_of, is_safe_address, place_address, EARLIER_PAGE, PLACES_FOLDER, YEARS_FOLDER,
};
pub use catalog::{Catalog, Entry};
pub use headline::headline_target;
pub use manifest::{read_manifest, Override, MANIFEST};
pub use place::{placement, Level, Placement};
pub use snippet::{snippet, Snippet};
