//! Report text after repairs that remembers where each character came from.

use std::ops::Range;

/// A string built from pieces of the source text. Every character keeps its
/// offset in the source (counted in characters, as given, before repairs), so
/// figures and matches found in the repaired text can point back into the source.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Text {
    text: String,
    /// Start of each run copied contiguously from the source:
    /// (byte offset in `text`, character offset in the source).
    runs: Vec<(usize, usize)>,
    /// Source offset just after the last character pushed.
    source_end: usize,
}

impl Text {
    pub fn as_str(&self) -> &str {
        &self.text
    }

    pub fn len(&self) -> usize {
        self.text.len()
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// Appends one character that sits at `source_char` in the source.
    pub fn push(&mut self, c: char, source_char: usize) {
        if self.runs.is_empty() || self.source_end != source_char {
            self.runs.push((self.text.len(), source_char));
        }
        self.text.push(c);
        self.source_end = source_char + 1;
    }

    /// Appends another text, keeping its origins.
    pub fn append(&mut self, other: &Text) {
        for (c, source) in other.chars_with_source() {
            self.push(c, source);
        }
    }

    /// The characters with their offsets in the source.
    pub fn chars_with_source(&self) -> impl Iterator<Item = (char, usize)> + '_ {
        self.runs
            .iter()
            .enumerate()
            .flat_map(move |(i, &(start, source))| {
                let end = self
                    .runs
                    .get(i + 1)
                    .map_or(self.text.len(), |&(next, _)| next);
                self.text[start..end]
                    .chars()
                    .enumerate()
                    .map(move |(k, c)| (c, source + k))
            })
    }

    /// The source offset (in characters) of the character at `byte`; for
    /// `byte == len()` the offset just after the last character.
    pub fn source_char_at(&self, byte: usize) -> usize {
        let run = self.runs.partition_point(|&(start, _)| start <= byte);
        if run == 0 {
            return 0;
        }
        let (start, source) = self.runs[run - 1];
        source + self.text[start..byte.min(self.text.len())].chars().count()
    }

    /// The source range (in characters) covered by `bytes`.
    pub fn source_range(&self, bytes: Range<usize>) -> Range<usize> {
        if bytes.is_empty() {
            let at = self.source_char_at(bytes.start);
            return at..at;
        }
        let last_start = self.text[..bytes.end]
            .char_indices()
            .next_back()
            .map_or(bytes.start, |(byte, _)| byte);
        self.source_char_at(bytes.start)..self.source_char_at(last_start) + 1
    }

    /// A copy of the bytes in `range`, keeping origins.
    pub fn slice(&self, range: Range<usize>) -> Text {
        let mut out = Text::default();
        let mut source = self.source_char_at(range.start);
        for (byte, c) in self.text[range.clone()].char_indices() {
            if self
                .runs
                .binary_search_by_key(&(range.start + byte), |&(start, _)| start)
                .is_ok()
            {
                source = self.source_char_at(range.start + byte);
            }
            out.push(c, source);
            source += 1;
        }
        out
    }

    /// Splits the text in two at `byte`.
    pub fn split_at(&self, byte: usize) -> (Text, Text) {
        (self.slice(0..byte), self.slice(byte..self.len()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_of(pieces: &[(&str, usize)]) -> Text {
        let mut text = Text::default();
        for &(piece, start) in pieces {
            for (i, c) in piece.chars().enumerate() {
                text.push(c, start + i);
            }
        }
        text
    }

    #[test]
    fn contiguous_pieces_share_a_run() {
        let text = text_of(&[("亿", 10), ("元", 11)]);
        assert_eq!(text.runs.len(), 1);
        assert_eq!(text.source_char_at(3), 11);
    }

    #[test]
    fn origins_survive_a_join() {
        let text = text_of(&[("10.43亿", 100), ("元。", 110)]);
        assert_eq!(text.as_str(), "10.43亿元。");
        assert_eq!(text.source_char_at(0), 100);
        assert_eq!(text.source_char_at("10.43亿".len()), 110);
        assert_eq!(text.source_range(0..text.len()), 100..112);
        assert_eq!(text.source_range(0.."10.43亿元".len()), 100..111);
    }

    #[test]
    fn slices_keep_origins() {
        let text = text_of(&[("甲乙", 5), ("丙丁", 20)]);
        let (head, tail) = text.split_at("甲乙丙".len());
        assert_eq!(head.as_str(), "甲乙丙");
        assert_eq!(tail.as_str(), "丁");
        assert_eq!(tail.source_char_at(0), 21);
        assert_eq!(head.source_char_at("甲乙".len()), 20);
    }
}
