//! What changed between two reports (last year's and this year's, or two
//! versions of one): their units aligned by heading and content, sentences
//! aligned inside each pair of units, characters inside each pair of
//! sentences. Plain Rust, run at build time; the page only shows it.

mod chars;
mod compared;
mod csv;
mod likeness;
mod rows;
mod sentences;
mod summary;
mod units;

pub use chars::{edits, pieces, side, Piece};
pub use compared::{Changes, Group, Heading, UnitChanges};
pub use csv::changes_csv;
pub use rows::{Row, MOSTLY_THE_SAME};
pub use sentences::{split_sentences, Kind, Sentence};
pub use summary::{new_terms, target_changes, Counts, TargetChange};

use crate::report::{Model, Report};
use sentences::{units_of, Unit};
use units::align_units;

/// `was` → `now`.
pub fn compare(was: &Model, now: &Model) -> Changes {
    let groups = compare_reports(&was.report, &now.report);
    let counts = groups
        .iter()
        .map(|g| g.counts)
        .fold(Counts::default(), |all, c| all + c);
    Changes {
        groups,
        counts,
        targets: target_changes(was, now),
        new_terms: new_terms(&was.report, &now.report),
    }
}

/// The rows alone, grouped (what a changes page draws in the browser,
/// from the texts, with no figures to read).
pub fn compare_reports(was: &Report, now: &Report) -> Vec<Group> {
    let was_units = units_of(was);
    let now_units = units_of(now);
    let matched = align_units(&was_units, &now_units);
    let mut placed: Vec<(usize, UnitChanges)> = Vec::new();
    for (n, unit) in now_units.iter().enumerate() {
        let counterpart = matched[n].map(|w| &was_units[w]);
        placed.push((n, unit_changes(counterpart, Some(unit))));
    }
    // A unit dropped goes after the one that continues its predecessor.
    let mut taken = vec![false; was_units.len()];
    for w in matched.iter().flatten() {
        taken[*w] = true;
    }
    let mut dropped: Vec<(usize, UnitChanges)> = Vec::new();
    for (w, unit) in was_units.iter().enumerate() {
        if taken[w] {
            continue;
        }
        let after = (0..w)
            .rev()
            .find_map(|earlier| matched.iter().position(|m| *m == Some(earlier)));
        dropped.push((after.map_or(0, |n| n + 1), unit_changes(Some(unit), None)));
    }
    // Sorted by slot: a dropped unit (slot s) just before this year's unit
    // s, that is after the unit s − 1 that continues its predecessor.
    let mut ordered: Vec<(usize, bool, UnitChanges)> = placed
        .into_iter()
        .map(|(n, changes)| (n, true, changes))
        .chain(dropped.into_iter().map(|(s, changes)| (s, false, changes)))
        .collect();
    ordered.sort_by_key(|(slot, is_now, _)| (*slot, *is_now));
    group(&now_units, ordered)
}

fn unit_changes(was: Option<&Unit>, now: Option<&Unit>) -> UnitChanges {
    let none: &[Sentence] = &[];
    let rows = rows::align_sentences(
        was.map_or(none, |u| &u.sentences),
        now.map_or(none, |u| &u.sentences),
    );
    UnitChanges {
        kind: now.or(was).map_or(Kind::Section, |u| u.kind),
        now: now.and_then(|u| u.heading.clone()),
        was: was.and_then(|u| u.heading.clone()),
        rows,
    }
}

/// Which group of the page a unit of this year opens or joins.
#[derive(Clone, Copy, PartialEq, Eq)]
enum GroupKey {
    Start,
    Part(usize),
    End,
}

fn key_of(unit: &Unit) -> GroupKey {
    match (unit.kind, unit.part) {
        (Kind::Opening, _) => GroupKey::Start,
        (Kind::PartIntro | Kind::Section, Some(part)) => GroupKey::Part(part),
        _ => GroupKey::End,
    }
}

/// The units grouped under this year's parts (and the opening, and the
/// closing with the appendices); a dropped unit joins the group of the
/// unit it follows.
fn group(now_units: &[Unit], ordered: Vec<(usize, bool, UnitChanges)>) -> Vec<Group> {
    let mut groups: Vec<(GroupKey, Group)> = Vec::new();
    for (slot, is_now, changes) in ordered {
        let neighbour = if is_now {
            Some(slot)
        } else {
            slot.checked_sub(1).or(Some(0))
        };
        let key = neighbour
            .and_then(|n| now_units.get(n))
            .map_or(GroupKey::Start, key_of);
        if groups.last().is_none_or(|(last, _)| *last != key) {
            groups.push((
                key,
                Group {
                    now: None,
                    was: None,
                    units: Vec::new(),
                    counts: Counts::default(),
                },
            ));
        }
        let (_, group) = groups.last_mut().expect("a group was opened");
        if is_now && changes.kind == Kind::PartIntro {
            group.now = changes.now.clone();
            group.was = changes.was.clone();
        }
        group.counts = group.counts + Counts::of(&changes.rows);
        group.units.push(changes);
    }
    groups.into_iter().map(|(_, group)| group).collect()
}
