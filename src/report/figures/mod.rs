//! Figures in the report: money, percentages, counts, measures, ranks and
//! dates, recognised in the repaired text of every block.

mod context;
mod csv;
mod describe;
mod key;
mod kind;
mod number;
mod placed;
mod scan;
mod units;

pub use context::{
    clause_subject, is_decrease, sentence_around, sentence_before, subject, subject_of,
    whole_sentence_before, Subject,
};
pub use csv::{field as csv_field, to_csv};
pub use describe::{change_or_level, decimal, group, in_words, qualifier_meaning};
pub use key::key_figures;
pub use kind::{Figure, Kind};
pub use placed::{Figures, Placed};
pub use scan::recognise;
