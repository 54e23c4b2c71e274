//! The asset step, after Trunk's build. Everything the first paint needs
//! comes in the page itself: the main style sheet and the two small
//! scripts are inlined, allowed by their hashes in the Content-Security-
//! Policy (which the page carries, and which is written beside it for
//! hosts that send headers). The app's own files wait in one start script
//! (`js/start.js`) that `js/restore.js` adds after the first paint, so that
//! the report's paint never waits for the WebAssembly: the later style
//! sheet, the first half's files (from Trunk's loader and preloads), and
//! the later half's, which Trunk builds as a "worker", without a hash in
//! its names, and which are named by their content here.

use crate::minify::{minify_css, minify_js};
use crate::optional_css;
use crate::tags::{attribute, attributes, find_tag};
use base64::Engine;
use sha2::{Digest, Sha256, Sha384};
use std::path::Path;

/// The script that starts the app, filled in here.
const START_TEMPLATE: &str = include_str!("../../../js/start.js");
/// The later half's name, as Trunk builds it (Cargo.toml).
const LATER_HALF: &str = "baogao-later";

/// A file named by its content, with its subresource integrity.
pub struct Named {
    pub name: String,
    pub integrity: String,
}

/// Writes a file named by its content: a hash of it before the extension
/// (as Trunk names the rest), with its integrity. The one place files are
/// named so.
fn write_named(dir: &Path, stem: &str, extension: &str, bytes: &[u8]) -> Result<Named, String> {
    let digest = Sha384::digest(bytes);
    let short: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
    let name = format!("{stem}-{short}{extension}");
    std::fs::write(dir.join(&name), bytes).map_err(|e| e.to_string())?;
    let integrity = base64::engine::general_purpose::STANDARD.encode(digest);
    Ok(Named {
        name,
        integrity: format!("sha384-{integrity}"),
    })
}

/// Inlines and names the page's assets for the rendered `app` of the
/// report `text`; returns the page, and the script that starts the app
/// (for `#app`).
pub fn finish(html: &str, dir: &Path, app: &str, text: &str) -> Result<(String, Named), String> {
    let (html, style_hash, later_sheets) = inline_style_sheet(html, dir, app)?;
    let (html, script_hashes) = inline_scripts(&html, dir)?;
    let (html, loader, preloads) = take_loader(&html)?;
    let source = write_named(dir, "report", ".txt", text.as_bytes())?;
    let start = write_start_script(dir, &format!("{later_sheets}{preloads}"), &loader, &source)?;
    let html = write_policy(&html, dir, &script_hashes, &style_hash)?;
    Ok((html, start))
}

fn read_and_remove(dir: &Path, href: &str) -> Result<Vec<u8>, String> {
    let path = dir.join(href.trim_start_matches("./"));
    let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    std::fs::remove_file(&path).map_err(|e| e.to_string())?;
    Ok(bytes)
}

fn read_text_and_remove(dir: &Path, href: &str) -> Result<String, String> {
    String::from_utf8(read_and_remove(dir, href)?).map_err(|e| e.to_string())
}

