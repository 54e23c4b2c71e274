//! The little HTML the prerender step reads and writes by hand: Trunk's
//! output is known markup, not arbitrary HTML.

use std::ops::Range;

pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Replaces what lies between `start` and the next `end`.
pub fn replace_between(html: &str, start: &str, end: &str, with: &str) -> String {
    let Some(from) = html.find(start).map(|i| i + start.len()) else {
        return html.to_owned();
    };
    let Some(to) = html[from..].find(end).map(|i| from + i) else {
        return html.to_owned();
    };
    format!("{}{with}{}", &html[..from], &html[to..])
}

/// The whole tag that starts with `start` (through its `end`).
pub fn find_tag(html: &str, start: &str, end: &str) -> Option<Range<usize>> {
    let from = html.find(start)?;
    let to = from + html[from..].find(end)? + end.len();
    Some(from..to)
}

/// The value of an attribute in a tag.
pub fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let from = tag.find(&key)? + key.len();
    let to = from + tag[from..].find('"')?;
    Some(&tag[from..to])
}

/// The `name="value"` attributes of a tag (bare ones are left out).
pub fn attributes(tag: &str) -> Vec<(&str, &str)> {
    let mut found = Vec::new();
    let mut rest = tag;
    while let Some(eq) = rest.find("=\"") {
        let name = rest[..eq].rsplit(' ').next().unwrap_or_default();
        let value_start = eq + 2;
        let Some(len) = rest[value_start..].find('"') else {
            break;
        };
        found.push((name, &rest[value_start..value_start + len]));
        rest = &rest[value_start + len + 1..];
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attributes_of_a_tag() {
        let tag = r#"link rel="preload" href="./a_bg.wasm" crossorigin="anonymous" as="fetch">"#;
        assert_eq!(
            attributes(tag),
            [
                ("rel", "preload"),
                ("href", "./a_bg.wasm"),
                ("crossorigin", "anonymous"),
                ("as", "fetch")
            ]
        );
        assert_eq!(attribute(tag, "href"), Some("./a_bg.wasm"));
    }

    #[test]
    fn between_and_tags() {
        let html = "<title>旧</title><link rel=\"x\">";
        assert_eq!(
            replace_between(html, "<title>", "</title>", "新"),
            "<title>新</title><link rel=\"x\">"
        );
        let link = find_tag(html, "<link", ">").expect("a link");
        assert_eq!(&html[link], "<link rel=\"x\">");
        assert_eq!(escape("a<\"&\">"), "a&lt;&quot;&amp;&quot;&gt;");
    }
}
