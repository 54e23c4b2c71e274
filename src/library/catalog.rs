//! The library's catalogue: every report with its address and placement,
//! in the order a reader browses them (level, place, year), and each
//! report's neighbours in time (the same place's previous and next years).

use super::address::{address_of, make_unique, place_address};
use super::manifest::Override;
use super::pinyin::place_letters;
use super::place::{read_placement, Placement};
use crate::report::front_matter::{split_front_matter, FrontMatter};
use crate::report::Model;
use std::collections::{HashMap, HashSet};

/// A report of the library.
pub struct Entry {
    /// Its file's path inside the library's folder, with `/`.
    pub file: String,
    /// Its address: its page is `ADDRESS/` beside the library's page.
    pub address: String,
    pub placement: Placement,
    pub model: Model,
    /// Its text, as read, without a front matter.
    pub text: String,
    /// What its file's front matter says (a Markdown file's `title:`).
    pub front: FrontMatter,
    /// Which of its place and year's texts it is (`草案`), where the
    /// manifest says.
    pub version: Option<String>,
}

impl Entry {
    /// What a reader sees it as: `杭州市拱墅区 2023年`, as far as known.
    pub fn label(&self) -> String {
        let place = self.placement.place.as_deref().unwrap_or("（地点不详）");
        let label = match self.placement.year {
            Some(year) => format!("{place} {year}年"),
            None => place.to_owned(),
        };
        match &self.version {
            Some(version) => format!("{label}（{version}）"),
            None => label,
        }
    }
}

/// A report whose file has a Chinese name (`浙江省/2019.md`), placed: the
/// pinyin of its place and its year (`zhejiang-2019`). A publisher's own
/// ASCII names stay as they are.
fn pinyin_address(file: &str, placement: &Placement) -> Option<String> {
    if file.is_ascii() {
        return None;
    }
    let (place, year) = (placement.series_name()?, placement.year?);
    let letters = place_letters(place, placement.code, placement.level);
    (!letters.is_empty()).then(|| format!("{letters}-{year}"))
}

/// One place under one name: reports of one code whose names differ (a
/// place renamed after the table of divisions ends, 那曲地区 → 那曲市) go
/// under the name of the latest.
fn name_series_by_their_latest(entries: &mut [Entry]) {
    let mut latest: HashMap<u32, (i32, String)> = HashMap::new();
    for placement in entries.iter().map(|e| &e.placement) {
        let (Some(code), Some(year), Some(name)) =
            (placement.code, placement.year, placement.series_name())
        else {
            continue;
        };
        let known = latest.entry(code).or_insert((year, name.to_owned()));
        if year > known.0 {
            *known = (year, name.to_owned());
        }
    }
    for placement in entries.iter_mut().map(|e| &mut e.placement) {
        let Some((_, name)) = placement.code.and_then(|code| latest.get(&code)) else {
            continue;
        };
        if placement.series_name() != Some(name.as_str()) {
            placement.series = Some(name.clone());
        }
    }
}

pub struct Catalog {
    pub entries: Vec<Entry>,
}

impl Catalog {
    /// The reports given as (file, text), with what the manifest says of
    /// each; ordered by level, place and year, then file.
    pub fn new(reports: Vec<(String, String)>, manifest: &HashMap<String, Override>) -> Catalog {
        let mut entries: Vec<Entry> = reports
            .into_iter()
            .map(|(file, text)| {
                let (front, body) = split_front_matter(&text);
                let text = if body.len() == text.len() {
                    text
                } else {
                    body.to_owned()
                };
                let model = Model::new(&text);
                let read = read_placement(&text, &model, &front, &file);
                let row = manifest.get(&file);
                let placement = match row {
                    Some(row) => row.apply(&read),
                    None => read,
                };
                Entry {
                    version: row.and_then(|row| row.version.clone()),
                    file,
                    address: String::new(),
                    placement,
                    model,
                    text,
                    front,
                }
            })
            .collect();
        name_series_by_their_latest(&mut entries);
        for entry in &mut entries {
            entry.address = manifest
                .get(&entry.file)
                .and_then(|row| row.address.clone())
                .or_else(|| pinyin_address(&entry.file, &entry.placement))
                .unwrap_or_else(|| address_of(&entry.file));
        }
        // Within a level, the unplaced last; then place, year, the
        // versions in the manifest's order, and file.
        entries.sort_by_cached_key(|e| {
            let placement = &e.placement;
            (
                placement.level,
                placement.place.is_none(),
                // The nation's own order of its places (GB/T 2260's codes:
                // 北京 before 天津, 杭州 before 宁波), then names.
                placement.code.unwrap_or(u32::MAX),
                placement.series_name().map(str::to_owned),
                placement.year,
                e.version
                    .is_some()
                    .then(|| manifest.get(&e.file).map(|row| row.row)),
                e.file.clone(),
            )
        });
        let mut catalog = Catalog { entries };
        catalog.make_addresses_unique();
        catalog
    }