fn sha256(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// The first style sheet (main.css) is what the first paint needs: inlined,
/// but for the rules this page does not need (`optional_css`), which join
/// the later one. The others (later.css) wait with the app's files: their
/// tags are returned.
fn inline_style_sheet(
    html: &str,
    dir: &Path,
    app: &str,
) -> Result<(String, String, String), String> {
    let mut html = html.to_owned();
    let mut inlined = None;
    let mut moved = String::new();
    let mut later = String::new();
    while let Some(range) = find_tag(&html, "<link rel=\"stylesheet\"", ">") {
        let href = attribute(&html[range.clone()], "href")
            .ok_or("a style sheet without href")?
            .to_owned();
        if inlined.is_none() {
            let (css, not_here) = optional_css::split(&read_text_and_remove(dir, &href)?, app)?;
            let css = minify_css(&css);
            moved = not_here;
            inlined = Some(sha256(&css));
            html.replace_range(range, &format!("<style>{css}</style>"));
        } else {
            let css = read_text_and_remove(dir, &href)? + &std::mem::take(&mut moved);
            let stem = href
                .trim_start_matches("./")
                .split('-')
                .next()
                .unwrap_or("later");
            let named = write_named(dir, stem, ".css", css.as_bytes())?;
            later.push_str(&format!(
                "<link rel=\"stylesheet\" href=\"./{}\" integrity=\"{}\">",
                named.name, named.integrity
            ));
            html.replace_range(range, "");
        }
    }
    Ok((html, inlined.ok_or("no style sheet")?, later))
}

/// `prefs.js` (before the first paint) and `restore.js` (after the report)
/// are inlined.
fn inline_scripts(html: &str, dir: &Path) -> Result<(String, Vec<String>), String> {
    let mut html = html.to_owned();
    let mut hashes = Vec::new();
    for name in ["prefs", "restore"] {
        let range = find_tag(&html, &format!("<script src=\"./{name}-"), "</script>")
            .ok_or(format!("no {name}.js"))?;
        let src = attribute(&html[range.clone()], "src").ok_or("a script without src")?;
        let js = minify_js(&read_text_and_remove(dir, src)?);
        hashes.push(sha256(&js));
        html.replace_range(range, &format!("<script>{js}</script>"));
    }
    Ok((html, hashes))
}

/// Trunk's loader (an inline module script) and the preloads of the first
/// half's files, taken out of the page: the start script does their work.
fn take_loader(html: &str) -> Result<(String, String, String), String> {
    let mut html = html.to_owned();
    const OPEN: &str = "<script type=\"module\">";
    let range = find_tag(&html, OPEN, "</script>").ok_or("no loader script")?;
    let loader = html[range.start + OPEN.len()..range.end - "</script>".len()]
        .trim()
        .to_owned();
    html.replace_range(range, "");
    let mut preloads = String::new();
    for start in ["<link rel=\"modulepreload\"", "<link rel=\"preload\""] {
        while let Some(range) = find_tag(&html, start, ">") {
            preloads.push_str(&html[range.clone()]);
            html.replace_range(range, "");
        }
    }
    Ok((html, loader, preloads))
}

/// A `<link>`'s attributes as a JavaScript object, for the start script.
fn link_object(attributes: &[(&str, &str)]) -> String {
    let pairs: Vec<String> = attributes
        .iter()
        .map(|(name, value)| format!("{name:?}:{value:?}"))
        .collect();
    format!("{{{}}}", pairs.join(","))
}

/// The later half's files, named by their content (its glue names its
/// WebAssembly by the new name).
fn name_later_half(dir: &Path) -> Result<(Named, Named), String> {
    let wasm = read_and_remove(dir, &format!("{LATER_HALF}_bg.wasm"))?;
    let wasm = write_named(dir, LATER_HALF, "_bg.wasm", &wasm)?;
    let glue = read_text_and_remove(dir, &format!("{LATER_HALF}.js"))?;
    let glue = glue.replace(&format!("{LATER_HALF}_bg.wasm"), &wasm.name);
    let glue = write_named(dir, LATER_HALF, ".js", glue.as_bytes())?;
    Ok((glue, wasm))
}

/// Fills in `js/start.js`: the report's own file (which the later half
/// reads), the later half's files, the links to add (each with its
/// integrity) and the rest of Trunk's loader, which starts the first half.
fn write_start_script(
    dir: &Path,
    links: &str,
    loader: &str,
    source: &Named,
) -> Result<Named, String> {
    let (first_glue, loader_rest) = loader
        .split_once("import init, * as bindings from ")
        .and_then(|(_, rest)| rest.split_once(';'))
        .ok_or("an unexpected Trunk loader")?;
    let first_links: Vec<String> = links
        .split('<')
        .filter(|tag| tag.starts_with("link"))
        .map(|tag| link_object(&attributes(tag)))
        .collect();
    let (later_glue, later_wasm) = name_later_half(dir)?;
    let later_link = link_object(&[
        ("rel", "modulepreload"),
        ("href", &format!("./{}", later_glue.name)),
        ("crossorigin", "anonymous"),
        ("integrity", &later_glue.integrity),
    ]);
    let script = fill(
        &minify_js(START_TEMPLATE),
        &[
            ("REPORT_SOURCE", format!("./{}", source.name)),
            ("REPORT_INTEGRITY", source.integrity.clone()),
            ("LATER_LINK", later_link),
            ("LATER_GLUE", format!("./{}", later_glue.name)),
            ("LATER_WASM_INTEGRITY", later_wasm.integrity),
            ("LATER_WASM", format!("./{}", later_wasm.name)),
            ("FIRST_LINKS", format!("[{}]", first_links.join(","))),
            ("FIRST_GLUE", first_glue.to_owned()),
            ("TRUNK_LOADER_REST", loader_rest.trim().to_owned()),
        ],
    )?;
    write_named(dir, "start", ".js", script.as_bytes())
}

/// Replaces each placeholder of a template, in the order given (a longer
/// name that starts with a shorter one comes first); each must be there.
fn fill(template: &str, values: &[(&str, String)]) -> Result<String, String> {
    let mut filled = template.to_owned();
    for (placeholder, value) in values {
        if !filled.contains(placeholder) {
            return Err(format!("js/start.js has no {placeholder}"));
        }
        filled = filled.replace(placeholder, value);
    }
    Ok(filled)
}

/// The Content-Security-Policy, in the page and, for hosts that send
/// headers, beside it with what only a header can say (no framing), with
/// the cache headers.
fn write_policy(
    html: &str,
    dir: &Path,
    script_hashes: &[String],
    style_hash: &str,
) -> Result<String, String> {
    let policy = format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {}; style-src 'self' {style_hash}; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
        script_hashes.join(" "),
    );
    let meta = format!("<meta charset=\"utf-8\">\n  <meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">");
    let header = format!("{policy}; frame-ancestors 'none'");
    let write =
        |name: &str, text: String| std::fs::write(dir.join(name), text).map_err(|e| e.to_string());
    write("csp.txt", format!("{header}\n"))?;
    write(
        "_headers",
        format!("/*\n  Content-Security-Policy: {header}\n  Cache-Control: public, max-age=31536000, immutable\n/index.html\n  Cache-Control: no-cache\n/\n  Cache-Control: no-cache\n"),
    )?;
    Ok(html.replacen("<meta charset=\"utf-8\">", &meta, 1))
}

#[cfg(test)]
mod tests {
    use super::{fill, link_object, START_TEMPLATE};

    #[test]
    fn a_link_as_an_object() {
        assert_eq!(
            link_object(&[("rel", "preload"), ("href", "./a.wasm")]),
            r#"{"rel":"preload","href":"./a.wasm"}"#
        );
    }

    #[test]
    fn the_start_script_is_filled_in_whole() {
        let values = [
            "REPORT_SOURCE",
            "REPORT_INTEGRITY",
            "LATER_LINK",
            "LATER_GLUE",
            "LATER_WASM_INTEGRITY",
            "LATER_WASM",
            "FIRST_LINKS",
            "FIRST_GLUE",
            "TRUNK_LOADER_REST",
        ]
        .map(|name| (name, "filled".to_owned()));
        let script = fill(START_TEMPLATE, &values).expect("every placeholder");
        assert!(!script.contains("LATER_") && !script.contains("FIRST_"));
        assert!(!script.contains("REPORT_"));
        assert!(fill("no placeholder", &values).is_err());
    }
}
