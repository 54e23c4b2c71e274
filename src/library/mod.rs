//! The library: many reports built into one site. Which report is which
//! (`place`: place, level, year, date and speaker, read from the text;
//! `manifest`: what a publisher says instead), where each lives
//! (`address`), and the catalogue a reader browses (`catalog`). Pure Rust,
//! like `report`: the build reads the folder and hands the texts in.

mod address;
mod catalog;
pub mod index;
mod manifest;
mod place;

pub use address::{address_of, is_safe_address};
pub use catalog::{Catalog, Entry};
pub use manifest::{read_manifest, Override, MANIFEST};
pub use place::{placement, Level, Placement};
