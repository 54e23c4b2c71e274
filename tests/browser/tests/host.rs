//! The built app on any static host: under a deep sub-path (every browser
//! test serves `dist/` at /a/b/report/), with hashed file names and
//! subresource integrity, and under the README's Content-Security-Policy
//! with no errors in the console.

use baogao_browser_tests::{dist, start_script, Device, Session};

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
        let stem = name
            .rsplit_once('.')
            .map_or(name.as_str(), |(stem, _)| stem);
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
