//! Finding text in the report as a reader means it: exact substrings (no
//! dictionary, no segmenter: Chinese has no spaces between words), with
//! full- and half-width forms, letter case and curly quotes folded
//! together, over the text after the repairs.

use super::order::sort_by_key;
use super::structure::Report;
use std::ops::Range;

/// The form a character is compared in, or `None` for characters that
/// never matter (zero-width spaces, soft hyphens).
pub fn fold(c: char) -> Option<char> {
    let c = match c {
        // Full-width ASCII forms: `５Ｇ` = `5G`, `（一）` = `(一)`.
        '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
        '\u{3000}' => ' ',
        '“' | '”' | '„' | '〝' | '〞' => '"',
        '‘' | '’' | '‚' => '\'',
        '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{00ad}' => return None,
        _ => c,
    };
    Some(c.to_ascii_lowercase())
}

/// A block's text in folded form, with the way back to the original.
struct Folded {
    text: String,
    /// For each folded character: (its byte offset in `text`, the byte
    /// offset of the original character).
    starts: Vec<(u32, u32)>,
    /// The original text's length.
    len: u32,
}

impl Folded {
    fn new(original: &str) -> Folded {
        let mut text = String::with_capacity(original.len());
        let mut starts = Vec::with_capacity(original.len() / 2);
        for (byte, c) in original.char_indices() {
            if let Some(folded) = fold(c) {
                starts.push((text.len() as u32, byte as u32));
                text.push(folded);
            }
        }
        Folded {
            text,
            starts,
            len: original.len() as u32,
        }
    }

    /// The original byte offset of the folded byte offset `at` (a character
    /// start, or the end).
    fn original(&self, at: usize) -> usize {
        match self
            .starts
            .binary_search_by_key(&(at as u32), |&(folded, _)| folded)
        {
            Ok(i) => self.starts[i].1 as usize,
            Err(i) => self
                .starts
                .get(i)
                .map_or(self.len, |&(_, original)| original) as usize,
        }
    }
}

/// A match: a range of one block's (repaired) text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    /// The block's position in `Report::blocks()`.
    pub block: usize,
    pub range: Range<usize>,
}

/// Every match of a query, in the order of the text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Matches {
    pub hits: Vec<Hit>,
    /// The blocks that match, in order.
    pub blocks: Vec<usize>,
}

impl Matches {
    /// The hits in one block, with their positions in `hits`.
    pub fn in_block(&self, block: usize) -> (usize, &[Hit]) {
        let start = self.hits.partition_point(|hit| hit.block < block);
        let end = self.hits.partition_point(|hit| hit.block <= block);
        (start, &self.hits[start..end])
    }

    pub fn is_empty(&self) -> bool {
        self.hits.is_empty()
    }
}

/// The report's blocks folded once, for searching as the reader types.
pub struct SearchIndex {
    blocks: Vec<Folded>,
    ids: Vec<String>,
    texts: Vec<String>,
}

/// The words of a query: separated by spaces (half- or full-width).
pub fn terms(query: &str) -> Vec<String> {
    query
        .split(|c: char| c.is_whitespace())
        .map(|term| term.chars().filter_map(fold).collect::<String>())
        .filter(|term| !term.is_empty())
        .collect()
}

impl SearchIndex {
    /// Over a report's blocks, in the order of `Report::blocks()`.
    pub fn new(report: &Report) -> SearchIndex {
        SearchIndex::of_blocks(
            report
                .blocks()
                .map(|block| (block.id.clone(), block.as_str().to_owned())),
        )
    }

    /// Over blocks given as their ids and texts, in order: a report as a
    /// page shows it.
    pub fn of_blocks(given: impl IntoIterator<Item = (String, String)>) -> SearchIndex {
        let mut blocks = Vec::new();
        let mut ids = Vec::new();
        let mut texts = Vec::new();
        for (id, text) in given {
            blocks.push(Folded::new(&text));
            ids.push(id);
            texts.push(text);
        }
        SearchIndex { blocks, ids, texts }
    }

    pub fn id(&self, position: usize) -> Option<&str> {
        self.ids.get(position).map(String::as_str)
    }

    /// The text of the block at `position`, as given.
    pub fn text(&self, position: usize) -> Option<&str> {
        self.texts.get(position).map(String::as_str)
    }

