//! Money, percentages, counts and measures: a number with its unit or
//! measure word, its qualifiers and ranges, and the labels that are not
//! figures (`5G`, `3号线`, `十五分钟…圈`).

use super::{Amount, Found, Scanner, DASHES};
use crate::report::figures::kind::Kind;
use crate::report::figures::number::{arabic, chinese, chinese_digit_value, is_digit};
use crate::report::figures::units::{unit_at, Unit};

impl Scanner {
    /// Characters right after a number that make it part of a name.
    pub(super) fn label_follows(&self, end: usize) -> bool {
        let next = self.at(end);
        let after = self.at(end + 1);
        match next {
            Some(c) if c.is_ascii_alphabetic() && !self.has(end, "TEU") => true,
            Some('·' | '•' | '+' | '.' | '．') => after.is_some_and(is_digit),
            Some('号' | '岁' | '#' | '＃') => true,
            _ => self.has(end, "年代") || self.has(end, "周年") || self.has(end, "届"),
        }
    }

    /// Money, percent, count or measure at `i`.
    pub(super) fn quantity(&self, i: usize) -> Option<Found> {
        let (before, number_at) = self.qualifier_before(i);
        if self.has(number_at, "百分之") {
            return self.percent_in_words(i, before, number_at + 3);
        }
        let mut amount = self.amount(number_at)?;
        if self.label_follows(amount.end) {
            return None;
        }
        let mut to = None;
        // `1.5-2万元`, `10—15个`: a range before the unit.
        if let Some(dash) = self.at(amount.end).filter(|c| DASHES.contains(c)) {
            let _ = dash;
            if let Some(second) = self
                .amount(amount.end + 1)
                .filter(|s| s.chinese == amount.chinese)
            {
                if unit_at(&self.chars, second.end).is_some() || second.magnified {
                    if second.magnified && !amount.magnified {
                        let factor = second.value / self.bare_value(amount.end + 1);
                        amount.value *= factor;
                    }
                    to = Some(second.value);
                    amount.end = second.end;
                }
            }
        }
        let mut end = amount.end;
        // `8 ％`: a space left between a number and its sign.
        if self.at(end) == Some(' ') && matches!(self.at(end + 1), Some('%' | '％')) {
            end += 1;
        }
        let mut qualifier = before.or(amount.inexact);
        if let Some(inside) = ["余", "多"].iter().find(|w| self.has(end, w)) {
            if unit_at(&self.chars, end + 1).is_some() {
                qualifier = qualifier.or(Some(if *inside == "余" { "余" } else { "多" }));
                end += 1;
            }
        }
        let Some(unit) = unit_at(&self.chars, end) else {
            // `125万` with no unit: a count of something the sentence names.
            return (amount.magnified && !amount.chinese).then(|| Found {
                start: i,
                end,
                kind: Kind::Count,
                value: Some(amount.value),
                to,
                unit: String::new(),
                qualifier,
                date: None,
            });
        };
        if !self.unit_fits(&amount, unit, end) {
            return None;
        }
        let mut unit_text = unit.text.to_owned();
        end += unit.text.chars().count();
        // Compound units: `公里/平方公里`.
        if unit.kind == Kind::Measure && self.at(end) == Some('/') {
            if let Some(per) = unit_at(&self.chars, end + 1).filter(|u| u.kind == Kind::Measure) {
                unit_text = format!("{unit_text}/{}", per.text);
                end += 1 + per.text.chars().count();
            }
        }
        // `5%—6%`: a range after the unit.
        if to.is_none() {
            if let Some(second) = self
                .at(end)
                .filter(|c| DASHES.contains(c))
                .and_then(|_| self.amount(end + 1))
                .filter(|second| self.has(second.end, unit.text))
            {
                to = Some(second.value);
                end = second.end + unit.text.chars().count();
            }
        }
        let (after, after_end) = self.qualifier_after(end);
        if after.is_some() {
            qualifier = qualifier.or(after);
            end = after_end;
        }
        let unit_text = match unit.text {
            "％" => "%".to_owned(),
            "元人民币" => "元".to_owned(),
            _ => unit_text,
        };
        Some(Found {
            start: i,
            end,
            kind: unit.kind,
            value: Some(amount.value),
            to,
            unit: unit_text,
            qualifier,
            date: None,
        })
    }

    /// Whether a unit makes a figure of this amount here: Chinese numerals
    /// only with plain measure words and not `一` (一个, 一批 are articles);
    /// no meeting ordinals (`二次全会`), slogans (`两个确立`), programme
    /// names (`十五分钟…圈`) or 4-digit years as durations.
    pub(super) fn unit_fits(&self, amount: &Amount, unit: &Unit, at: usize) -> bool {
        let after = at + unit.text.chars().count();
        // `百亿元级`: a class, not an amount.
        if self.at(after) == Some('级') {
            return false;
        }
        if amount.chinese {
            let article = amount.value == 1.0 && !amount.magnified && unit.kind == Kind::Count;
            // `三十万元`: with a magnitude any unit will do.
            if !(unit.after_chinese || amount.magnified) || article {
                return false;
            }
            if unit.text == "次"
                && ["全会", "会议", "大会", "党代会"]
                    .iter()
                    .any(|w| self.has(after, w))
            {
                return false;
            }
            if unit.text == "个"
                && [
                    "确立",
                    "维护",
                    "意识",
                    "自信",
                    "全面",
                    "务必",
                    "结合",
                    "先行",
                    "一体",
                    "坚持",
                    "走在前列",
                ]
                .iter()
                .any(|w| self.has(after, w))
            {
                return false;
            }
        }
        match unit.text {
            "年" => amount.value < 1000.0,
            "周" => !self.has(after, "年"),
            "对" => !self.at(after).is_some_and(is_digit),
            "分钟" | "小时" | "天" => !self.names_a_circle(after),
            _ => true,
        }
    }

    /// `十五分钟公共服务圈`, `1小时交通圈`: a duration that names a programme.
    pub(super) fn names_a_circle(&self, from: usize) -> bool {
        self.chars[from..]
            .iter()
            .take(12)
            .take_while(|&&c| !matches!(c, '，' | '。' | '；' | '、' | '”'))
            .any(|&c| c == '圈')
    }

    pub(super) fn percent_in_words(
        &self,
        start: usize,
        before: Option<&'static str>,
        at: usize,
    ) -> Option<Found> {
        let (mut value, mut end) = arabic(&self.chars, at).or_else(|| chinese(&self.chars, at))?;
        // `百分之十四点二`: Chinese decimals.
        if self.at(end) == Some('点') {
            let mut scale = 0.1;
            let mut i = end + 1;
            while let Some(digit) = self.at(i).and_then(chinese_digit_value) {
                value += digit * scale;
                scale /= 10.0;
                i += 1;
            }
            if i > end + 1 {
                end = i;
            }
        }
        // `百分之八至九`, `百分之四至百分之五`: a range.
        let mut to = None;
        if self.at(end).is_some_and(|c| DASHES.contains(&c)) {
            let second_at = end + 1 + if self.has(end + 1, "百分之") { 3 } else { 0 };
            if let Some((second, second_end)) =
                arabic(&self.chars, second_at).or_else(|| chinese(&self.chars, second_at))
            {
                to = Some(second);
                end = second_end;
            }
        }
        let (after, end_after) = self.qualifier_after(end);
        Some(Found {
            start,
            end: if after.is_some() { end_after } else { end },
            kind: Kind::Percent,
            value: Some(value),
            to,
            unit: "%".to_owned(),
            qualifier: before.or(after),
            date: None,
        })
    }
}
