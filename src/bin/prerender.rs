//! Writes the report into the built page as HTML, rendered by the same
//! Leptos components as the app, so that it can be read the moment the page
//! arrives (and with JavaScript off). Run by Trunk after each build (see
//! Trunk.toml) on `$TRUNK_STAGING_DIR/index.html`; also:
//! `cargo run --no-default-features --features ssr --bin prerender -- PAGE`.
//!
//! It also moves Trunk's inline loader script into a file with its
//! subresource-integrity hash, so that the page runs under a
//! Content-Security-Policy without `unsafe-inline`, and gives the page the
//! report's title, description and Open Graph tags.

use baogao::report::{Document, Role};
use baogao::ui::{storage_key, Page, Reader};
use base64::Engine;
use leptos::prelude::*;
use sha2::{Digest, Sha384};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

const APP_PLACEHOLDER: &str = "<div id=\"app\" class=\"app\"></div>";

fn main() -> ExitCode {
    let page = std::env::args().nth(1).map(PathBuf::from).or_else(|| {
        std::env::var_os("TRUNK_STAGING_DIR").map(|dir| PathBuf::from(dir).join("index.html"))
    });
    let Some(page) = page else {
        eprintln!("usage: prerender PAGE (or run as a Trunk hook, with TRUNK_STAGING_DIR)");
        return ExitCode::from(2);
    };
    match prerender(&page) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("prerender {}: {error}", page.display());
            ExitCode::FAILURE
        }
    }
}

fn prerender(page: &Path) -> Result<(), String> {
    let html = std::fs::read_to_string(page).map_err(|e| e.to_string())?;
    if !html.contains(APP_PLACEHOLDER) {
        return Err(format!("no {APP_PLACEHOLDER} to fill"));
    }
    let source = baogao::EMBEDDED_REPORT;
    let app = Owner::new().with(|| {
        provide_context(Reader::new(Arc::new(Document::new(source))));
        view! { <Page/> }.to_html()
    });
    let filled = format!(
        "<div id=\"app\" class=\"app\" data-key=\"{}\">{app}</div>",
        storage_key(source)
    );
    let html = html.replacen(APP_PLACEHOLDER, &filled, 1);
    let html = describe(&html, &Document::new(source));
    let dir = page.parent().ok_or("the page has no folder")?;
    let html = move_loader_to_file(&html, dir)?;
    std::fs::write(page, html).map_err(|e| e.to_string())
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The page's title, description and Open Graph tags, from the report.
fn describe(html: &str, document: &Document) -> String {
    let report = &document.report;
    let title = report.title().unwrap_or("政府工作报告");
    let by = report
        .front_block(Role::Speaker)
        .map(|b| b.as_str().trim_start_matches(['■', '●', ' ']).to_owned());
    let meeting = report
        .front_block(Role::Meeting)
        .map(|b| b.as_str().to_owned());
    let mut description = String::from(title);
    if let Some(by) = &by {
        description.push_str(&format!("，{by}"));
    }
    if let Some(meeting) = &meeting {
        description.push_str(meeting);
    }
    description.push_str("。全文按章节阅读，数字可点查，支持全文搜索。");
    let page_title = match &by {
        Some(by) => format!("{title}（{by}）"),
        None => title.to_owned(),
    };
    let tags = format!(
        "<meta property=\"og:type\" content=\"article\">\n  <meta property=\"og:title\" content=\"{t}\">\n  <meta property=\"og:description\" content=\"{d}\">\n  <meta name=\"twitter:card\" content=\"summary\">\n  </head>",
        t = escape(&page_title),
        d = escape(&description)
    );
    let html = replace_between(html, "<title>", "</title>", &escape(&page_title));
    let html = replace_between(
        &html,
        "<meta name=\"description\" content=\"",
        "\">",
        &escape(&description),
    );
    html.replacen("</head>", &tags, 1)
}

fn replace_between(html: &str, start: &str, end: &str, with: &str) -> String {
    let Some(from) = html.find(start).map(|i| i + start.len()) else {
        return html.to_owned();
    };
    let Some(to) = html[from..].find(end).map(|i| from + i) else {
        return html.to_owned();
    };
    format!("{}{with}{}", &html[..from], &html[to..])
}

/// Trunk's loader is an inline module script; it becomes a file beside the
/// page, loaded with its integrity hash.
fn move_loader_to_file(html: &str, dir: &Path) -> Result<String, String> {
    const OPEN: &str = "<script type=\"module\">";
    let Some(start) = html.find(OPEN) else {
        return Ok(html.to_owned());
    };
    let body_start = start + OPEN.len();
    let body_end = body_start
        + html[body_start..]
            .find("</script>")
            .ok_or("unclosed loader script")?;
    let script = html[body_start..body_end].trim();
    let digest = Sha384::digest(script.as_bytes());
    let integrity = base64::engine::general_purpose::STANDARD.encode(digest);
    let short: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
    let name = format!("loader-{short}.js");
    std::fs::write(dir.join(&name), script).map_err(|e| e.to_string())?;
    let tag = format!("<script type=\"module\" src=\"./{name}\" integrity=\"sha384-{integrity}\" crossorigin=\"anonymous\"></script>");
    Ok(format!(
        "{}{tag}{}",
        &html[..start],
        &html[body_end + "</script>".len()..]
    ))
}
