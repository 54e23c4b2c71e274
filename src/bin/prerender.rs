//! Writes the report into the built page as HTML, rendered by the same
//! Leptos components as the app, so that it can be read the moment the page
//! arrives (and with JavaScript off). Run by Trunk after each build (see
//! Trunk.toml) on `$TRUNK_STAGING_DIR/index.html`; also:
//! `cargo run --no-default-features --features ssr --bin prerender -- PAGE`.
//!
//! It also moves Trunk's inline loader script, with the app's preloads and
//! later style sheet, into one file with its subresource-integrity hash, so
//! that the page runs under a Content-Security-Policy without
//! `unsafe-inline`, and gives the page the report's title, description and
//! Open Graph tags.

use baogao::report::{Document, Role};
use baogao::ui::{storage_key, Page};
use base64::Engine;
use leptos::prelude::*;
use sha2::{Digest, Sha256, Sha384};
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
    let document = Arc::new(Document::new(source));
    let key = storage_key(&document);
    let app = Owner::new().with(|| {
        provide_context(document.clone());
        view! { <Page/> }.to_html()
    });
    let filled = format!("<div id=\"app\" class=\"app\" data-key=\"{key}\">{app}</div>");
    // `<!>` separates text nodes for hydration, which this page does not use.
    let filled = filled.replace("<!>", "");
    let html = html.replacen(APP_PLACEHOLDER, &filled, 1);
    let html = describe(&html, &document);
    let dir = page.parent().ok_or("the page has no folder")?;
    let html = move_loader_to_file(&html, dir)?;
    let html = inline_first_paint(&html, dir)?;
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

/// The whole tag that starts with `start` (through its `end`).
fn find_tag(html: &str, start: &str, end: &str) -> Option<std::ops::Range<usize>> {
    let from = html.find(start)?;
    let to = from + html[from..].find(end)? + end.len();
    Some(from..to)
}

/// The value of an attribute in a tag.
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let from = tag.find(&key)? + key.len();
    let to = from + tag[from..].find('"')?;
    Some(&tag[from..to])
}

fn sha256(text: &str) -> String {
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(Sha256::digest(text.as_bytes()))
    )
}

/// Everything the first paint needs comes in the page itself: the style
/// sheet and the two small scripts are inlined (allowed by their hashes in
/// the Content-Security-Policy, which the page carries and which is written
/// beside it for hosts that send headers). The app's own files wait in a
/// script that `restore.js` adds after the first paint, so that
/// the report's paint never waits for the WebAssembly.
fn inline_first_paint(html: &str, dir: &Path) -> Result<String, String> {
    let mut html = html.to_owned();
    let mut style_hashes = Vec::new();
    let mut script_hashes = Vec::new();
    // The first style sheet (main.css) is what the first paint needs; the
    // others (later.css) wait with the app's files.
    let mut later = String::new();
    let mut first_sheet = true;
    while let Some(range) = find_tag(&html, "<link rel=\"stylesheet\"", ">") {
        if first_sheet {
            let href = attribute(&html[range.clone()], "href")
                .ok_or("a style sheet without href")?
                .to_owned();
            let css = minify_css(&read_and_remove(dir, &href)?);
            style_hashes.push(sha256(&css));
            html.replace_range(range, &format!("<style>{css}</style>"));
            first_sheet = false;
        } else {
            later.push_str(&html[range.clone()]);
            html.replace_range(range, "");
        }
    }
    for name in ["prefs", "restore"] {
        let range = find_tag(&html, &format!("<script src=\"./{name}-"), "</script>")
            .ok_or(format!("no {name}.js"))?;
        let src = attribute(&html[range.clone()], "src")
            .ok_or("a script without src")?
            .to_owned();
        let js = minify_js(&read_and_remove(dir, &src)?);
        script_hashes.push(sha256(&js));
        html.replace_range(range, &format!("<script>{js}</script>"));
    }
    // The app's loader and its preloads, for later.
    let mut loader = None;
    for (start, end) in [
        ("<script type=\"module\"", "</script>"),
        ("<link rel=\"modulepreload\"", ">"),
        ("<link rel=\"preload\"", ">"),
    ] {
        while let Some(range) = find_tag(&html, start, end) {
            if start.starts_with("<script") {
                loader = Some(html[range.clone()].to_owned());
            } else {
                later.push_str(&html[range.clone()]);
            }
            html.replace_range(range, "");
        }
    }
    let loader = loader.ok_or("no loader script")?;
    let later_half = later_half(dir)?;
    let (start, integrity) = app_start_file(&later_half, &later, &loader, dir)?;
    html = html.replacen(
        "<div id=\"app\" class=\"app\"",
        &format!(
            "<div id=\"app\" class=\"app\" data-start=\"./{start}\" data-integrity=\"{integrity}\""
        ),
        1,
    );
    let policy = format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {}; style-src 'self' {}; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
        script_hashes.join(" "),
        style_hashes.join(" ")
    );
    let meta = format!("<meta charset=\"utf-8\">\n  <meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">");
    html = html.replacen("<meta charset=\"utf-8\">", &meta, 1);
    // For hosts that send headers: the same policy, and what only a header
    // can say (no framing).
    let header = format!("{policy}; frame-ancestors 'none'");
    std::fs::write(dir.join("csp.txt"), format!("{header}\n")).map_err(|e| e.to_string())?;
    let headers = format!(
        "/*\n  Content-Security-Policy: {header}\n  Cache-Control: public, max-age=31536000, immutable\n/index.html\n  Cache-Control: no-cache\n/\n  Cache-Control: no-cache\n"
    );
    std::fs::write(dir.join("_headers"), headers).map_err(|e| e.to_string())?;
    Ok(html)
}

