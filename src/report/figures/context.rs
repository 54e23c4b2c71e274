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

/// Whether the change a percent states is a fall (`下降0.5%`).
pub fn is_decrease(text: &str, range: Range<usize>) -> bool {
    let clause_start = text[..range.start]
        .char_indices()
        .rev()
        .find(|&(_, c)| is_clause_end(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let clause = &text[clause_start..range.start];
    let last = |words: &[&str]| words.iter().filter_map(|w| clause.rfind(w)).max();
    let fall = last(&["下降", "降低", "减少", "回落", "缩小", "下滑", "减"]);
    let rise = last(&[
        "增长", "增加", "提高", "提升", "上升", "上涨", "扩大", "拓宽", "增",
    ]);
    match (fall, rise) {
        (Some(fall), Some(rise)) => fall > rise,
        (Some(_), None) => true,
        _ => false,
    }
}

/// Verbs and adverbs that lead up to a number (`同比增长`, `达到`).
const LEAD_UP: [&str; 43] = [
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
    "定为",
    "调整为",
    "安排为",
    "为",
    "达",
    "超",
    "近",
    "约",
    "累计",
    "新增",
    "共",
    "力争",
    "确保",
    "争取",
    "控制在",
    "保持在",
    "稳定在",
    "低于",
    "高于",
    "不低于",
    "不超过",
    "在",
    "比上年",
    "比去年",
    "较上年",
    "较去年",
    "比上年同期",
    "年均",
    "分别",
    "五年",
    "近五年",
];

/// Time words that open a clause (`前三季度同比增长1.8%`).
const TIMES: [&str; 9] = [
    "全年",
    "预计",
    "上半年",
    "下半年",
    "前三季度",
    "一季度",
    "今年",
    "去年",
    "过去一年",
];

/// Words where a clause's subject ends and its predicate begins.
const PREDICATES: [&str; 14] = [
    "保持",
    "实现",
    "完成",
    "达到",
    "增长",
    "下降",
    "同比",
    "比上年",
    "预计",
    "累计",
    "稳定",
    "持续",
    "占",
    "由",
];

/// What a figure measures, as its sentence writes it: the subject and the
/// time words that open its clause.
pub struct Subject {
    pub words: String,
    pub time: String,
    /// The clause the subject was found in, when not the figure's own
    /// (`国内生产总值达到13.65万亿元，比上年增长9.5%`).
    pub earlier: Option<String>,
}

/// What a figure measures: the words of its clause before it, without the
/// verbs and time words that lead up to the number
/// (`地区生产总值同比增长1.2%` → `地区生产总值`); when the clause has no
/// subject of its own, the subject of the clause before it in the sentence
/// (`固定资产投资保持稳定增长，全年完成734亿元` → `固定资产投资`).
pub fn subject_of(text: &str, range: Range<usize>) -> Subject {
    // Through `；`: a list of clauses may go on with the subject before it
    // (`地区生产总值增长1.2%；前三季度增长1.8%`).
    let clauses: Vec<&str> = whole_sentence_before(text, range.start)
        .split(|c: char| is_clause_end(c) || c == '、')
        .collect();
    let Some((own, earlier)) = clauses.split_last() else {
        return Subject {
            words: String::new(),
            time: String::new(),
            earlier: None,
        };
    };
    let (time, own) = strip_lead_up(before_a_range(own));
    if !own.is_empty() {
        let own = match own.strip_suffix('占') {
            Some(share) => format!("{share}占比"),
            None => own,
        };
        return Subject {
            words: own,
            time,
            earlier: None,
        };
    }
    let found = earlier
        .iter()
        .rev()
        // `增幅居全市第8` speaks of the subject before it, not of a new one;
        // `按可比价格计算` says how it is counted.
        .filter(|clause| {
            !["增幅", "增速", "居", "按", "扣除", "剔除"]
                .iter()
                .any(|w| clause.starts_with(w))
        })
        .filter(|clause| !clause.ends_with("计算"))
        .map(|clause| (cut_at_predicate(clause), clause))
        .find(|(subject, _)| !subject.is_empty());
    match found {
        Some((words, clause)) => Subject {
            words,
            time,
            earlier: Some((*clause).to_owned()),
        },
        None => Subject {
            words: String::new(),
            time,
            earlier: None,
        },
    }
}

/// What a figure measures, as a short label: `地区生产总值（上半年）`.
pub fn subject(text: &str, range: Range<usize>) -> String {
    let Subject { words, time, .. } = subject_of(text, range);
    let label = match (time.is_empty(), words.is_empty()) {
        (_, true) => time,
        (true, false) => words,
        (false, false) => format!("{words}（{time}）"),
    };
    shorten(&label, 16)
}

/// The sentence up to `end`, through its `；`.
pub fn whole_sentence_before(text: &str, end: usize) -> &str {
    let start = text[..end]
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, '。' | '！' | '？'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    &text[start..end]
}

/// The sentence up to `end`.
pub fn sentence_before(text: &str, end: usize) -> &str {
    let start = text[..end]
        .char_indices()
        .rev()
        .find(|&(_, c)| is_sentence_end(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    &text[start..end]
}

/// Strips the verbs before the number and the time words before the
/// subject: (time words, subject).
fn strip_lead_up(clause: &str) -> (String, String) {
    let mut clause = clause.trim().to_owned();
    let mut time = String::new();
    loop {
        let before = clause.len();
        for word in LEAD_UP {
            if let Some(rest) = clause.strip_suffix(word) {
                clause = rest.to_owned();
            }
        }
        for word in TIMES {
            let rest = clause
                .strip_prefix(word)
                .or_else(|| clause.strip_suffix(word))
                .map(str::to_owned);
            if let Some(rest) = rest {
                if word != "预计" && !time.contains(word) {
                    time.push_str(word);
                }
                clause = rest;
            }
        }
        for word in OPENERS {
            if let Some(rest) = clause.strip_prefix(word) {
                clause = rest.to_owned();
            }
        }
        if clause.len() == before {
            break;
        }
    }
    (time, clause)
}

/// Words that open a clause without being its subject.
const OPENERS: [&str; 8] = [
    "由于",
    "但是",
    "但",
    "同时",
    "其中",
    "并且",
    "特别是",
    "尤其是",
];

/// A clause's own words before a figure, up to a range stated in it
/// (`比重从10.1%下降到` → `比重`).
fn before_a_range(clause: &str) -> &str {
    for word in ["从", "由"] {
        for (at, _) in clause.match_indices(word) {
            let next = clause[at + word.len()..].chars().next();
            if next.is_some_and(|c| c.is_ascii_digit() || ('０'..='９').contains(&c)) {
                return &clause[..at];
            }
        }
    }
    clause
}

/// The subject a clause opens with, before its predicate or number
/// (`农村居民人均纯收入5153元` → `农村居民人均纯收入`).
pub fn clause_subject(clause: &str) -> String {
    let subject = cut_at_predicate(clause);
    // `社会事业投资占44%`: a share of something.
    match subject.strip_suffix('占') {
        Some(share) => format!("{share}占比"),
        None => subject,
    }
}

fn cut_at_predicate(clause: &str) -> String {
    let digit = clause.find(|c: char| c.is_ascii_digit());
    let end = PREDICATES
        .iter()
        .filter_map(|word| clause.find(word))
        .chain(digit)
        .min()
        .unwrap_or(clause.len());
    strip_lead_up(&clause[..end]).1
}

fn shorten(text: &str, longest: usize) -> String {
    let chars: Vec<char> = text.chars().collect();
    if chars.len() > longest {
        format!(
            "…{}",
            chars[chars.len() - longest..].iter().collect::<String>()
        )
    } else {
        text.to_owned()
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
        assert_eq!(
            subject(text, range_of(text, "1.2%")),
            "地区生产总值（上半年）"
        );
        assert_eq!(
            subject(text, range_of(text, "2.6%")),
            "一般公共预算收入（全年）"
        );
        let text = "全年实际到位外资3.7亿美元，货物出口额预计同比增长23%。";
        assert_eq!(subject(text, range_of(text, "23%")), "货物出口额");
        let text = "固定资产投资保持稳定增长，全年完成734亿元，同比增长12%。";
        assert_eq!(
            subject(text, range_of(text, "734亿元")),
            "固定资产投资（全年）"
        );
        assert_eq!(subject(text, range_of(text, "12%")), "固定资产投资");
        let text = "地区生产总值同比增长1.2%，增幅居全市第8，全年预计同比增长1.5%。";
        assert_eq!(
            subject(text, range_of(text, "1.5%")),
            "地区生产总值（全年）"
        );
        let text = "增幅居全市第8；前三季度同比增长1.8%。";
        assert_eq!(subject(text, range_of(text, "1.8%")), "前三季度");
    }

    #[test]
    fn decreases() {
        let text = "能耗下降3%，收入增长5%，增速比上年回落0.5个百分点。";
        assert!(is_decrease(text, range_of(text, "3%")));
        assert!(!is_decrease(text, range_of(text, "5%")));
        assert!(is_decrease(text, range_of(text, "0.5个百分点")));
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
