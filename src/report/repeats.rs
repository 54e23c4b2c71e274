//! Passages duplicated by a bad copy: kept, but marked as repeats of the
//! first occurrence.

use super::model::{Block, Repeat, Report};
use std::collections::HashMap;

/// The shortest verbatim repeat worth marking, in characters: shorter
/// repeats are set phrases the genre uses again and again.
pub const MIN_REPEAT_CHARS: usize = 50;

/// Finds every passage of at least `MIN_REPEAT_CHARS` characters that
/// repeats an earlier one, and marks it on the block that holds it.
pub fn mark_repeats(report: &mut Report) {
    let mut blocks = report.blocks_mut();
    let found = find_repeats(&blocks);
    for (block, repeat) in found {
        blocks[block].repeats.push(repeat);
    }
}

/// A character of the whole report: which block, and its byte offset there.
struct Place {
    block: usize,
    byte: usize,
}

fn find_repeats(blocks: &[&mut Block]) -> Vec<(usize, Repeat)> {
    // All blocks as one sequence; a `None` between blocks stops a repeat
    // from running across them.
    let mut chars: Vec<Option<char>> = Vec::new();
    let mut places: Vec<Place> = Vec::new();
    for (index, block) in blocks.iter().enumerate() {
        for (byte, c) in block.as_str().char_indices() {
            chars.push(Some(c));
            places.push(Place { block: index, byte });
        }
        chars.push(None);
        places.push(Place {
            block: index,
            byte: block.text.len(),
        });
    }

    let mut first_seen: HashMap<&[Option<char>], usize> = HashMap::new();
    let mut found = Vec::new();
    let mut i = 0;
    while i + MIN_REPEAT_CHARS <= chars.len() {
        let window = &chars[i..i + MIN_REPEAT_CHARS];
        if let Some(gap) = window.iter().rposition(Option::is_none) {
            i += gap + 1;
            continue;
        }
        match first_seen.get(window) {
            Some(&first) if first + MIN_REPEAT_CHARS <= i => {
                let mut len = MIN_REPEAT_CHARS;
                while i + len < chars.len()
                    && first + len < i
                    && chars[i + len].is_some()
                    && chars[i + len] == chars[first + len]
                {
                    len += 1;
                }
                let skip = partial_sentence_len(&chars[..i], &chars[i..i + len]);
                if len - skip < MIN_REPEAT_CHARS {
                    i += 1;
                    continue;
                }
                let start = &places[i + skip];
                let end = &places[i + len];
                let end_byte = if end.block == start.block {
                    end.byte
                } else {
                    blocks[start.block].text.len()
                };
                found.push((
                    start.block,
                    Repeat {
                        range: start.byte..end_byte,
                        first: blocks[places[first].block].id.clone(),
                    },
                ));
                i += len;
            }
            Some(_) => i += 1,
            None => {
                first_seen.insert(window, i);
                i += 1;
            }
        }
    }
    found
}

/// A copy begins with whole sentences: when the repeat starts inside a
/// sentence (the tail of one that merely ends alike), the characters up to
/// that sentence's end are not part of the copy.
fn partial_sentence_len(before: &[Option<char>], repeat: &[Option<char>]) -> usize {
    let starts_sentence = match before.last() {
        None | Some(None) => true,
        Some(Some(c)) => matches!(c, '。' | '！' | '？' | '；'),
    };
    if starts_sentence {
        return 0;
    }
    repeat
        .iter()
        .position(|c| matches!(c, Some('。' | '！' | '？' | '；')))
        .map_or(0, |end| end + 1)
}
