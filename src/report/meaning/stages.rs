//! Where a report looks back and where it looks ahead: the year it is for,
//! which blocks review the past and which plan the coming year, and the
//! passages that set the year's main targets (`主要预期目标是：…`).

use crate::report::figures::{recognise, Kind};
use crate::report::{Block, Report, Role};
use std::collections::HashMap;
use std::ops::Range;

/// Whether a block reviews the past or plans ahead.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    Review,
    Plan,
}

/// The report's stages, read once.
#[derive(Debug, Default)]
pub struct Stages {
    /// The year the report is for (the one it plans), where the text says.
    pub year: Option<i32>,
    /// From which block on (by position) its review covers several years
    /// (`过去五年`, `“十一五”时期`): the whole review, or where a review of
    /// the year and the plan (`2025年和“十四五”时期工作回顾`) turns to the plan.
    years_from: Option<usize>,
    /// The blocks from this one on plan ahead (by position among the
    /// blocks); none: the whole report reviews (a text cut before its plan).
    plan_from: Option<usize>,
    positions: HashMap<String, usize>,
    /// The targets passages: byte ranges of blocks' texts.
    passages: HashMap<String, Vec<Range<usize>>>,
}

/// What opens the passage of the year's main targets.
const TARGET_MARKERS: [&str; 20] = [
    "主要预期目标是",
    "主要预期目标为",
    "主要预期目标：",
    "主要预期目标:",
    "主要目标是",
    "主要目标为",
    "主要目标：",
    "预期目标是",
    "预期目标为",
    "预期目标定为",
    "目标定为",
    "目标，定为",
    "调控目标为",
    "调控目标是",
    "主要指标是",
    "预期为",
    "计划要求",
    "今年计划",
    "预期目标：",
    "主要目标:",
];

/// Words of a part heading that reviews.
const REVIEW_WORDS: [&str; 6] = ["回顾", "过去", "一年来", "五年来", "工作总结", "取得"];
/// Words of a part heading that plans.
const PLAN_WORDS: [&str; 8] = [
    "安排", "任务", "目标", "要求", "今年", "建议", "今后", "部署",
];
/// Words of a heading whose review covers several years.
const YEARS_WORDS: [&str; 4] = ["五年", "“十", "时期", "期间"];

/// The first full year a text names (`2023年`, `１９９４年`; typeset with
/// spaces, `1 9 9 8 年`).
fn first_year(text: &str) -> Option<i32> {
    let year_in = |text: &str| {
        recognise(text)
            .into_iter()
            .filter(|figure| figure.kind == Kind::Date)
            .find_map(|figure| figure.date?.get(..4)?.parse().ok())
    };
    year_in(text).or_else(|| year_in(&unspaced_numbers(text)))
}

/// Drops the spaces between a digit and the next digit or 年 / 月.
fn unspaced_numbers(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let digit = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
    let mut out = String::with_capacity(text.len());
    for (at, &c) in chars.iter().enumerate() {
        let space = c == ' ' || c == '\u{3000}';
        let between = at > 0
            && digit(chars[at - 1])
            && chars[at + 1..]
                .iter()
                .find(|&&next| next != ' ' && next != '\u{3000}')
                .is_some_and(|&next| digit(next) || next == '年' || next == '月');
        if !(space && between) {
            out.push(c);
        }
    }
    out
}

/// A block whose first sentence speaks of a plan's years (`“十四五”时期是…`,
/// `五年来，…`), not of one year (`2025年是“十四五”规划收官之年`).
fn speaks_of_years(text: &str) -> bool {
    let first = text.split(['。', '！', '？']).next().unwrap_or(text);
    let opens_with_year = first
        .trim_start_matches(|c: char| c.is_whitespace() || c == '—')
        .chars()
        .take(5)
        .collect::<String>()
        .ends_with('年')
        && first
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit() || ('０'..='９').contains(&c));
    !opens_with_year && has_any(first, &["五年", "时期", "期间"])
}

fn has_any(text: &str, words: &[&str]) -> bool {
    words.iter().any(|word| text.contains(word))
}

