//! The recogniser: a scanner over the characters of a paragraph that finds
//! money, percentages, counts, measures, ranks and dates, and leaves alone
//! the digits inside names and labels (5G, PM2.5, 地铁3号线, “152”项目, 4·19).
//! The scanner is here; what it looks for has a room each: amounts (a
//! number with its magnitude), quantities (money, percentages, counts and
//! measures), dates, ranks, and whether a percentage is a change.

mod amount;
mod date;
mod growth;
mod quantity;
mod rank;

use super::kind::{Figure, Kind};
use super::number::{is_chinese_numeral, is_digit};
use super::units::starts_with;

/// Finds the figures in a text, in order, never overlapping.
pub fn recognise(text: &str) -> Vec<Figure> {
    Scanner::new(text).run()
}

/// A number as written, with its magnitude (`3.4万`).
#[derive(Clone, Copy)]
struct Amount {
    value: f64,
    end: usize,
    chinese: bool,
    magnified: bool,
    /// 余 or 多 between the number and its magnitude (`3000多万`).
    inexact: Option<&'static str>,
}

/// A figure found, in character positions.
struct Found {
    start: usize,
    end: usize,
    kind: Kind,
    value: Option<f64>,
    to: Option<f64>,
    unit: String,
    qualifier: Option<&'static str>,
    date: Option<String>,
}

struct Scanner {
    chars: Vec<char>,
    /// Byte offset of each character, and of the end.
    bytes: Vec<usize>,
    /// Whether each character is inside a short quotation (a name or label).
    quoted: Vec<bool>,
}

const DASHES: [char; 7] = ['-', '—', '–', '－', '～', '~', '至'];

const QUALIFIERS_BEFORE: [(&str, &str); 14] = [
    ("超过", "超"),
    ("超", "超"),
    ("逾", "超"),
    ("将近", "近"),
    ("接近", "近"),
    ("近", "近"),
    ("大约", "约"),
    ("约", "约"),
    ("不少于", "以上"),
    ("不低于", "以上"),
    ("至少", "以上"),
    ("不超过", "以下"),
    ("不到", "以下"),
    ("不足", "以下"),
];

const QUALIFIERS_AFTER: [(&str, &str); 7] = [
    ("以上", "以上"),
    ("以下", "以下"),
    ("以内", "以下"),
    ("左右", "左右"),
    ("上下", "左右"),
    ("有余", "余"),
    ("多", "多"),
];

impl Scanner {
    fn new(text: &str) -> Scanner {
        let mut chars = Vec::new();
        let mut bytes = Vec::new();
        for (byte, c) in text.char_indices() {
            chars.push(c);
            bytes.push(byte);
        }
        bytes.push(text.len());
        let quoted = quoted(&chars);
        Scanner {
            chars,
            bytes,
            quoted,
        }
    }

    fn at(&self, i: usize) -> Option<char> {
        self.chars.get(i).copied()
    }

    fn has(&self, i: usize, word: &str) -> bool {
        starts_with(&self.chars, i, word)
    }

    fn run(&self) -> Vec<Figure> {
        let mut figures = Vec::new();
        let mut i = 0;
        while i < self.chars.len() {
            if self.quoted[i] || !may_open_a_figure(self.chars[i]) {
                i += 1;
                continue;
            }
            let found = self
                .rank(i)
                .or_else(|| self.date(i))
                .or_else(|| self.quantity(i));
            match found {
                Some(found) if !self.quoted[found.end - 1] => {
                    i = found.end;
                    figures.push(self.figure(found));
                }
                _ => i += 1,
            }
        }
        figures
    }

    fn figure(&self, found: Found) -> Figure {
        let growth = found.kind == Kind::Percent
            && (found.unit == "个百分点" || self.after_change_word(found.start));
        Figure {
            kind: found.kind,
            range: self.bytes[found.start]..self.bytes[found.end],
            value: found.value.map(tidy),
            to: found.to.map(tidy),
            unit: found.unit,
            qualifier: found.qualifier,
            growth,
            date: found.date,
        }
    }

    fn qualifier_before(&self, i: usize) -> (Option<&'static str>, usize) {
        for (word, canonical) in QUALIFIERS_BEFORE {
            if self.has(i, word) {
                return (Some(canonical), i + word.chars().count());
            }
        }
        (None, i)
    }

    fn qualifier_after(&self, i: usize) -> (Option<&'static str>, usize) {
        for (word, canonical) in QUALIFIERS_AFTER {
            if self.has(i, word) {
                return (Some(canonical), i + word.chars().count());
            }
        }
        (None, i)
    }
}

/// Whether a figure can start with this character: a digit or numeral, a
/// qualifier (超, 近 …), a rank's verb or scope (居, 全 …), 前 or 第, 百分之.
/// Most characters of the prose cannot, and are passed over at once.
fn may_open_a_figure(c: char) -> bool {
    is_digit(c)
        || is_chinese_numeral(c)
        || "超逾将接近大约不至位跃稳排居列全世省市国同总前第".contains(c)
}

/// Rounds away the binary noise of decimal arithmetic (`1.14亿` is
/// 114,000,000, not 113,999,999.99999999): twelve significant digits are
/// more than any report writes.
fn tidy(value: f64) -> f64 {
    if value == 0.0 || !value.is_finite() {
        return value;
    }
    let decimals = 12 - value.abs().log10().ceil() as i32;
    let scale = 10f64.powi(decimals);
    (value * scale).round() / scale
}

/// Marks the characters inside short quotations (`“152”`, `“15分钟品质文化
/// 生活圈”`, `《…》`): names and labels whose digits are not figures. Long
/// quotations are quoted speech, whose figures count.
fn quoted(chars: &[char]) -> Vec<bool> {
    const LONGEST_LABEL: usize = 30;
    let mut quoted = vec![false; chars.len()];
    let mut i = 0;
    while i < chars.len() {
        let close = match chars[i] {
            '“' => '”',
            '「' => '」',
            '『' => '』',
            '《' => '》',
            '"' => '"',
            _ => {
                i += 1;
                continue;
            }
        };
        let end = chars[i + 1..]
            .iter()
            .take(LONGEST_LABEL + 1)
            .position(|&c| c == close);
        match end {
            Some(length) => {
                for flag in &mut quoted[i + 1..i + 1 + length] {
                    *flag = true;
                }
                i += length + 2;
            }
            None => i += 1,
        }
    }
    quoted
}
