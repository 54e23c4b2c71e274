//! China's administrative divisions (GB/T 2260, every revision the `gb2260`
//! package carries, made into a table by `build.rs`): which place a name
//! is, at which level, in which province, and under which name its series
//! goes on after a rename (襄樊市 → 襄阳市, 思茅地区 → 思茅市 → 普洱市).

use super::level::Level;
use std::collections::HashMap;
use std::sync::OnceLock;

/// (code, name, first revision, last revision), revisions as `YYYYMM`.
const TABLE: &[(u32, &str, u32, u32)] = include!(concat!(env!("OUT_DIR"), "/divisions.rs"));

/// The revisions the table spans, `200212-201607`.
pub const REVISIONS: &str = env!("GB2260_REVISIONS");

/// One name of one code over the revisions that had it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Division {
    pub code: u32,
    pub name: &'static str,
    first: u32,
    last: u32,
}

/// Names of the table that are no place (the placeholders under a
/// municipality or a province's directly administered counties).
fn is_placeholder(name: &str) -> bool {
    matches!(name, "市辖区" | "县" | "郊区" | "矿区")
        || name.contains("直辖")
        || name.chars().count() < 2
}

impl Division {
    pub fn level(&self) -> Level {
        if self.code.is_multiple_of(10_000) {
            Level::Province
        } else if self.code.is_multiple_of(100) {
            Level::City
        } else {
            Level::District
        }
    }

    /// Whether it had this name in `year` (a year before the table's first
    /// revision counts as its first, one after its last as its last).
    pub fn named_in(&self, year: i32) -> bool {
        let (first, last) = (self.first / 100, self.last / 100);
        let (start, end) = table_years();
        let from = if first == start {
            i32::MIN
        } else {
            first as i32
        };
        let to = if last == end { i32::MAX } else { last as i32 };
        (from..=to).contains(&year)
    }

    /// Its province.
    pub fn province(&self) -> Option<Division> {
        let code = self.code / 10_000 * 10_000;
        table()
            .by_code
            .get(&code)
            .and_then(|spans| spans.last().copied())
    }

    /// Its prefecture (for a district or county).
    pub fn prefecture(&self) -> Option<Division> {
        let code = self.code / 100 * 100;
        if self.level() != Level::District {
            return None;
        }
        let spans = table().by_code.get(&code)?;
        spans
            .iter()
            .rev()
            .find(|d| d.first <= self.last && d.last >= self.first && !is_placeholder(d.name))
            .copied()
    }

    /// The name its series goes by now: the last name of its code, or of
    /// the division that took over its name and place (a 地区 made a 市
    /// under a new code).
    pub fn series(&self) -> Division {
        let mut now = *self;
        for _ in 0..8 {
            let spans = &table().by_code[&now.code];
            let latest = *spans.last().expect("a code has a name");
            if latest != now {
                now = latest;
                continue;
            }
            match successor(&now) {
                Some(next) => now = next,
                None => break,
            }
        }
        now
    }
}

fn table_years() -> (u32, u32) {
    let first = TABLE.iter().map(|r| r.2).min().unwrap_or(0) / 100;
    let last = TABLE.iter().map(|r| r.3).max().unwrap_or(0) / 100;
    (first, last)
}

/// A division ended before the last revision whose stem a division of the
/// same province and level takes up in the next revision.
fn successor(ended: &Division) -> Option<Division> {
    let last = TABLE.iter().map(|r| r.3).max()?;
    if ended.last == last {
        return None;
    }
    let stem = stem_of(ended.name);
    table()
        .all
        .iter()
        .filter(|d| d.code / 10_000 == ended.code / 10_000 && d.level() == ended.level())
        .filter(|d| d.first > ended.last && d.code != ended.code)
        .filter(|d| stem_of(d.name) == stem)
        .min_by_key(|d| d.first)
        .copied()
}