/// One script, fetched after the first paint, starts the app: it adds the
/// later style sheet and the preloads (each with its integrity hash), then
/// runs Trunk's loader. The page itself then names one file for all of them
/// (on `#app`), a few hundred bytes less in its first response: the
/// difference between one round trip and two on a slow connection.
fn app_start_file(
    prelude: &str,
    tags: &str,
    loader_tag: &str,
    dir: &Path,
) -> Result<(String, String), String> {
    let loader_src = attribute(loader_tag, "src").ok_or("a loader without src")?;
    let loader = read_and_remove(dir, loader_src)?;
    // A static import would be fetched before the preloads are added (and
    // without their integrity): imported once they are.
    let (glue, rest) = loader
        .split_once("import init, * as bindings from ")
        .and_then(|(_, rest)| rest.split_once(';'))
        .ok_or("an unexpected Trunk loader")?;
    let mut links = Vec::new();
    for tag in tags.split('<').filter(|tag| tag.starts_with("link")) {
        let pairs: Vec<String> = attributes(tag)
            .into_iter()
            .map(|(name, value)| format!("{name:?}:{value:?}"))
            .collect();
        links.push(format!("{{{}}}", pairs.join(",")));
    }
    let script = format!(
        "{prelude}for (const attributes of [{links}]) {{\n  const link = document.createElement(\"link\");\n  for (const name in attributes) link.setAttribute(name, attributes[name]);\n  document.head.appendChild(link);\n}}\nconst bindings = await import({glue});\nconst init = bindings.default;\n{rest}",
        links = links.join(","),
        rest = rest.trim()
    );
    let digest = Sha384::digest(script.as_bytes());
    let integrity = base64::engine::general_purpose::STANDARD.encode(digest);
    let short: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
    let name = format!("start-{short}.js");
    std::fs::write(dir.join(&name), script).map_err(|e| e.to_string())?;
    Ok((name, format!("sha384-{integrity}")))
}

/// A file's name with a hash of its content before the extension (as
/// Trunk names the rest), and its subresource integrity.
fn content_name(stem: &str, extension: &str, bytes: &[u8]) -> (String, String) {
    let digest = Sha384::digest(bytes);
    let short: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
    let integrity = base64::engine::general_purpose::STANDARD.encode(digest);
    (
        format!("{stem}-{short}{extension}"),
        format!("sha384-{integrity}"),
    )
}

