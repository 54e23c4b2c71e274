//! Where a changes page is, and its groups' ids.

/// Where a report's changes page is, inside its folder.
pub const CHANGES_FOLDER: &str = "changes";
/// The CSV beside it.
pub const CHANGES_CSV: &str = "changes.csv";

/// A group's id on the page: `g-1`, `g-2`…
pub fn group_id(index: usize) -> String {
    format!("g-{}", index + 1)
}
