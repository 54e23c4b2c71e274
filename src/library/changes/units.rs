//! Units of two reports aligned by heading and content: the numbering and
//! order of parts and sections change from year to year, so a section is
//! matched with last year's most like it wherever it stood.

use super::likeness::{unnumbered, Bigrams};
use super::sentences::{Kind, Unit};

/// Below this a unit has no counterpart: it is new, or was dropped.
const ALIKE_ENOUGH: f64 = 0.25;

/// For each unit of `now`, the unit of `was` it continues, if any; each
/// unit of `was` continues at most once.
pub fn align_units(was: &[Unit], now: &[Unit]) -> Vec<Option<usize>> {
    let shape = |unit: &Unit| {
        let heading = unit
            .heading
            .as_ref()
            .map(|(text, _)| Bigrams::of([unnumbered(text)]))
            .unwrap_or_default();
        let content = Bigrams::of(unit.sentences.iter().map(|s| s.text.as_str()));
        (heading, content)
    };
    let was_shapes: Vec<_> = was.iter().map(shape).collect();
    let now_shapes: Vec<_> = now.iter().map(shape).collect();
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    for (n, (unit, (heading, content))) in now.iter().zip(&now_shapes).enumerate() {
        for (w, (other, (was_heading, was_content))) in was.iter().zip(&was_shapes).enumerate() {
            if unit.kind != other.kind {
                continue;
            }
            let score = match unit.kind {
                // One opening, one closing: they continue each other.
                Kind::Opening | Kind::Closing => 1.0,
                _ => match likeness(heading, content, was_heading, was_content) {
                    Some(score) => score,
                    None => continue,
                },
            };
            if score >= ALIKE_ENOUGH {
                pairs.push((score, n, w));
            }
        }
    }
    // The best pairs first; ties in the order of the text.
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut matched = vec![None; now.len()];
    let mut taken = vec![false; was.len()];
    for (_, n, w) in pairs {
        if matched[n].is_none() && !taken[w] {
            matched[n] = Some(w);
            taken[w] = true;
        }
    }
    matched
}

/// How alike two units are, from their headings (0.4) and content (0.6);
/// `None` where they cannot be alike enough (the content's bigrams are
/// counted only where the sizes allow it).
fn likeness(
    heading: &Bigrams,
    content: &Bigrams,
    was_heading: &Bigrams,
    was_content: &Bigrams,
) -> Option<f64> {
    let headed = !heading.is_empty() && !was_heading.is_empty();
    if headed && content.is_empty() && was_content.is_empty() {
        return Some(heading.dice(was_heading));
    }
    let (heading_weight, heading_likeness) = match headed {
        true => (0.4, heading.dice(was_heading)),
        false => (0.0, 0.0),
    };
    let score = |content_likeness: f64| {
        heading_weight * heading_likeness + (1.0 - heading_weight) * content_likeness
    };
    if score(content.dice_at_most(was_content)) < ALIKE_ENOUGH {
        return None;
    }
    Some(score(content.dice(was_content)))
}
