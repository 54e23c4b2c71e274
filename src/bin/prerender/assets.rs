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

use crate::deflate::deflate;
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
/// A report's text as the site holds it: zlib's deflate.
pub const SOURCE_EXTENSION: &str = ".txt.deflate";
/// The search across a library's name, as Trunk builds it (Cargo.toml).
const SEARCH: &str = "baogao-search";
/// The changes pages' rows' name, likewise.
const CHANGES: &str = "baogao-changes";

/// Trunk names the files from the public URL: `./` as the README builds,
/// `/` while `trunk serve` serves them at the root. The steps here read
/// them as the page's neighbours either way.
fn relative_names(html: &str) -> String {
    html.replace(" href=\"/", " href=\"./")
        .replace(" src=\"/", " src=\"./")
}

/// A file named by its content, with its subresource integrity.
pub struct Named {
    pub name: String,
    pub integrity: String,
}

/// Writes a file named by its content: a hash of it before the extension
/// (as Trunk names the rest), with its integrity. The one place files are
/// named so.
pub fn write_named(dir: &Path, stem: &str, extension: &str, bytes: &[u8]) -> Result<Named, String> {
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

/// What a build's pages share once its assets are named and inlined: the
/// page as Trunk built it with its style sheet and scripts inlined and its
/// policy written (its `#app` still empty), and the script that starts the
/// app.
pub struct Prepared {
    pub html: String,
    pub start: Named,
    /// The search across a library's files (glue, WebAssembly), named by
    /// their content; `None` for one report's build, which has none.
    pub search: Option<(Named, Named)>,
    /// The changes pages' rows' files (glue, WebAssembly), likewise.
    pub changes: Option<(Named, Named)>,
}

/// What a build adds beside the reader's page: inline scripts and styles
/// for the policy to allow (the library's page), and pages in folders of
/// their own (a library's reports), which, like `index.html`, a host must
/// not cache for good.
#[derive(Default)]
pub struct Site {
    pub scripts: Vec<String>,
    pub styles: Vec<String>,
    pub folders: Vec<String>,
    /// Files beside them that keep their names from build to build (a
    /// library's CSVs), which a host must not cache for good either.
    pub files: Vec<String>,
    /// Whether the site is a library, which searches across its reports
    /// and compares them: else the search's and the changes pages' files,
    /// which Trunk builds for every site, are removed.
    pub library: bool,
}

/// Inlines and names the assets. `inline_for`: the one page of a single
/// report's build, which gets only the marked rules it needs (the others
/// join the later sheet); `None` for a library, whose pages all inline the
/// whole sheet, so that one policy allows every page.
pub fn prepare(
    html: &str,
    dir: &Path,
    inline_for: Option<&str>,
    site: &Site,
) -> Result<Prepared, String> {
    // Before anything is inlined, so that no inline script or sheet loses
    // a line its hash was taken over.
    let html = without_comments(&relative_names(html));
    let (html, style_hash, later_sheets) = inline_style_sheet(&html, dir, inline_for)?;
    let (html, mut script_hashes) = inline_scripts(&html, dir)?;
    let (html, loader, preloads) = take_loader(&html)?;
    let html = icon_without_integrity(&html);
    let start = write_start_script(dir, &format!("{later_sheets}{preloads}"), &loader)?;
    let [search, changes] = [SEARCH, CHANGES].map(|stem| match site.library {
        true => name_worker(dir, stem).map(Some),
        false => [format!("{stem}_bg.wasm"), format!("{stem}.js")]
            .iter()
            .try_for_each(|name| remove(dir, name))
            .map(|()| None),
    });
    let (search, changes) = (search?, changes?);
    script_hashes.extend(site.scripts.iter().cloned());
    let mut style_hashes = vec![style_hash];
    style_hashes.extend(site.styles.iter().cloned());
    let html = write_policy(&html, dir, &script_hashes, &style_hashes)?;
    write_headers(
        dir,
        &html_policy_header(&script_hashes, &style_hashes),
        &site.folders,
        &site.files,
    )?;
    Ok(Prepared {
        html,
        start,
        search,
        changes,
    })
}

/// A report's text, deflated and named by its content, for the later half
/// to read (`ui::later::source`).
pub fn write_source(dir: &Path, text: &str) -> Result<Named, String> {
    write_named(dir, "report", SOURCE_EXTENSION, &deflate(text.as_bytes())?)
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

/// How the policy allows an inline style or script.
pub fn csp_hash(text: &str) -> String {
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
    inline_for: Option<&str>,
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
            let sheet = read_text_and_remove(dir, &href)?;
            let css = match inline_for {
                Some(page) => {
                    let (css, not_here) = optional_css::split(&sheet, page)?;
                    moved = not_here;
                    css
                }
                None => optional_css::whole(&sheet),
            };
            let css = minify_css(&css);
            inlined = Some(csp_hash(&css));
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
        hashes.push(csp_hash(&js));
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

/// Browsers check integrity only for scripts and style sheets (and their
/// preloads): on the icon's link, Trunk's hash is bytes for nothing in the
/// page's first round trip.
/// The page's head as it is sent carries no comments (index.html's notes
/// on the app's files, which Trunk leaves where the tags were) nor the
/// blank lines they leave: every byte of the first response counts.
fn without_comments(html: &str) -> String {
    let (head, body) = html.split_at(html.find("</head>").unwrap_or(0));
    let mut out = String::with_capacity(html.len());
    let mut rest = head;
    while let Some(range) = find_tag(rest, "<!--", "-->") {
        out.push_str(&rest[..range.start]);
        rest = &rest[range.end..];
    }
    out.push_str(rest);
    let head: String = out
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| format!("{line}\n"))
        .collect();
    head + body
}

fn icon_without_integrity(html: &str) -> String {
    let Some(range) = find_tag(html, "<link rel=\"icon\"", ">") else {
        return html.to_owned();
    };
    let tag = &html[range.clone()];
    let Some(integrity) = attribute(tag, "integrity") else {
        return html.to_owned();
    };
    let trimmed = tag.replace(&format!(" integrity=\"{integrity}\""), "");
    format!("{}{trimmed}{}", &html[..range.start], &html[range.end..])
}

/// A `<link>`'s attributes as a JavaScript object, for the start script.
fn link_object(attributes: &[(&str, &str)]) -> String {
    let pairs: Vec<String> = attributes
        .iter()
        .map(|(name, value)| format!("{name:?}:{value:?}"))
        .collect();
    format!("{{{}}}", pairs.join(","))
}

/// A WebAssembly that Trunk builds as a "worker" (the later half, the
/// search), its files named by their content (its glue names its
/// WebAssembly by the new name).
fn name_worker(dir: &Path, stem: &str) -> Result<(Named, Named), String> {
    let wasm = read_and_remove(dir, &format!("{stem}_bg.wasm"))?;
    let wasm = write_named(dir, stem, "_bg.wasm", &wasm)?;
    let glue = read_text_and_remove(dir, &format!("{stem}.js"))?;
    let glue = glue.replace(&format!("{stem}_bg.wasm"), &wasm.name);
    let glue = write_named(dir, stem, ".js", glue.as_bytes())?;
    Ok((glue, wasm))
}

fn remove(dir: &Path, name: &str) -> Result<(), String> {
    std::fs::remove_file(dir.join(name)).map_err(|e| format!("{name}: {e}"))
}

/// Fills in `js/start.js`: the later half's files, the links to add (each
/// with its integrity) and the rest of Trunk's loader, which starts the
/// first half.
fn write_start_script(dir: &Path, links: &str, loader: &str) -> Result<Named, String> {
    let (first_glue, loader_rest) = loader
        .split_once("import init, * as bindings from ")
        .and_then(|(_, rest)| rest.split_once(';'))
        .ok_or("an unexpected Trunk loader")?;
    let first_links: Vec<String> = links
        .split('<')
        .filter(|tag| tag.starts_with("link"))
        .map(|tag| link_object(&attributes(tag)))
        .collect();
    let (later_glue, later_wasm) = name_worker(dir, LATER_HALF)?;
    let later_link = link_object(&[
        ("rel", "modulepreload"),
        ("href", &format!("./{}", later_glue.name)),
        ("crossorigin", "anonymous"),
        ("integrity", &later_glue.integrity),
    ]);
    let script = fill(
        &minify_js(START_TEMPLATE),
        &[
            ("LATER_LINK", later_link),
            ("LATER_GLUE", format!("./{}", later_glue.name)),
            ("LATER_WASM_INTEGRITY", later_wasm.integrity),
            ("LATER_WASM", format!("./{}", later_wasm.name)),
            ("FIRST_LINKS", format!("[{}]", first_links.join(","))),
            ("FIRST_GLUE", first_glue.to_owned()),
            ("TRUNK_LOADER_REST", beside_the_script(loader_rest.trim())),
        ],
    )?;
    write_named(dir, "start", ".js", script.as_bytes())
}

/// Trunk's loader names the first half's WebAssembly relative to the page;
/// the start script finds it beside itself instead, for pages at any depth.
fn beside_the_script(loader_rest: &str) -> String {
    const KEY: &str = "module_or_path: '";
    let Some(at) = loader_rest.find(KEY) else {
        return loader_rest.to_owned();
    };
    let from = at + KEY.len();
    let Some(len) = loader_rest[from..].find('\'') else {
        return loader_rest.to_owned();
    };
    format!(
        "{}module_or_path: new URL('{}', import.meta.url){}",
        &loader_rest[..at],
        &loader_rest[from..from + len],
        &loader_rest[from + len + 1..]
    )
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

pub fn policy(script_hashes: &[String], style_hashes: &[String]) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {}; style-src 'self' {}; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
        script_hashes.join(" "),
        style_hashes.join(" "),
    )
}

/// The policy as a header, with what only a header can say (no framing).
fn html_policy_header(script_hashes: &[String], style_hashes: &[String]) -> String {
    format!(
        "{}; frame-ancestors 'none'",
        policy(script_hashes, style_hashes)
    )
}

/// The Content-Security-Policy in the page.
fn write_policy(
    html: &str,
    dir: &Path,
    script_hashes: &[String],
    style_hashes: &[String],
) -> Result<String, String> {
    let meta = format!(
        "<meta charset=\"utf-8\">\n  <meta http-equiv=\"Content-Security-Policy\" content=\"{}\">",
        policy(script_hashes, style_hashes)
    );
    let header = html_policy_header(script_hashes, style_hashes);
    std::fs::write(dir.join("csp.txt"), format!("{header}\n")).map_err(|e| e.to_string())?;
    Ok(html.replacen("<meta charset=\"utf-8\">", &meta, 1))
}

/// For hosts that send headers (`_headers`): the policy, and the cache
/// headers: the hashed files for good, the pages and the files named for
/// what they are never without asking.
fn write_headers(
    dir: &Path,
    header: &str,
    folders: &[String],
    files: &[String],
) -> Result<(), String> {
    let mut headers = format!("/*\n  Content-Security-Policy: {header}\n  Cache-Control: public, max-age=31536000, immutable\n");
    let pages = ["".to_owned()]
        .into_iter()
        .chain(folders.iter().map(|folder| format!("{folder}/")));
    for page in pages {
        headers.push_str(&format!(
            "/{page}index.html\n  Cache-Control: no-cache\n/{page}\n  Cache-Control: no-cache\n"
        ));
    }
    for file in files {
        headers.push_str(&format!("/{file}\n  Cache-Control: no-cache\n"));
    }
    std::fs::write(dir.join("_headers"), headers).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::{
        beside_the_script, fill, icon_without_integrity, link_object, relative_names,
        without_comments, START_TEMPLATE,
    };

    #[test]
    fn comments_and_the_lines_they_leave_go() {
        assert_eq!(
            without_comments("<head>\n  <!-- a note -->\n  \n  <title>t</title>\n</head>\n"),
            "<head>\n  <title>t</title>\n</head>\n"
        );
    }

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
        assert!(fill("no placeholder", &values).is_err());
    }

    #[test]
    fn names_from_the_root_are_read_as_neighbours() {
        assert_eq!(
            relative_names(
                r#"<link rel="stylesheet" href="/main-1.css"><script src="/prefs-2.js"></script>"#
            ),
            r#"<link rel="stylesheet" href="./main-1.css"><script src="./prefs-2.js"></script>"#
        );
    }

    #[test]
    fn the_icon_carries_no_integrity() {
        let html = r#"<head><link rel="icon" href="./i.svg" integrity="sha384-x"/></head>"#;
        assert_eq!(
            icon_without_integrity(html),
            r#"<head><link rel="icon" href="./i.svg"/></head>"#
        );
    }

    #[test]
    fn the_first_half_is_found_beside_the_start_script() {
        assert_eq!(
            beside_the_script("const wasm = await init({ module_or_path: './a_bg.wasm' });"),
            "const wasm = await init({ module_or_path: new URL('./a_bg.wasm', import.meta.url) });"
        );
    }
}