    /// Addresses told apart in the catalogue's order, but that of two
    /// versions the later (the text adopted, the one readers link to)
    /// keeps the plain address.
    fn make_addresses_unique(&mut self) {
        let mut order: Vec<usize> = (0..self.entries.len()).collect();
        let mut first = vec![0; order.len()];
        for index in 0..order.len() {
            first[index] = match self.earlier_version(index) {
                Some(before) => first[before],
                None => index,
            };
        }
        order.sort_by_key(|&index| (first[index], std::cmp::Reverse(index)));
        let mut addresses: Vec<String> = order
            .iter()
            .map(|&index| self.entries[index].address.clone())
            .collect();
        make_unique(&mut addresses);
        for (index, address) in order.into_iter().zip(addresses) {
            self.entries[index].address = address;
        }
    }

    /// Every place of the library, in the catalogue's order, with its
    /// page's address (unique; see `place_address`).
    pub fn places(&self) -> Vec<(String, String)> {
        let mut places: Vec<(String, String)> = Vec::new();
        let mut taken = HashSet::new();
        for entry in &self.entries {
            let Some(place) = entry.placement.series_name() else {
                continue;
            };
            if places.iter().any(|(known, _)| known == place) {
                continue;
            }
            let reports: Vec<&str> = self
                .entries
                .iter()
                .filter(|e| e.placement.series_name() == Some(place))
                .map(|e| e.address.as_str())
                .collect();
            let address = place_address(place, &reports, &taken);
            taken.insert(address.clone());
            places.push((place.to_owned(), address));
        }
        places
    }

    /// The years the library has reports of, newest first.
    pub fn years(&self) -> Vec<i32> {
        let mut years: Vec<i32> = self
            .entries
            .iter()
            .filter_map(|e| e.placement.year)
            .collect();
        years.sort_unstable_by(|a, b| b.cmp(a));
        years.dedup();
        years
    }

