//! What one figure means: the indicator it measures, whether it is a
//! target or a result, and the period it is about.

use super::indicators::{indicator, known_in, Indicator};
use super::period::{period_of, said_last_year, Period};
use super::role::FigureRole;
use super::stages::{Stage, Stages};
use crate::report::figures::{
    clause_subject, sentence_before, subject_of, whole_sentence_before, Figure, Kind,
};

/// What a figure means.
#[derive(Clone, Debug, PartialEq)]
pub struct Meaning {
    pub indicator: Option<Indicator>,
    pub role: Option<FigureRole>,
    pub period: Period,
    /// Whether it is stated in the passage of the year's main targets.
    pub main_target: bool,
}

/// Words before a figure in the plan that make it a target.
const TARGET_WORDS: [&str; 10] = [
    "力争",
    "确保",
    "控制在",
    "不低于",
    "不超过",
    "目标",
    "预期",
    "按增长",
    "计划",
    "争取",
];
/// Words after a figure that make it a target (`增长6%左右的预期目标`).
const TARGET_AFTER: [&str; 3] = ["的预期目标", "预期目标", "的目标"];
/// Words before a figure in the review that make it a programme's size,
/// not a result (`中央财政安排423亿元`).
const PROGRAMME_WORDS: [&str; 7] = ["安排", "下达", "拨付", "筹集", "发放", "补助", "拟"];
/// Words before a figure in the review that make it a statement of a
/// target, not a result (`去年政府工作报告提出，物价涨幅要从14.8%降到10%`).
const TARGET_TALK: [&str; 4] = ["要从", "要求", "目标", "计划"];
/// Words of a plan that look back at the year before
/// (`过去一年，…国内生产总值增长10.3%`).
const LOOKING_BACK: [&str; 4] = ["过去一年", "去年以来", "一年来", "过去的一年"];

/// The clause before a figure (from the last `，；。：`).
fn clause_before(text: &str, start: usize) -> &str {
    let from = text[..start]
        .rfind(['，', '；', '。', '：', ',', ';', ':', '！', '？'])
        .map_or(0, |i| {
            i + text[i..].chars().next().map_or(1, char::len_utf8)
        });
    &text[from..start]
}

/// The meaning of a figure of a block (`figures`: the block's figures, in
/// order; `index`: this one's place among them).
pub fn meaning_of(
    stages: &Stages,
    block: &str,
    text: &str,
    figures: &[Figure],
    index: usize,
) -> Meaning {
    let figure = &figures[index];
    let range = figure.range.clone();
    let sentence = sentence_before(text, range.start);
    let clause = clause_before(text, range.start);
    let found = if figure.kind == Kind::Date {
        None
    } else if let Some(item) = listed_subject(text, figures, index) {
        Some(known_in(&item).map_or(Indicator::Written(item), Indicator::Known))
    } else {
        let subject = subject_of(text, range.clone());
        let named = subject.earlier.as_deref().or(Some(clause));
        indicator(&subject.words, named, sentence)
    };
    let stage = stages.stage(block);
    let main_target = stage == Stage::Plan && stages.in_passage(block, &range);
    let role = role_of(
        figure,
        found.as_ref(),
        stage,
        main_target,
        (&text[..range.start], sentence, clause),
        (
            &text[range.end..],
            names_a_past_year(stages, text, figures, index),
        ),
    );
    let reviews_years = stages.reviews_years(block);
    let period = period_of(stages, (stage, reviews_years), figures, index, text, role);
    Meaning {
        indicator: found,
        role,
        period,
        main_target: main_target && role == Some(FigureRole::Target),
    }
}

