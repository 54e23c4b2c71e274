//! The kinds of figures in a work report and what one figure is.

use std::ops::Range;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Money,
    Percent,
    Count,
    Measure,
    Rank,
    Date,
}

impl Kind {
    pub const ALL: [Kind; 6] = [
        Kind::Money,
        Kind::Percent,
        Kind::Count,
        Kind::Measure,
        Kind::Rank,
        Kind::Date,
    ];

    /// The name used in data attributes and exports.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Money => "money",
            Kind::Percent => "percent",
            Kind::Count => "count",
            Kind::Measure => "measure",
            Kind::Rank => "rank",
            Kind::Date => "date",
        }
    }

    /// The name a reader sees.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Money => "金额",
            Kind::Percent => "百分比",
            Kind::Count => "数量",
            Kind::Measure => "度量",
            Kind::Rank => "排名",
            Kind::Date => "日期",
        }
    }
}

/// A figure the report states: where it is in a block's text, and what it is.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    pub kind: Kind,
    /// Byte range in the block's (repaired) text, qualifiers included.
    pub range: Range<usize>,
    /// The number in base units (`734亿元` → 73,400,000,000); for a rank,
    /// the place (1 for 第一 or 首位); `None` where there is none (前列).
    pub value: Option<f64>,
    /// The upper end of a range (`5%—6%`, `1-8月`).
    pub to: Option<f64>,
    /// The base unit (`元`, `%`, `个百分点`, `家`, `平方米`); for a rank its
    /// scope (`全市`); for a date `日期`.
    pub unit: String,
    /// 超, 近, 约, 余, 多, 以上, 以下 or 左右.
    pub qualifier: Option<&'static str>,
    /// Whether a percent is a rate of change (after 增长, 下降…, or 个百分点).
    pub growth: bool,
    /// A date in ISO 8601 form where it has one (`2023-01-07`, `2022`, `--12-14`).
    pub date: Option<String>,
}