struct Table {
    all: Vec<Division>,
    by_code: HashMap<u32, Vec<Division>>,
    by_name: HashMap<&'static str, Vec<Division>>,
    by_stem: HashMap<&'static str, Vec<Division>>,
}

fn table() -> &'static Table {
    static TABLE_INDEX: OnceLock<Table> = OnceLock::new();
    TABLE_INDEX.get_or_init(|| {
        let all: Vec<Division> = TABLE
            .iter()
            .filter(|row| !is_placeholder(row.1))
            .map(|&(code, name, first, last)| Division {
                code,
                name,
                first,
                last,
            })
            .collect();
        let mut by_code: HashMap<u32, Vec<Division>> = HashMap::new();
        let mut by_name: HashMap<&'static str, Vec<Division>> = HashMap::new();
        let mut by_stem: HashMap<&'static str, Vec<Division>> = HashMap::new();
        for division in &all {
            by_code.entry(division.code).or_default().push(*division);
            by_name.entry(division.name).or_default().push(*division);
            by_stem
                .entry(stem_of(division.name))
                .or_default()
                .push(*division);
        }
        Table {
            all,
            by_code,
            by_name,
            by_stem,
        }
    })
}

/// The suffixes that say what kind of place a name is, longest first.
const SUFFIXES: [&str; 12] = [
    "特别行政区",
    "自治区",
    "自治州",
    "自治县",
    "自治旗",
    "地区",
    "省",
    "市",
    "盟",
    "县",
    "区",
    // A short form only: 延边州.
    "州",
];

/// The peoples an autonomous place is named for (the nation's 56, as the
/// names of places write them: 朝鲜族, 蒙古, 维吾尔).
const PEOPLES: [&str; 56] = [
    "汉",
    "蒙古",
    "回",
    "藏",
    "维吾尔",
    "苗",
    "彝",
    "壮",
    "布依",
    "朝鲜",
    "满",
    "侗",
    "瑶",
    "白",
    "土家",
    "哈尼",
    "哈萨克",
    "傣",
    "黎",
    "傈僳",
    "佤",
    "畲",
    "高山",
    "拉祜",
    "水",
    "东乡",
    "纳西",
    "景颇",
    "柯尔克孜",
    "土",
    "达斡尔",
    "仫佬",
    "羌",
    "布朗",
    "撒拉",
    "毛南",
    "仡佬",
    "锡伯",
    "阿昌",
    "普米",
    "塔吉克",
    "怒",
    "乌孜别克",
    "俄罗斯",
    "鄂温克",
    "德昂",
    "保安",
    "裕固",
    "京",
    "塔塔尔",
    "独龙",
    "鄂伦春",
    "赫哲",
    "门巴",
    "珞巴",
    "基诺",
];

/// A name without what says its kind or its peoples: 浙江省 → 浙江,
/// 延边朝鲜族自治州 → 延边, 广西壮族自治区 → 广西, 新疆维吾尔自治区 → 新疆;
/// at least two characters are kept (内蒙古自治区 → 内蒙古).
pub fn stem_of(name: &str) -> &str {
    let Some(suffix) = SUFFIXES.iter().find(|s| name.ends_with(*s)) else {
        return name;
    };
    let mut stem = &name[..name.len() - suffix.len()];
    if stem.chars().count() < 2 {
        return name;
    }
    if suffix.starts_with("自治") {
        'peoples: loop {
            let bare = stem.strip_suffix('族').unwrap_or(stem);
            for people in PEOPLES {
                if let Some(rest) = bare.strip_suffix(people) {
                    if rest.chars().count() >= 2 {
                        stem = rest;
                        continue 'peoples;
                    }
                }
            }
            break;
        }
    }
    stem
}

