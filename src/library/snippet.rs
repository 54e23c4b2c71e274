//! A result's snippet in a search across the library: the words around a
//! report's first match, from its paragraph's text, the match apart so
//! that a view can mark it. Found as the report's own search finds it.

use crate::report::search::SearchIndex;

#[derive(Debug, PartialEq, Eq)]
pub struct Snippet {
    pub before: String,
    pub matched: String,
    pub after: String,
}

/// The first match of `query` in a paragraph, with up to `around`
/// characters either side (`…` where the paragraph goes on).
pub fn snippet(paragraph: &str, query: &str, around: usize) -> Option<Snippet> {
    let index = SearchIndex::of_blocks([(String::new(), paragraph.to_owned())]);
    let hit = index.search(query).hits.into_iter().next()?;
    let text = index.text(0)?;
    let before = text.get(..hit.range.start)?.trim_start();
    let skip = before.chars().count().saturating_sub(around);
    let before = match skip {
        0 => before.to_owned(),
        _ => format!("…{}", before.chars().skip(skip).collect::<String>()),
    };
    let after = text.get(hit.range.end..)?.trim_end();
    let mut kept: String = after.chars().take(around).collect();
    if kept.len() < after.len() {
        kept.push('…');
    }
    Some(Snippet {
        before,
        matched: text.get(hit.range.clone())?.to_owned(),
        after: kept,
    })
}

#[cfg(test)]
mod tests {
    use super::{snippet, Snippet};

    #[test]
    fn the_first_match_with_its_words_around() {
        let paragraph = "\u{3000}\u{3000}今年的主要预期目标是：国内生产总值增长７．５％左右，居民消费价格涨幅3.5%左右。";
        let found = snippet(paragraph, "增长7.5%", 4).expect("a match");
        assert_eq!(
            found,
            Snippet {
                before: "…生产总值".into(),
                matched: "增长７．５％".into(),
                after: "左右，居…".into(),
            }
        );
        let whole = snippet("稳中求进", "稳", 10).expect("a match");
        assert_eq!(
            (whole.before.as_str(), whole.after.as_str()),
            ("", "中求进")
        );
        assert_eq!(snippet(paragraph, "低空经济", 4), None);
    }
}
