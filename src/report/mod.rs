//! The report: plain text in, a structured model out. Pure Rust with no web
//! dependencies, so it is tested natively and shared by the app and the CLI.

mod classify;
pub mod decode;
pub mod figures;
pub mod front_matter;
mod lines;
pub mod meaning;
mod model;
mod numerals;
pub mod order;
mod parse;
mod repeats;
pub mod search;
mod site_notice;
mod structure;
mod targets;
mod text;

pub use lines::{is_layout, Marker};
pub use model::Model;
pub use parse::parse;
pub use repeats::MIN_REPEAT_CHARS;
pub use structure::{Appendix, Block, Part, Repair, Repeat, Report, Role, Section, UNTITLED};
pub use targets::{ResultRow, Tables, TargetRow};
pub use text::Text;
