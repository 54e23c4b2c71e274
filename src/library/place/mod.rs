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
mod tests;
