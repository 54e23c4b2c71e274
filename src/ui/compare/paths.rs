//! Where a comparison page's links go.

/// From a comparison page (`places/ADDRESS/`, `years/YEAR/`) up to the
/// site's root.
pub const UP: &str = "../../";
/// A province's page's section of the nation, the province and its cities
/// (`#down`), linked from its head.
pub const DOWN_SECTION: &str = "down";
/// The CSV beside each comparison page.
pub const CSV_FILE: &str = "targets.csv";
