//! Was a target met? A year's target against the result for that year
//! that the next year's report states.

use super::cited::Cited;

/// Which way an indicator's target points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// More is the aim (growth, jobs, output): met at or above the target,
    /// a range met in it or above.
    AtLeast,
    /// The target is a ceiling (prices, unemployment, `以内`, `以下`): met
    /// at or under it, a range met in it or under.
    AtMost,
}

/// Indicators whose targets are ceilings, whatever their wording.
const CEILINGS: [&str; 5] = [
    "居民消费价格",
    "商品零售价格",
    "物价",
    "城镇调查失业率",
    "城镇登记失业率",
];

impl Direction {
    pub fn of(indicator: &str, target: &Cited) -> Direction {
        if CEILINGS.contains(&indicator) || target.qualifier == Some("以下") {
            Direction::AtMost
        } else {
            Direction::AtLeast
        }
    }
}

/// What became of a target.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Outcome {
    Met,
    /// Missed, by how much (in the figures' unit: percentage points for a
    /// rate).
    Missed {
        by: f64,
    },
    /// The next report states no result for the year (or one in another
    /// unit, which does not compare).
    NotStated,
}

impl Outcome {
    /// As a reader reads it, with the shortfall: `未完成（差0.2）`.
    pub fn said(self) -> String {
        match self {
            Outcome::Missed { by } => format!("未完成（差{}）", trimmed(by)),
            other => other.label().to_owned(),
        }
    }

    /// As a reader reads it in a table.
    pub fn label(self) -> &'static str {
        match self {
            Outcome::Met => "完成",
            Outcome::Missed { .. } => "未完成",
            Outcome::NotStated => "未说明",
        }
    }
}

/// A number with at most two decimals and none trailing (`0.2`, `8`).
pub fn trimmed(value: f64) -> String {
    let text = format!("{value:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// The target's outcome, given the result the next report states (if any).
pub fn judge(direction: Direction, target: &Cited, result: Option<&Cited>) -> Outcome {
    let Some(result) = result else {
        return Outcome::NotStated;
    };
    let (Some(low), Some(value)) = (target.value, result.value) else {
        return Outcome::NotStated;
    };
    if target.unit != result.unit {
        return Outcome::NotStated;
    }
    let high = target.to.unwrap_or(low);
    // Figures are read from text: a rounding error is no shortfall.
    let tolerance = 1e-9 * low.abs().max(1.0);
    let shortfall = match direction {
        Direction::AtLeast => low - value,
        Direction::AtMost => value - high,
    };
    if shortfall <= tolerance {
        Outcome::Met
    } else {
        Outcome::Missed { by: shortfall }
    }
}
