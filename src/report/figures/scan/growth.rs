//! Whether a percentage is a change (`同比增长1.2%`, `下降0.5%`) or the
//! level reached (`提高到68.5%`).

use super::Scanner;

/// Words after 增长, 下降 … that make a percent a rate of change.
const CHANGE_WORDS: [&str; 24] = [
    "增长",
    "增幅",
    "增速",
    "增加",
    "增收",
    "下降",
    "降幅",
    "降低",
    "减少",
    "提升",
    "提高",
    "上升",
    "上涨",
    "涨幅",
    "回落",
    "回升",
    "拓宽",
    "扩大",
    "缩小",
    "同比",
    "环比",
    "比上年",
    "年均",
    "翻",
];

impl Scanner {
    /// Whether the clause before `start` says the figure is a change
    /// (`同比增长1.2%`, `下降0.5%`), not the level reached (`提高到68.5%`).
    pub(super) fn after_change_word(&self, start: usize) -> bool {
        let clause_start = self.chars[..start]
            .iter()
            .rposition(|&c| matches!(c, '，' | '。' | '；' | '：' | '！' | '？' | ',' | ';'))
            .map_or(0, |i| i + 1);
        // 增加值 (value added) and 增长点 are nouns, not changes.
        let clause: String = self.chars[clause_start..start].iter().collect::<String>();
        let clause = clause
            .replace("增加值", "")
            .replace("增长点", "")
            .replace("增长极", "");
        let Some((at, word)) = CHANGE_WORDS
            .iter()
            .filter_map(|word| clause.rfind(word).map(|at| (at, word)))
            .max_by_key(|&(at, word)| at + word.len())
        else {
            return false;
        };
        let between = clause[at + word.len()..].trim_start_matches(['了', '了']);
        !(between.starts_with('到') || between.starts_with('至'))
    }
}
