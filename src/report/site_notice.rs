//! What the source put after the report, not the report's words: a copy
//! from Wikisource ends with the site's licence notice
//! (`本作品是中华人民共和国的法律、法规…属于公有领域。`, `注：中文维基文库社群认为…`,
//! `Public domain`, `false`), split into fragments at every wiki link; a
//! newspaper's or a yearbook's copy with its editor's note (`（本文有删减）`,
//! `（市政府办公厅 年鉴处）`). Recognised here so that the reader keeps them,
//! faded, instead of reading them as the report's last paragraphs (and the
//! wiki's fragments as paragraphs glued across "page breaks").

use super::lines::{Line, Marker};
use super::structure::{Block, Role};

/// How far from the end the notice may begin, in non-blank lines.
const WITHIN_LAST: usize = 80;

/// The index in `lines` where the notice begins, if the text has one.
pub fn notice_start(lines: &[Line]) -> Option<usize> {
    [licence_start(lines), editors_notes_start(lines)]
        .into_iter()
        .flatten()
        .min()
}

/// `（本文有删减）`: a short bracketed line.
fn editors_note(text: &str) -> bool {
    const LONGEST: usize = 30;
    let text = text.trim();
    text.starts_with(['（', '(']) && text.ends_with(['）', ')']) && text.chars().count() <= LONGEST
}

/// Where the editor's notes at the very end begin: the last non-blank
/// lines, at most three, each a short bracketed line, after the report.
fn editors_notes_start(lines: &[Line]) -> Option<usize> {
    const MOST: usize = 3;
    let mut start = None;
    let mut notes = 0;
    for (index, line) in lines.iter().enumerate().rev() {
        if line.is_blank() {
            continue;
        }
        if !editors_note(line.as_str()) || notes == MOST {
            // Notes only after some words of the report.
            return start;
        }
        notes += 1;
        start = Some(index);
    }
    None
}

/// Where Wikisource's licence notice begins: the last line opening with
/// `本作品` among the last lines, when it or a line after it says the work is
/// in the public domain.
fn licence_start(lines: &[Line]) -> Option<usize> {
    let mut seen = 0;
    let mut says_public_domain = false;
    for (index, line) in lines.iter().enumerate().rev() {
        if line.is_blank() {
            continue;
        }
        seen += 1;
        if seen > WITHIN_LAST {
            return None;
        }
        let text = line.as_str().trim();
        says_public_domain |=
            text.contains("公有领域") || text.eq_ignore_ascii_case("public domain");
        if text.starts_with("本作品") && says_public_domain {
            return Some(index);
        }
    }
    None
}

/// The notice's lines as page furniture: each run of lines one block, with
/// no joins to list (they are not the report's page breaks).
pub fn notice_blocks(lines: &[Line]) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    let mut open = false;
    for line in lines {
        if line.is_blank() {
            open = false;
            continue;
        }
        match blocks.last_mut() {
            Some(block) if open && continues(block.as_str(), line.as_str()) => {
                let at = block.text.len();
                block.text.append(&line.text);
                block
                    .markers
                    .extend(line.markers.iter().map(|marker| Marker {
                        at: marker.at + at,
                        ..marker.clone()
                    }));
            }
            _ => {
                let mut block = Block::new(Role::Furniture, line.text.clone());
                block.markers = line.markers.clone();
                blocks.push(block);
                open = true;
            }
        }
    }
    blocks
}

/// Whether a line of the notice continues the one before it: the wiki's
/// links broke one sentence into lines, but `Public domain` and `false`
/// (a template's leftovers) are lines of their own.
fn continues(previous: &str, line: &str) -> bool {
    let latin = |text: &str| text.is_ascii();
    !latin(previous.trim()) && !latin(line.trim()) && !editors_note(line)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::lines::split_lines;

    const NOTICE: &str = "本作品是中华人民共和国的\n法律\n、\n法规\n，国家机关的决议。根据《\n中华人民共和国著作权法\n》第五条第一项，属于\n公有领域\n。\n\n注：中文维基文库社群认为，\n不总是\n具有立法性质的文件。\n\nPublic domain\nfalse\n";

    #[test]
    fn finds_the_notice_after_the_report() {
        let text = format!("各位代表！\n让我们团结一致，努力奋斗！\n\n{NOTICE}");
        let lines = split_lines(&text);
        let start = notice_start(&lines).expect("a notice");
        assert_eq!(lines[start].as_str(), "本作品是中华人民共和国的");
    }

    #[test]
    fn a_report_that_quotes_the_words_has_no_notice() {
        // `本作品` in the report's text, with no word of the public domain after it.
        let lines = split_lines("本作品获得全国大奖。\n各位代表！\n让我们团结一致！\n");
        assert_eq!(notice_start(&lines), None);
    }

    #[test]
    fn each_run_of_the_notice_is_one_block() {
        let blocks = notice_blocks(&split_lines(NOTICE));
        let texts: Vec<&str> = blocks.iter().map(|block| block.as_str()).collect();
        assert_eq!(
            texts,
            [
                "本作品是中华人民共和国的法律、法规，国家机关的决议。根据《中华人民共和国著作权法》第五条第一项，属于公有领域。",
                "注：中文维基文库社群认为，不总是具有立法性质的文件。",
                "Public domain",
                "false",
            ]
        );
        assert!(blocks
            .iter()
            .all(|block| block.role == Role::Furniture && block.joins.is_empty()));
    }

    #[test]
    fn an_editors_note_after_the_report_is_a_notice() {
        let lines = split_lines(
            "各位代表！\n让我们团结一致，努力奋斗！\n\n（本文有删减）\n（市政府办公厅 年鉴处）\n",
        );
        let start = notice_start(&lines).expect("the notes");
        assert_eq!(lines[start].as_str(), "（本文有删减）");
        let texts: Vec<String> = notice_blocks(&lines[start..])
            .iter()
            .map(|block| block.as_str().to_owned())
            .collect();
        assert_eq!(texts, ["（本文有删减）", "（市政府办公厅 年鉴处）"]);
    }

    #[test]
    fn a_text_of_brackets_alone_or_a_long_last_aside_is_no_notice() {
        // Nothing of the report before it: not a note after the report.
        assert_eq!(notice_start(&split_lines("（本文有删减）\n")), None);
        // A bracketed sentence of the report's own, too long for a note.
        let aside = "（这一年，我们在极其困难的条件下完成了全年主要目标任务，成绩来之不易）";
        assert_eq!(
            notice_start(&split_lines(&format!("各位代表！\n{aside}\n"))),
            None
        );
    }

    #[test]
    fn latin_leftovers_are_lines_of_their_own() {
        assert!(continues("本作品是中华人民共和国的", "法律"));
        assert!(!continues("。", "Public domain"));
        assert!(!continues("Public domain", "false"));
    }
}
