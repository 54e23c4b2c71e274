//! Passages duplicated by a bad copy: kept, but marked as repeats of the
//! first occurrence.

use super::structure::{Block, Repeat, Report};
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

    // Each window's first place, found by its rolling hash (checked against
    // the characters: distinct windows may share a hash).
    let hashes = window_hashes(&chars);
    let mut first_seen: HashMap<u64, Vec<usize>> = HashMap::new();
    let mut found = Vec::new();
    let mut i = 0;
    while i + MIN_REPEAT_CHARS <= chars.len() {
        let window = &chars[i..i + MIN_REPEAT_CHARS];
        if let Some(gap) = window.iter().rposition(Option::is_none) {
            i += gap + 1;
            continue;
        }
        let seen = first_seen.get(&hashes[i]).and_then(|places| {
            places
                .iter()
                .copied()
                .find(|&p| chars[p..p + MIN_REPEAT_CHARS] == *window)
        });
        match seen {
            Some(first) if first + MIN_REPEAT_CHARS <= i => {
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
                first_seen.entry(hashes[i]).or_default().push(i);
                i += 1;
            }
        }
    }
    found
}

/// The hash of every window of `MIN_REPEAT_CHARS` characters (`hashes[i]`
/// for the window starting at `i`), rolled along the text: a multiply and
/// an add per character, where hashing each window whole took nearly all
/// of the parse's time.
fn window_hashes(chars: &[Option<char>]) -> Vec<u64> {
    const BASE: u64 = 0x100_0000_01b3;
    let value = |c: Option<char>| c.map_or(0, |c| u64::from(c) + 1);
    if chars.len() < MIN_REPEAT_CHARS {
        return Vec::new();
    }
    let count = chars.len() - MIN_REPEAT_CHARS + 1;
    // BASE to the power of the window's length less one: the weight of the
    // character that leaves the window.
    let leaving = (1..MIN_REPEAT_CHARS).fold(1u64, |power, _| power.wrapping_mul(BASE));
    let mut hash = chars[..MIN_REPEAT_CHARS].iter().fold(0u64, |hash, &c| {
        hash.wrapping_mul(BASE).wrapping_add(value(c))
    });
    let mut hashes = Vec::with_capacity(count);
    hashes.push(hash);
    for i in 1..count {
        hash = hash
            .wrapping_sub(value(chars[i - 1]).wrapping_mul(leaving))
            .wrapping_mul(BASE)
            .wrapping_add(value(chars[i + MIN_REPEAT_CHARS - 1]));
        hashes.push(hash);
    }
    hashes
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rolled_hashes_equal_whole_window_hashes() {
        let text = "一二三四五六七八九十".repeat(12);
        let mut chars: Vec<Option<char>> = text.chars().map(Some).collect();
        chars.insert(37, None);
        let rolled = window_hashes(&chars);
        assert_eq!(rolled.len(), chars.len() - MIN_REPEAT_CHARS + 1);
        let whole = |window: &[Option<char>]| {
            window.iter().fold(0u64, |hash, c| {
                hash.wrapping_mul(0x100_0000_01b3)
                    .wrapping_add(c.map_or(0, |c| u64::from(c) + 1))
            })
        };
        for (i, hash) in rolled.iter().enumerate() {
            assert_eq!(*hash, whole(&chars[i..i + MIN_REPEAT_CHARS]), "window {i}");
        }
        assert!(window_hashes(&chars[..MIN_REPEAT_CHARS - 1]).is_empty());
        assert_eq!(window_hashes(&chars[..MIN_REPEAT_CHARS]).len(), 1);
    }
}
