//! Synthetic reports in the shape of the real collection (about 3,000
//! reports at `政府工作报告-LEVEL/PLACE/YEAR.md`): a YAML front matter with
//! the collection's title, headings in `**bold**`, and the levels in the
//! collection's shares (2% the State Council's, 24% provinces', 30% of 44
//! major cities, 44% of the other prefecture-level cities, their names
//! from GB/T 2260 as the build reads them). Some texts say their place in
//! a meeting line broken over two lines, some only `我代表市人民政府`, so
//! that their path places them, as in the collection. The same number
//! gives the same report.

use crate::synthetic::{body, Dice};
use baogao::library::divisions::{self, Division};
use baogao::library::Level;
use std::fmt::Write as _;

/// The collection's 44 major cities (its folder `政府工作报告-主要城市`).
const MAJOR: [&str; 44] = [
    "石家庄市",
    "太原市",
    "呼和浩特市",
    "沈阳市",
    "大连市",
    "长春市",
    "哈尔滨市",
    "南京市",
    "苏州市",
    "无锡市",
    "杭州市",
    "宁波市",
    "温州市",
    "合肥市",
    "福州市",
    "厦门市",
    "南昌市",
    "济南市",
    "青岛市",
    "烟台市",
    "郑州市",
    "武汉市",
    "长沙市",
    "广州市",
    "深圳市",
    "佛山市",
    "东莞市",
    "南宁市",
    "海口市",
    "成都市",
    "贵阳市",
    "昆明市",
    "拉萨市",
    "西安市",
    "兰州市",
    "西宁市",
    "银川市",
    "乌鲁木齐市",
    "唐山市",
    "徐州市",
    "常州市",
    "南通市",
    "泉州市",
    "洛阳市",
];

fn provinces() -> Vec<&'static Division> {
    let mut all: Vec<&Division> = divisions::upper_levels()
        .filter(|d| d.level() == Level::Province && d.code < 710_000)
        .collect();
    all.sort_by_key(|d| d.code);
    all.dedup_by_key(|d| d.code);
    all
}

/// The other prefecture-level cities, by their names now.
fn other_cities() -> Vec<&'static str> {
    let mut names: Vec<(u32, &str)> = divisions::upper_levels()
        .filter(|d| d.level() == Level::City && d.code < 710_000)
        .map(|d| d.series())
        .map(|d| (d.code, d.name))
        .filter(|(_, name)| !MAJOR.contains(name))
        .collect();
    names.sort_unstable();
    names.dedup();
    names.into_iter().map(|(_, name)| name).collect()
}

/// Report `number`: its path in the collection and its text.
pub fn collection_report(
    number: usize,
    sentences: &[String],
    characters: usize,
) -> (String, String) {
    let mut dice = Dice::of(number);
    let share = number % 50;
    let (folder, place, office, index) = match share {
        0 => ("国务院", "国务院".to_owned(), "总理", number / 50),
        1..=12 => {
            let all = provinces();
            let index = (number / 50 * 12 + share - 1) % (all.len() * 60);
            let province = all[index % all.len()];
            let office = if province.name.ends_with("自治区") {
                "自治区主席"
            } else if province.name.ends_with('市') {
                "市长"
            } else {
                "省长"
            };
            (
                "省自治区",
                province.name.to_owned(),
                office,
                index / all.len(),
            )
        }
        13..=27 => {
            let index = number / 50 * 15 + share - 13;
            (
                "主要城市",
                MAJOR[index % MAJOR.len()].to_owned(),
                "市长",
                index / MAJOR.len(),
            )
        }
        _ => {
            let all = other_cities();
            let index = number / 50 * 22 + share - 28;
            let city = all[index % all.len()];
            let office = if city.ends_with('州') {
                "州长"
            } else if city.ends_with('盟') {
                "盟长"
            } else if city.ends_with("地区") {
                "专员"
            } else {
                "市长"
            };
            ("其他地市", city.to_owned(), office, index / all.len())
        }
    };
    let year = 2025 - index as i32;
    let name = dice.name();
    let day = 10 + dice.below(18);
    let path_only = number.is_multiple_of(7);
    let mut text = String::new();
    if path_only {
        let _ = writeln!(text, "---\ntitle: {year}年政府工作报告\n---\n");
    } else {
        let _ = writeln!(
            text,
            "---\ntitle: {place}政府工作报告（{year}年1月{day}日 {name}）\n---\n"
        );
    }
    text.push_str("**政府工作报告**\n\n");
    let congress = if place == "国务院" {
        "第十四届全国".to_owned()
    } else {
        format!("{place}第十四届")
    };
    match number % 7 {
        // Only the path says where: `我代表市人民政府`, no meeting line.
        _ if path_only => {}
        // The meeting line broken over two lines.
        1 => {
            let _ = write!(
                text,
                "——{year}年1月{day}日在{congress}\n人民代表大会第三次会议上\n\n"
            );
        }
        _ => {
            let _ = write!(
                text,
                "——{year}年1月{day}日在{congress}人民代表大会第三次会议上\n\n"
            );
        }
    }
    let short_office = if place == "国务院" && !path_only {
        "国务院总理".to_owned()
    } else {
        office.to_owned()
    };
    let _ = write!(text, "{short_office} {name}\n\n各位代表：\n\n");
    let on_behalf = match folder {
        "国务院" if path_only => "政府",
        "国务院" => "国务院",
        "省自治区" if place.ends_with("自治区") => "自治区人民政府",
        "省自治区" if place.ends_with('市') => "市人民政府",
        "省自治区" => "省人民政府",
        _ if place.ends_with('州') => "州人民政府",
        _ => "市人民政府",
    };
    let _ = write!(
        text,
        "现在，我代表{on_behalf}，向大会报告工作，请予审议。\n\n**一、{}年工作回顾**\n\n",
        year - 1
    );
    body(&mut dice, sentences, year, characters, &mut text);
    let path = format!("政府工作报告-{folder}/{place}/{year}.md");
    (path, text)
}

/// The sentence a draft has that its adopted text drops.
pub const DRAFT_ONLY: &str = "本句只见于提请审议的草案，定稿时删去。";

/// A draft of `text` (the version delivered before the text adopted), made
/// by three known edits, so that the page between them reads `修改 3 处`:
/// a sentence the adopted text drops, one it adds, and two characters it
/// changes, each in a paragraph of its own.
pub fn draft_of(text: &str) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    let paragraphs: Vec<usize> = (0..lines.len())
        .filter(|&i| baogao::library::changes::split_sentences(&lines[i]).count() >= 3)
        .collect();
    let sentences_of = |line: &str| -> Vec<String> {
        baogao::library::changes::split_sentences(line)
            .map(str::to_owned)
            .collect()
    };
    // Dropped when adopted.
    lines[paragraphs[3]].push_str(DRAFT_ONLY);
    // Added when adopted: the draft lacks a paragraph's second sentence.
    let at = paragraphs[8];
    let sentences = sentences_of(&lines[at]);
    lines[at] = [&sentences[..1], &sentences[2..]].concat().concat();
    // Two characters changed when adopted.
    let at = paragraphs[14];
    let mut sentences = sentences_of(&lines[at]);
    let first: Vec<char> = sentences[0].chars().collect();
    sentences[0] = first[..4]
        .iter()
        .chain(&['草', '拟'])
        .chain(&first[6..])
        .collect();
    lines[at] = sentences.concat();
    lines.join("\n") + "\n"
}
