//! The built app on any static host: under a deep sub-path (every browser
//! test serves `dist/` at /a/b/report/), with hashed file names and
//! subresource integrity, and under the README's Content-Security-Policy
//! with no errors in the console.

use baogao_browser_tests::{dist, library_dist, start_script, Device, Session};
use std::path::Path;

#[tokio::test(flavor = "multi_thread")]
async fn the_app_works_under_the_content_security_policy() {
    let s = Session::open_with_csp(Device::Phone).await;
    s.load("#p-1-2-3").await;
    // Figures explain themselves, search marks, the panel and charts draw.
    s.tap("#fig-14").await;
    s.wait_until("!document.getElementById('figure-popover').hidden")
        .await;
    s.click(".pop-close").await;
    s.type_into("#search-input", "增长").await;
    s.wait_until("document.querySelector('mark[data-match]') !== null")
        .await;
    s.click(".figures-button").await;
    s.click("[aria-controls='figures-charts']").await;
    s.wait_until("document.querySelector('#chart-money rect.chart-bar') !== null")
        .await;
    s.click(".export").await;
    let errors = s.console_errors().await;
    assert!(
        errors.is_empty(),
        "console errors under the CSP: {errors:#?}"
    );
    s.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_violation_would_be_seen() {
    // The check above can fail: an inline script is refused under the CSP
    // and the refusal is in the console.
    let s = Session::open_with_csp(Device::Desktop).await;
    s.load("").await;
    s.js("const script = document.createElement('script'); script.textContent = 'window.ran = 1'; document.body.append(script); return 0")
        .await;
    assert!(!s.js_bool("window.ran === 1").await);
    let errors = s.console_errors().await;
    assert!(
        errors.iter().any(|e| e.contains("Content Security Policy")),
        "{errors:#?}"
    );
    s.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn no_console_errors_in_normal_use() {
    let s = Session::open(Device::Desktop).await;
    s.load("?q=%E5%A2%9E%E9%95%BF#sec-1-2").await;
    s.click("#fig-14").await;
    s.press(baogao_browser_tests::fantoccini::key::Key::Escape)
        .await;
    let errors = s.console_errors().await;
    assert!(errors.is_empty(), "{errors:#?}");
    s.close().await;
}

#[test]
fn files_are_hashed_and_carry_their_integrity() {
    let dist = dist();
    let page = std::fs::read_to_string(dist.join("index.html")).expect("a built page");
    // The page names the script that starts the app; that script names the
    // app's other files.
    let start = start_script(&dist);
    for entry in std::fs::read_dir(&dist).expect("dist") {
        let name = entry
            .expect("an entry")
            .file_name()
            .into_string()
            .expect("a name");
        if ["index.html", "csp.txt", "_headers"].contains(&name.as_str()) || name.ends_with(".br") {
            continue;
        }
        // (Before the first dot: `report-HASH.txt.deflate`.)
        let stem = name.split_once('.').map_or(name.as_str(), |(stem, _)| stem);
        let hash = stem.rsplit(['-', '_']).find(|part| {
            (12..=16).contains(&part.len()) && part.chars().all(|c| c.is_ascii_hexdigit())
        });
        assert!(hash.is_some(), "{name} has no content hash in its name");
        let reference = format!("./{name}");
        assert!(
            page.contains(&reference) || start.contains(&reference),
            "{name} is referenced relatively"
        );
    }
    // Every script, style sheet and preload carries its integrity hash
    // (the icon need not: browsers check integrity for none but these).
    for tag in page
        .split('<')
        .filter(|tag| tag.starts_with("script") || tag.starts_with("link"))
        .filter(|tag| !tag.contains("rel=\"icon\""))
    {
        let loads = tag.contains(" src=") || tag.contains(" href=");
        assert!(
            !loads || tag.contains("integrity=\"sha384-"),
            "no integrity: <{tag}"
        );
    }
    // So does every file the start script adds.
    for link in start.split("{\"rel\"").skip(1) {
        let link = &link[..link.find('}').expect("closed")];
        assert!(
            link.contains("\"integrity\":\"sha384-"),
            "no integrity: {link}"
        );
    }
    assert!(
        start.contains("\"integrity\""),
        "the start script adds the files"
    );
    // Inline scripts and styles are allowed by their hashes, not by
    // 'unsafe-inline'.
    let policy = std::fs::read_to_string(dist.join("csp.txt")).expect("csp.txt");
    assert!(!policy.contains("unsafe-inline"));
    for (open, close) in [("<script>", "</script>"), ("<style>", "</style>")] {
        for piece in page.split(open).skip(1) {
            let body = &piece[..piece.find(close).expect("closed")];
            let hash = sha256_base64(body);
            assert!(policy.contains(&hash), "an inline {open} not in the policy");
        }
    }
}

fn sha256_base64(text: &str) -> String {
    use base64::Engine;
    use sha2::Digest;
    base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(text.as_bytes()))
}

/// Whether a name carries a content hash
/// (`report-a91527e81f64b1a7.txt.deflate`, `_search/fa54fcf9e8fce16d/`).
fn is_content_named(name: &str) -> bool {
    let stem = name.split_once('.').map_or(name, |(stem, _)| stem);
    stem.split(['-', '_'])
        .any(|part| (12..=16).contains(&part.len()) && part.chars().all(|c| c.is_ascii_hexdigit()))
}

fn files_under(dir: &Path, out: &mut Vec<String>, prefix: &str) {
    for entry in std::fs::read_dir(dir).expect("a folder") {
        let entry = entry.expect("an entry");
        let name = entry.file_name().into_string().expect("a name");
        if is_content_named(&name) {
            continue;
        }
        let path = format!("{prefix}{name}");
        if entry.file_type().expect("a type").is_dir() {
            files_under(&entry.path(), out, &format!("{path}/"));
        } else {
            out.push(path);
        }
    }
}

/// A library's `_headers` caches for good only what is named by its
/// content: every page, and every other file that keeps its name from
/// build to build (the catalogue's CSV, the comparisons' CSVs), is sent
/// `no-cache`.
#[test]
fn a_library_caches_for_good_only_what_its_content_names() {
    let build = library_dist();
    let headers = std::fs::read_to_string(build.join("_headers")).expect("_headers");
    let lines: Vec<&str> = headers.lines().collect();
    let no_cache = |path: &str| {
        lines
            .windows(2)
            .any(|pair| pair[0] == path && pair[1].trim() == "Cache-Control: no-cache")
    };
    let mut files = Vec::new();
    files_under(&build, &mut files, "/");
    let kept: Vec<&String> = files
        .iter()
        .filter(|file| {
            !["/_headers", "/csp.txt"].contains(&file.as_str()) && !file.ends_with(".br")
        })
        .filter(|file| !no_cache(file))
        .collect();
    assert!(
        kept.is_empty(),
        "cached for good, yet not named by content: {kept:?}"
    );
    // The catalogue's and each comparison's targets.csv (24).
    assert!(files.iter().filter(|f| f.ends_with(".csv")).count() > 20);
}
