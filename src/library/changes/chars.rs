//! The characters that changed inside a pair of aligned sentences.

use similar::{capture_diff_slices, Algorithm, DiffOp};

/// A run of a changed sentence: the same in both, only last year's, or
/// only this year's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    Same(String),
    Del(String),
    Ins(String),
}

/// The pieces of `was` → `now`, runs of one kind merged; one or two
/// characters left standing between two changes are folded into them, so
/// a reader sees one change where a word was rewritten, not its pieces
/// kept apart by a character the two words share by chance.
pub fn pieces(was: &str, now: &str) -> Vec<Piece> {
    let a: Vec<char> = was.chars().collect();
    let b: Vec<char> = now.chars().collect();
    let mut pieces: Vec<Piece> = Vec::new();
    for op in capture_diff_slices(Algorithm::Myers, &a, &b) {
        match op {
            DiffOp::Equal { old_index, len, .. } => push(
                &mut pieces,
                Piece::Same(a[old_index..old_index + len].iter().collect()),
            ),
            DiffOp::Delete {
                old_index, old_len, ..
            } => push(
                &mut pieces,
                Piece::Del(a[old_index..old_index + old_len].iter().collect()),
            ),
            DiffOp::Insert {
                new_index, new_len, ..
            } => push(
                &mut pieces,
                Piece::Ins(b[new_index..new_index + new_len].iter().collect()),
            ),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                push(
                    &mut pieces,
                    Piece::Del(a[old_index..old_index + old_len].iter().collect()),
                );
                push(
                    &mut pieces,
                    Piece::Ins(b[new_index..new_index + new_len].iter().collect()),
                );
            }
        }
    }
    fold_short_islands(pieces)
}

fn push(pieces: &mut Vec<Piece>, piece: Piece) {
    match (pieces.last_mut(), &piece) {
        (Some(Piece::Same(last)), Piece::Same(more))
        | (Some(Piece::Del(last)), Piece::Del(more))
        | (Some(Piece::Ins(last)), Piece::Ins(more)) => last.push_str(more),
        _ => pieces.push(piece),
    }
}

fn is_change(piece: &Piece) -> bool {
    !matches!(piece, Piece::Same(_))
}

fn fold_short_islands(pieces: Vec<Piece>) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::new();
    let mut index = 0;
    while index < pieces.len() {
        let piece = &pieces[index];
        let short = matches!(piece, Piece::Same(s) if s.chars().count() <= 2)
            && index > 0
            && pieces.get(index + 1).is_some_and(is_change)
            && is_change(&pieces[index - 1]);
        if let (true, Piece::Same(text)) = (short, piece) {
            // The characters go to both sides of the change.
            let (mut del, mut ins) = (String::new(), String::new());
            while let Some(last) = out.last() {
                match last {
                    Piece::Del(s) => del.insert_str(0, s),
                    Piece::Ins(s) => ins.insert_str(0, s),
                    Piece::Same(_) => break,
                }
                out.pop();
            }
            del.push_str(text);
            ins.push_str(text);
            out.push(Piece::Del(del));
            out.push(Piece::Ins(ins));
        } else {
            push(&mut out, piece.clone());
        }
        index += 1;
    }
    tidy(out)
}

/// Each run of changes as one deletion then one insertion.
fn tidy(pieces: Vec<Piece>) -> Vec<Piece> {
    let mut out = Vec::new();
    let (mut del, mut ins) = (String::new(), String::new());
    let flush = |out: &mut Vec<Piece>, del: &mut String, ins: &mut String| {
        if !del.is_empty() {
            out.push(Piece::Del(std::mem::take(del)));
        }
        if !ins.is_empty() {
            out.push(Piece::Ins(std::mem::take(ins)));
        }
    };
    for piece in pieces {
        match piece {
            Piece::Del(s) => del.push_str(&s),
            Piece::Ins(s) => ins.push_str(&s),
            Piece::Same(s) => {
                flush(&mut out, &mut del, &mut ins);
                push(&mut out, Piece::Same(s));
            }
        }
    }
    flush(&mut out, &mut del, &mut ins);
    out
}

/// The characters two sentences share, as a share of both: 2·same /
/// (|was| + |now|).
pub fn sameness(pieces: &[Piece]) -> f64 {
    let (mut same, mut total) = (0usize, 0usize);
    for piece in pieces {
        match piece {
            Piece::Same(s) => {
                same += s.chars().count();
                total += 2 * s.chars().count();
            }
            Piece::Del(s) | Piece::Ins(s) => total += s.chars().count(),
        }
    }
    if total == 0 {
        1.0
    } else {
        2.0 * same as f64 / total as f64
    }
}

/// The runs of changed characters: each stretch between two same runs.
pub fn edits(pieces: &[Piece]) -> usize {
    let mut count = 0;
    let mut in_change = false;
    for piece in pieces {
        if is_change(piece) {
            if !in_change {
                count += 1;
            }
            in_change = true;
        } else {
            in_change = false;
        }
    }
    count
}

/// A side's text of the pieces: last year's (`was`) or this year's.
pub fn side(pieces: &[Piece], was: bool) -> String {
    pieces
        .iter()
        .filter_map(|piece| match piece {
            Piece::Same(s) => Some(s.as_str()),
            Piece::Del(s) if was => Some(s.as_str()),
            Piece::Ins(s) if !was => Some(s.as_str()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_qualifier_changed_is_one_edit() {
        let was = "国内生产总值增长5%左右。";
        let now = "国内生产总值增长5%以上。";
        let pieces = pieces(was, now);
        assert_eq!(side(&pieces, true), was);
        assert_eq!(side(&pieces, false), now);
        assert_eq!(edits(&pieces), 1);
        assert!(sameness(&pieces) > 0.7);
        assert!(pieces.contains(&Piece::Del("左右".into())), "{pieces:?}");
    }

    #[test]
    fn unlike_sentences_share_little() {
        let pieces = pieces("加快建设现代化产业体系。", "切实保障和改善民生。");
        assert!(sameness(&pieces) < 0.3);
        assert_eq!(side(&pieces, false), "切实保障和改善民生。");
    }
}
