//! Numbers as written, with their magnitude (`3.4万`, `3000多万`, `百亿`):
//! where one may start, and what it is worth.

use super::{Amount, Scanner};
use crate::report::figures::number::{arabic, chinese, is_chinese_numeral, is_digit};
use crate::report::figures::units::{unit_at, MAGNITUDES};

impl Scanner {
    /// Whether a number may start at `i`: not inside another number, a
    /// name (`PM2.5`, `X2`) or an ordinal (`第24届`).
    pub(super) fn may_start_number(&self, i: usize) -> bool {
        let Some(prev) = i.checked_sub(1).and_then(|p| self.at(p)) else {
            return true;
        };
        let chinese_here = self.at(i).is_some_and(is_chinese_numeral);
        if chinese_here {
            return !is_chinese_numeral(prev)
                && !matches!(
                    prev,
                    '第' | '数' | '几' | '每' | '届' | '初' | '周' | '星' | '期' | '若'
                );
        }
        !(is_digit(prev)
            || prev.is_ascii_alphabetic()
            || matches!(
                prev,
                '.' | '．' | '·' | '•' | '+' | '/' | '#' | '第' | '号' | '_' | '@'
            ))
    }

    /// An Arabic or Chinese number at `i`, with its magnitude.
    pub(super) fn amount(&self, i: usize) -> Option<Amount> {
        if !self.may_start_number(i) {
            return None;
        }
        let (value, end, chinese) = match arabic(&self.chars, i) {
            Some((value, end)) => (value, end, false),
            None => match chinese(&self.chars, i) {
                Some((value, end)) => (value, end, true),
                None => return self.round_hundreds(i),
            },
        };
        let plain = Amount {
            value,
            end,
            chinese,
            magnified: false,
            inexact: None,
        };
        // A unit that starts like a magnitude (`千米`) is a unit.
        if unit_at(&self.chars, end).is_some() {
            return Some(plain);
        }
        let inexact = match self.at(end) {
            Some('余') => Some("余"),
            Some('多') => Some("多"),
            _ => None,
        };
        let at = end + usize::from(inexact.is_some());
        for &(word, factor) in MAGNITUDES {
            if self.has(at, word) {
                return Some(Amount {
                    value: value * factor,
                    end: at + word.chars().count(),
                    magnified: true,
                    inexact,
                    ..plain
                });
            }
        }
        Some(plain)
    }

    /// `百亿元`, `千万元`: a bare 百 or 千 counts only before a magnitude
    /// (`千家万户` is an idiom, not a count).
    pub(super) fn round_hundreds(&self, i: usize) -> Option<Amount> {
        let value = match self.at(i)? {
            '百' => 100.0,
            '千' => 1000.0,
            _ => return None,
        };
        let (word, factor) = MAGNITUDES.iter().find(|(word, _)| self.has(i + 1, word))?;
        Some(Amount {
            value: value * factor,
            end: i + 1 + word.chars().count(),
            chinese: true,
            magnified: true,
            inexact: None,
        })
    }

    /// The value of the number at `i` without its magnitude.
    pub(super) fn bare_value(&self, i: usize) -> f64 {
        arabic(&self.chars, i)
            .or_else(|| chinese(&self.chars, i))
            .map_or(1.0, |(value, _)| value)
            .max(f64::MIN_POSITIVE)
    }
}
