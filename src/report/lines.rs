//! Source text → trimmed lines, with markdown markers taken out.

use super::text::Text;
use std::ops::Range;

/// One line of the source, trimmed of layout whitespace (U+3000 indents,
/// CR of CRLF), with markdown markers removed and remembered.
#[derive(Clone, Debug, Default)]
pub struct Line {
    pub text: Text,
    /// Byte ranges of `text` that were bold (`**…**`) in the source.
    pub bold: Vec<Range<usize>>,
    pub markers: Vec<Marker>,
}

/// A markdown marker removed from the text: where it stood in the repaired
/// text (byte offset) and in the source (character offset).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Marker {
    pub at: usize,
    pub source: usize,
    pub marker: String,
}

impl Line {
    pub fn is_blank(&self) -> bool {
        self.text.is_empty()
    }

    pub fn as_str(&self) -> &str {
        self.text.as_str()
    }
}

/// Characters that carry no text: layout whitespace and the byte-order mark.
pub fn is_layout(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// Splits the source into lines (LF, CRLF or CR), each trimmed.
pub fn split_lines(source: &str) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut current: Vec<(char, usize)> = Vec::new();
    let mut chars = source.chars().enumerate().peekable();
    while let Some((index, c)) = chars.next() {
        match c {
            '\n' | '\u{2028}' | '\u{2029}' => lines.push(make_line(&current)),
            '\r' => {
                if chars.peek().is_some_and(|&(_, next)| next == '\n') {
                    chars.next();
                }
                lines.push(make_line(&current));
            }
            _ => {
                current.push((c, index));
                continue;
            }
        }
        current.clear();
    }
    if !current.is_empty() {
        lines.push(make_line(&current));
    }
    lines
}

fn make_line(chars: &[(char, usize)]) -> Line {
    let start = chars
        .iter()
        .position(|&(c, _)| !is_layout(c))
        .unwrap_or(chars.len());
    let end = chars
        .iter()
        .rposition(|&(c, _)| !is_layout(c))
        .map_or(start, |i| i + 1);
    let mut chars = &chars[start..end];
    let mut line = Line::default();

    // A markdown heading marker: `#`…`######` followed by a space.
    let hashes = chars.iter().take_while(|&&(c, _)| c == '#').count();
    let heading_text = chars.iter().skip(hashes).any(|&(c, _)| !is_layout(c));
    if (1..=6).contains(&hashes)
        && chars.get(hashes).is_some_and(|&(c, _)| is_layout(c))
        && heading_text
    {
        line.markers.push(Marker {
            at: 0,
            source: chars[0].1,
            marker: "#".repeat(hashes),
        });
        let rest = &chars[hashes..];
        let skip = rest.iter().take_while(|&&(c, _)| is_layout(c)).count();
        chars = &rest[skip..];
    }

    let pairs = bold_marker_positions(chars);
    let mut bold_start = None;
    let mut i = 0;
    while i < chars.len() {
        if pairs.contains(&i) {
            line.markers.push(Marker {
                at: line.text.len(),
                source: chars[i].1,
                marker: "**".into(),
            });
            match bold_start.take() {
                None => bold_start = Some(line.text.len()),
                Some(start) => line.bold.push(start..line.text.len()),
            }
            i += 2;
            continue;
        }
        let (c, source) = chars[i];
        line.text.push(c, source);
        i += 1;
    }
    line
}

/// Indices where a `**` marker starts, taken in pairs; an unpaired last
/// marker stays as text, since it may be meant literally.
fn bold_marker_positions(chars: &[(char, usize)]) -> Vec<usize> {
    let mut found = Vec::new();
    let mut i = 0;
    while i + 1 < chars.len() {
        if chars[i].0 == '*' && chars[i + 1].0 == '*' {
            found.push(i);
            i += 2;
        } else {
            i += 1;
        }
    }
    if found.len() % 2 == 1 {
        found.pop();
    }
    // `****` or `** **` is not bold text: left as written.
    found
        .chunks(2)
        .filter(|pair| {
            chars[pair[0] + 2..pair[1]]
                .iter()
                .any(|&(c, _)| !is_layout(c))
        })
        .flatten()
        .copied()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_crlf_cr_and_lf_and_trims_ideographic_indents() {
        let lines = split_lines("\u{feff}甲\r\n\u{3000}\u{3000}乙 \r丙\n");
        let texts: Vec<_> = lines.iter().map(Line::as_str).collect();
        assert_eq!(texts, ["甲", "乙", "丙"]);
        assert_eq!(lines[1].text.source_char_at(0), 6);
    }

    #[test]
    fn bold_markers_are_removed_and_remembered() {
        let lines = split_lines("形成。**织密网络。**就业");
        let line = &lines[0];
        assert_eq!(line.as_str(), "形成。织密网络。就业");
        let start = "形成。".len();
        assert_eq!(line.bold, vec![start..start + "织密网络。".len()]);
        assert_eq!(line.markers.len(), 2);
        assert_eq!(line.markers[0].source, 3);
    }

    #[test]
    fn unpaired_star_stays_text() {
        let lines = split_lines("a**b**c**d");
        assert_eq!(lines[0].as_str(), "abc**d");
    }

    #[test]
    fn empty_bold_and_bare_heading_marks_stay_text() {
        assert_eq!(split_lines("****")[0].as_str(), "****");
        assert_eq!(split_lines("a** **b")[0].as_str(), "a** **b");
        assert_eq!(split_lines("## ")[0].as_str(), "##");
    }

    #[test]
    fn heading_marker_is_removed() {
        let lines = split_lines("## 一、工作回顾");
        assert_eq!(lines[0].as_str(), "一、工作回顾");
        assert_eq!(lines[0].markers[0].marker, "##");
    }
}
