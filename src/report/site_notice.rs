//! A copy from Wikisource ends with the site's licence notice
//! (`本作品是中华人民共和国的法律、法规…属于公有领域。`, `注：中文维基文库社群认为…`,
//! `Public domain`, `false`), split into fragments at every wiki link: the
//! site's words, not the report's. Recognised here so that the reader keeps
//! them, faded, one paragraph a run of lines, instead of reading them as the
//! report's last paragraphs glued across "page breaks".

use super::lines::{Line, Marker};
use super::structure::{Block, Role};

/// How far from the end the notice may begin, in non-blank lines.
const WITHIN_LAST: usize = 80;

/// The index in `lines` where the notice begins: the last line opening with
/// `本作品` among the last lines, when it or a line after it says the work is
/// in the public domain.
pub fn notice_start(lines: &[Line]) -> Option<usize> {
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
    !latin(previous.trim()) && !latin(line.trim())
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
    fn latin_leftovers_are_lines_of_their_own() {
        assert!(continues("本作品是中华人民共和国的", "法律"));
        assert!(!continues("。", "Public domain"));
        assert!(!continues("Public domain", "false"));
    }
}
