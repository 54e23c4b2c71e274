//! The units and measure words that make a number a figure.

use super::kind::Kind;

pub struct Unit {
    pub text: &'static str,
    pub kind: Kind,
    /// Also counts after a Chinese numeral (`两项`, `五家`); Chinese numerals
    /// are everywhere in the prose, so only plain measure words qualify.
    pub after_chinese: bool,
}

const fn unit(text: &'static str, kind: Kind, after_chinese: bool) -> Unit {
    Unit {
        text,
        kind,
        after_chinese,
    }
}

use Kind::{Count, Measure, Money, Percent};

/// Longest first where one unit starts another (`人次` before `人`).
pub const UNITS: &[Unit] = &[
    // Money.
    unit("元人民币", Money, false),
    unit("美元", Money, false),
    unit("欧元", Money, false),
    unit("港元", Money, false),
    unit("港币", Money, false),
    unit("日元", Money, false),
    unit("英镑", Money, false),
    unit("元", Money, false),
    // Percent.
    unit("个百分点", Percent, true),
    unit("%", Percent, false),
    unit("％", Percent, false),
    unit("‰", Percent, false),
    // Measures (before counts that share a first character).
    unit("平方公里", Measure, false),
    unit("平方千米", Measure, false),
    unit("平方米", Measure, false),
    unit("立方米", Measure, false),
    unit("公里", Measure, false),
    unit("千米", Measure, false),
    unit("延米", Measure, false),
    unit("米", Measure, false),
    unit("公顷", Measure, false),
    unit("亩", Measure, false),
    unit("吨标准煤", Measure, false),
    unit("吨", Measure, false),
    unit("公斤", Measure, false),
    unit("斤", Measure, false),
    unit("千克", Measure, false),
    unit("微克/立方米", Measure, false),
    unit("毫克", Measure, false),
    unit("千瓦时", Measure, false),
    unit("千瓦", Measure, false),
    unit("兆瓦", Measure, false),
    unit("瓦", Measure, false),
    unit("度电", Measure, false),
    unit("标准箱", Measure, false),
    unit("标箱", Measure, false),
    unit("TEU", Measure, false),
    unit("升", Measure, false),
    unit("倍", Measure, false),
    unit("个工作日", Measure, true),
    unit("工作日", Measure, true),
    unit("个月", Measure, true),
    unit("小时", Measure, true),
    unit("分钟", Measure, true),
    unit("天", Measure, true),
    unit("周", Measure, false),
    unit("年", Measure, false),
    // Counts.
    unit("人次", Count, true),
    unit("剂次", Count, false),
    unit("架次", Count, false),
    unit("车次", Count, false),
    unit("班次", Count, false),
    unit("户次", Count, false),
    unit("余人", Count, false),
    unit("个", Count, true),
    unit("家", Count, true),
    unit("名", Count, true),
    unit("人", Count, true),
    unit("位", Count, true),
    unit("项", Count, true),
    unit("所", Count, true),
    unit("条", Count, true),
    unit("座", Count, true),
    unit("处", Count, true),
    unit("片", Count, true),
    unit("套", Count, true),
    unit("户", Count, true),
    unit("件", Count, true),
    unit("场", Count, true),
    unit("轮", Count, true),
    unit("批", Count, true),
    unit("次", Count, true),
    unit("宗", Count, true),
    unit("张", Count, true),
    unit("台", Count, true),
    unit("辆", Count, true),
    unit("艘", Count, true),
    unit("架", Count, true),
    unit("部", Count, true),
    unit("支", Count, true),
    unit("类", Count, true),
    unit("种", Count, true),
    unit("例", Count, true),
    unit("起", Count, true),
    unit("只", Count, true),
    unit("头", Count, true),
    unit("株", Count, true),
    unit("棵", Count, true),
    unit("份", Count, true),
    unit("本", Count, true),
    unit("册", Count, true),
    unit("篇", Count, true),
    unit("间", Count, true),
    unit("栋", Count, true),
    unit("幢", Count, true),
    unit("床", Count, true),
    unit("组", Count, true),
    unit("对", Count, true),
    unit("枚", Count, true),
    unit("块", Count, true),
    unit("盏", Count, true),
    unit("根", Count, true),
    unit("单", Count, false),
    unit("笔", Count, true),
    unit("款", Count, true),
    unit("门", Count, true),
];

/// The unit that starts at `chars[at..]`, longest first.
pub fn unit_at(chars: &[char], at: usize) -> Option<&'static Unit> {
    UNITS.iter().find(|unit| starts_with(chars, at, unit.text))
}

pub fn starts_with(chars: &[char], at: usize, word: &str) -> bool {
    let mut rest = chars.get(at..).unwrap_or_default().iter();
    word.chars().all(|c| rest.next() == Some(&c))
}

/// Powers of ten written as words after a number (`734亿`, `3.4万`).
pub const MAGNITUDES: &[(&str, f64)] = &[
    ("万亿", 1e12),
    ("千万", 1e7),
    ("百万", 1e6),
    ("亿", 1e8),
    ("万", 1e4),
];
