//! Where a changes page is, and its groups' ids and names.

use crate::library::changes::Group;

/// Where a report's changes page is, inside its folder.
pub const CHANGES_FOLDER: &str = "changes";
/// Where the page between two versions of a report is, inside the later
/// one's folder.
pub const VERSIONS_FOLDER: &str = "versions";
/// The CSV beside either.
pub const CHANGES_CSV: &str = "changes.csv";

/// A group's id on the page: `g-1`, `g-2`…
pub fn group_id(index: usize) -> String {
    format!("g-{}", index + 1)
}

/// A group's name: its part's heading (this year's, else last year's), or
/// what stands before the parts and after them.
pub fn group_name(index: usize, group: &Group) -> String {
    match group.now.as_ref().or(group.was.as_ref()) {
        Some((heading, _)) => heading.clone(),
        None if index == 0 => "开头".to_owned(),
        None => "结尾与附件".to_owned(),
    }
}
