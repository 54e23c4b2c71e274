//! The period a figure is about: a year, and whether it is that year's
//! value, an average over years (`年均`), a total over years (`累计`,
//! `五年来`), a part of a year (`前三季度`) or a plan period
//! (`“十五五”时期`).

use super::role::FigureRole;
use super::stages::{Stage, Stages};
use crate::report::figures::{sentence_before, whole_sentence_before, Figure, Kind};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Span {
    /// One year's value.
    Year,
    /// An average over years, up to `year`.
    Average,
    /// A total over years, up to `year`.
    Total,
    /// A part of the year (`前三季度`, `1-8月`), as written.
    PartOfYear(String),
    /// A plan period (`“十五五”时期`, `今后五年`), as written.
    Plan(String),
}

impl Span {
    pub fn name(&self) -> &'static str {
        match self {
            Span::Year => "year",
            Span::Average => "average",
            Span::Total => "total",
            Span::PartOfYear(_) => "part",
            Span::Plan(_) => "plan",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Period {
    /// The year it is about (the last, for an average or total), where the
    /// text says or implies it.
    pub year: Option<i32>,
    pub span: Span,
}

impl Period {
    /// As a reader sees it: `2024年`, `2024年前三季度`, `年均（至2012年）`,
    /// `“十五五”时期`.
    pub fn label(&self) -> String {
        let year = self
            .year
            .map(|year| format!("{year}年"))
            .unwrap_or_default();
        match &self.span {
            Span::Year => year,
            Span::PartOfYear(part) => format!("{year}{part}"),
            Span::Average if year.is_empty() => "年均".to_owned(),
            Span::Average => format!("年均（至{year}）"),
            Span::Total if year.is_empty() => "累计".to_owned(),
            Span::Total => format!("累计（至{year}）"),
            Span::Plan(words) => words.clone(),
        }
    }
}

const AVERAGE: [&str; 5] = ["年均", "平均每年", "每年平均", "年平均", "平均增长"];
const TOTAL: [&str; 5] = ["累计", "五年共", "共计", "五年间", "五年"];
/// Words of a sentence that speak of several years.
const YEARS: [&str; 8] = [
    "五年来",
    "过去五年",
    "这五年",
    "近五年",
    "五年累计",
    "五年中",
    "三年累计",
    "年来累计",
];
/// Words that name a plan period.
const PLANS: [&str; 11] = [
    "九五",
    "十五”",
    "十一五",
    "十二五",
    "十三五",
    "十四五",
    "十五五",
    "十六五",
    "今后五年",
    "未来五年",
    "规划期",
];
const PART_WORDS: [&str; 6] = ["季度", "上半年", "下半年", "前两个月", "个月", "月份"];

/// The clause before a figure.
fn clause_of(text: &str, start: usize) -> &str {
    let from = text[..start]
        .rfind(['，', '；', '。', '：', '！', '？'])
        .map_or(0, |i| i + 3);
    &text[from..start]
}

pub fn period_of(
    stages: &Stages,
    (stage, reviews_years): (Stage, bool),
    figures: &[Figure],
    index: usize,
    text: &str,
    role: Option<FigureRole>,
) -> Period {
    let figure = &figures[index];
    let start = figure.range.start;
    let sentence = sentence_before(text, start);
    let clause = clause_of(text, start);
    let clause_start = start - clause.len();
    // In the figure's own clause: a sentence may open with the plan it is
    // a year of (`今年是“十四五”规划的关键一年，主要预期目标是：…`).
    let plan = PLANS.iter().find(|word| clause.contains(*word));
    // `比上年增长12.8%` is one year's change, even in a five-year review.
    let one_year = ["比上年", "比去年", "较上年", "同比"]
        .iter()
        .any(|word| clause.contains(word))
        || said_last_year(sentence);
    // `财政收入从3.16万亿元增加到8.31万亿元`, `达到39.8万亿元`: the level
    // the years ended at (or `由…` began from), not a total over them.
    let level = ["到", "达", "由", "从"]
        .iter()
        .any(|word| clause.contains(word));
    let many_years = !one_year
        && (YEARS.iter().any(|word| sentence.contains(word))
            || (reviews_years && stage == Stage::Review && role == Some(FigureRole::Result)));
    // A part of the year said in the clause, or earlier in the sentence
    // unless the clause says the whole year (`上半年…增长1.2%…，全年预计
    // 同比增长1.5%`).
    let sentence_start = start - sentence.len();
    let part = part_of_year(figures, index, text, clause_start).or_else(|| {
        (!clause.contains("全年"))
            .then(|| part_of_year(figures, index, text, sentence_start))
            .flatten()
    });
    // Through `；`: `2004年，国内生产总值…增长9.5%；财政收入…增长21.4%`.
    let whole_start = start - whole_sentence_before(text, start).len();
    let explicit = figures[..index]
        .iter()
        .rev()
        .take_while(|earlier| earlier.range.start >= whole_start)
        .filter(|earlier| earlier.kind == Kind::Date)
        .filter(|earlier| !text[..earlier.range.start].ends_with(['比', '较', '从']))
        // `1985年以来`: since when, not when.
        .filter(|earlier| !text[earlier.range.end..].starts_with("以来"))
        .find_map(|earlier| earlier.date.as_deref()?.get(..4)?.parse::<i32>().ok());
    let average = AVERAGE.iter().any(|word| clause.contains(word));
    let total = TOTAL.iter().any(|word| clause.contains(word)) && !one_year;
    let span = if average {
        Span::Average
    } else if let (Some(plan), Some(FigureRole::Target) | None) = (plan, role) {
        if explicit.is_some() && role.is_none() {
            Span::Year
        } else {
            Span::Plan(plan_words(clause, plan))
        }
    } else if total || (many_years && explicit.is_none() && !level) {
        Span::Total
    } else if let Some(part) = part {
        Span::PartOfYear(part)
    } else {
        Span::Year
    };
    let year = explicit.or_else(|| {
        let report = stages.year?;
        if matches!(span, Span::Plan(_)) {
            return None;
        }
        // `由45.9%提高到…`: where the years began, a year not said.
        if many_years && (clause.ends_with('由') || clause.ends_with('从')) {
            return None;
        }
        if said_last_year(clause) {
            return Some(report - 1);
        }
        match role {
            Some(FigureRole::Target) => Some(report),
            Some(FigureRole::Result) => Some(report - 1),
            None => None,
        }
    });
    Period { year, span }
}

/// The part of a year said before figure `index`, from `from` on: a date
/// (`前三季度`, `1-8月`) or words (`上半年`).
fn part_of_year(figures: &[Figure], index: usize, text: &str, from: usize) -> Option<String> {
    let start = figures[index].range.start;
    figures[..index]
        .iter()
        .rev()
        .take_while(|earlier| earlier.range.start >= from)
        .find(|earlier| earlier.kind == Kind::Date && is_part_of_year(&text[earlier.range.clone()]))
        .map(|earlier| text[earlier.range.clone()].to_owned())
        .or_else(|| {
            PART_WORDS
                .iter()
                .find(|word| text[from..start].contains(*word))
                .map(|word| (*word).to_owned())
        })
}

/// `前三季度`, `一季度`, `1-8月`: a part of a year.
fn is_part_of_year(written: &str) -> bool {
    written.contains("季度")
        || (written.contains('月') && written.contains(['-', '—', '–', '－', '至']))
}

/// `去年`, `上年` as the time of a figure (not `比上年`, a comparison).
pub fn said_last_year(clause: &str) -> bool {
    ["去年", "上年"].iter().any(|word| {
        clause
            .match_indices(word)
            .any(|(at, _)| !clause[..at].ends_with(['比', '较']) && !clause[..at].ends_with("同比"))
    })
}

/// The plan period as the clause writes it: `“十五五”时期`, `今后五年`.
fn plan_words(clause: &str, plan: &str) -> String {
    let at = clause.find(plan).unwrap_or(0);
    let from = if clause[..at].ends_with('“') {
        at - '“'.len_utf8()
    } else {
        at
    };
    let rest = &clause[from..];
    for word in ["时期", "期间", "规划"] {
        if let Some(p) = rest.find(word).filter(|p| *p <= 24) {
            return rest[..p + word.len()].to_owned();
        }
    }
    let mut end = at - from + plan.len();
    if rest[end..].starts_with('”') {
        end += '”'.len_utf8();
    }
    rest[..end].to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::figures::recognise;

    fn period(text: &str, written: &str, year: Option<i32>, role: Option<FigureRole>) -> Period {
        let stages = Stages::of_year(year);
        let figures = recognise(text);
        let index = figures
            .iter()
            .position(|f| &text[f.range.clone()] == written)
            .unwrap_or_else(|| panic!("no {written}"));
        period_of(&stages, (Stage::Review, false), &figures, index, text, role)
    }

    #[test]
    fn spans() {
        let target = Some(FigureRole::Target);
        let result = Some(FigureRole::Result);
        let p = period("地区生产总值增长5%左右。", "5%左右", Some(2025), target);
        assert_eq!((p.year, p.span), (Some(2025), Span::Year));
        let p = period("地区生产总值增长5.4%。", "5.4%", Some(2025), result);
        assert_eq!((p.year, p.span), (Some(2024), Span::Year));
        let p = period("前三季度同比增长1.8%。", "1.8%", Some(2023), result);
        assert_eq!(p.span, Span::PartOfYear("前三季度".to_owned()));
        let p = period("国内生产总值年均增长9.3%。", "9.3%", Some(2013), result);
        assert_eq!(p.span, Span::Average);
        let p = period(
            "五年累计7.79万亿元，年均增长21.58%。",
            "7.79万亿元",
            Some(2013),
            result,
        );
        assert_eq!(p.span, Span::Total);
        let p = period("“十五五”时期年均增长5%左右。", "5%左右", Some(2026), target);
        assert_eq!(p.span, Span::Average);
        let p = period("“十五五”时期研发投入强度达到3%。", "3%", Some(2026), target);
        assert_eq!(p.span, Span::Plan("“十五五”时期".to_owned()));
        let p = period(
            "今年是“十四五”规划收官之年，主要预期目标是：增长5%左右。",
            "5%左右",
            Some(2025),
            target,
        );
        assert_eq!((p.year, p.span), (Some(2025), Span::Year));
        let p = period("2004年，国内生产总值比上年增长9.5%。", "9.5%", None, result);
        assert_eq!((p.year, p.span), (Some(2004), Span::Year));
        let p = period("比2000年翻一番，增长8%。", "8%", Some(2001), target);
        assert_eq!(p.year, Some(2001));
        let p = period("1-8月实现回正，增长2.2%。", "2.2%", Some(2023), result);
        assert_eq!(p.year, Some(2022));
        let p = period("1-8月增长2.2%。", "2.2%", Some(2023), result);
        assert_eq!(p.span, Span::PartOfYear("1-8月".to_owned()));
    }
}