impl Stages {
    pub fn of(report: &Report) -> Stages {
        let blocks: Vec<&Block> = report.blocks().collect();
        let positions: HashMap<String, usize> = blocks
            .iter()
            .enumerate()
            .map(|(i, block)| (block.id.clone(), i))
            .collect();
        let headings: Vec<Option<&Block>> = report
            .parts
            .iter()
            .map(|part| part.heading.as_ref())
            .collect();
        let reviews =
            |heading: &Option<&Block>| heading.is_some_and(|h| has_any(h.as_str(), &REVIEW_WORDS));
        let review_heading = headings.iter().find(|h| reviews(h)).copied().flatten();
        // The first part after the review parts; without a review heading,
        // the first whose heading plans.
        let plan_part = report
            .parts
            .iter()
            .zip(&headings)
            .skip_while(|(_, heading)| reviews(heading))
            .find(|(_, heading)| {
                review_heading.is_some() || has_any(heading.map_or("", |h| h.as_str()), &PLAN_WORDS)
            })
            .map(|(part, _)| part);
        let plan_part_start = plan_part.and_then(|part| {
            let first = part.heading.as_ref().or_else(|| part.intro.first())?;
            positions.get(&first.id).copied()
        });
        let passages = passages(&blocks);
        let first_passage = blocks
            .iter()
            .position(|block| passages.contains_key(&block.id));
        let plan_from = match (plan_part_start, first_passage) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        let years_from = review_heading
            .filter(|h| has_any(h.as_str(), &YEARS_WORDS))
            .and_then(|heading| {
                let at = positions.get(&heading.id).copied()?;
                if first_year(heading.as_str()).is_none() {
                    return Some(at);
                }
                // The year's results come first; the plan's from the first
                // block that speaks of its years.
                blocks
                    .iter()
                    .enumerate()
                    .skip(at + 1)
                    .take_while(|(i, _)| plan_from.is_none_or(|from| *i < from))
                    .find(|(_, block)| speaks_of_years(block.as_str()))
                    .map(|(i, _)| i)
            });
        let mut stages = Stages {
            year: None,
            years_from,
            plan_from,
            positions,
            passages,
        };
        let plan_heading = plan_part.and_then(|part| part.heading.as_ref());
        stages.year = stages.read_year(report, &blocks, review_heading, plan_heading);
        stages
    }

    /// Stages that know only the report's year (for tests of one sentence).
    #[cfg(test)]
    pub fn of_year(year: Option<i32>) -> Stages {
        Stages {
            year,
            ..Stages::default()
        }
    }

    /// The stage of a block.
    pub fn stage(&self, block: &str) -> Stage {
        let position = self.positions.get(block).copied().unwrap_or(0);
        match self.plan_from {
            Some(from) if position >= from => Stage::Plan,
            _ => Stage::Review,
        }
    }

    /// Whether a block reviews several years (a five-year plan's).
    pub fn reviews_years(&self, block: &str) -> bool {
        let position = self.positions.get(block).copied().unwrap_or(0);
        self.years_from.is_some_and(|from| position >= from) && self.stage(block) == Stage::Review
    }

    /// Whether `range` of a block's text lies in a targets passage.
    pub fn in_passage(&self, block: &str, range: &Range<usize>) -> bool {
        self.passages.get(block).is_some_and(|spans| {
            spans
                .iter()
                .any(|span| span.start <= range.start && range.end <= span.end)
        })
    }

    /// The year the report is for: its title's or meeting line's, else the
    /// year its review or plan heading names, else the year its targets
    /// passage names, else the year its plan says it is, else the year
    /// after the last one its review opens a sentence with.
    fn read_year(
        &self,
        report: &Report,
        blocks: &[&Block],
        review: Option<&Block>,
        plan: Option<&Block>,
    ) -> Option<i32> {
        [Role::Title, Role::Meeting]
            .into_iter()
            .filter_map(|role| report.front_block(role))
            .find_map(|block| first_year(block.as_str()))
            .or_else(|| review.and_then(|h| first_year(h.as_str())).map(|y| y + 1))
            .or_else(|| plan.and_then(|h| first_year(h.as_str())))
            .or_else(|| self.year_of_passages(blocks))
            .or_else(|| {
                // `2002年是…非常重要的一年。做好今年各项工作…`: the year
                // that is this one.
                blocks.iter().find_map(|block| {
                    let text = block.as_str();
                    opening_years(text)
                        .into_iter()
                        .find(|(_, says, at)| *says && text[*at..].contains("今年"))
                        .map(|(year, _, _)| year)
                })
            })
            .or_else(|| {
                // `2011年，是“十二五”开局之年`: a year the plan says it is.
                blocks
                    .iter()
                    .filter(|block| self.stage(&block.id) == Stage::Plan)
                    .find_map(|block| {
                        opening_years(block.as_str())
                            .into_iter()
                            .find(|(_, says, _)| *says)
                            .map(|(year, _, _)| year)
                    })
            })
            .or_else(|| {
                // `2004年，国内生产总值达到…`: a five-year review opens
                // sentences with earlier years too, so the latest.
                blocks
                    .iter()
                    .filter(|block| self.stage(&block.id) == Stage::Review)
                    .flat_map(|block| opening_years(block.as_str()))
                    .map(|(year, _, _)| year)
                    .max()
                    .map(|year| year + 1)
            })
    }

    /// `2006年国民经济和社会发展的主要预期目标是`: the year a targets
    /// passage's sentence names before its marker.
    fn year_of_passages(&self, blocks: &[&Block]) -> Option<i32> {
        blocks
            .iter()
            .filter(|block| self.passages.contains_key(&block.id))
            .find_map(|block| {
                let text = block.as_str();
                let marker = TARGET_MARKERS.iter().filter_map(|m| text.find(m)).min()?;
                let sentence_start = text[..marker]
                    .rfind(['。', '！', '？'])
                    .map_or(0, |i| i + '。'.len_utf8());
                first_year(&text[sentence_start..marker])
            })
    }
}

