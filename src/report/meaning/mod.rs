//! What each figure means: the indicator it measures (`indicators`),
//! whether it is a target or a result and the period it is about
//! (`figure`, `period`), read against where the report looks back and
//! where it looks ahead (`stages`).

mod describe;
mod figure;
mod indicators;
mod period;
mod role;
mod stages;

pub use describe::summary;
pub use figure::{meaning_of, Meaning};
pub use indicators::{known_in, named_as, Indicator, Known, Measure, KNOWN};
pub use period::{Period, Span};
pub use role::FigureRole;
pub use stages::{Stage, Stages};
