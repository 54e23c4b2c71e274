//! The comparison as data: groups of units, units of rows, and what sums
//! them up; what `compare` makes and the pages and the CSV show.

use super::rows::Row;
use super::sentences::Kind;
use super::summary::{Counts, TargetChange};
use crate::library::compare::Term;

/// A heading and its id in its report.
pub type Heading = (String, String);

/// A unit of the page: a section (or a part's introduction, the opening,
/// the closing, an appendix) of this year beside last year's.
#[derive(Clone, Debug)]
pub struct UnitChanges {
    pub kind: Kind,
    pub now: Option<Heading>,
    pub was: Option<Heading>,
    pub rows: Vec<Row>,
}

/// A group of the page: one of this year's parts (or the opening, the
/// closing and appendices), with what stood there last year.
#[derive(Clone, Debug)]
pub struct Group {
    /// This year's part heading; `None` for the opening and the end.
    pub now: Option<Heading>,
    pub was: Option<Heading>,
    pub units: Vec<UnitChanges>,
    pub counts: Counts,
}

impl Group {
    /// Its name: its part's heading (this year's, else last year's), or
    /// what stands before the parts and after them.
    pub fn name(&self, index: usize) -> String {
        match self.now.as_ref().or(self.was.as_ref()) {
            Some((heading, _)) => heading.clone(),
            None if index == 0 => "开头".to_owned(),
            None => "结尾与附件".to_owned(),
        }
    }
}

/// The whole comparison.
#[derive(Clone, Debug)]
pub struct Changes {
    pub groups: Vec<Group>,
    pub counts: Counts,
    pub targets: Vec<TargetChange>,
    pub new_terms: Vec<Term>,
}
