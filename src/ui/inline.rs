//! A block's text cut into runs that share the same marks (lead, repeat),
//! with the places where page breaks were joined. Pure: the views only
//! turn these runs into elements.

use crate::report::Block;
use std::ops::Range;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Run {
    pub range: Range<usize>,
    pub lead: bool,
    /// Index into the block's `repeats`.
    pub repeat: Option<usize>,
    /// Whether a page-break join sits just before this run.
    pub joined: bool,
}

pub fn runs(block: &Block) -> Vec<Run> {
    let len = block.text.len();
    let mut cuts = vec![0, len, block.lead_end.min(len)];
    cuts.extend(block.joins.iter().copied());
    for repeat in &block.repeats {
        cuts.extend([repeat.range.start, repeat.range.end]);
    }
    cuts.retain(|&cut| cut <= len);
    cuts.sort_unstable();
    cuts.dedup();
    cuts.windows(2)
        .map(|pair| {
            let range = pair[0]..pair[1];
            Run {
                lead: range.start < block.lead_end,
                repeat: block.repeats.iter().position(|repeat| {
                    repeat.range.start <= range.start && range.end <= repeat.range.end
                }),
                joined: block.joins.contains(&range.start),
                range,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::parse;

    #[test]
    fn runs_cover_the_text_and_mark_lead_join_and_repeat() {
        let report = parse(&std::fs::read_to_string("reports/gongshu-2023.txt").unwrap());
        for block in report.blocks() {
            let runs = runs(block);
            let joined: String = runs
                .iter()
                .map(|run| &block.as_str()[run.range.clone()])
                .collect();
            assert_eq!(joined, block.as_str());
            assert_eq!(
                runs.iter().filter(|run| run.joined).count(),
                block.joins.len()
            );
        }
        let block = report.block("p-1-3-4").unwrap();
        let runs = runs(block);
        assert!(runs[0].lead && block.as_str()[runs[0].range.clone()].ends_with("期盼。"));
        let repeated: String = runs
            .iter()
            .filter(|run| run.repeat.is_some())
            .map(|run| &block.as_str()[run.range.clone()])
            .collect();
        assert_eq!(repeated.chars().count(), 284);
    }
}
