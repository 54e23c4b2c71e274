//! The lower bound every comparison is made against: a report's text as a
//! plain static HTML page with no JavaScript at all, one element per block,
//! its headings and paragraphs linkable by the same ids as the app's.

use baogao::report::{parse, Role};

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The plain page of a report's text.
pub fn plain_page(text: &str) -> String {
    let report = parse(text);
    let title = escape(report.title_or_default());
    let mut body = String::new();
    for block in report.blocks() {
        let text = escape(block.as_str());
        let line = match block.role {
            Role::Title => format!("<h1>{text}</h1>"),
            Role::Heading if block.id.starts_with("part-") || block.id.starts_with("appx-") => {
                format!("<h2 id=\"{}\">{text}</h2>", block.id)
            }
            Role::Heading => format!("<h3 id=\"{}\">{text}</h3>", block.id),
            _ => format!("<p id=\"{}\">{text}</p>", block.id),
        };
        body.push_str(&line);
        body.push('\n');
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}</title>\n<meta name=\"description\" content=\"{title}全文。\">\n<style>body{{margin:0 auto;max-width:38em;padding:8px 18px;font:17px/1.85 system-ui,sans-serif;color:#1d1c1a;background:#faf8f3}}h1{{text-align:center;color:#a4262c}}</style>\n</head>\n<body>\n<main>\n{body}</main>\n</body>\n</html>\n"
    )
}