/// In a list of figures (`增长2.2%、1.6%`, `分别增长9.8%和8.5%`), the
/// subject in the same place as figure `index`: from a list of subjects
/// (`规上工业增加值、社会消费品零售总额两项指标…`), or else from as many
/// clauses before the list, one subject each (`城镇居民人均可支配收入17175元，
/// 农村居民人均纯收入5153元，实际增长9.8%和8.5%`).
fn listed_subject(text: &str, figures: &[Figure], index: usize) -> Option<String> {
    let joined = |a: &Figure, b: &Figure| {
        matches!(&text[a.range.end..b.range.start], "、" | "和" | "与" | "及")
    };
    let mut first = index;
    while first > 0 && joined(&figures[first - 1], &figures[first]) {
        first -= 1;
    }
    let mut last = index;
    while last + 1 < figures.len() && joined(&figures[last], &figures[last + 1]) {
        last += 1;
    }
    let count = last - first + 1;
    if count < 2 {
        return None;
    }
    let before = whole_sentence_before(text, figures[first].range.start);
    let clauses: Vec<&str> = before.split(['，', '；', '：']).collect();
    if let Some(items) = clauses.last().and_then(|own| shared_subjects(own, count)) {
        return items.into_iter().nth(index - first);
    }
    let listed = ["、", "和"].iter().find_map(|separator| {
        clauses
            .iter()
            .rev()
            .find(|clause| clause.matches(separator).count() == count - 1)
            .and_then(|list| list.split(separator).nth(index - first))
    });
    let item = match listed {
        Some(item) => item,
        None => {
            let (_, earlier) = clauses.split_last()?;
            // `扣除价格因素`, `按可比价格计算`: how, not what.
            let earlier: Vec<&str> = earlier
                .iter()
                .filter(|c| !c.starts_with("扣除") && !c.starts_with('按') && !c.ends_with("计算"))
                .copied()
                .collect();
            let from = earlier.len().checked_sub(count)?;
            *earlier.get(from + index - first)?
        }
    };
    let item = clause_subject(item);
    (!item.is_empty()).then_some(item)
}

/// Subjects that share their words, in the figures' own clause:
/// `城镇和农村居民人均可支配收入分别增长4.3%、5.5%` (城镇居民… and 农村居民…),
/// `城乡居民人均可支配收入分别增长4.5%和6.2%` (城乡: 城镇 and 农村).
fn shared_subjects(clause: &str, count: usize) -> Option<Vec<String>> {
    let subject = &clause[..clause.find("分别")?];
    if count == 2 {
        if let Some(rest) = subject.strip_prefix("城乡") {
            return Some(vec![format!("城镇{rest}"), format!("农村{rest}")]);
        }
    }
    let parts: Vec<&str> = subject.split(['和', '、']).collect();
    let (last, heads) = parts.split_last()?;
    let head_len = heads.first()?.chars().count();
    let short = heads
        .iter()
        .all(|h| h.chars().count() == head_len && head_len <= 3);
    if parts.len() != count || !short || last.chars().count() <= head_len + 1 {
        return None;
    }
    let tail: String = last.chars().skip(head_len).collect();
    let mut items: Vec<String> = heads.iter().map(|head| format!("{head}{tail}")).collect();
    items.push((*last).to_owned());
    Some(
        items
            .into_iter()
            .map(|item| clause_subject(&item))
            .collect(),
    )
}

/// Whether the sentence of figure `index` opens on a year before the
/// report's (`2024年，全市地区生产总值增长5.2%` in the 2025 report).
fn names_a_past_year(stages: &Stages, text: &str, figures: &[Figure], index: usize) -> bool {
    let Some(year) = stages.year else {
        return false;
    };
    let start = figures[index].range.start;
    let sentence_start = start - whole_sentence_before(text, start).len();
    figures[..index]
        .iter()
        .filter(|earlier| earlier.kind == Kind::Date && earlier.range.start >= sentence_start)
        .filter(|earlier| {
            !text[..earlier.range.start].ends_with(['比', '较', '从', '由', '到', '按'])
                && !text[earlier.range.end..].starts_with("以来")
        })
        .filter_map(|earlier| earlier.date.as_deref()?.get(..4)?.parse::<i32>().ok())
        .any(|named| named < year)
}

