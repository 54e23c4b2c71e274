//! What a place's name looks like, and where a title names one.

use super::Level;
use crate::library::divisions;

/// The State Council, the national government's name in its reports.
pub const STATE_COUNCIL: &str = "国务院";

/// What a place's name ends in, longest first.
const PLACE_ENDS: [&str; 11] = [
    "自治区",
    "自治州",
    "自治县",
    "地区",
    "省",
    "市",
    "州",
    "盟",
    "区",
    "县",
    "旗",
];

/// A name that is a place: one of the table (`杭州`, `延边州`), or one that
/// ends as places do with at least two characters before (`钱塘区`, not
/// `自治区`, `全市` or `市区`).
pub fn is_place_name(name: &str) -> bool {
    let count = name.chars().count();
    if !(2..=16).contains(&count)
        || name.contains(|c: char| c.is_ascii() || is_punctuation(c))
        // (`本市`, `全省`, `我县` have too little before their end: below.)
        || ["在", "第", "大会"]
            .iter()
            .any(|start| name.starts_with(start))
        || ["人民", "代表", "会议", "政府", "工作", "报告"]
            .iter()
            .any(|word| name.contains(word))
    {
        return false;
    }
    if name == STATE_COUNCIL || !divisions::find(name, None).is_empty() {
        return true;
    }
    PLACE_ENDS
        .iter()
        .find_map(|end| name.strip_suffix(end))
        .is_some_and(|before| before.chars().count() >= 2)
}

fn is_punctuation(c: char) -> bool {
    matches!(
        c,
        '，' | '。'
            | '、'
            | '；'
            | '：'
            | '！'
            | '？'
            | '（'
            | '）'
            | '“'
            | '”'
            | '《'
            | '》'
            | '—'
            | '…'
            | '\u{3000}'
            | '·'
    ) || c.is_whitespace()
}

/// The level a place's name says by its ending alone.
pub fn level_of_name(place: &str) -> Option<Level> {
    if place == STATE_COUNCIL || place == "全国" {
        return Some(Level::National);
    }
    if place.ends_with('省') || place.ends_with("自治区") {
        return Some(Level::Province);
    }
    if ["自治县", "区", "县", "旗"]
        .iter()
        .any(|end| place.ends_with(end))
    {
        return Some(Level::District);
    }
    if ["市", "州", "盟", "地区"]
        .iter()
        .any(|end| place.ends_with(end))
    {
        return Some(Level::City);
    }
    None
}

/// `2025年湖南省政府工作报告`, `陕西省2026年政府工作报告`, `# 上海市人民政府工作报告`,
/// `延边州政府工作报告（2021年1月12日 金寿浩）` → the place before 政府工作报告.
pub fn place_before_report(title: &str) -> Option<String> {
    let end = title
        .find("人民政府工作报告")
        .or_else(|| title.find("政府工作报告"))?;
    let name = without_years(&title[..end]);
    let name = name.trim_matches(|c: char| c.is_whitespace() || matches!(c, '#' | '*' | '—'));
    let name = name.strip_prefix("关于").unwrap_or(name);
    (is_place_name(name)).then(|| name.to_owned())
}

/// A name without the years written in it (`2026年`, `２０２６年`).
fn without_years(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let digits = chars[i..]
            .iter()
            .take_while(|c| c.is_ascii_digit() || ('０'..='９').contains(*c))
            .count();
        if digits == 4 {
            i += digits;
            if chars.get(i) == Some(&'年') {
                i += 1;
            }
            continue;
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_that_are_places_and_names_that_are_not() {
        for place in [
            "浙江省",
            "杭州",
            "延边州",
            "延边朝鲜族自治州",
            "钱塘区",
            "本溪市",
            "全椒县",
            "锡林郭勒盟",
            "国务院",
        ] {
            assert!(is_place_name(place), "{place}");
        }
        for not in [
            "自治区",
            "全市",
            "市区",
            "本市",
            "我省",
            "大会第六次会议上兰州市",
            "市人民政府",
            "ab市",
            "杭州，市",
        ] {
            assert!(!is_place_name(not), "{not}");
        }
    }

    #[test]
    fn titles() {
        let cases = [
            ("2025年湖南省政府工作报告", Some("湖南省")),
            ("陕西省2026年政府工作报告", Some("陕西省")),
            ("# 上海市人民政府工作报告", Some("上海市")),
            (
                "七台河市政府工作报告 （2014年1月9日 韩立华）",
                Some("七台河市"),
            ),
            ("延边州政府工作报告（2021年1月12日 金寿浩）", Some("延边州")),
            ("2026年政府工作报告", None),
            ("政府工作报告", None),
        ];
        for (title, place) in cases {
            assert_eq!(place_before_report(title).as_deref(), place, "{title}");
        }
    }
}
