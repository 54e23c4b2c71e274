//! What the index records of a text: every character and every pair of
//! adjacent characters (a gram), folded as a reader's search folds them
//! (`report::search::fold`), at its position. Positions count folded
//! characters through the report's blocks, one after another, with a gap
//! of one between blocks, so that no gram and no match spans two blocks.

use crate::report::search::fold;

/// A report's blocks, folded: the characters and where each block starts.
pub struct Folded {
    pub chars: Vec<char>,
    /// Each block's first position; a block ends one before the next one's
    /// start (the gap).
    pub block_starts: Vec<u32>,
}

impl Folded {
    pub fn new<'a>(blocks: impl IntoIterator<Item = &'a str>) -> Folded {
        let mut chars = Vec::new();
        let mut block_starts = Vec::new();
        for block in blocks {
            block_starts.push(chars.len() as u32);
            chars.extend(block.chars().filter_map(fold));
            // The gap: a position no character holds.
            chars.push(GAP);
        }
        Folded {
            chars,
            block_starts,
        }
    }

    /// Each gram with its position: characters, then pairs, in the order
    /// of the text.
    pub fn grams(&self) -> impl Iterator<Item = (Gram, u32)> + '_ {
        let singles = self
            .chars
            .iter()
            .enumerate()
            .filter(|(_, &c)| c != GAP)
            .map(|(at, &c)| (Gram::One(c), at as u32));
        let pairs = self
            .chars
            .windows(2)
            .enumerate()
            .filter(|(_, pair)| pair[0] != GAP && pair[1] != GAP)
            .map(|(at, pair)| (Gram::Two(pair[0], pair[1]), at as u32));
        singles.chain(pairs)
    }

    /// The block a position is in.
    pub fn block_of(&self, position: u32) -> usize {
        block_of(&self.block_starts, position)
    }
}

/// The block a position is in, from the blocks' starts.
pub fn block_of(block_starts: &[u32], position: u32) -> usize {
    block_starts
        .partition_point(|&start| start <= position)
        .saturating_sub(1)
}

/// Stands between blocks: never a folded character (`fold` drops it).
const GAP: char = '\u{200b}';

/// One character or two adjacent ones.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Gram {
    One(char),
    Two(char, char),
}

impl Gram {
    /// A key that orders grams (and tells them apart).
    pub fn order_key(self) -> u64 {
        match self {
            Gram::One(c) => u64::from(c),
            Gram::Two(a, b) => 1 << 63 | u64::from(a) << 21 | u64::from(b),
        }
    }

    /// Its UTF-8 bytes, the key it is filed and found under.
    pub fn key(self) -> String {
        match self {
            Gram::One(c) => c.to_string(),
            Gram::Two(a, b) => [a, b].iter().collect(),
        }
    }

    /// The shard it is filed in, of `shards` (FNV-1a of its key).
    pub fn shard(self, shards: u32) -> u32 {
        let hash = self.key().bytes().fold(0x811c_9dc5_u32, |hash, byte| {
            (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193)
        });
        hash % shards.max(1)
    }
}

/// The grams that find a folded term, each with its offset in the term:
/// the term's one character, or pairs that cover every character (at 0,
/// 2, 4 … and the last pair), so that a position where all of them are
/// found at their offsets is where the whole term is.
pub fn grams_of_term(term: &[char]) -> Vec<(Gram, u32)> {
    match term {
        [] => Vec::new(),
        [c] => vec![(Gram::One(*c), 0)],
        _ => {
            let last = term.len() - 2;
            let mut offsets: Vec<usize> = (0..=last).step_by(2).collect();
            if offsets.last() != Some(&last) {
                offsets.push(last);
            }
            offsets
                .into_iter()
                .map(|at| (Gram::Two(term[at], term[at + 1]), at as u32))
                .collect()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folded_blocks_with_a_gap_between() {
        let folded = Folded::new(["拱墅５Ｇ", "区"]);
        assert_eq!(folded.chars, ['拱', '墅', '5', 'g', GAP, '区', GAP]);
        assert_eq!(folded.block_starts, [0, 5]);
        let grams: Vec<(Gram, u32)> = folded.grams().collect();
        assert!(grams.contains(&(Gram::Two('5', 'g'), 2)));
        assert!(grams.contains(&(Gram::One('区'), 5)));
        assert!(!grams.iter().any(|(g, _)| matches!(g, Gram::Two('g', _))));
        assert_eq!(folded.block_of(4), 0);
        assert_eq!(folded.block_of(5), 1);
    }

    #[test]
    fn pairs_cover_every_character() {
        let term: Vec<char> = "数字经济".chars().collect();
        assert_eq!(
            grams_of_term(&term),
            [(Gram::Two('数', '字'), 0), (Gram::Two('经', '济'), 2)]
        );
        let term: Vec<char> = "区经济".chars().collect();
        assert_eq!(
            grams_of_term(&term),
            [(Gram::Two('区', '经'), 0), (Gram::Two('经', '济'), 1)]
        );
        assert_eq!(grams_of_term(&['稳']), [(Gram::One('稳'), 0)]);
        assert!(Gram::Two('经', '济').shard(7) < 7);
    }
}