fn role_of(
    figure: &Figure,
    indicator: Option<&Indicator>,
    stage: Stage,
    in_passage: bool,
    (before, sentence, clause): (&str, &str, &str),
    (after, past_year): (&str, bool),
) -> Option<FigureRole> {
    // Looking back at last year, in the plan: after the last `今年`, or in
    // the sentence (`去年居民消费价格涨幅回落到2.6%`, `2024年，…增长5.2%`).
    let since_this_year = before.rfind("今年").map_or(before, |at| &before[at..]);
    let looking_back = LOOKING_BACK
        .iter()
        .any(|word| since_this_year.contains(word))
        || said_last_year(sentence)
        // `2015年国内生产总值将超过55万亿元`: what will be.
        || (past_year && !clause.contains('将'));
    if figure.kind == Kind::Date {
        return None;
    }
    match stage {
        Stage::Plan if looking_back && !in_passage => Some(FigureRole::Result),
        Stage::Plan => {
            // `已经连续三年增长速度在百分之十一以上`: what was, not a goal.
            let past = ["已经", "已连续", "过去"]
                .iter()
                .any(|word| clause.contains(word));
            let phrased = !past && TARGET_WORDS.iter().any(|word| clause.contains(word))
                || TARGET_AFTER.iter().any(|word| after.starts_with(word))
                || (!past
                    && figure.kind == Kind::Percent
                    && matches!(figure.qualifier, Some("左右" | "以上" | "以内" | "以下")));
            (in_passage || phrased).then_some(FigureRole::Target)
        }
        Stage::Review => {
            let programme = indicator.is_some_and(|i| i.known().is_none())
                && PROGRAMME_WORDS.iter().any(|word| clause.contains(word));
            let target_talk =
                sentence.contains("提出") || TARGET_TALK.iter().any(|word| clause.contains(word));
            (!programme && !target_talk).then_some(FigureRole::Result)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::figures::recognise;
    use crate::report::parse;

    /// Each figure of a report's blocks as (written, indicator, role).
    fn read(source: &str) -> Vec<(String, Option<String>, Option<&'static str>)> {
        let report = parse(source);
        let stages = Stages::of(&report);
        let mut out = Vec::new();
        for block in report.blocks() {
            let figures = recognise(block.as_str());
            for (i, figure) in figures.iter().enumerate() {
                let meaning = meaning_of(&stages, &block.id, block.as_str(), &figures, i);
                out.push((
                    block.as_str()[figure.range.clone()].to_owned(),
                    meaning.indicator.map(|i| i.name().to_owned()),
                    meaning.role.map(FigureRole::name),
                ));
            }
        }
        out
    }

    #[test]
    fn subjects_that_share_their_words() {
        let found = read(
            "一、2025年工作回顾\n\n城镇和农村居民人均可支配收入分别增长4.3%、5.5%，城乡居民人均可支配收入分别增长4.5%和6.2%。\n",
        );
        let named: Vec<Option<&str>> = found.iter().map(|(_, i, _)| i.as_deref()).collect();
        assert_eq!(
            named[1..],
            [
                Some("城镇居民人均可支配收入"),
                Some("农村居民人均可支配收入"),
                Some("城镇居民人均可支配收入"),
                Some("农村居民人均可支配收入"),
            ]
        );
    }

    fn find<'a>(
        read: &'a [(String, Option<String>, Option<&'static str>)],
        written: &str,
    ) -> &'a (String, Option<String>, Option<&'static str>) {
        read.iter()
            .find(|(w, _, _)| w == written)
            .unwrap_or_else(|| panic!("no {written} in {read:?}"))
    }

    #[test]
    fn results_in_the_review_targets_in_the_plan() {
        let read = read(
            "一、2023年工作回顾\n\n全市地区生产总值达到3215亿元，同比增长6.1%。中央财政安排投资资金423亿元。\n\n二、2024年工作安排\n\n主要预期目标是：地区生产总值增长5.5%左右；城镇新增就业4.5万人以上。全年实施重大项目300个。\n",
        );
        let gdp = Some("地区生产总值".to_owned());
        assert_eq!(
            find(&read, "6.1%"),
            &("6.1%".to_owned(), gdp.clone(), Some("result"))
        );
        assert_eq!(find(&read, "3215亿元").2, Some("result"));
        assert_eq!(find(&read, "423亿元").2, None, "a programme's size");
        assert_eq!(
            find(&read, "5.5%左右"),
            &("5.5%左右".to_owned(), gdp, Some("target"))
        );
        assert_eq!(
            find(&read, "4.5万人以上").1.as_deref(),
            Some("城镇新增就业")
        );
        assert_eq!(find(&read, "4.5万人以上").2, Some("target"));
        assert_eq!(find(&read, "300个").2, None, "a plan, not a target");
        assert_eq!(find(&read, "2023年").2, None);
    }
}
