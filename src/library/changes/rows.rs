//! Sentences of two aligned units aligned: the same ones first (a diff of
//! the sentence lists), then, among the rest, pairs that keep most of their
//! characters (changed); what is left is new or dropped.

use super::chars::{pieces, sameness, Piece};
use super::likeness::{BigramIndex, Bigrams};
use super::sentences::Sentence;
use similar::{capture_diff_slices, Algorithm, DiffOp};

/// "Changed": a sentence keeps at least this share of its characters.
pub const MOSTLY_THE_SAME: f64 = 0.5;

/// Above this many candidate pairs a region is left unpaired (new and
/// dropped), so that a rewritten section costs no more than a few.
const MOST_PAIRS_TRIED: usize = 40_000;

/// A candidate pair's share of characters kept, and its pieces.
type Scored = Option<(f64, Vec<Piece>)>;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Row {
    Same {
        was: Sentence,
        now: Sentence,
    },
    Changed {
        was: Sentence,
        now: Sentence,
        pieces: Vec<Piece>,
    },
    New(Sentence),
    Dropped(Sentence),
}

/// The rows of `was` → `now`, in the order of both texts (a dropped
/// sentence where it stood, before what replaced it).
pub fn align_sentences(was: &[Sentence], now: &[Sentence]) -> Vec<Row> {
    let a: Vec<&str> = was.iter().map(|s| s.text.as_str()).collect();
    let b: Vec<&str> = now.iter().map(|s| s.text.as_str()).collect();
    let mut rows = Vec::new();
    let (mut old_from, mut new_from) = (0, 0);
    for op in capture_diff_slices(Algorithm::Myers, &a, &b) {
        if let DiffOp::Equal {
            old_index,
            new_index,
            len,
        } = op
        {
            rows.extend(pair_region(
                &was[old_from..old_index],
                &now[new_from..new_index],
            ));
            for k in 0..len {
                rows.push(Row::Same {
                    was: was[old_index + k].clone(),
                    now: now[new_index + k].clone(),
                });
            }
            (old_from, new_from) = (old_index + len, new_index + len);
        }
    }
    rows.extend(pair_region(&was[old_from..], &now[new_from..]));
    rows
}

/// A region of sentences that are not the same: the pairs, in order, that
/// keep the most characters between them (a longest-path over the grid).
fn pair_region(was: &[Sentence], now: &[Sentence]) -> Vec<Row> {
    let (n, m) = (was.len(), now.len());
    let mut paired: Vec<Option<(usize, Vec<Piece>)>> = vec![None; m];
    if n > 0 && m > 0 && n * m <= MOST_PAIRS_TRIED {
        let was_grams: Vec<Bigrams> = was.iter().map(|s| Bigrams::of([s.text.as_str()])).collect();
        let was_index = BigramIndex::of(&was_grams);
        // score[i][j]: how much of its characters the pair keeps, if it
        // keeps most of them.
        let mut scores: Vec<Vec<Scored>> = vec![vec![None; m]; n];
        for j in 0..m {
            // Bigrams first: most pairs share too little to diff.
            let alike = was_index.dice_with_each(&Bigrams::of([now[j].text.as_str()]));
            for i in 0..n {
                if alike[i] < 0.3 {
                    continue;
                }
                let pieces = pieces(&was[i].text, &now[j].text);
                let kept = sameness(&pieces);
                if kept >= MOSTLY_THE_SAME {
                    scores[i][j] = Some((kept, pieces));
                }
            }
        }
        let mut best = vec![vec![0.0f64; m + 1]; n + 1];
        for i in 1..=n {
            for j in 1..=m {
                let pair = scores[i - 1][j - 1]
                    .as_ref()
                    .map_or(f64::MIN, |(kept, _)| best[i - 1][j - 1] + kept);
                best[i][j] = best[i - 1][j].max(best[i][j - 1]).max(pair);
            }
        }
        let (mut i, mut j) = (n, m);
        while i > 0 && j > 0 {
            let here = best[i][j];
            match &scores[i - 1][j - 1] {
                Some((kept, pieces)) if here == best[i - 1][j - 1] + kept => {
                    paired[j - 1] = Some((i - 1, pieces.clone()));
                    i -= 1;
                    j -= 1;
                }
                _ if here == best[i - 1][j] => i -= 1,
                _ => j -= 1,
            }
        }
    }
    let mut rows = Vec::new();
    let mut next_old = 0;
    for (j, pair) in paired.into_iter().enumerate() {
        if let Some((i, pieces)) = pair {
            rows.extend(was[next_old..i].iter().cloned().map(Row::Dropped));
            rows.push(Row::Changed {
                was: was[i].clone(),
                now: now[j].clone(),
                pieces,
            });
            next_old = i + 1;
        } else {
            // Dropped sentences before the new one that took their place.
            rows.push(Row::New(now[j].clone()));
        }
    }
    rows.extend(was[next_old..].iter().cloned().map(Row::Dropped));
    order_dropped_first(rows)
}

/// Within a run of new and dropped sentences, the dropped first: read as
/// "this went, this came".
fn order_dropped_first(rows: Vec<Row>) -> Vec<Row> {
    let mut out = Vec::with_capacity(rows.len());
    let mut new_run = Vec::new();
    for row in rows {
        match row {
            Row::New(_) => new_run.push(row),
            Row::Dropped(_) => out.push(row),
            _ => {
                out.append(&mut new_run);
                out.push(row);
            }
        }
    }
    out.append(&mut new_run);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(texts: &[&str]) -> Vec<Sentence> {
        texts
            .iter()
            .map(|t| Sentence {
                text: (*t).to_owned(),
                block: "p".into(),
            })
            .collect()
    }

    fn kinds(rows: &[Row]) -> String {
        rows.iter()
            .map(|row| match row {
                Row::Same { .. } => '=',
                Row::Changed { .. } => '~',
                Row::New(_) => '+',
                Row::Dropped(_) => '-',
            })
            .collect()
    }

    #[test]
    fn same_changed_new_and_dropped() {
        let was = sentences(&[
            "经济运行总体平稳。",
            "国内生产总值增长5%左右。",
            "粮食产量保持稳定。",
            "物价总体稳定。",
        ]);
        let now = sentences(&[
            "经济运行总体平稳。",
            "国内生产总值增长5%以上。",
            "新质生产力加快发展。",
            "物价总体稳定。",
        ]);
        let rows = align_sentences(&was, &now);
        assert_eq!(kinds(&rows), "=~-+=");
    }
}
