//! Where and when a report was given, read from every signal the genre
//! gives: its own words (`text`: title, meeting line, speaker line,
//! opening), a front matter's title, and its file's path (`path`); each
//! name made the government's own by GB/T 2260 (`divisions`: 延边州 →
//! 延边朝鲜族自治州), with its level and province. The text wins over the
//! path; where they disagree, the placement says so.

mod names;
mod path;
mod text;

use super::divisions::{self, Division};
pub use super::level::Level;
use crate::report::front_matter::FrontMatter;
use crate::report::Model;
pub use names::STATE_COUNCIL;
pub use path::{path_says, PathSays};
use text::{text_says, TextSays};

/// Where a place or a year was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    Title,
    Meeting,
    Speaker,
    Opening,
    /// The year the report plans, read from its parts.
    Text,
    Path,
    Manifest,
}

impl Source {
    pub fn name(self) -> &'static str {
        match self {
            Source::Title => "title",
            Source::Meeting => "meeting",
            Source::Speaker => "speaker",
            Source::Opening => "opening",
            Source::Text => "text",
            Source::Path => "path",
            Source::Manifest => "manifest",
        }
    }
}

/// What a report says of itself; each part where it was read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Placement {
    /// The place as its government names itself in the report's year.
    pub place: Option<String>,
    pub level: Option<Level>,
    /// The province it is in (a province: itself; the State Council: none).
    pub province: Option<String>,
    /// The name its series goes by (襄樊市's reports are 襄阳市's years).
    pub series: Option<String>,
    /// Its series' code in GB/T 2260 (the code it goes by now), where the
    /// table knows it.
    pub code: Option<u32>,
    /// The year the report is for.
    pub year: Option<i32>,
    /// The day it was read, `YYYY-MM-DD`.
    pub date: Option<String>,
    /// Who read it, with the office (`区长 冯晶`).
    pub speaker: Option<String>,
    pub place_from: Option<Source>,
    pub year_from: Option<Source>,
    /// What the path says where the text says otherwise.
    pub path_disagrees: Option<String>,
}

impl Placement {
    /// Whether the library can file it: a place and a year.
    pub fn is_placed(&self) -> bool {
        self.place.is_some() && self.year.is_some()
    }

    /// The place whose years it is one of.
    pub fn series_name(&self) -> Option<&str> {
        self.series.as_deref().or(self.place.as_deref())
    }
}

/// A report's placement from its text alone (no front matter, no path).
pub fn placement(text: &str, model: &Model) -> Placement {
    read_placement(text, model, &FrontMatter::default(), "")
}

/// A report's placement from its `text`, its model, its front matter and
/// its file's path inside the library.
pub fn read_placement(text: &str, model: &Model, front: &FrontMatter, file: &str) -> Placement {
    let titles: Vec<&str> = front.title.as_deref().into_iter().collect();
    let says = text_says(text, &titles);
    let path = path_says(file);
    let (year, year_from) = year_of(&says, model, &path);
    let office_level = says.speaker.as_ref().map(|s| s.level);
    let level_hint = office_level.or(says.opening_level).or(path.level);
    let candidates = [
        (says.meeting_place.clone(), Source::Meeting),
        (says.title_place.clone(), Source::Title),
        (
            says.speaker.as_ref().and_then(|s| s.place.clone()),
            Source::Speaker,
        ),
        (says.opening_place.clone(), Source::Opening),
    ];
    let from_text = candidates
        .into_iter()
        .find_map(|(place, source)| Some((place?, source)));
    let from_path = path.place.clone().map(|place| (place, Source::Path));
    let within = path
        .outer
        .as_deref()
        .and_then(|outer| divisions::resolve(outer, year, None, None))
        .map(|d| d.code);
    let mut placement = Placement {
        year,
        year_from,
        date: says
            .meeting_date
            .clone()
            .or_else(|| says.title_date.clone()),
        speaker: speaker_of(&says),
        ..Placement::default()
    };
    let Some((written, source)) = from_text.or(from_path) else {
        placement.level = level_hint;
        return placement;
    };
    let named = Named::resolve(&written, year, level_hint, within);
    placement.place = Some(named.place.clone());
    placement.place_from = Some(source);
    placement.level = named.level.or(level_hint);
    placement.province = named.province.clone().or_else(|| {
        // A place the table does not know: the province its path names.
        [path.outer.as_deref(), path.place.as_deref()]
            .into_iter()
            .flatten()
            .filter_map(|name| divisions::resolve(name, year, Some(Level::Province), None))
            .find(|d| d.level() == Level::Province)
            .map(|d| d.name.to_owned())
    });
    placement.series = named.series;
    placement.code = named.code;
    if source != Source::Path {
        placement.path_disagrees = disagreement(&placement, &path, level_hint, within);
    }
    placement
}

