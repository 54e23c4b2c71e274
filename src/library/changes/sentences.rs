//! A report as the comparison reads it: units (the opening, each part's
//! introduction, each section, the closing, each appendix), each a heading
//! and its sentences, every sentence with the paragraph it is in.

use crate::report::{Block, Report, Role};

/// What a unit is; units align only with units of their kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Opening,
    PartIntro,
    Section,
    Closing,
    Appendix,
}

/// A sentence and the paragraph (block id) it is in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub text: String,
    pub block: String,
}

/// A heading or a run of paragraphs that is compared as a whole.
#[derive(Clone, Debug)]
pub struct Unit {
    pub kind: Kind,
    /// The part it belongs to (index into the report's parts).
    pub part: Option<usize>,
    /// Its heading and the heading's id (the part's or section's own).
    pub heading: Option<(String, String)>,
    pub sentences: Vec<Sentence>,
}

/// The units of a report in the order of its text. The masthead (title,
/// meeting, speaker) is left out: the page names both reports.
pub fn units_of(report: &Report) -> Vec<Unit> {
    let mut units = Vec::new();
    let opening = &report.front[report.masthead_len()..];
    push(&mut units, Kind::Opening, None, None, opening);
    for (index, part) in report.parts.iter().enumerate() {
        let heading = part
            .heading
            .as_ref()
            .map(|h| (h.as_str().to_owned(), part.id.clone()));
        push(
            &mut units,
            Kind::PartIntro,
            Some(index),
            heading,
            &part.intro,
        );
        for section in &part.sections {
            let heading = Some((section.heading.as_str().to_owned(), section.id.clone()));
            push(
                &mut units,
                Kind::Section,
                Some(index),
                heading,
                &section.paragraphs,
            );
        }
    }
    push(&mut units, Kind::Closing, None, None, &report.closing);
    for appendix in &report.appendices {
        let heading = Some((appendix.heading.as_str().to_owned(), appendix.id.clone()));
        push(&mut units, Kind::Appendix, None, heading, &appendix.blocks);
    }
    units
}

fn push(
    units: &mut Vec<Unit>,
    kind: Kind,
    part: Option<usize>,
    heading: Option<(String, String)>,
    blocks: &[Block],
) {
    if heading.is_none() && blocks.is_empty() {
        return;
    }
    // A page's furniture and a site's notice are not the report's words.
    let sentences = blocks
        .iter()
        .filter(|block| block.role != Role::Furniture)
        .flat_map(|block| {
            split_sentences(block.as_str()).map(|text| Sentence {
                text: text.to_owned(),
                block: block.id.clone(),
            })
        })
        .collect();
    units.push(Unit {
        kind,
        part,
        heading,
        sentences,
    });
}

/// A paragraph's sentences: each ends in `。！？` (with the quotes or
/// brackets that close after it), the last at the paragraph's end. Every
/// character is in one sentence.
pub fn split_sentences(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let mut end = rest.len();
        let mut chars = rest.char_indices().peekable();
        while let Some((at, c)) = chars.next() {
            if !matches!(c, '。' | '！' | '？' | '!' | '?') {
                continue;
            }
            let mut stop = at + c.len_utf8();
            while let Some(&(next, c)) = chars.peek() {
                if !matches!(
                    c,
                    '”' | '’' | '）' | ')' | '」' | '』' | '》' | '。' | '！' | '？'
                ) {
                    break;
                }
                stop = next + c.len_utf8();
                chars.next();
            }
            end = stop;
            break;
        }
        let (sentence, after) = rest.split_at(end);
        rest = after;
        Some(sentence)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_end_in_their_marks_and_keep_every_character() {
        let text = "经济回升向好。“十四五”开局良好！是否如此？（见附件。）最后一句";
        let sentences: Vec<&str> = split_sentences(text).collect();
        assert_eq!(
            sentences,
            [
                "经济回升向好。",
                "“十四五”开局良好！",
                "是否如此？",
                "（见附件。）",
                "最后一句"
            ]
        );
        assert_eq!(sentences.concat(), text);
        assert_eq!(
            split_sentences("他说：“好。”然后").collect::<Vec<_>>(),
            ["他说：“好。”", "然后"]
        );
    }
}
