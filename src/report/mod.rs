//! The report: plain text in, a structured model out. Pure Rust with no web
//! dependencies, so it is tested natively and shared by the app and the CLI.

mod classify;
pub mod decode;
mod document;
pub mod figures;
mod lines;
mod model;
mod numerals;
pub mod order;
mod parse;
mod repeats;
pub mod search;
mod text;

pub use document::Document;
pub use lines::{is_layout, Marker};
pub use model::{Appendix, Block, Part, Repair, Repeat, Report, Role, Section};
pub use parse::parse;
pub use repeats::MIN_REPEAT_CHARS;
pub use text::Text;
