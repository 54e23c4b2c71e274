//! Synthetic reports for the library's benchmarks and its size test:
//! made of the genre's own sentences (those of the national reports of
//! 1992–2013 and the seed), for varied places (the 31 provinces and some of
//! their cities and districts) and years, each in the form a real report
//! has (title, meeting line, speaker, review, targets, plan), so that the
//! build reads its place and year. The same number gives the same report.

use crate::project;
use std::fmt::Write as _;

const PROVINCES: [&str; 31] = [
    "北京市",
    "天津市",
    "河北省",
    "山西省",
    "内蒙古自治区",
    "辽宁省",
    "吉林省",
    "黑龙江省",
    "上海市",
    "江苏省",
    "浙江省",
    "安徽省",
    "福建省",
    "江西省",
    "山东省",
    "河南省",
    "湖北省",
    "湖南省",
    "广东省",
    "广西壮族自治区",
    "海南省",
    "重庆市",
    "四川省",
    "贵州省",
    "云南省",
    "西藏自治区",
    "陕西省",
    "甘肃省",
    "青海省",
    "宁夏回族自治区",
    "新疆维吾尔自治区",
];
const CITIES: [&str; 12] = [
    "杭州市",
    "宁波市",
    "南京市",
    "苏州市",
    "广州市",
    "深圳市",
    "成都市",
    "武汉市",
    "西安市",
    "长沙市",
    "郑州市",
    "济南市",
];
const DISTRICTS: [&str; 8] = [
    "杭州市拱墅区",
    "杭州市西湖区",
    "宁波市鄞州区",
    "南京市鼓楼区",
    "广州市天河区",
    "成都市武侯区",
    "武汉市江汉区",
    "深圳市南山区",
];
const SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
const GIVEN: &str = "建国明华志强海平文军伟红英丽春林";
/// A benchmark report's length, in characters.
pub const CHARACTERS: usize = 15_000;

/// A small deterministic generator (xorshift): the same library each time.
pub struct Dice(u64);

impl Dice {
    /// The dice of report `number`.
    pub fn of(number: usize) -> Dice {
        Dice(0x9E37_79B9_7F4A_7C15 ^ (number as u64 + 1).wrapping_mul(0x2545_F491_4F6C_DD1D))
    }

    /// A speaker's name.
    pub fn name(&mut self) -> String {
        let surname = SURNAMES
            .chars()
            .nth(self.below(SURNAMES.chars().count()))
            .unwrap_or('王');
        let given = GIVEN
            .chars()
            .nth(self.below(GIVEN.chars().count()))
            .unwrap_or('明');
        format!("{surname}{given}")
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// The genre's sentences: every sentence of a paragraph of body text in the
/// national reports and the seed (no headings, no short lines).
pub fn sentences() -> Vec<String> {
    let folder = project().join("reports/national");
    let mut texts = vec![baogao::SEED_REPORT.to_owned()];
    let mut paths: Vec<_> = std::fs::read_dir(&folder)
        .expect("reports/national")
        .filter_map(|entry| Some(entry.ok()?.path()))
        .collect();
    paths.sort();
    texts.extend(
        paths
            .iter()
            .map(|p| std::fs::read_to_string(p).expect("UTF-8")),
    );
    texts
        .iter()
        .flat_map(|text| text.lines())
        .map(|line| line.trim_matches(['\u{3000}', ' ']))
        .filter(|line| line.chars().count() > 60)
        .flat_map(|line| line.split_inclusive('。'))
        .filter(|sentence| sentence.ends_with('。') && sentence.chars().count() > 12)
        .map(str::to_owned)
        .collect()
}

/// A place and the office of whoever reads its report.
fn place(dice: &mut Dice, number: usize) -> (&'static str, &'static str) {
    match number % 10 {
        0..=5 => {
            let province = PROVINCES[number % PROVINCES.len()];
            let office = if province.ends_with("自治区") {
                "主席"
            } else if province.ends_with('市') {
                "市长"
            } else {
                "省长"
            };
            (province, office)
        }
        6..=8 => (*dice.pick(&CITIES), "市长"),
        _ => (*dice.pick(&DISTRICTS), "区长"),
    }
}

fn paragraph(dice: &mut Dice, sentences: &[String], out: &mut String) {
    out.push('\u{3000}');
    out.push('\u{3000}');
    for _ in 0..3 + dice.below(4) {
        out.push_str(dice.pick(sentences).as_str());
    }
    out.push('\n');
}

/// Report `number` of about `characters` characters: its file's name and
/// its text.
pub fn report(number: usize, sentences: &[String], characters: usize) -> (String, String) {
    let mut dice = Dice::of(number);
    let (place, office) = place(&mut dice, number);
    let year = 2025 - (number / 31 % 34) as i32;
    let name = dice.name();
    let mut text = String::new();
    let _ = write!(
        text,
        "政府工作报告\n——{year}年1月{}日在{place}第十四届人民代表大会第{}次会议上\n{place}人民政府{office} {name}\n\n各位代表：\n\n\u{3000}\u{3000}现在，我代表{place}人民政府，向大会报告工作，请予审议，并请政协委员提出意见。\n\n一、{}年工作回顾\n\n",
        10 + dice.below(18),
        ["一", "二", "三", "四", "五"][dice.below(5)],
        year - 1
    );
    body(&mut dice, sentences, year, characters, &mut text);
    (format!("r{number:04}-{year}.txt"), text)
}

/// A report's review, its plan with the year's targets, and its close, to
/// about `characters` characters of `text`.
pub fn body(
    dice: &mut Dice,
    sentences: &[String],
    year: i32,
    characters: usize,
    text: &mut String,
) {
    while text.chars().count() < characters * 45 / 100 {
        paragraph(dice, sentences, text);
    }
    let growth = [
        "5%左右",
        "5.5%左右",
        "6%左右",
        "6.5%左右",
        "7%以上",
        "7.5%左右",
        "8%左右",
    ];
    let _ = write!(
        text,
        "\n二、{year}年工作安排\n\n\u{3000}\u{3000}今年经济社会发展的主要预期目标是：地区生产总值增长{}；城镇新增就业{}万人以上，城镇调查失业率控制在5.5%左右；居民消费价格涨幅3%左右。\n",
        dice.pick(&growth),
        20 + dice.below(80)
    );
    while text.chars().count() < characters {
        paragraph(dice, sentences, text);
    }
    text.push_str("\n\u{3000}\u{3000}各位代表！让我们团结一心，砥砺奋进，为全面完成今年目标任务而努力奋斗！\n");
}
