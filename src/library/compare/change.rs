//! How a target changed from one year to the next.

use super::cited::Cited;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    Raised,
    Kept,
    Lowered,
    /// Set this year, not the year before.
    New,
    /// Set the year before, not this year.
    Dropped,
}

impl Change {
    pub fn label(self) -> &'static str {
        match self {
            Change::Raised => "上调",
            Change::Kept => "持平",
            Change::Lowered => "下调",
            Change::New => "新增",
            Change::Dropped => "不再提出",
        }
    }
}

/// The change from last year's target to this year's (`None` when
/// neither is set, or their units differ).
pub fn change(before: Option<&Cited>, now: Option<&Cited>) -> Option<Change> {
    match (before, now) {
        (None, None) => None,
        (None, Some(_)) => Some(Change::New),
        (Some(_), None) => Some(Change::Dropped),
        (Some(before), Some(now)) => {
            if before.unit != now.unit {
                return None;
            }
            // A range by its ends: low first, then high.
            let ends = |cited: &Cited| {
                let low = cited.value.unwrap_or(0.0);
                (low, cited.to.unwrap_or(low))
            };
            let (was, is) = (ends(before), ends(now));
            Some(match is.partial_cmp(&was) {
                Some(std::cmp::Ordering::Greater) => Change::Raised,
                Some(std::cmp::Ordering::Less) => Change::Lowered,
                _ => Change::Kept,
            })
        }
    }
}
