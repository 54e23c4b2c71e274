//! A Markdown file's YAML front matter (`---` / `title: …` / `---`), as
//! collections store reports: read for what it says of the report and kept
//! out of the report's text.

/// What a front matter says, and where the report's text starts.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FrontMatter {
    /// `title: 七台河市政府工作报告 （2014年1月9日 韩立华）`.
    pub title: Option<String>,
    /// `source: https://…`, where the collection took the text from.
    pub source: Option<String>,
}

impl FrontMatter {
    /// The report's title as the front matter gives it, without the date
    /// and speaker a collection adds in brackets
    /// (`恩施州政府工作报告 （2014年1月12日 杨天然）` → `恩施州政府工作报告`).
    pub fn report_title(&self) -> Option<&str> {
        let title = self.title.as_deref()?.trim();
        let bare = ['）', ')']
            .iter()
            .filter(|close| title.ends_with(**close))
            .find_map(|_| {
                let open = title.rfind(['（', '('])?;
                let inside = &title[open..];
                inside
                    .contains(|c: char| c.is_ascii_digit() || c == '年')
                    .then(|| title[..open].trim_end())
            })
            .unwrap_or(title);
        (!bare.is_empty()).then_some(bare)
    }
}

/// The front matter of a file's text, if it has one, and the text after it.
pub fn split_front_matter(text: &str) -> (FrontMatter, &str) {
    let start = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    let Some(rest) = start.strip_prefix("---") else {
        return (FrontMatter::default(), text);
    };
    let Some(rest) = rest
        .strip_prefix('\n')
        .or_else(|| rest.strip_prefix("\r\n"))
    else {
        return (FrontMatter::default(), text);
    };
    let mut front = FrontMatter::default();
    let mut at = 0;
    // A front matter is short: a text that opens with a rule and no end
    // within a few lines is text.
    for line in rest.split_inclusive('\n').take(40) {
        at += line.len();
        let line = line.trim_end_matches(['\r', '\n']);
        if line.trim_end() == "---" || line.trim_end() == "..." {
            return (front, &rest[at..]);
        }
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let value = unquote(value.trim());
        if value.is_empty() {
            continue;
        }
        match key.trim() {
            "title" => front.title = Some(value.to_owned()),
            "source" | "url" | "link" => front.source = Some(value.to_owned()),
            _ => {}
        }
    }
    (FrontMatter::default(), text)
}

fn unquote(value: &str) -> &str {
    for quote in ['"', '\''] {
        if let Some(inner) = value
            .strip_prefix(quote)
            .and_then(|v| v.strip_suffix(quote))
        {
            return inner;
        }
    }
    value
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_report_title_leaves_out_the_date_and_speaker() {
        let title = |t: &str| FrontMatter {
            title: Some(t.to_owned()),
            source: None,
        };
        assert_eq!(
            title("恩施州政府工作报告 （2014年1月12日 杨天然）").report_title(),
            Some("恩施州政府工作报告")
        );
        assert_eq!(
            title("延边州政府工作报告（2021年1月12日 金寿浩）").report_title(),
            Some("延边州政府工作报告")
        );
        // Brackets that are the title's own stay.
        assert_eq!(
            title("关于《政府工作报告》（草案）的说明").report_title(),
            Some("关于《政府工作报告》（草案）的说明")
        );
        assert_eq!(title("（2014年1月12日）").report_title(), None);
        assert_eq!(FrontMatter::default().report_title(), None);
    }

    #[test]
    fn a_collections_front_matter_is_read_and_kept_out() {
        let text = "---\r\nsource: https://www.zj.gov.cn/a.html\r\ntitle: \"2026年政府工作报告\"\r\n---\r\n\r\n**政府工作报告**\r\n";
        let (front, body) = split_front_matter(text);
        assert_eq!(front.title.as_deref(), Some("2026年政府工作报告"));
        assert_eq!(
            front.source.as_deref(),
            Some("https://www.zj.gov.cn/a.html")
        );
        assert_eq!(body, "\r\n**政府工作报告**\r\n");
    }

    #[test]
    fn a_text_without_one_is_whole() {
        for text in [
            "政府工作报告\n\n各位代表：\n",
            "---\n一、回顾\n",
            "---\ntitle: x\n没有结束\n",
            "",
        ] {
            assert_eq!(split_front_matter(text), (FrontMatter::default(), text));
        }
    }
}
