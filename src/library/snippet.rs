//! A result's snippet in a search across the library: the words around a
//! report's first match, from its paragraph's text, with every match in
//! them apart (each word of a query of several) so that a view can mark
//! them. Found as the report's own search finds them.

use crate::report::search::SearchIndex;

/// The snippet's text in pieces, in order: each marked (a match) or not.
#[derive(Debug, PartialEq, Eq)]
pub struct Snippet {
    pub pieces: Vec<(String, bool)>,
}

/// The first match of `query` in a paragraph, with up to `around`
/// characters either side (`…` where the paragraph goes on); a match that
/// the end cuts is kept whole.
pub fn snippet(paragraph: &str, query: &str, around: usize) -> Option<Snippet> {
    let index = SearchIndex::of_blocks([(String::new(), paragraph.to_owned())]);
    let hits = index.search(query).hits;
    let first = hits.first()?.range.clone();
    let text = index.text(0)?;
    let shown_from = text.len() - text.trim_start().len();
    let shown_to = text.trim_end().len().max(first.end);
    let before = text.get(shown_from..first.start)?;
    let start = before
        .char_indices()
        .rev()
        .nth(around.saturating_sub(1))
        .map_or(shown_from, |(at, _)| shown_from + at);
    let after = text.get(first.end..shown_to)?;
    let mut end = after
        .char_indices()
        .nth(around)
        .map_or(shown_to, |(at, _)| first.end + at);
    let mut pieces = Vec::new();
    if start > shown_from {
        pieces.push(("…".to_owned(), false));
    }
    let mut cursor = start;
    for hit in &hits {
        if hit.range.start >= end {
            break;
        }
        if hit.range.start < cursor {
            continue;
        }
        pieces.push((text.get(cursor..hit.range.start)?.to_owned(), false));
        pieces.push((text.get(hit.range.clone())?.to_owned(), true));
        cursor = hit.range.end;
        end = end.max(cursor);
    }
    pieces.push((text.get(cursor..end)?.to_owned(), false));
    if end < shown_to {
        pieces.push(("…".to_owned(), false));
    }
    pieces.retain(|(piece, _)| !piece.is_empty());
    Some(Snippet { pieces })
}

#[cfg(test)]
mod tests {
    use super::snippet;

    /// The snippet as text, its matches in brackets.
    fn marked(paragraph: &str, query: &str, around: usize) -> Option<String> {
        let found = snippet(paragraph, query, around)?;
        Some(
            found
                .pieces
                .iter()
                .map(|(piece, hit)| match hit {
                    true => format!("[{piece}]"),
                    false => piece.clone(),
                })
                .collect(),
        )
    }

    #[test]
    fn the_first_match_with_its_words_around() {
        let paragraph = "\u{3000}\u{3000}今年的主要预期目标是：国内生产总值增长７．５％左右，居民消费价格涨幅3.5%左右。";
        assert_eq!(
            marked(paragraph, "增长7.5%", 4).as_deref(),
            Some("…生产总值[增长７．５％]左右，居…")
        );
        assert_eq!(marked("稳中求进", "稳", 10).as_deref(), Some("[稳]中求进"));
        assert_eq!(marked(paragraph, "低空经济", 4), None);
    }

    #[test]
    fn every_match_in_it_is_marked() {
        let paragraph = "深化改革，扩大开放，改革开放再出发。";
        assert_eq!(
            marked(paragraph, "改革 开放", 6).as_deref(),
            Some("深化[改革]，扩大[开放]，…")
        );
        // A match the end would cut is kept whole.
        assert_eq!(
            marked(paragraph, "改革", 7).as_deref(),
            Some("深化[改革]，扩大开放，[改革]…")
        );
    }
}
