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
                _ => likeness(heading, content, was_heading, was_content),
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

fn likeness(
    heading: &Bigrams,
    content: &Bigrams,
    was_heading: &Bigrams,
    was_content: &Bigrams,
) -> f64 {
    let content_likeness = content.dice(was_content);
    if heading.is_empty() || was_heading.is_empty() {
        return content_likeness;
    }
    let heading_likeness = heading.dice(was_heading);
    if content.is_empty() && was_content.is_empty() {
        return heading_likeness;
    }
    0.4 * heading_likeness + 0.6 * content_likeness
}