    /// The reports the library cannot file by place and year, for the
    /// build to name.
    pub fn unplaced(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| !e.placement.is_placed())
    }

    /// The same place's report of the year just before, if the library
    /// has it (what `ADDRESS/changes/` compares with).
    pub fn year_before(&self, index: usize) -> Option<usize> {
        let year = self.entries.get(index)?.placement.year?;
        let (before, _) = self.neighbours(index);
        before.filter(|&b| self.entries[b].placement.year == Some(year - 1))
    }

    /// The text before this one of the same place and year (the draft
    /// before the text adopted), where the manifest names both versions.
    pub fn earlier_version(&self, index: usize) -> Option<usize> {
        let before = index.checked_sub(1)?;
        self.are_versions(before, index).then_some(before)
    }

    /// The text after this one of the same place and year.
    pub fn later_version(&self, index: usize) -> Option<usize> {
        self.are_versions(index, index + 1).then_some(index + 1)
    }

    fn are_versions(&self, a: usize, b: usize) -> bool {
        let (Some(a), Some(b)) = (self.entries.get(a), self.entries.get(b)) else {
            return false;
        };
        let (a_at, b_at) = (&a.placement, &b.placement);
        a.version.is_some()
            && b.version.is_some()
            && a_at.series_name().is_some()
            && a_at.series_name() == b_at.series_name()
            && a_at.year.is_some()
            && a_at.year == b_at.year
    }

    /// The same place's report of the year before and of the year after
    /// (the nearest years the library has), by position.
    pub fn neighbours(&self, index: usize) -> (Option<usize>, Option<usize>) {
        let Some(entry) = self.entries.get(index) else {
            return (None, None);
        };
        let (Some(place), Some(year)) = (entry.placement.series_name(), entry.placement.year)
        else {
            return (None, None);
        };
        let same_place = |i: &usize| {
            let other = &self.entries[*i].placement;
            other.series_name() == Some(place) && other.year.is_some_and(|y| y != year)
        };
        let year_of = |i: &usize| self.entries[*i].placement.year.unwrap_or_default();
        let positions = 0..self.entries.len();
        let before = positions
            .clone()
            .filter(same_place)
            .filter(|i| year_of(i) < year)
            .max_by_key(year_of);
        let after = positions
            .filter(same_place)
            .filter(|i| year_of(i) > year)
            .min_by_key(year_of);
        (before, after)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::manifest::read_manifest;

    fn national(year: i32) -> (String, String) {
        (
            format!("national/{year}.txt"),
            format!(
                "各位代表：\n\n现在，我代表国务院向大会作政府工作报告。\n\n一、{}年工作回顾\n\n国内生产总值增长8%。\n",
                year - 1
            ),
        )
    }

    #[test]
    fn a_place_renamed_after_the_table_is_one_series() {
        let report = |place: &str, year: i32| {
            (
                format!("政府工作报告-其他地市/{place}/{year}.md"),
                format!(
                    "——{year}年1月10日在{place}第一届人民代表大会第一次会议上\n\n各位代表：\n\n现在，我代表{place}行政公署向大会报告工作。\n"
                ),
            )
        };
        let catalog = Catalog::new(
            vec![report("那曲地区", 2016), report("那曲市", 2019)],
            &HashMap::new(),
        );
        let series: Vec<(&str, Option<&str>, Option<&str>)> = catalog
            .entries
            .iter()
            .map(|e| {
                (
                    e.address.as_str(),
                    e.placement.place.as_deref(),
                    e.placement.series_name(),
                )
            })
            .collect();
        assert_eq!(
            series,
            [
                ("naqu-2016", Some("那曲地区"), Some("那曲市")),
                ("naqu-2019", Some("那曲市"), Some("那曲市")),
            ]
        );
        assert_eq!(catalog.places().len(), 1);
        let province = catalog.entries[1].placement.province.as_deref();
        assert_eq!(province, Some("西藏自治区"));
    }

    #[test]
    fn ordered_by_level_place_and_year_with_neighbours() {
        let reports = vec![
            national(2001),
            ("gongshu-2023.txt".into(), crate::SEED_REPORT.into()),
            national(1999),
            national(2000),
            (
                "county.txt".into(),
                "各位代表：\n\n我代表县人民政府报告工作。\n".into(),
            ),
        ];
        let catalog = Catalog::new(reports, &HashMap::new());
        let labels: Vec<String> = catalog.entries.iter().map(Entry::label).collect();
        assert_eq!(
            labels,
            [
                "国务院 1999年",
                "国务院 2000年",
                "国务院 2001年",
                "拱墅区 2023年",
                "（地点不详）"
            ]
        );
        assert_eq!(catalog.neighbours(1), (Some(0), Some(2)));
        assert_eq!(catalog.neighbours(0), (None, Some(1)));
        assert_eq!(catalog.neighbours(3), (None, None));
        let unplaced: Vec<&str> = catalog.unplaced().map(|e| e.file.as_str()).collect();
        assert_eq!(unplaced, ["county.txt"]);
        assert_eq!(catalog.entries[0].address, "national-1999");
    }

    #[test]
    fn the_manifest_places_and_addresses() {
        let manifest =
            read_manifest("file,place,year,address\ncounty.txt,某县,2024,mou-2024\n").unwrap();
        let reports = vec![
            (
                "county.txt".into(),
                "各位代表：\n\n我代表县人民政府报告工作。\n".into(),
            ),
            (
                "mou-2024.txt".into(),
                "各位代表：\n\n我代表县人民政府报告工作。\n".into(),
            ),
        ];
        let catalog = Catalog::new(reports, &manifest);
        let county = &catalog
            .entries
            .iter()
            .find(|e| e.file == "county.txt")
            .unwrap();
        assert_eq!(county.label(), "某县 2024年");
        assert!(county.placement.is_placed());
        let mut addresses: Vec<&str> = catalog.entries.iter().map(|e| e.address.as_str()).collect();
        addresses.sort();
        assert_eq!(addresses, ["mou-2024", "mou-2024-2"]);
    }
}
