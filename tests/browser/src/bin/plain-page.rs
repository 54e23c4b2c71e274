//! Writes the lower bound for the Lighthouse comparison: the same report
//! text as a plain static HTML page with no JavaScript at all.
//! Usage: `plain-page OUT_DIR [REPORT]` (writes OUT_DIR/index.html; the
//! report is the seed unless named).

use baogao::report::{parse, Role};

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn main() {
    let out = std::env::args()
        .nth(1)
        .expect("usage: plain-page OUT_DIR [REPORT]");
    let text = match std::env::args().nth(2) {
        Some(path) => baogao::report::decode::read_report_file(std::path::Path::new(&path))
            .unwrap_or_else(|error| panic!("{error}")),
        None => baogao::SEED_REPORT.to_owned(),
    };
    let report = parse(&text);
    let title = report.title().unwrap_or("政府工作报告");
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
    let page = format!(
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{t}</title>\n<meta name=\"description\" content=\"{t}全文。\">\n<style>body{{margin:0 auto;max-width:38em;padding:8px 18px;font:17px/1.85 system-ui,sans-serif;color:#1d1c1a;background:#faf8f3}}h1{{text-align:center;color:#a4262c}}</style>\n</head>\n<body>\n<main>\n{body}</main>\n</body>\n</html>\n",
        t = escape(title)
    );
    std::fs::create_dir_all(&out).expect("the folder");
    std::fs::write(format!("{out}/index.html"), page).expect("the page");
}
