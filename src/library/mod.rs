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
mod catalog_csv;
pub mod changes;
pub mod compare;
pub mod divisions;
mod headline;
pub mod index;
mod level;
mod manifest;
mod pinyin;
mod place;
pub mod results;
mod snippet;
pub mod trend;

pub use address::{
    address_of, is_safe_address, place_address, EARLIER_PAGE, PLACES_FOLDER, YEARS_FOLDER,
};
pub use catalog::{Catalog, Entry};
pub use catalog_csv::{catalog_csv, Placed, CATALOG_CSV};
pub use headline::headline_target;
pub use manifest::{read_manifest, Override, CATALOG_COLUMNS, MANIFEST};
pub use place::{placement, read_placement, Level, Placement, Source, STATE_COUNCIL};
pub use snippet::{snippet, Snippet};
