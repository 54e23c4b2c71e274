//! The recogniser: a scanner over the characters of a paragraph that finds
//! money, percentages, counts, measures, ranks and dates, and leaves alone
//! the digits inside names and labels (5G, PM2.5, 地铁3号线, “152”项目, 4·19).

use super::kind::{Figure, Kind};
use super::number::{arabic, chinese, chinese_digit_value, is_chinese_numeral, is_digit};
use super::units::{starts_with, unit_at, Unit, MAGNITUDES};

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

/// Words after 增长, 下降 … that make a percent a rate of change.
const CHANGE_WORDS: [&str; 24] = [
    "增长",
    "增幅",
    "增速",
    "增加",
    "增收",
    "下降",
    "降幅",
    "降低",
    "减少",
    "提升",
    "提高",
    "上升",
    "上涨",
    "涨幅",
    "回落",
    "回升",
    "拓宽",
    "扩大",
    "缩小",
    "同比",
    "环比",
    "比上年",
    "年均",
    "翻",
];

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

    /// Whether the clause before `start` says the figure is a change
    /// (`同比增长1.2%`, `下降0.5%`), not the level reached (`提高到68.5%`).
    fn after_change_word(&self, start: usize) -> bool {
        let clause_start = self.chars[..start]
            .iter()
            .rposition(|&c| matches!(c, '，' | '。' | '；' | '：' | '！' | '？' | ',' | ';'))
            .map_or(0, |i| i + 1);
        // 增加值 (value added) and 增长点 are nouns, not changes.
        let clause: String = self.chars[clause_start..start].iter().collect::<String>();
        let clause = clause
            .replace("增加值", "")
            .replace("增长点", "")
            .replace("增长极", "");
        let Some((at, word)) = CHANGE_WORDS
            .iter()
            .filter_map(|word| clause.rfind(word).map(|at| (at, word)))
            .max_by_key(|&(at, word)| at + word.len())
        else {
            return false;
        };
        let between = clause[at + word.len()..].trim_start_matches(['了', '了']);
        !(between.starts_with('到') || between.starts_with('至'))
    }

    /// Whether a number may start at `i`: not inside another number, a
    /// name (`PM2.5`, `X2`) or an ordinal (`第24届`).
    fn may_start_number(&self, i: usize) -> bool {
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
    fn amount(&self, i: usize) -> Option<Amount> {
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
    fn round_hundreds(&self, i: usize) -> Option<Amount> {
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

    /// Characters right after a number that make it part of a name.
    fn label_follows(&self, end: usize) -> bool {
        let next = self.at(end);
        let after = self.at(end + 1);
        match next {
            Some(c) if c.is_ascii_alphabetic() && !self.has(end, "TEU") => true,
            Some('·' | '•' | '+' | '.' | '．') => after.is_some_and(is_digit),
            Some('号' | '岁' | '#' | '＃') => true,
            _ => self.has(end, "年代") || self.has(end, "周年") || self.has(end, "届"),
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

    /// Money, percent, count or measure at `i`.
    fn quantity(&self, i: usize) -> Option<Found> {
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

    /// The value of the number at `i` without its magnitude.
    fn bare_value(&self, i: usize) -> f64 {
        arabic(&self.chars, i)
            .or_else(|| chinese(&self.chars, i))
            .map_or(1.0, |(value, _)| value)
            .max(f64::MIN_POSITIVE)
    }

    /// Whether a unit makes a figure of this amount here: Chinese numerals
    /// only with plain measure words and not `一` (一个, 一批 are articles);
    /// no meeting ordinals (`二次全会`), slogans (`两个确立`), programme
    /// names (`十五分钟…圈`) or 4-digit years as durations.
    fn unit_fits(&self, amount: &Amount, unit: &Unit, at: usize) -> bool {
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
    fn names_a_circle(&self, from: usize) -> bool {
        self.chars[from..]
            .iter()
            .take(12)
            .take_while(|&&c| !matches!(c, '，' | '。' | '；' | '、' | '”'))
            .any(|&c| c == '圈')
    }

    fn percent_in_words(
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

    /// `2023年1月7日`, `2022年末`, `1-8月`, `12月14日`, `23日`, `前三季度`.
    fn date(&self, i: usize) -> Option<Found> {
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
    fn quarter(&self, i: usize) -> Option<Found> {
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

    fn date_found(
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

    /// `居全市第8`, `全省第一`, `居全市前列`, `居全市首位`, `总数第二`,
    /// `全省首个`.
    fn rank(&self, i: usize) -> Option<Found> {
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
    fn standing(&self, j: usize, scoped: bool) -> Option<(Option<f64>, usize)> {
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
