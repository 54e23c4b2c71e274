//! Where and when a report was given, read from its own text: the place
//! whose government reports (国务院, 浙江省, 杭州市拱墅区), its level, the
//! year the report is for, the day it was read and who read it.

use crate::report::figures::{recognise, Kind};
use crate::report::{Model, Report, Role};

/// The level of government a report is given to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    National,
    Province,
    City,
    District,
}

impl Level {
    pub const ALL: [Level; 4] = [
        Level::National,
        Level::Province,
        Level::City,
        Level::District,
    ];

    /// The name a manifest and an address use.
    pub fn name(self) -> &'static str {
        match self {
            Level::National => "national",
            Level::Province => "province",
            Level::City => "city",
            Level::District => "district",
        }
    }

    /// The name a reader sees.
    pub fn label(self) -> &'static str {
        match self {
            Level::National => "全国",
            Level::Province => "省级",
            Level::City => "市级",
            Level::District => "区县",
        }
    }

    pub fn from_name(name: &str) -> Option<Level> {
        Level::ALL
            .into_iter()
            .find(|level| level.name() == name || level.label() == name)
    }
}

/// What a report says of itself; each part where the text says it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Placement {
    pub place: Option<String>,
    pub level: Option<Level>,
    /// The year the report is for (the one it plans).
    pub year: Option<i32>,
    /// The day it was read, `YYYY-MM-DD`.
    pub date: Option<String>,
    /// Who read it, with the office (`区长 冯晶`).
    pub speaker: Option<String>,
}

impl Placement {
    /// Whether the library can file it: a place and a year.
    pub fn is_placed(&self) -> bool {
        self.place.is_some() && self.year.is_some()
    }
}

/// The State Council, the national government's name in its reports.
const STATE_COUNCIL: &str = "国务院";

/// Municipalities directly under the central government: provinces.
const MUNICIPALITIES: [&str; 4] = ["北京市", "天津市", "上海市", "重庆市"];

/// The offices that read a report, each with its level; the acting forms
/// (`代省长`) are the same office.
const OFFICES: [(&str, Level); 8] = [
    ("总理", Level::National),
    ("省长", Level::Province),
    ("主席", Level::Province),
    ("市长", Level::City),
    ("州长", Level::City),
    ("区长", Level::District),
    ("县长", Level::District),
    ("旗长", Level::District),
];

pub fn placement(model: &Model) -> Placement {
    let report = &model.report;
    let meeting = report.front_block(Role::Meeting).map(|b| b.as_str());
    let speaker_line = report.front_block(Role::Speaker).map(|b| b.as_str());
    let speaker = speaker_line.and_then(speaker_of);
    let place = meeting
        .and_then(place_of_meeting)
        .or_else(|| report.title().and_then(place_of_title))
        .or_else(|| speaker.as_ref().and_then(|s| s.place.clone()))
        .or_else(|| place_in_opening(report));
    let level = place
        .as_deref()
        .and_then(level_of_place)
        .or_else(|| speaker.as_ref().and_then(|s| s.level))
        .or_else(|| level_in_opening(report));
    Placement {
        place,
        level,
        year: model.figures.year,
        date: meeting.and_then(date_of),
        speaker: speaker.map(|s| s.shown),
    }
}

/// `在杭州市拱墅区第二届人民代表大会第三次会议上` → 杭州市拱墅区;
/// `在第十四届全国人民代表大会…` → 国务院.
fn place_of_meeting(line: &str) -> Option<String> {
    let at = line.find('在')? + '在'.len_utf8();
    let end = at + line[at..].find("人民代表大会")?;
    let mut place = line[at..end].to_owned();
    // Take out the congress's number (`第二届`), wherever it stands.
    if let Some(start) = place.find('第') {
        if let Some(count) = place[start..].find('届') {
            place.replace_range(start..start + count + '届'.len_utf8(), "");
        }
    }
    match place.trim() {
        "全国" => Some(STATE_COUNCIL.to_owned()),
        "" => None,
        name if is_place_name(name) => Some(name.to_owned()),
        _ => None,
    }
}