/// The divisions a name can be: its exact name first, else a short form
/// (延边州, 杭州, 广西), those of `year` first where it is given.
pub fn find(name: &str, year: Option<i32>) -> Vec<Division> {
    let table = table();
    let mut found: Vec<Division> = table.by_name.get(name).cloned().unwrap_or_default();
    if found.is_empty() {
        let stem = stem_of(name);
        let kind = &name[stem.len()..];
        found = table
            .by_stem
            .get(stem)
            .map(|all| {
                all.iter()
                    .filter(|d| kind.is_empty() || short_kind_fits(kind, d.name))
                    .copied()
                    .collect()
            })
            .unwrap_or_default();
    }
    if let Some(year) = year {
        found.sort_by_key(|d| !d.named_in(year));
    }
    found
}

/// Whether a short name's kind (`州` of 延边州) fits a full name.
fn short_kind_fits(kind: &str, full: &str) -> bool {
    match kind {
        "州" => full.ends_with("自治州") || full.ends_with('州'),
        "区" => full.ends_with("自治区") || full.ends_with('区'),
        "县" => full.ends_with('县'),
        "市" => full.ends_with('市'),
        _ => full.ends_with(kind),
    }
}

/// The division a place's name is, for a report of `year` at `level`
/// where known, inside `within` (a province or city's code) where known:
/// the one fitting best, or none where several fit equally.
pub fn resolve(
    name: &str,
    year: Option<i32>,
    level: Option<Level>,
    within: Option<u32>,
) -> Option<Division> {
    let mut found = find(name, year);
    if let Some(level) = level {
        if found.iter().any(|d| d.level() == level) {
            found.retain(|d| d.level() == level);
        }
    }
    if let Some(within) = within {
        let inside = |d: &Division| {
            let unit = scope(within);
            d.code / unit == within / unit
        };
        if found.iter().any(inside) {
            found.retain(inside);
        }
    }
    if let Some(year) = year {
        if found.iter().any(|d| d.named_in(year)) {
            found.retain(|d| d.named_in(year));
        }
    }
    // One code under several spans is one place.
    found.dedup_by_key(|d| d.code);
    let mut codes: Vec<u32> = found.iter().map(|d| d.code).collect();
    codes.sort_unstable();
    codes.dedup();
    match codes.len() {
        1 => found.last().copied(),
        // A province and a city of one name (吉林): the province, unless
        // the level says otherwise (handled above).
        2 if found.iter().any(|d| d.level() == Level::Province) && level.is_none() => {
            found.iter().find(|d| d.level() == Level::Province).copied()
        }
        _ => None,
    }
}

/// A place renamed after the table's last revision, as the genre's
/// renames go (那曲地区 → 那曲市 in 2017, a 县 made a 市 or a 区): the
/// division of the same stem that the last revision still had, for a
/// report of a later year. The name is the report's; the division gives
/// the code, the level and the province.
pub fn renamed_after_table(name: &str, year: i32, within: Option<u32>) -> Option<Division> {
    let (_, end) = table_years();
    if year <= end as i32 || !find(name, None).is_empty() {
        return None;
    }
    let stem = stem_of(name);
    let kind = &name[stem.len()..];
    let was: &[&str] = match kind {
        "市" => &["地区", "县"],
        "区" => &["县", "市"],
        _ => return None,
    };
    let last = TABLE.iter().map(|r| r.3).max()?;
    let candidates = table().by_stem.get(stem)?;
    // The kinds in the order renames go: a 地区 made a 市 before a 县 of
    // the same stem (那曲地区, not 那曲县).
    was.iter().find_map(|old| {
        let mut found: Vec<Division> = candidates
            .iter()
            .filter(|d| d.last == last && d.name.ends_with(old))
            .filter(|d| within.is_none_or(|w| d.code / scope(w) == w / scope(w)))
            .copied()
            .collect();
        found.dedup_by_key(|d| d.code);
        (found.len() == 1).then(|| found[0])
    })
}