/// The year: the day the report was read, a title's year, the year its
/// parts plan, the path's, in that order; a report read in December is
/// for the next year (`2013年12月21日`: 2014's).
fn year_of(says: &TextSays, model: &Model, path: &PathSays) -> (Option<i32>, Option<Source>) {
    let planned = model.figures.year;
    let date_year = |date: &Option<String>| {
        let date = date.as_deref()?;
        let year: i32 = date.get(..4)?.parse().ok()?;
        Some(year + i32::from(date.get(5..7) == Some("12")))
    };
    if let Some(year) = date_year(&says.meeting_date) {
        return (Some(year), Some(Source::Meeting));
    }
    if let Some(year) = says.title_year.or_else(|| date_year(&says.title_date)) {
        return (Some(year), Some(Source::Title));
    }
    if let Some(year) = planned {
        return (Some(year), Some(Source::Text));
    }
    (path.year, path.year.map(|_| Source::Path))
}

/// Who read it: the speaker line, else the name a title gives.
fn speaker_of(says: &TextSays) -> Option<String> {
    says.speaker
        .as_ref()
        .map(|s| s.shown.clone())
        .or_else(|| says.title_speaker.clone())
}

/// What the path says, where it names another place or year.
fn disagreement(
    placement: &Placement,
    path: &PathSays,
    level: Option<Level>,
    within: Option<u32>,
) -> Option<String> {
    let mut said = Vec::new();
    if let (Some(place), Some(read)) = (&path.place, &placement.place) {
        let named = Named::resolve(place, placement.year, level, within);
        if named.place != *read && Some(named.place.as_str()) != placement.series.as_deref() {
            said.push(place.clone());
        }
    }
    if let (Some(year), Some(read)) = (path.year, placement.year) {
        if year != read {
            said.push(format!("{year}年"));
        }
    }
    (!said.is_empty()).then(|| said.join(" "))
}

/// A place's name resolved against the table.
struct Named {
    place: String,
    code: Option<u32>,
    level: Option<Level>,
    province: Option<String>,
    series: Option<String>,
}

impl Named {
    fn resolve(
        written: &str,
        year: Option<i32>,
        level: Option<Level>,
        within: Option<u32>,
    ) -> Named {
        if written == STATE_COUNCIL {
            return Named {
                place: written.to_owned(),
                code: None,
                level: Some(Level::National),
                province: None,
                series: None,
            };
        }
        let (division, as_written) = match compound(written, year) {
            Some(inner) => (Some(inner), true),
            None => match divisions::resolve(written, year, level, within) {
                Some(division) => (Some(division), false),
                None => (
                    year.and_then(|year| divisions::renamed_after_table(written, year, within)),
                    true,
                ),
            },
        };
        let Some(division) = division else {
            return Named {
                place: written.to_owned(),
                code: None,
                level: names::level_of_name(written),
                province: None,
                series: None,
            };
        };
        // A name of the table as the government writes it (延边州 →
        // 延边朝鲜族自治州); a city's district, or a name newer than the
        // table, as the text writes it.
        let place = if as_written {
            written.to_owned()
        } else {
            division.name.to_owned()
        };
        let now = division.series();
        let series =
            (now.code != division.code || now.name != division.name).then(|| now.name.to_owned());
        Named {
            place,
            code: Some(now.code),
            level: Some(division.level()),
            province: division.province().map(|p| p.name.to_owned()),
            series,
        }
    }
}

