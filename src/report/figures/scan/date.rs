//! Dates: years, days, months and their ranges (`2023年1月7日`, `1-8月`),
//! and parts of a year (`前三季度`).

use super::{Found, Scanner, DASHES};
use crate::report::figures::kind::Kind;
use crate::report::figures::number::{arabic, is_digit};

impl Scanner {
    /// `2023年1月7日`, `2022年末`, `1-8月`, `12月14日`, `23日`, `前三季度`.
    pub(super) fn date(&self, i: usize) -> Option<Found> {
        if let Some(found) = self.quarter(i) {
            return Some(found);
        }
        if !self.at(i).is_some_and(is_digit) || !self.may_start_number(i) {
            return None;
        }
        let (first, after_first) = arabic(&self.chars, i)?;
        let whole = |v: f64| v.fract() == 0.0;
        let mut end = after_first;
        let mut to = None;
        let mut second_end = None;
        if self.at(end).is_some_and(|c| DASHES.contains(&c)) {
            if let Some((second, e)) = arabic(&self.chars, end + 1) {
                if whole(second) {
                    to = Some(second);
                    second_end = Some(e);
                }
            }
        }
        let unit_at_end = |e: usize, word: &str| self.has(e, word);
        let year = whole(first) && (1900.0..=2100.0).contains(&first);
        if year
            && (self.at(after_first) == Some('年')
                || second_end.is_some_and(|e| unit_at_end(e, "年")))
        {
            end = second_end.unwrap_or(after_first) + 1;
            if self.has(end, "年") {
                end += 1;
            }
            // Whole numbers, written as integers: no float formatting in the wasm.
            let mut iso = format!("{:04}", first as u32);
            if to.is_none() {
                if let Some((month, after_month)) = arabic(&self.chars, end).filter(|&(m, e)| {
                    whole(m) && (1.0..=12.0).contains(&m) && self.at(e) == Some('月')
                }) {
                    end = after_month + 1;
                    iso = format!("{iso}-{:02}", month as u32);
                    if let Some((day, after_day)) = arabic(&self.chars, end).filter(|&(d, e)| {
                        whole(d) && (1.0..=31.0).contains(&d) && self.at(e) == Some('日')
                    }) {
                        end = after_day + 1;
                        iso = format!("{iso}-{:02}", day as u32);
                    }
                }
            }
            for suffix in ["年底", "年末", "年初", "末", "底", "初", "度"] {
                if self.has(end, suffix) {
                    end += suffix.chars().count();
                    break;
                }
            }
            return Some(self.date_found(i, end, first, to, Some(iso)));
        }
        if !whole(first) {
            return None;
        }
        let month_end = second_end.unwrap_or(after_first);
        let in_range = |v: f64, max: f64| (1.0..=max).contains(&v);
        if self.at(month_end) == Some('月')
            && in_range(first, 12.0)
            && to.is_none_or(|t| in_range(t, 12.0))
        {
            end = month_end + 1;
            let mut iso = (to.is_none()).then(|| format!("--{:02}", first as u32));
            if to.is_none() {
                if let Some((day, after_day)) = arabic(&self.chars, end)
                    .filter(|&(d, e)| whole(d) && in_range(d, 31.0) && self.at(e) == Some('日'))
                {
                    end = after_day + 1;
                    iso = Some(format!("--{:02}-{:02}", first as u32, day as u32));
                }
            }
            if self.has(end, "份") {
                end += 1;
            }
            return Some(self.date_found(i, end, first, to, iso));
        }
        if self.at(month_end) == Some('日')
            && in_range(first, 31.0)
            && to.is_none()
            && !self.has(month_end + 1, "内")
        {
            return Some(self.date_found(i, month_end + 1, first, None, None));
        }
        None
    }

    /// `前三季度`, `一季度`, `第四季度`.
    pub(super) fn quarter(&self, i: usize) -> Option<Found> {
        let prefix = usize::from(matches!(self.at(i), Some('前' | '第')));
        let numeral = self.at(i + prefix)?;
        let value = match numeral {
            '一' | '1' => 1.0,
            '二' | '2' => 2.0,
            '三' | '3' => 3.0,
            '四' | '4' => 4.0,
            _ => return None,
        };
        if !self.has(i + prefix + 1, "季度") {
            return None;
        }
        if prefix == 0 && !self.may_start_number(i) {
            return None;
        }
        Some(self.date_found(i, i + prefix + 3, value, None, None))
    }

    pub(super) fn date_found(
        &self,
        start: usize,
        end: usize,
        value: f64,
        to: Option<f64>,
        iso: Option<String>,
    ) -> Found {
        Found {
            start,
            end,
            kind: Kind::Date,
            value: Some(value),
            to,
            unit: "日期".to_owned(),
            qualifier: None,
            date: iso,
        }
    }
}
