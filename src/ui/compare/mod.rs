//! The library's comparison pages, rendered at build time and readable
//! without scripts: a place's targets against its results year by year,
//! with charts (`place`), and a year's targets across places (`year`),
//! each beside a CSV of its tables.

mod cells;
mod chart;
mod down;
mod html;
mod paths;
mod place;
mod table;
mod year;

pub use html::{place_html, year_html};
pub use paths::CSV_FILE;
