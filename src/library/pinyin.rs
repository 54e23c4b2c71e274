//! Places' names in pinyin, for addresses a reader can read
//! (`zhejiang-2019/`, `places/hangzhou/`): plain letters from the `pinyin`
//! crate, with the readings places take where a character has several
//! (重庆 chongqing, 长沙 changsha, 厦门 xiamen, 陕西 shaanxi), and names
//! that two places share in pinyin told apart the same way in every
//! library (福州 fuzhou-fujian, 抚州 fuzhou-jiangxi; 吉林省 jilin, 吉林市
//! jilin-jilin).

use super::divisions::{self, Division};
use super::level::Level;
use super::place::STATE_COUNCIL;
use pinyin::ToPinyin;
use std::collections::HashMap;
use std::sync::OnceLock;

/// Readings of places that differ from a character's most common one.
const PLACE_READINGS: [(&str, &str); 20] = [
    ("陕西", "shaanxi"),
    ("重庆", "chongqing"),
    ("厦门", "xiamen"),
    ("六安", "luan"),
    ("六合", "luhe"),
    ("蚌埠", "bengbu"),
    ("番禺", "panyu"),
    ("乐清", "yueqing"),
    ("单县", "shanxian"),
    ("铅山", "yanshan"),
    ("黄陂", "huangpi"),
    ("洪洞", "hongtong"),
    ("东阿", "donge"),
    ("蔚县", "yuxian"),
    ("莘县", "shenxian"),
    ("涡阳", "guoyang"),
    ("尉犁", "yuli"),
    ("牟平", "muping"),
    ("繁峙", "fanshi"),
    ("长", "chang"),
];

/// A text in plain pinyin letters and ASCII digits and letters, the rest
/// left out: 浙江 → zhejiang.
pub fn letters_of(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    'text: while let Some(c) = rest.chars().next() {
        for (word, reading) in PLACE_READINGS {
            if let Some(after) = rest.strip_prefix(word) {
                out.push_str(reading);
                rest = after;
                continue 'text;
            }
        }
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if let Some(pinyin) = c.to_pinyin() {
            out.extend(
                pinyin
                    .plain()
                    .chars()
                    .map(|c| if c == 'ü' { 'v' } else { c }),
            );
        }
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// The address of a place: the pinyin of its name without its kind
/// (浙江省 → zhejiang), a district with its city's (杭州市拱墅区 →
/// hangzhou-gongshu), and a province's or city's name that another shares
/// in pinyin with its province's after it.
pub fn place_letters(place: &str, code: Option<u32>, level: Option<Level>) -> String {
    if place == STATE_COUNCIL {
        return letters_of(STATE_COUNCIL);
    }
    let division = code.and_then(|code| {
        divisions::find(place, None)
            .into_iter()
            .find(|d| d.code == code)
            .or_else(|| divisions::by_code(code))
    });
    let Some(division) = division else {
        return written_letters(place, level);
    };
    match division.level() {
        Level::District => {
            let city = division
                .prefecture()
                .map(|city| upper_letters(&city.series()));
            let own = letters_of(divisions::stem_of(division.name));
            match city {
                Some(city) => format!("{city}-{own}"),
                None => own,
            }
        }
        _ => upper_letters(&division.series()),
    }
}

/// A name the table does not know, as written: each place in it by its
/// stem (`某某市新区` → moumou-xin).
fn written_letters(place: &str, _level: Option<Level>) -> String {
    let mut parts = Vec::new();
    let mut start = 0;
    for (at, c) in place.char_indices() {
        if matches!(c, '省' | '市' | '州' | '盟' | '区' | '县' | '旗') {
            let end = at + c.len_utf8();
            let part = &place[start..end];
            if part.chars().count() > 1 {
                parts.push(letters_of(divisions::stem_of(part)));
                start = end;
            }
        }
    }
    if start < place.len() {
        parts.push(letters_of(&place[start..]));
    }
    parts.retain(|p| !p.is_empty());
    parts.join("-")
}

/// A province's or city's letters, told apart from another's of the same.
fn upper_letters(division: &Division) -> String {
    let own = letters_of(divisions::stem_of(division.name));
    let shared = shared_letters()
        .get(&own)
        .is_some_and(|codes| codes.len() > 1);
    if !shared || division.level() == Level::Province {
        return own;
    }
    match division.province() {
        Some(province) => format!("{own}-{}", letters_of(divisions::stem_of(province.name))),
        None => own,
    }
}

/// Letters → the codes of the provinces and cities (by their names now)
/// that have them.
fn shared_letters() -> &'static HashMap<String, Vec<u32>> {
    static SHARED: OnceLock<HashMap<String, Vec<u32>>> = OnceLock::new();
    SHARED.get_or_init(|| {
        let mut shared: HashMap<String, Vec<u32>> = HashMap::new();
        for division in divisions::upper_levels() {
            let now = division.series();
            let codes = shared
                .entry(letters_of(divisions::stem_of(now.name)))
                .or_default();
            if !codes.contains(&now.code) {
                codes.push(now.code);
            }
        }
        shared
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(place: &str) -> String {
        let division = divisions::resolve(place, None, None, None);
        place_letters(place, division.map(|d| d.code), None)
    }

    #[test]
    fn places_in_pinyin() {
        assert_eq!(of("浙江省"), "zhejiang");
        assert_eq!(of("杭州市"), "hangzhou");
        assert_eq!(of("重庆市"), "chongqing");
        assert_eq!(of("长沙市"), "changsha");
        assert_eq!(of("厦门市"), "xiamen");
        assert_eq!(of("陕西省"), "shaanxi");
        assert_eq!(of("山西省"), "shanxi");
        assert_eq!(of("延边朝鲜族自治州"), "yanbian");
        assert_eq!(of("内蒙古自治区"), "neimenggu");
        assert_eq!(of("吕梁市"), "lvliang");
        assert_eq!(of("国务院"), "guowuyuan");
        assert_eq!(of("拱墅区"), "hangzhou-gongshu");
        assert_eq!(written_letters("某某市新区", None), "moumou-xinqu");
    }

    #[test]
    fn names_shared_in_pinyin_are_told_apart() {
        assert_eq!(of("福州市"), "fuzhou-fujian");
        assert_eq!(of("抚州市"), "fuzhou-jiangxi");
        assert_eq!(of("吉林省"), "jilin");
        let city = divisions::resolve("吉林市", None, Some(Level::City), None).unwrap();
        assert_eq!(
            place_letters("吉林市", Some(city.code), None),
            "jilin-jilin"
        );
        assert_eq!(of("台州市"), "taizhou-zhejiang");
        assert_eq!(of("泰州市"), "taizhou-jiangsu");
    }
}