/// The years that open a sentence (`2004年，…`, `2011年是…`), each with
/// whether the sentence says what the year is (`是`) and where it ends.
fn opening_years(text: &str) -> Vec<(i32, bool, usize)> {
    recognise(text)
        .into_iter()
        .filter(|figure| figure.kind == Kind::Date)
        .filter_map(|figure| {
            let opens = text[..figure.range.start]
                .chars()
                .next_back()
                .is_none_or(|c| matches!(c, '。' | '！' | '？' | '；' | '\u{3000}' | '—'));
            let after = &text[figure.range.end..];
            let says = after.starts_with('是') || after.starts_with("，是");
            let year = figure.date.as_deref()?.parse().ok()?;
            (opens && (after.starts_with('，') || says)).then_some((year, says, figure.range.end))
        })
        .collect()
}

/// The targets passages: from each marker to the end of its sentence; a
/// marker that ends its block with a colon goes on into the next block
/// and the items after it.
fn passages(blocks: &[&Block]) -> HashMap<String, Vec<Range<usize>>> {
    let mut passages: HashMap<String, Vec<Range<usize>>> = HashMap::new();
    let mut i = 0;
    while i < blocks.len() {
        let text = blocks[i].as_str();
        let mut continues = false;
        let mut at = 0;
        while let Some((start, marker)) = TARGET_MARKERS
            .iter()
            .filter_map(|m| text[at..].find(m).map(|p| (at + p, *m)))
            .min()
        {
            let from = start + marker.len();
            let end = text[from..]
                .find(['。', '！', '？'])
                .map_or(text.len(), |p| from + p + '。'.len_utf8());
            passages
                .entry(blocks[i].id.clone())
                .or_default()
                .push(start..end);
            continues |= end == text.len() && text[..end].trim_end().ends_with(['：', ':']);
            at = end;
        }
        i += 1;
        if continues {
            let mut first = true;
            while i < blocks.len()
                && (first || matches!(blocks[i].role, Role::Bullet | Role::Numbered | Role::Item))
            {
                let block = blocks[i];
                passages
                    .entry(block.id.clone())
                    .or_default()
                    .push(0..block.as_str().len());
                first = false;
                i += 1;
            }
        }
    }
    passages
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::parse;

    #[test]
    fn a_year_typeset_with_spaces() {
        assert_eq!(
            super::first_year("二、关于1 9 9 8 年政府工作的建议"),
            Some(1998)
        );
        assert_eq!(
            super::unspaced_numbers("共 3 项，1 9 9 3 年3 月"),
            "共 3 项，1993年3月"
        );
    }

    #[test]
    fn review_then_plan_with_its_targets() {
        let report = parse(
            "一、2023年工作回顾\n\n地区生产总值增长6.1%。\n\n二、2024年工作安排\n\n今年主要预期目标是：地区生产总值增长5.5%左右。其他。\n",
        );
        let stages = Stages::of(&report);
        assert_eq!(stages.year, Some(2024));
        let ids: Vec<&str> = report.blocks().map(|b| b.id.as_str()).collect();
        let review = ids.iter().find(|id| id.starts_with("p-1")).unwrap();
        let plan = ids.iter().find(|id| id.starts_with("p-2")).unwrap();
        assert_eq!(stages.stage(review), Stage::Review);
        assert_eq!(stages.stage(plan), Stage::Plan);
        let text = report.block(plan).unwrap().as_str();
        let figure = text.find("5.5%").unwrap();
        assert!(stages.in_passage(plan, &(figure..figure + 4)));
        let other = text.find("其他").unwrap();
        assert!(!stages.in_passage(plan, &(other..other + 6)));
    }

    #[test]
    fn a_passage_after_a_colon_goes_on_into_the_next_block() {
        let report = parse(
            "各位代表：\n\n一、过去一年工作回顾\n\n2012年，国内生产总值增长7.8%。\n\n二、今年工作\n\n今年经济社会发展的主要预期目标是：\n\n国内生产总值增长7.5％；城镇新增就业900万人以上。\n\n这里要着重说明，增长10%。\n",
        );
        let stages = Stages::of(&report);
        assert_eq!(stages.year, Some(2013));
        let blocks: Vec<&Block> = report.blocks().collect();
        let listed = blocks
            .iter()
            .find(|b| b.as_str().starts_with("国内生产总值"))
            .unwrap();
        assert!(stages.in_passage(&listed.id, &(0..3)));
        let after = blocks
            .iter()
            .find(|b| b.as_str().starts_with("这里"))
            .unwrap();
        assert!(!stages.in_passage(&after.id, &(0..3)));
    }

    #[test]
    fn the_year_a_plan_says_it_is() {
        let report = parse(
            "一、“十一五”时期的回顾\n\n国内生产总值年均增长11.2%。\n\n二、今年的工作\n\n2011年，是“十二五”开局之年。\n",
        );
        assert_eq!(Stages::of(&report).year, Some(2011));
    }
}
