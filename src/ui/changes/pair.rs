//! The two reports a changes page compares.

/// The two reports a page compares: how each is named and where each is,
/// from the changes page.
pub struct Pair<'a> {
    /// `杭州市 2024年`.
    pub now_label: &'a str,
    pub was_label: &'a str,
    /// This year's report (`../`) and last year's (`../../hangzhou-2023/`).
    pub now_href: &'a str,
    pub was_href: &'a str,
    /// Whether the two are versions of one report (`修改 N 处`).
    pub versions: bool,
}

impl Pair<'_> {
    /// What the page calls the earlier text.
    pub fn was_word(&self) -> &'static str {
        if self.versions {
            "前一文本"
        } else {
            "上年"
        }
    }

    /// What it calls the later.
    pub fn now_word(&self) -> &'static str {
        if self.versions {
            "后一文本"
        } else {
            "今年"
        }
    }
}
