//! Where a changes page is, and its groups' ids and names.

use crate::library::changes::Group;

/// Where a report's changes page is, inside its folder.
pub const CHANGES_FOLDER: &str = "changes";
/// Where the page between two versions of a report is, inside the later
/// one's folder.
pub const VERSIONS_FOLDER: &str = "versions";
/// This year's report, from its changes page.
pub const NOW_HREF: &str = "../";

/// A group's id on the page: `g-1`, `g-2`…
pub fn group_id(index: usize) -> String {
    format!("g-{}", index + 1)
}

/// A group's name (`Group::name`), as its heading, filter and CSV name it.
pub fn group_name(index: usize, group: &Group) -> String {
    group.name(index)
}
