//! What a figure measures: the indicators the genre names, each under one
//! name whatever the report calls it (`国内生产总值`, `全省生产总值`,
//! `经济增长`, `GDP` are one), read from the words before the figure.

/// An indicator the genre sets targets for and states results of.
#[derive(Debug, PartialEq, Eq)]
pub struct Known {
    /// The one name it goes by here.
    pub name: &'static str,
    /// What reports call it, the name among them.
    pub aliases: &'static [&'static str],
    /// What a year's target of it states, and so which result compares.
    pub measure: Measure,
}

/// What a target of an indicator states.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Measure {
    /// A rate of growth (`增长5%左右`).
    Growth,
    /// A percentage that is a level or a change of prices (`失业率5.5%`,
    /// `涨幅2%左右`).
    Rate,
    /// A fall (`能耗降低3%`).
    Fall,
    /// A number of people or things (`城镇新增就业1200万人以上`).
    Count,
    /// An amount or a quantity (`粮食产量1.3万亿斤以上`).
    Quantity,
}

/// An indicator's name as a report of the nation writes it: 地区生产总值 is
/// 国内生产总值 there (and 人均, 单位…能耗 with it); the same indicator, so
/// that the nation and its provinces compare.
pub fn named_as(name: &str, national: bool) -> std::borrow::Cow<'_, str> {
    if national && name.contains("地区生产总值") {
        name.replace("地区生产总值", "国内生产总值").into()
    } else {
        name.into()
    }
}

/// What a figure measures.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Indicator {
    /// One the genre names, under its one name.
    Known(&'static Known),
    /// The subject as the text writes it (`新建改造城市燃气管道`).
    Written(String),
}

impl Indicator {
    /// The name it goes by.
    pub fn name(&self) -> &str {
        match self {
            Indicator::Known(known) => known.name,
            Indicator::Written(words) => words,
        }
    }

    pub fn known(&self) -> Option<&'static Known> {
        match self {
            Indicator::Known(known) => Some(known),
            Indicator::Written(_) => None,
        }
    }
}

macro_rules! known {
    ($name:literal, $measure:ident, [$($alias:literal),* $(,)?]) => {
        Known { name: $name, aliases: &[$name, $($alias),*], measure: Measure::$measure }
    };
}

/// The indicators of the genre's targets and results.
pub static KNOWN: &[Known] = &[
    known!(
        "地区生产总值",
        Growth,
        [
            "国内生产总值",
            "全省生产总值",
            "全市生产总值",
            "全区生产总值",
            "全州生产总值",
            "全县生产总值",
            "生产总值",
            "经济增长速度",
            "经济增长",
            "经济增速",
            "GDP",
        ]
    ),
    known!("国民生产总值", Growth, []),
    known!(
        "人均地区生产总值",
        Growth,
        ["人均国内生产总值", "人均生产总值", "人均GDP"]
    ),
    known!("城镇新增就业", Count, ["新增城镇就业", "城镇新增就业人数"]),
    known!("城镇调查失业率", Rate, ["调查失业率"]),
    known!("城镇登记失业率", Rate, ["登记失业率"]),
    known!(
        "居民消费价格",
        Rate,
        ["居民消费价格总水平", "消费价格", "CPI"]
    ),
    known!("商品零售价格", Rate, ["零售物价", "零售价格"]),
    known!("物价", Rate, ["物价上涨幅度", "物价总水平", "物价涨幅"]),
    known!(
        "居民人均可支配收入",
        Growth,
        ["全体居民人均可支配收入", "城乡居民人均可支配收入"]
    ),
    known!(
        "城镇居民人均可支配收入",
        Growth,
        ["城镇居民人均收入", "城镇居民人均生活费收入"]
    ),
    known!(
        "农村居民人均可支配收入",
        Growth,
        ["农村居民人均纯收入", "农民人均纯收入", "农民人均收入"]
    ),
    known!(
        "一般公共预算收入",
        Growth,
        ["地方一般公共预算收入", "一般预算收入"]
    ),
    known!("财政收入", Growth, ["全国财政收入", "地方财政收入"]),
    known!("固定资产投资", Growth, ["全社会固定资产投资"]),
    known!("社会消费品零售总额", Growth, ["社消零"]),
    known!(
        "进出口",
        Growth,
        [
            "进出口总额",
            "外贸进出口",
            "货物进出口",
            "进出口贸易总额",
            "对外贸易",
        ]
    ),
    known!("出口", Growth, ["出口总额", "外贸出口"]),
    known!("进口", Growth, ["进口总额"]),
    known!("粮食产量", Quantity, ["粮食总产量", "粮食生产", "粮食"]),
    known!(
        "单位地区生产总值能耗",
        Fall,
        [
            "单位国内生产总值能耗",
            "单位国内生产总值能源消耗",
            "单位地区生产总值能源消耗",
            "单位生产总值能耗",
            "单位GDP能耗",
            "万元生产总值能耗",
            "万元GDP能耗",
            "能耗强度",
        ]
    ),
    known!(
        "研发经费投入",
        Rate,
        ["研究与试验发展经费", "研发经费", "研发投入", "R&D经费",]
    ),
    known!("赤字率", Rate, []),
    known!("财政赤字", Quantity, ["赤字规模"]),
    known!(
        "规模以上工业增加值",
        Growth,
        ["规上工业增加值", "工业增加值"]
    ),
    known!("服务业增加值", Growth, []),
    known!(
        "实际利用外资",
        Quantity,
        [
            "实际使用外资",
            "利用外资",
            "实际利用外商直接投资",
            "实际使用外商直接投资",
            "外商直接投资",
        ]
    ),
    known!("常住人口城镇化率", Rate, ["城镇化率"]),
    known!("广义货币", Growth, ["M2"]),
    known!(
        "主要污染物排放",
        Fall,
        ["主要污染物排放总量", "化学需氧量", "二氧化硫排放"]
    ),
];