/// The code unit of a division's own area: a province's two digits, a
/// city's four.
fn scope(code: u32) -> u32 {
    if code.is_multiple_of(10_000) {
        10_000
    } else {
        100
    }
}

/// A code's latest name.
pub fn by_code(code: u32) -> Option<Division> {
    table().by_code.get(&code)?.last().copied()
}

/// Every province and prefecture of every revision.
pub fn upper_levels() -> impl Iterator<Item = &'static Division> {
    table().all.iter().filter(|d| d.level() != Level::District)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(name: &str, year: Option<i32>) -> Division {
        resolve(name, year, None, None).unwrap_or_else(|| panic!("{name}"))
    }

    #[test]
    fn names_full_and_short() {
        assert_eq!(one("浙江省", None).code, 330000);
        assert_eq!(one("延边州", None).name, "延边朝鲜族自治州");
        assert_eq!(one("恩施州", None).name, "恩施土家族苗族自治州");
        assert_eq!(one("广西", None).name, "广西壮族自治区");
        assert_eq!(one("内蒙古", None).name, "内蒙古自治区");
        assert_eq!(one("杭州", None).name, "杭州市");
        assert_eq!(one("杭州市", None).level(), Level::City);
        assert_eq!(one("北京市", None).level(), Level::Province);
        assert_eq!(one("义乌市", None).level(), Level::District);
        assert_eq!(
            one("拱墅区", None).province().map(|p| p.name),
            Some("浙江省")
        );
        assert_eq!(one("吉林", None).name, "吉林省");
        let city = resolve("吉林市", None, Some(Level::City), None).unwrap();
        assert_eq!(city.code, 220200);
        assert_eq!(stem_of("新疆维吾尔自治区"), "新疆");
        assert_eq!(stem_of("宁夏回族自治区"), "宁夏");
        assert_eq!(stem_of("西双版纳傣族自治州"), "西双版纳");
        assert_eq!(stem_of("黔东南苗族侗族自治州"), "黔东南");
        assert_eq!(stem_of("湘西土家族苗族自治州"), "湘西");
        assert_eq!(stem_of("巴音郭楞蒙古自治州"), "巴音郭楞");
    }

    #[test]
    fn renamed_and_abolished_places_keep_their_series() {
        let xiangfan = one("襄樊市", Some(2009));
        assert_eq!(xiangfan.series().name, "襄阳市");
        assert!(xiangfan.named_in(2009) && !xiangfan.named_in(2012));
        assert_eq!(one("思茅市", Some(2005)).series().name, "普洱市");
        assert_eq!(one("思茅地区", Some(2002)).series().name, "普洱市");
        let chaohu = resolve("巢湖市", Some(2008), Some(Level::City), None).unwrap();
        assert_eq!(chaohu.code, 341400);
        assert_eq!(chaohu.province().map(|p| p.name), Some("安徽省"));
        assert_eq!(chaohu.series().name, "巢湖市");
        // After 2011 巢湖市 is a county-level city of 合肥.
        assert_eq!(one("巢湖市", Some(2015)).code, 340181);
    }

    #[test]
    fn places_renamed_after_the_last_revision() {
        // 那曲地区 became 那曲市 in 2017; the table ends in 2016.
        let naqu = renamed_after_table("那曲市", 2018, None).unwrap();
        assert_eq!((naqu.code, naqu.level()), (542400, Level::City));
        assert_eq!(naqu.province().map(|p| p.name), Some("西藏自治区"));
        assert_eq!(renamed_after_table("那曲市", 2015, None), None);
        // A name the table knows is no rename.
        assert_eq!(renamed_after_table("杭州市", 2020, None), None);
    }

    #[test]
    fn a_name_of_several_places_needs_more() {
        assert_eq!(resolve("鼓楼区", None, None, None), None);
        let fuzhou = one("福州市", None).code;
        assert_eq!(
            resolve("鼓楼区", None, None, Some(fuzhou)).unwrap().code,
            350102
        );
    }
}
