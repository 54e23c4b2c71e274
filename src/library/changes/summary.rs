//! The comparison summed up: sentences new, dropped, changed and the same;
//! the targets whose wording or value changed; the terms new this year.

use super::chars::edits;
use super::rows::Row;
use crate::library::compare::{quoted, Term};
use crate::report::{Model, Report};

/// How many sentences of each kind, and the runs of changed characters
/// (`修改 N 处`: each run inside a changed sentence, and each run of new
/// and dropped sentences, counts once).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub new: usize,
    pub dropped: usize,
    pub changed: usize,
    pub same: usize,
    pub edits: usize,
}

impl Counts {
    pub fn of(rows: &[Row]) -> Counts {
        let mut counts = Counts::default();
        let mut in_run = false;
        for row in rows {
            let whole = matches!(row, Row::New(_) | Row::Dropped(_));
            match row {
                Row::Same { .. } => counts.same += 1,
                Row::Changed { pieces, .. } => {
                    counts.changed += 1;
                    counts.edits += edits(pieces);
                }
                Row::New(_) => counts.new += 1,
                Row::Dropped(_) => counts.dropped += 1,
            }
            if whole && !in_run {
                counts.edits += 1;
            }
            in_run = whole;
        }
        counts
    }

    /// `新增 N 句 · 删去 N 句 · 改动 N 句 · 未变 N 句`.
    pub fn line(&self) -> String {
        format!(
            "新增 {} 句 · 删去 {} 句 · 改动 {} 句 · 未变 {} 句",
            self.new, self.dropped, self.changed, self.same
        )
    }
}

impl std::ops::Add for Counts {
    type Output = Counts;

    fn add(self, other: Counts) -> Counts {
        Counts {
            new: self.new + other.new,
            dropped: self.dropped + other.dropped,
            changed: self.changed + other.changed,
            same: self.same + other.same,
            edits: self.edits + other.edits,
        }
    }
}

/// A target of one year or the other whose wording or value is not the
/// same in both: `国内生产总值增长 5%左右 → 5%以上`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TargetChange {
    pub indicator: String,
    pub was: Option<String>,
    pub now: Option<String>,
}

pub fn target_changes(was: &Model, now: &Model) -> Vec<TargetChange> {
    let written = |model: &Model| -> Vec<(String, String)> {
        model
            .tables
            .targets
            .iter()
            .map(|row| {
                let name = model.figures.indicator_name(&row.indicator).into_owned();
                let mut text = model.figures.all[row.figure]
                    .written(&model.report)
                    .to_owned();
                for stretch in &row.stretch {
                    text.push('，');
                    text.push_str(model.figures.all[*stretch].written(&model.report));
                }
                (name, text)
            })
            .collect()
    };
    let (before, after) = (written(was), written(now));
    let mut changes = Vec::new();
    for (indicator, text) in &after {
        let earlier = before.iter().find(|(name, _)| name == indicator);
        if earlier.map(|(_, t)| t) != Some(text) {
            changes.push(TargetChange {
                indicator: indicator.clone(),
                was: earlier.map(|(_, t)| t.clone()),
                now: Some(text.clone()),
            });
        }
    }
    for (indicator, text) in &before {
        if !after.iter().any(|(name, _)| name == indicator) {
            changes.push(TargetChange {
                indicator: indicator.clone(),
                was: Some(text.clone()),
                now: None,
            });
        }
    }
    changes
}

/// Terms in quotation marks (`“人工智能+”`) this year's text uses and last
/// year's nowhere does, in the order they first appear, with their block.
pub fn new_terms(was: &Report, now: &Report) -> Vec<Term> {
    quoted(now)
        .into_iter()
        .filter(|term| {
            !was.blocks()
                .any(|block| block.as_str().contains(&term.text))
        })
        .collect()
}