/// Words that make a subject a share of an indicator, not its value
/// (`占国内生产总值的比重`).
const SHARES: [&str; 6] = ["比重", "比例", "占比", "贡献率", "份额", "强度"];

/// Words after a name that make it something else (`出口信用保险`,
/// `出口退税率`).
const NOT_IT: [&str; 4] = ["信用", "退税", "企业", "基地"];

/// A subject so general that the indicator is named before it, in the
/// same sentence (`粮食连续五年增产，总产量10570亿斤`).
const GENERAL: [&str; 10] = [
    "总产量",
    "产量",
    "总量",
    "总额",
    "规模",
    "总值",
    "增速",
    "增幅",
    "增长",
    "幅度",
];

/// The known indicator named last in `words` (the nearest the number), if
/// it is what the words speak of and not a share of it.
pub fn known_in(words: &str) -> Option<&'static Known> {
    let mut best: Option<(usize, usize, &'static Known)> = None;
    for known in KNOWN {
        for alias in known.aliases {
            if let Some(at) = words.rfind(alias) {
                let end = at + alias.len();
                // The one ending nearest the number; of those, the longest.
                let better = best.is_none_or(|(best_end, best_len, _)| {
                    end > best_end || (end == best_end && alias.len() > best_len)
                });
                if better {
                    best = Some((end, alias.len(), known));
                }
            }
        }
    }
    let (end, len, known) = best?;
    let before = &words[..end - len];
    let after = &words[end..];
    // `研发经费投入强度` is the indicator's own level; other shares are not.
    if NOT_IT.iter().any(|word| after.starts_with(word)) {
        return None;
    }
    let share = SHARES
        .iter()
        .any(|word| after.contains(word) && !(known.measure == Measure::Rate && *word == "强度"))
        || before.ends_with('占')
        || before.contains("占");
    (!share).then_some(known)
}

/// What a figure measures, from its subject (`figures::subject_of`), the
/// clause it was found in when not the figure's own, and the sentence
/// before the figure: a known indicator where one is named, else the
/// subject as written, else none.
pub fn indicator(subject: &str, earlier: Option<&str>, sentence_before: &str) -> Option<Indicator> {
    if let Some(known) = known_in(subject).or_else(|| earlier.and_then(known_in)) {
        return Some(Indicator::Known(known));
    }
    let general = subject.is_empty() || GENERAL.iter().any(|word| subject.ends_with(word));
    if general {
        if let Some(known) = known_in(sentence_before) {
            return Some(Indicator::Known(known));
        }
    }
    (!subject.is_empty()).then(|| Indicator::Written(subject.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(words: &str) -> Option<&'static str> {
        known_in(words).map(|known| known.name)
    }

    #[test]
    fn one_name_per_indicator() {
        for words in [
            "国内生产总值",
            "全省生产总值",
            "经济增长",
            "GDP",
            "地区生产总值",
        ] {
            assert_eq!(name(words), Some("地区生产总值"), "{words}");
        }
        assert_eq!(name("单位国内生产总值能耗"), Some("单位地区生产总值能耗"));
        assert_eq!(name("居民消费价格总水平"), Some("居民消费价格"));
        assert_eq!(name("外贸进出口"), Some("进出口"));
        assert_eq!(name("货物出口"), Some("出口"));
        assert_eq!(name("城镇登记失业率"), Some("城镇登记失业率"));
        assert_eq!(name("研发经费投入强度"), Some("研发经费投入"));
        assert_eq!(name("赤字率"), Some("赤字率"));
    }

    #[test]
    fn a_share_is_not_the_indicator() {
        assert_eq!(name("经常项目顺差占国内生产总值的比重"), None);
        assert_eq!(name("内需对经济增长的贡献率"), None);
        assert_eq!(name("服务业增加值占地区生产总值比重"), None);
    }

    #[test]
    fn a_general_subject_takes_the_name_before_it() {
        let found = indicator("总产量", None, "粮食连续五年增产，总产量");
        assert_eq!(
            found.and_then(|i| i.known()).map(|k| k.name),
            Some("粮食产量")
        );
        let written = indicator("新建改造城市燃气管道", None, "新建改造城市燃气管道");
        let earlier = indicator("今年", Some("今年经济增长速度的宏观调控目标"), "");
        assert_eq!(
            earlier.and_then(|i| i.known()).map(|k| k.name),
            Some("地区生产总值")
        );
        assert_eq!(
            written,
            Some(Indicator::Written("新建改造城市燃气管道".to_owned()))
        );
        assert_eq!(indicator("", None, ""), None);
    }
}