/// `2025年湖南省政府工作报告` → 湖南省.
fn place_of_title(title: &str) -> Option<String> {
    let end = title
        .find("人民政府工作报告")
        .or_else(|| title.find("政府工作报告"))?;
    let mut name = title[..end].trim();
    if let Some(year_end) = name.find('年') {
        if name[..year_end].chars().all(|c| c.is_ascii_digit()) {
            name = &name[year_end + '年'.len_utf8()..];
        }
    }
    let name = name.trim_start_matches(['#', ' ', '\u{3000}']).trim();
    (name == STATE_COUNCIL || is_place_name(name)).then(|| name.to_owned())
}

/// A name that ends as places do (`省`, `自治区`, `市`, `区`, `县` …).
fn is_place_name(name: &str) -> bool {
    let count = name.chars().count();
    (2..=16).contains(&count)
        && ["省", "自治区", "市", "州", "盟", "地区", "区", "县", "旗"]
            .iter()
            .any(|end| name.ends_with(end))
        && !name.contains(['，', '。', '、', ' '])
}

/// The level a place's name says.
fn level_of_place(place: &str) -> Option<Level> {
    if place == STATE_COUNCIL || place == "全国" {
        return Some(Level::National);
    }
    if MUNICIPALITIES.contains(&place) || place.ends_with('省') || place.ends_with("自治区") {
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

struct Speaker {
    place: Option<String>,
    level: Option<Level>,
    shown: String,
}

/// `拱墅区人民政府区长 冯 晶`, `国务院总理　李强`, `市长　王志远`.
fn speaker_of(line: &str) -> Option<Speaker> {
    let line = line.trim_start_matches(['■', '●', '▲', '◆', '★', ' ', '\u{3000}']);
    let (at, office, level) = OFFICES
        .iter()
        .filter_map(|&(office, level)| line.find(office).map(|at| (at, office, level)))
        .min_by_key(|&(at, ..)| at)?;
    let before = line[..at].trim_end_matches('代');
    let acting = before.len() < line[..at].len();
    let before = before.trim_end_matches("人民政府").trim();
    let name: String = line[at + office.len()..]
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let place = (before == STATE_COUNCIL || is_place_name(before)).then(|| before.to_owned());
    let office = if acting {
        format!("代{office}")
    } else {
        office.to_owned()
    };
    let shown = if name.is_empty() {
        office
    } else {
        format!("{office} {name}")
    };
    Some(Speaker {
        place,
        level: Some(level),
        shown,
    })
}

/// The opening lines a report's speaker says on whose behalf they speak.
fn opening(report: &Report) -> impl Iterator<Item = &str> {
    report.blocks().take(8).map(|block| block.as_str())
}

/// What follows each `代表` of the opening lines (`各位代表，现在，我代表
/// 国务院…`: the second).
fn on_behalf_of(report: &Report) -> impl Iterator<Item = &str> {
    opening(report).flat_map(|text| {
        text.match_indices("代表")
            .map(move |(at, word)| &text[at + word.len()..])
    })
}

/// `我代表国务院`, `我代表浙江省人民政府`.
fn place_in_opening(report: &Report) -> Option<String> {
    on_behalf_of(report).find_map(|rest| {
        if rest.starts_with(STATE_COUNCIL) {
            return Some(STATE_COUNCIL.to_owned());
        }
        let name = &rest[..rest.find("人民政府")?];
        is_place_name(name).then(|| name.to_owned())
    })
}

/// `我代表市人民政府`: the level alone.
fn level_in_opening(report: &Report) -> Option<Level> {
    on_behalf_of(report).find_map(|rest| {
        let level = match rest.chars().next()? {
            '省' | '自' => Level::Province,
            '市' | '州' => Level::City,
            '区' | '县' | '旗' => Level::District,
            _ => return None,
        };
        rest.contains("人民政府").then_some(level)
    })
}

/// The day a meeting line names, `YYYY-MM-DD`.
fn date_of(line: &str) -> Option<String> {
    recognise(line)
        .into_iter()
        .filter(|figure| figure.kind == Kind::Date)
        .find_map(|figure| figure.date.filter(|date| date.len() == 10))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn placed(text: &str) -> Placement {
        placement(&Model::new(text))
    }

    #[test]
    fn the_seed_is_a_district() {
        // `在拱墅区第一届人民代表大会…`.
        let placement = placed(crate::SEED_REPORT);
        assert_eq!(placement.place.as_deref(), Some("拱墅区"));
        assert_eq!(placement.level, Some(Level::District));
        assert_eq!(placement.year, Some(2023));
        assert_eq!(placement.date.as_deref(), Some("2023-01-07"));
        assert_eq!(placement.speaker.as_deref(), Some("区长 冯晶"));
    }

    #[test]
    fn the_national_report_with_its_meeting_and_premier() {
        let placement = placed(
            "政府工作报告\n\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n\n国务院总理　李强\n\n各位代表：\n\n一、2023年工作回顾\n\n国内生产总值增长5.2%。\n",
        );
        assert_eq!(placement.place.as_deref(), Some("国务院"));
        assert_eq!(placement.level, Some(Level::National));
        assert_eq!(placement.year, Some(2024));
        assert_eq!(placement.date.as_deref(), Some("2024-03-05"));
        assert_eq!(placement.speaker.as_deref(), Some("总理 李强"));
    }

    #[test]
    fn every_national_report_of_the_repository_is_placed() {
        let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("reports/national");
        let mut seen = 0;
        for entry in std::fs::read_dir(folder).expect("reports/national") {
            let path = entry.expect("an entry").path();
            let Some(year) = path
                .file_stem()
                .and_then(|s| s.to_str()?.parse::<i32>().ok())
            else {
                continue;
            };
            let placement = placed(&std::fs::read_to_string(&path).expect("UTF-8"));
            assert_eq!(placement.place.as_deref(), Some("国务院"), "{year}");
            assert_eq!(placement.level, Some(Level::National), "{year}");
            assert_eq!(placement.year, Some(year), "{year}");
            seen += 1;
        }
        assert_eq!(seen, 21);
    }

    #[test]
    fn a_text_that_only_says_on_whose_behalf() {
        let placement = placed(
            "各位代表：\n\n　　现在，我代表国务院向大会作政府工作报告，请予审议。\n\n一、１９９１年国内工作的回顾\n\n　　１９９１年是不平凡的一年。\n",
        );
        assert_eq!(placement.place.as_deref(), Some("国务院"));
        assert_eq!(placement.level, Some(Level::National));
        assert_eq!(placement.year, Some(1992));
        assert_eq!(placement.date, None);
        let county = placed(
            "各位代表：\n\n我代表县人民政府，向大会报告政府工作。\n\n2023年工作回顾\n\n一年来，全县上下齐心协力。\n",
        );
        assert_eq!(county.place, None);
        assert_eq!(county.level, Some(Level::District));
        assert!(!county.is_placed());
    }

    #[test]
    fn titles_speakers_and_places_of_each_level() {
        assert_eq!(
            place_of_title("2025年湖南省政府工作报告").as_deref(),
            Some("湖南省")
        );
        assert_eq!(place_of_title("政府工作报告"), None);
        assert_eq!(
            place_of_title("# 上海市人民政府工作报告").as_deref(),
            Some("上海市")
        );
        let speaker = speaker_of("某省代省长 张 某").expect("a speaker");
        assert_eq!(speaker.shown, "代省长 张某");
        assert_eq!(speaker.place.as_deref(), Some("某省"));
        assert_eq!(
            speaker_of("市长　王志远").map(|s| s.shown).as_deref(),
            Some("市长 王志远")
        );
        let levels = [
            ("国务院", Some(Level::National)),
            ("广西壮族自治区", Some(Level::Province)),
            ("重庆市", Some(Level::Province)),
            ("浙江省", Some(Level::Province)),
            ("杭州市", Some(Level::City)),
            ("延边朝鲜族自治州", Some(Level::City)),
            ("杭州市拱墅区", Some(Level::District)),
            ("长阳土家族自治县", Some(Level::District)),
            ("某地", None),
        ];
        for (place, level) in levels {
            assert_eq!(level_of_place(place), level, "{place}");
        }
    }
}
