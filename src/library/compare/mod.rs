//! Comparisons across the library: whether a place met its targets and
//! how they changed year to year (`series`), a year's targets across
//! places (`places`), and each report's new terms (`terms`). Pure Rust over
//! the catalogue's models; computed at build time.

mod change;
mod cited;
mod csv;
mod down;
mod outcome;
mod places;
mod series;
mod terms;

pub use change::Change;
pub use cited::Cited;
pub use csv::{place_csv, year_csv};
pub use down::{down_from, Down, DownRow};
pub use outcome::{trimmed, Direction, Outcome};
pub use places::{year_table, Across, PlaceRow};
pub use series::{place_series, PlaceYears, Series, YearRow};
pub use terms::{new_terms, quoted, Term};
