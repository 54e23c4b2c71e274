//! What a file's path says of its report: folder names are places and
//! levels (`政府工作报告-省自治区/浙江省/2019.md`), file names years and
//! places (`2019年杭州市政府工作报告.txt`).

use super::names::{is_place_name, place_before_report};
use super::Level;

/// What the path says.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PathSays {
    /// The innermost place it names.
    pub place: Option<String>,
    /// A place it names outside that one (`浙江省/杭州市/…`: 浙江省).
    pub outer: Option<String>,
    pub level: Option<Level>,
    pub year: Option<i32>,
}

/// The words of a folder's name that say the level of what it holds.
const LEVEL_WORDS: [(&str, Level); 9] = [
    ("国务院", Level::National),
    ("中央", Level::National),
    ("省自治区", Level::Province),
    ("省级", Level::Province),
    ("省份", Level::Province),
    ("主要城市", Level::City),
    ("地市", Level::City),
    ("市级", Level::City),
    ("区县", Level::District),
];

pub fn path_says(file: &str) -> PathSays {
    let segments: Vec<&str> = file.split('/').filter(|s| !s.is_empty()).collect();
    let Some((name, folders)) = segments.split_last() else {
        return PathSays::default();
    };
    let stem = name.rsplit_once('.').map_or(*name, |(stem, _)| stem);
    let mut says = PathSays::default();
    let mut places: Vec<String> = Vec::new();
    for folder in folders {
        if let Some(&(_, level)) = LEVEL_WORDS.iter().find(|(word, _)| folder.contains(word)) {
            if *folder == "国务院" {
                places.push((*folder).to_owned());
            }
            says.level = Some(level);
        } else if is_place_name(folder) {
            places.push((*folder).to_owned());
        }
    }
    if let Some(place) = place_in_name(stem) {
        places.push(place);
    }
    says.year = year_in(stem).or_else(|| folders.iter().rev().find_map(|f| year_in(f)));
    says.place = places.pop();
    says.outer = places.pop();
    says
}

/// `2019年杭州市政府工作报告` → 杭州市; `浙江省-2019` → 浙江省.
fn place_in_name(stem: &str) -> Option<String> {
    if let Some(place) = place_before_report(stem) {
        return Some(place);
    }
    let name: String = stem
        .chars()
        .filter(|c| !c.is_ascii_digit() && !matches!(c, '-' | '_' | ' ' | '年' | '.'))
        .collect();
    is_place_name(&name).then_some(name)
}

/// The year a file or folder name gives: a number of four digits that is
/// a year of reports (`2019`, `2019年…`, `zhejiang-2019`).
fn year_in(name: &str) -> Option<i32> {
    let digits: Vec<(usize, char)> = name.char_indices().collect();
    let mut i = 0;
    while i < digits.len() {
        if !digits[i].1.is_ascii_digit() {
            i += 1;
            continue;
        }
        let run = digits[i..]
            .iter()
            .take_while(|(_, c)| c.is_ascii_digit())
            .count();
        if run == 4 {
            let year: i32 = digits[i..i + 4]
                .iter()
                .map(|(_, c)| *c)
                .collect::<String>()
                .parse()
                .ok()?;
            if (1949..=2100).contains(&year) {
                return Some(year);
            }
        }
        i += run;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_collections_layout() {
        let says = path_says("政府工作报告-省自治区/浙江省/2019.md");
        assert_eq!(says.place.as_deref(), Some("浙江省"));
        assert_eq!(says.level, Some(Level::Province));
        assert_eq!(says.year, Some(2019));
        let city = path_says("政府工作报告-其他地市/延边朝鲜族自治州/2021.md");
        assert_eq!(city.place.as_deref(), Some("延边朝鲜族自治州"));
        assert_eq!(city.level, Some(Level::City));
        let national = path_says("政府工作报告-国务院/国务院/1954.md");
        assert_eq!(national.place.as_deref(), Some("国务院"));
        assert_eq!(national.level, Some(Level::National));
    }

    #[test]
    fn names_and_folders_of_a_publisher() {
        let says = path_says("reports/2019年杭州市政府工作报告.txt");
        assert_eq!(says.place.as_deref(), Some("杭州市"));
        assert_eq!(says.year, Some(2019));
        let nested = path_says("浙江省/杭州市/2024.txt");
        assert_eq!(nested.place.as_deref(), Some("杭州市"));
        assert_eq!(nested.outer.as_deref(), Some("浙江省"));
        assert_eq!(path_says("national/2013.txt").year, Some(2013));
        assert_eq!(path_says("national/2013.txt").place, None);
        assert_eq!(path_says("gongshu-2023.txt").year, Some(2023));
        assert_eq!(path_says("a/12345.txt").year, None);
        assert_eq!(path_says("浙江省2024.txt").place.as_deref(), Some("浙江省"));
    }
}