/// The app's later half (`ui::bridge`): Trunk builds it as a "worker", so
/// without a hash in its names and without a loader. Here its two files are
/// named by their content like the rest, and the start script fetches them,
/// each with its integrity, when the first half asks (`baogao:load`).
fn later_half(dir: &Path) -> Result<String, String> {
    const NAME: &str = "baogao-later";
    let read = |name: &str| {
        let path = dir.join(name);
        let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        std::fs::remove_file(&path).map_err(|e| e.to_string())?;
        Ok::<_, String>(bytes)
    };
    let write =
        |name: &str, bytes: &[u8]| std::fs::write(dir.join(name), bytes).map_err(|e| e.to_string());
    let wasm = read(&format!("{NAME}_bg.wasm"))?;
    let (wasm_name, wasm_integrity) = content_name(NAME, "_bg.wasm", &wasm);
    write(&wasm_name, &wasm)?;
    let glue = String::from_utf8(read(&format!("{NAME}.js"))?).map_err(|e| e.to_string())?;
    let glue = glue.replace(&format!("{NAME}_bg.wasm"), &wasm_name);
    let (glue_name, glue_integrity) = content_name(NAME, ".js", glue.as_bytes());
    write(&glue_name, glue.as_bytes())?;
    Ok(format!(
        "addEventListener(\"baogao:load\", async () => {{\nconst link = document.createElement(\"link\");\nconst attributes = {{\"rel\":\"modulepreload\",\"href\":\"./{glue_name}\",\"crossorigin\":\"anonymous\",\"integrity\":\"{glue_integrity}\"}};\nfor (const name in attributes) link.setAttribute(name, attributes[name]);\ndocument.head.appendChild(link);\nconst later = await import(\"./{glue_name}\");\nawait later.default({{ module_or_path: fetch(new URL(\"./{wasm_name}\", import.meta.url), {{ integrity: \"{wasm_integrity}\" }}) }});\n}}, {{ once: true }});\n"
    ))
}

/// The `name="value"` attributes of a tag (bare ones are left out).
fn attributes(tag: &str) -> Vec<(&str, &str)> {
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

/// Drops comment lines, blank lines and indentation; keeps line breaks, so
/// that no statement runs into the next.
fn minify_js(js: &str) -> String {
    js.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn read_and_remove(dir: &Path, href: &str) -> Result<String, String> {
    let path = dir.join(href.trim_start_matches("./"));
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    std::fs::remove_file(&path).map_err(|e| e.to_string())?;
    Ok(text)
}

/// Drops comments, line breaks, indentation, the spaces around braces and
/// semicolons and after colons and commas: what a style sheet carries for
/// its readers, not for the browser. (Other spaces stay: in selectors and
/// values they can matter.)
fn minify_css(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start..]
            .find("*/")
            .map_or("", |end| &rest[start + end + 2..]);
    }
    out.push_str(rest);
    let joined: Vec<&str> = out
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect();
    let mut css = joined.join(" ");
    for token in ["{", "}", ";"] {
        css = css
            .replace(&format!(" {token}"), token)
            .replace(&format!("{token} "), token);
    }
    css.replace(";}", "}").replace(": ", ":").replace(", ", ",")
}

#[cfg(test)]
mod tests {
    use super::{attributes, minify_css, minify_js};

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
    }

    #[test]
    fn minified_js_keeps_statements_apart() {
        let js = "// why\n(function () {\n  var a = 1\n\n  // more\n  a += 1;\n})();\n";
        assert_eq!(minify_js(js), "(function () {\nvar a = 1\na += 1;\n})();");
    }

    #[test]
    fn minified_css_keeps_rules() {
        let css = "/* a */\n.a :focus,\n.b {\n  color: red;\n  margin: 0 auto;\n}\n";
        assert_eq!(minify_css(css), ".a :focus,.b{color:red;margin:0 auto}");
    }
}
