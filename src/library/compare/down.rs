//! Targets on the way down (层层加码): a province's year beside the
//! nation's above it and its cities' below, each target against the one
//! of the level above (a city's against its province's, the province's
//! against the nation's). Researchers measure exactly this.

use super::change::{change, Change};
use super::cited::{genre_rank, Cited};
use crate::library::{Catalog, Level};

/// One place's target of an indicator in the year.
#[derive(Clone, Debug, PartialEq)]
pub struct DownRow {
    pub place: String,
    pub level: Level,
    pub target: Cited,
    /// Against the level above's target (`None` for the nation, or where
    /// the level above sets none in the same unit).
    pub against: Option<Change>,
}

/// An indicator from the nation down to the province's cities.
#[derive(Clone, Debug, PartialEq)]
pub struct Down {
    pub indicator: String,
    pub rows: Vec<DownRow>,
}

/// A province's year: each indicator it sets, the nation's and its
/// cities' targets beside; `None` where the library has no report of the
/// nation or of a city of the province for that year.
pub fn down_from(catalog: &Catalog, province: &str, year: i32) -> Option<Vec<Down>> {
    let of_year = |index: &usize| catalog.entries[*index].placement.year == Some(year);
    let reports: Vec<usize> = (0..catalog.entries.len()).filter(of_year).collect();
    let find = |level: Level, wanted: &dyn Fn(usize) -> bool| {
        reports
            .iter()
            .copied()
            .filter(|&i| catalog.entries[i].placement.level == Some(level) && wanted(i))
            .collect::<Vec<usize>>()
    };
    let named = |i: usize| catalog.entries[i].placement.series_name() == Some(province);
    let own = *find(Level::Province, &named).first()?;
    let nation = find(Level::National, &|_| true).first().copied();
    let in_province = |i: usize| catalog.entries[i].placement.province.as_deref() == Some(province);
    let mut cities = find(Level::City, &in_province);
    // One report a city (the catalogue's first).
    cities.dedup_by_key(|i| {
        catalog.entries[*i]
            .placement
            .series_name()
            .map(str::to_owned)
    });
    if nation.is_none() && cities.is_empty() {
        return None;
    }
    let target = |report: usize, indicator: &str| Cited::target_of(catalog, report, indicator);
    let place = |report: usize| {
        let placement = &catalog.entries[report].placement;
        placement.series_name().unwrap_or_default().to_owned()
    };
    let mut downs: Vec<Down> = Vec::new();
    for row in &catalog.entries[own].model.tables.targets {
        let indicator = row.indicator.as_str();
        let Some(own_target) = target(own, indicator) else {
            continue;
        };
        let mut rows = Vec::new();
        let national = nation.and_then(|n| Some((n, target(n, indicator)?)));
        if let Some((report, cited)) = &national {
            rows.push(DownRow {
                place: place(*report),
                level: Level::National,
                target: cited.clone(),
                against: None,
            });
        }
        rows.push(DownRow {
            place: place(own),
            level: Level::Province,
            against: national
                .as_ref()
                .and_then(|(_, above)| known_change(above, &own_target)),
            target: own_target.clone(),
        });
        for &city in &cities {
            if let Some(cited) = target(city, indicator) {
                rows.push(DownRow {
                    place: place(city),
                    level: Level::City,
                    against: known_change(&own_target, &cited),
                    target: cited,
                });
            }
        }
        if rows.len() > 1 {
            downs.push(Down {
                indicator: indicator.to_owned(),
                rows,
            });
        }
    }
    downs.sort_by_key(|down| genre_rank(&down.indicator));
    (!downs.is_empty()).then_some(downs)
}

/// Above against below: raised, kept or lowered (never new or dropped:
/// both are set).
fn known_change(above: &Cited, below: &Cited) -> Option<Change> {
    change(Some(above), Some(below))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn report(place_line: &str, target: &str) -> String {
        format!(
            "政府工作报告\n\n——2025年1月15日在{place_line}人民代表大会第三次会议上\n\n各位代表：\n\n一、2024年工作回顾\n\n地区生产总值增长5%。\n\n二、2025年工作安排\n\n主要预期目标是：地区生产总值增长{target}，城镇新增就业10万人以上。\n"
        )
    }

    #[test]
    fn a_provinces_year_with_the_nation_above_and_its_cities_below() {
        let reports = vec![
            ("a/gov.txt".to_owned(), "政府工作报告\n\n——2025年3月5日在第十四届全国人民代表大会第三次会议上\n\n国务院总理　李强\n\n各位代表：\n\n一、2024年工作回顾\n\n国内生产总值增长5%。\n\n二、2025年工作安排\n\n主要预期目标是：国内生产总值增长5%左右。\n".to_owned()),
            ("a/zj.txt".to_owned(), report("浙江省第十四届", "5.5%左右")),
            ("a/hz.txt".to_owned(), report("杭州市第十四届", "6%左右")),
            ("a/nb.txt".to_owned(), report("宁波市第十六届", "5.5%左右")),
            ("a/nj.txt".to_owned(), report("南京市第十七届", "7%")),
        ];
        let catalog = Catalog::new(reports, &HashMap::new());
        let downs = down_from(&catalog, "浙江省", 2025).expect("the nation and two cities");
        let gdp = &downs[0];
        assert_eq!(gdp.indicator, "地区生产总值");
        let rows: Vec<(&str, &str, Option<Change>)> = gdp
            .rows
            .iter()
            .map(|row| (row.place.as_str(), row.target.written.as_str(), row.against))
            .collect();
        assert_eq!(
            rows,
            [
                ("国务院", "5%左右", None),
                ("浙江省", "5.5%左右", Some(Change::Raised)),
                ("杭州市", "6%左右", Some(Change::Raised)),
                ("宁波市", "5.5%左右", Some(Change::Kept)),
            ]
        );
        // 城镇新增就业: the province's and its cities' only.
        assert_eq!(downs[1].rows.len(), 3);
        assert_eq!(down_from(&catalog, "江苏省", 2025), None);
        assert_eq!(down_from(&catalog, "浙江省", 2024), None);
    }
}