    /// Every match of the query. Several words mean all of them, in any
    /// order, within the same paragraph; every occurrence of each is a hit.
    pub fn search(&self, query: &str) -> Matches {
        let terms = terms(query);
        let mut matches = Matches::default();
        if terms.is_empty() {
            return matches;
        }
        for (position, block) in self.blocks.iter().enumerate() {
            let mut ranges: Vec<Range<usize>> = Vec::new();
            let mut all = true;
            for term in &terms {
                let before = ranges.len();
                ranges.extend(
                    block
                        .text
                        .match_indices(term.as_str())
                        .map(|(at, found)| at..at + found.len()),
                );
                if ranges.len() == before {
                    all = false;
                    break;
                }
            }
            if !all {
                continue;
            }
            sort_by_key(&mut ranges, |range| {
                (range.start as u64) << 32 | range.end as u64
            });
            let mut merged: Vec<Range<usize>> = Vec::new();
            for range in ranges {
                match merged.last_mut() {
                    Some(last) if range.start < last.end => last.end = last.end.max(range.end),
                    _ => merged.push(range),
                }
            }
            matches.blocks.push(position);
            matches.hits.extend(merged.into_iter().map(|range| Hit {
                block: position,
                range: block.original(range.start)..block.original(range.end),
            }));
        }
        matches
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::parse;

    fn found(report: &Report, query: &str) -> Vec<String> {
        let index = SearchIndex::new(report);
        let blocks: Vec<_> = report.blocks().collect();
        index
            .search(query)
            .hits
            .iter()
            .map(|hit| blocks[hit.block].as_str()[hit.range.clone()].to_owned())
            .collect()
    }

    #[test]
    fn folding() {
        assert_eq!(fold('５'), Some('5'));
        assert_eq!(fold('Ｇ'), Some('g'));
        assert_eq!(fold('（'), Some('('));
        assert_eq!(fold('“'), Some('"'));
        assert_eq!(fold('\u{200b}'), None);
        assert_eq!(fold('拱'), Some('拱'));
        assert_eq!(terms("  ５Ｇ\u{3000}基地 "), ["5g", "基地"]);
    }

    #[test]
    fn full_and_half_width_case_and_quotes_match_each_other() {
        let report = parse("一、回顾\n\n落地中国联通５Ｇ基地和5G网络，“152”项目与\"152\"项目。\n");
        assert_eq!(found(&report, "5g"), ["５Ｇ", "5G"]);
        assert_eq!(found(&report, "５Ｇ"), ["５Ｇ", "5G"]);
        assert_eq!(found(&report, "\"152\""), ["“152”", "\"152\""]);
        let report = parse("一、回顾\n\n（一）着力稳增长。\n");
        assert_eq!(found(&report, "(一)"), ["（一）"]);
    }

    #[test]
    fn several_words_in_any_order_within_one_paragraph() {
        let report = parse("一、回顾\n\n甲乙丙，丁戊。\n\n甲己。\n\n戊庚。\n");
        assert_eq!(found(&report, "戊 甲"), ["甲", "戊"]);
        assert_eq!(found(&report, "甲"), ["甲", "甲"]);
        assert!(found(&report, "甲 庚").is_empty());
    }

    #[test]
    fn matches_across_a_page_break_join_and_inside_figures() {
        let report = parse(&std::fs::read_to_string("reports/gongshu-2023.txt").unwrap());
        assert_eq!(found(&report, "10.43亿元"), ["10.43亿元"]);
        assert_eq!(found(&report, "拉动消费").len(), 2);
        // In headings and leads too.
        assert_eq!(found(&report, "稳进提质").len(), 3);
        assert_eq!(found(&report, "织密社会保障网络"), ["织密社会保障网络"]);
    }

    #[test]
    fn zero_width_characters_do_not_hide_a_match() {
        let report = parse("一、回顾\n\n拱\u{200b}墅区。\n");
        assert_eq!(found(&report, "拱墅"), ["拱\u{200b}墅"]);
    }

    #[test]
    fn blocks_given_as_ids_and_texts_are_searched_alike() {
        let report = parse("一、回顾\n\n甲乙，５Ｇ。\n\n乙丙。\n");
        let given = SearchIndex::of_blocks(
            report
                .blocks()
                .map(|block| (block.id.clone(), block.as_str().to_owned())),
        );
        let built = SearchIndex::new(&report);
        assert_eq!(given.search("乙 5g"), built.search("乙 5g"));
        assert_eq!(given.search("乙").blocks.len(), 2);
        let second = given.search("丙").blocks[0];
        assert_eq!(given.text(second), Some("乙丙。"));
        assert_eq!(given.id(second), built.id(second));
        assert_eq!(given.text(99), None);
    }

    #[test]
    fn hits_per_block() {
        let report = parse("一、回顾\n\n甲甲。\n\n乙甲。\n");
        let index = SearchIndex::new(&report);
        let matches = index.search("甲");
        assert_eq!(matches.hits.len(), 3);
        let (first, hits) = matches.in_block(matches.blocks[1]);
        assert_eq!((first, hits.len()), (2, 1));
        assert!(index.search("").is_empty() && index.search("   ").is_empty());
    }
}
