//! Ranks: a standing in a scope (`居全市第8`, `全省第一`, `居全市前列`).

use super::{Found, Scanner};
use crate::report::figures::kind::Kind;
use crate::report::figures::number::{arabic, chinese, is_digit};

const SCOPES: [&str; 14] = [
    "全国同类城市",
    "同类城市",
    "全国",
    "全省",
    "全市",
    "全区",
    "全县",
    "全州",
    "全球",
    "世界",
    "省内",
    "市内",
    "国内",
    "全行业",
];

const RANK_VERBS: [&str; 9] = [
    "位居", "位列", "跃居", "稳居", "排名", "排在", "居", "列", "排",
];

impl Scanner {
    /// `居全市第8`, `全省第一`, `居全市前列`, `居全市首位`, `总数第二`,
    /// `全省首个`.
    pub(super) fn rank(&self, i: usize) -> Option<Found> {
        let verb = RANK_VERBS.iter().find(|verb| self.has(i, verb));
        let mut j = i + verb.map_or(0, |verb| verb.chars().count());
        let scope = SCOPES.iter().find(|scope| self.has(j, scope));
        if let Some(scope) = scope {
            j += scope.chars().count();
        }
        let total =
            verb.is_none() && scope.is_none() && (self.has(i, "总数") || self.has(i, "总量"));
        if total {
            j += 2;
        }
        if verb.is_none() && scope.is_none() && !total {
            return None;
        }
        let (value, end) = self.standing(j, scope.is_some())?;
        // 居 alone before a place needs the ordinal (`居第3`), as does 总数.
        Some(Found {
            start: i,
            end,
            kind: Kind::Rank,
            value,
            to: None,
            unit: scope.map(|s| s.to_string()).unwrap_or_default(),
            qualifier: None,
            date: None,
        })
    }

    /// The place itself: `第8`, `第一`, `首位`, `前列`, `前10`, `榜首`, and
    /// with a scope, firsts (`首个`, `首家`).
    pub(super) fn standing(&self, j: usize, scoped: bool) -> Option<(Option<f64>, usize)> {
        if self.at(j) == Some('第') {
            let (value, end) =
                arabic(&self.chars, j + 1).or_else(|| chinese(&self.chars, j + 1))?;
            // `全省第一批`, `第二次`: an ordinal of something else.
            let classifier = self
                .at(end)
                .is_some_and(|c| "批届次期轮号季部章条款个家座天年步代阶".contains(c));
            if classifier || self.at(end).is_some_and(is_digit) {
                return None;
            }
            let end = end + usize::from(matches!(self.at(end), Some('位' | '名')));
            return Some((Some(value), end));
        }
        for (word, value) in [("首位", Some(1.0)), ("榜首", Some(1.0)), ("前列", None)] {
            if self.has(j, word) {
                return Some((value, j + 2));
            }
        }
        if self.at(j) == Some('前') {
            let (value, end) =
                arabic(&self.chars, j + 1).or_else(|| chinese(&self.chars, j + 1))?;
            let end = end + usize::from(matches!(self.at(end), Some('位' | '名')));
            return Some((Some(value), end));
        }
        if scoped {
            for first in [
                "首个", "首家", "首条", "首座", "首例", "首部", "首台", "首只",
            ] {
                if self.has(j, first) {
                    return Some((Some(1.0), j + 2));
                }
            }
        }
        None
    }
}
