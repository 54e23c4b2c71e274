//! Words around a figure: the sentence it is in, and what it measures.

use std::ops::Range;

fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '；')
}

fn is_clause_end(c: char) -> bool {
    is_sentence_end(c) || matches!(c, '，' | '：' | ',' | ':')
}

/// The sentence holding `range`, cut to about `limit` characters around it.
pub fn sentence_around(text: &str, range: Range<usize>, limit: usize) -> String {
    let start = text[..range.start]
        .char_indices()
        .rev()
        .find(|&(_, c)| is_sentence_end(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let end = text[range.end..]
        .char_indices()
        .find(|&(_, c)| is_sentence_end(c))
        .map_or(text.len(), |(i, c)| range.end + i + c.len_utf8());
    let before: Vec<char> = text[start..range.start].chars().collect();
    let after: Vec<char> = text[range.end..end].chars().collect();
    let figure = &text[range];
    let room = limit.saturating_sub(figure.chars().count());
    let keep_before = before.len().min(room * 2 / 3);
    let keep_after = after.len().min(room - keep_before);
    let mut out = String::new();
    if keep_before < before.len() {
        out.push('…');
    }
    out.extend(&before[before.len() - keep_before..]);
    out.push_str(figure);
    out.extend(&after[..keep_after]);
    if keep_after < after.len() {
        out.push('…');
    }
    out
}

/// What a figure measures: the words of its clause before it, without the
/// verbs and time words that lead up to the number
/// (`地区生产总值同比增长1.2%` → `地区生产总值`).
pub fn subject(text: &str, range: Range<usize>) -> String {
    const LEAD_UP: [&str; 22] = [
        "同比增长",
        "同比下降",
        "增长",
        "下降",
        "提升",
        "提高",
        "达到",
        "完成",
        "实现",
        "突破",
        "增幅",
        "同比",
        "预计",
        "全年",
        "为",
        "达",
        "超",
        "近",
        "约",
        "累计",
        "新增",
        "共",
    ];
    let start = text[..range.start]
        .char_indices()
        .rev()
        .find(|&(_, c)| is_clause_end(c) || c == '、')
        .map_or(0, |(i, c)| i + c.len_utf8());
    let mut clause = text[start..range.start].trim().to_owned();
    loop {
        let before = clause.len();
        for word in LEAD_UP {
            if let Some(rest) = clause.strip_suffix(word) {
                clause = rest.to_owned();
            }
        }
        for word in ["全年", "预计", "上半年", "前三季度"] {
            if let Some(rest) = clause.strip_prefix(word) {
                clause = rest.to_owned();
            }
        }
        if clause.len() == before {
            break;
        }
    }
    let chars: Vec<char> = clause.chars().collect();
    const LONGEST: usize = 14;
    if chars.len() > LONGEST {
        format!(
            "…{}",
            chars[chars.len() - LONGEST..].iter().collect::<String>()
        )
    } else {
        clause
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn range_of(text: &str, figure: &str) -> Range<usize> {
        let start = text.find(figure).unwrap();
        start..start + figure.len()
    }

    #[test]
    fn subjects() {
        let text =
            "上半年地区生产总值同比增长1.2%，增幅居全市第8；一般公共预算收入全年同比增长2.6%。";
        assert_eq!(subject(text, range_of(text, "1.2%")), "地区生产总值");
        assert_eq!(subject(text, range_of(text, "2.6%")), "一般公共预算收入");
        let text = "全年实际到位外资3.7亿美元，货物出口额预计同比增长23%。";
        assert_eq!(subject(text, range_of(text, "23%")), "货物出口额");
    }

    #[test]
    fn sentences() {
        let text = "第一句。固定资产投资保持稳定增长，全年完成734亿元，同比增长12%。后一句。";
        let around = sentence_around(text, range_of(text, "734亿元"), 20);
        assert!(around.contains("734亿元"), "{around}");
        assert!(!around.contains("第一句"));
        assert!(around.chars().count() <= 22, "{around}");
    }
}