/// `杭州市拱墅区`: a district of a city, or a city of a province, written
/// with it; the inner place.
fn compound(written: &str, year: Option<i32>) -> Option<Division> {
    for (at, c) in written.char_indices() {
        if !matches!(c, '省' | '市' | '州' | '盟' | '区') {
            continue;
        }
        let end = at + c.len_utf8();
        let (outer, inner) = written.split_at(end);
        if inner.chars().count() < 2 {
            continue;
        }
        let Some(outer) = divisions::resolve(outer, year, None, None) else {
            continue;
        };
        if let Some(inner) = divisions::resolve(inner, year, None, Some(outer.code)) {
            let unit = if outer.level() == Level::Province {
                10_000
            } else {
                100
            };
            if inner.code / unit == outer.code / unit && inner.code != outer.code {
                return Some(inner);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn placed(text: &str) -> Placement {
        placement(text, &Model::new(text))
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

    fn read(file: &str, text: &str) -> Placement {
        let (front, body) = crate::report::front_matter::split_front_matter(text);
        read_placement(body, &Model::new(body), &front, file)
    }

    #[test]
    fn the_collections_own_markdown() {
        let placement = read(
            "政府工作报告-其他地市/延边朝鲜族自治州/2021.md",
            "---\ntitle: 延边州政府工作报告（2021年1月12日 金寿浩）\n---\n\n——2021年1月12日在延边朝鲜族自治州第十五届人民代表大会第六次会议上\n\n州长 金寿浩\n\n各位代表：\n\n现在，我代表州人民政府向大会报告工作。\n\n一、2020年和“十三五”工作回顾\n\n地区生产总值增长0.5%。\n",
        );
        assert_eq!(placement.place.as_deref(), Some("延边朝鲜族自治州"));
        assert_eq!(placement.place_from, Some(Source::Meeting));
        assert_eq!(placement.level, Some(Level::City));
        assert_eq!(placement.province.as_deref(), Some("吉林省"));
        assert_eq!(placement.year, Some(2021));
        assert_eq!(placement.year_from, Some(Source::Meeting));
        assert_eq!(placement.date.as_deref(), Some("2021-01-12"));
        assert_eq!(placement.speaker.as_deref(), Some("州长 金寿浩"));
        assert_eq!(placement.path_disagrees, None);
    }

    #[test]
    fn a_front_matter_title_alone() {
        let placement = read(
            "x/a.md",
            "---\ntitle: 七台河市政府工作报告 （2014年1月9日 韩立华）\n---\n\n各位代表：\n\n现在，我代表市人民政府向大会报告工作。\n",
        );
        assert_eq!(placement.place.as_deref(), Some("七台河市"));
        assert_eq!(placement.place_from, Some(Source::Title));
        assert_eq!(placement.province.as_deref(), Some("黑龙江省"));
        assert_eq!(placement.year, Some(2014));
        assert_eq!(placement.year_from, Some(Source::Title));
        assert_eq!(placement.date.as_deref(), Some("2014-01-09"));
        assert_eq!(placement.speaker.as_deref(), Some("韩立华"));
    }

    #[test]
    fn the_path_alone() {
        let placement = read(
            "政府工作报告-省自治区/浙江省/2019.md",
            "各位代表：\n\n现在，我代表省人民政府向大会报告工作。\n\n过去一年，全省上下团结奋斗。\n",
        );
        assert_eq!(placement.place.as_deref(), Some("浙江省"));
        assert_eq!(placement.place_from, Some(Source::Path));
        assert_eq!(placement.level, Some(Level::Province));
        assert_eq!(placement.province.as_deref(), Some("浙江省"));
        assert_eq!(placement.year, Some(2019));
        assert_eq!(placement.year_from, Some(Source::Path));
    }

    #[test]
    fn an_autonomous_regions_chairman_names_no_place() {
        let placement = read(
            "2026/广西.txt",
            "政府工作报告\n\n——2026年1月25日在广西壮族自治区第十四届人民代表大会第五次会议上\n\n自治区主席　韦韬\n\n各位代表：\n",
        );
        assert_eq!(placement.place.as_deref(), Some("广西壮族自治区"));
        assert_eq!(placement.level, Some(Level::Province));
        assert_eq!(placement.speaker.as_deref(), Some("自治区主席 韦韬"));
        let xinjiang = read(
            "a.txt",
            "政府工作报告\n\n自治区主席　艾尔肯·吐尼亚孜\n\n各位代表：\n\n现在，我代表新疆维吾尔自治区人民政府，向大会报告工作。\n",
        );
        assert_eq!(xinjiang.place.as_deref(), Some("新疆维吾尔自治区"));
        assert_eq!(xinjiang.place_from, Some(Source::Opening));
    }

    #[test]
    fn the_text_wins_over_the_path_and_says_so() {
        let placement = read(
            "政府工作报告-主要城市/杭州市/2018.md",
            "2019年杭州市政府工作报告\n\n——2019年1月21日在宁波市第十五届人民代表大会第四次会议上\n\n市长 裘东耀\n\n各位代表：\n",
        );
        assert_eq!(placement.place.as_deref(), Some("宁波市"));
        assert_eq!(placement.year, Some(2019));
        assert_eq!(placement.path_disagrees.as_deref(), Some("杭州市 2018年"));
    }

    #[test]
    fn places_of_each_level_with_their_provinces() {
        let cases = [
            (
                "在北京市第十六届人民代表大会第三次会议上",
                "北京市",
                Level::Province,
                "北京市",
            ),
            (
                "在杭州市拱墅区第二届人民代表大会第三次会议上",
                "杭州市拱墅区",
                Level::District,
                "浙江省",
            ),
            (
                "在义乌市第十七届人民代表大会第三次会议上",
                "义乌市",
                Level::District,
                "浙江省",
            ),
            (
                "在锡林郭勒盟第四届人民代表大会第二次会议上",
                "锡林郭勒盟",
                Level::City,
                "内蒙古自治区",
            ),
            (
                "在恩施土家族苗族自治州第九届人民代表大会第四次会议上",
                "恩施土家族苗族自治州",
                Level::City,
                "湖北省",
            ),
        ];
        for (meeting, place, level, province) in cases {
            let placement = read(
                "a.txt",
                &format!("政府工作报告\n\n——2024年1月10日{meeting}\n\n各位代表：\n"),
            );
            assert_eq!(placement.place.as_deref(), Some(place), "{meeting}");
            assert_eq!(placement.level, Some(level), "{meeting}");
            assert_eq!(placement.province.as_deref(), Some(province), "{meeting}");
        }
    }

    #[test]
    fn a_renamed_city_keeps_its_series() {
        let placement = read(
            "a.txt",
            "政府工作报告\n\n——2009年2月20日在襄樊市第十四届人民代表大会第三次会议上\n\n各位代表：\n",
        );
        assert_eq!(placement.place.as_deref(), Some("襄樊市"));
        assert_eq!(placement.series.as_deref(), Some("襄阳市"));
        assert_eq!(placement.series_name(), Some("襄阳市"));
        assert_eq!(placement.province.as_deref(), Some("湖北省"));
    }
}
