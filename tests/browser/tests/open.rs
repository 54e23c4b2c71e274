//! Opening another report in the browser: a file chosen, dropped or pasted;
//! UTF-8, UTF-16 and GBK; bad files refused with a clear message, leaving
//! the report on screen; hostile text shown as text; the opened report kept
//! across a reload, and the way back to the default.

use baogao::report::Model;
use baogao_browser_tests::fantoccini::key::Key;
use baogao_browser_tests::fantoccini::Locator;
use baogao_browser_tests::{project, Device, Session};

fn fixture(name: &str) -> String {
    project()
        .join("tests/fixtures")
        .join(name)
        .canonicalize()
        .expect("a fixture")
        .display()
        .to_string()
}

/// Chooses a file in the open sheet's file input.
async fn choose(s: &Session, path: &str) {
    let input = s
        .client
        .find(Locator::Css("#open-sheet input[type=file]"))
        .await
        .expect("the file input");
    input.send_keys(path).await.expect("a file chosen");
}

async fn open_sheet(s: &Session) {
    s.js("document.querySelector('.open-report').click(); return 0")
        .await;
    s.wait_until("!document.getElementById('open-sheet').hidden")
        .await;
}

async fn heading(s: &Session) -> String {
    let parts = s.js("return [...document.querySelectorAll('#report section.part > .heading .text')].map(e => e.textContent).join('|')").await;
    parts.as_str().unwrap_or_default().to_owned()
}

/// How many figures a text holds.
fn figures_in(text: &str) -> usize {
    baogao::report::Model::new(text).figures.all.len()
}

/// The figures panel (in the app's later half, which reads its own copy of
/// the report) lists the figures of the report on screen, then closes.
async fn the_panel_lists_the_figures_of(s: &Session, text: &str) {
    let expected = figures_in(text);
    s.click(".figures-button").await;
    s.wait_until("!document.getElementById('figures-panel').hidden")
        .await;
    s.wait_until(&format!(
        "document.querySelectorAll('#figures-table tbody tr').length === {expected}"
    ))
    .await;
    s.click("#figures-panel .sheet-back").await;
    s.wait_until("document.getElementById('figures-panel').hidden")
        .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_chosen_file_replaces_the_report_and_stays_after_a_reload() {
    let city = std::fs::read_to_string(fixture("city-fullwidth-crlf.txt")).expect("a fixture");
    let s = Session::open(Device::Phone).await;
    s.load("").await;
    assert_eq!(heading(&s).await, "一、2022年工作回顾");
    open_sheet(&s).await;
    choose(&s, &fixture("city-fullwidth-crlf.txt")).await;
    s.wait_until("document.getElementById('open-sheet').hidden")
        .await;
    assert_eq!(heading(&s).await, "一、2023年工作回顾|二、2024年工作安排");
    assert!(s.js_bool("document.querySelector('.opened-note').textContent.includes('city-fullwidth-crlf.txt')").await);
    // Figures, the contents and search work on it.
    assert!(s.count("#report .fig[role=button]").await > 10);
    assert!(
        s.js_bool("document.querySelector(\"#toc a[href='#sec-2-2']\") !== null")
            .await
    );
    the_panel_lists_the_figures_of(&s, &city).await;
    // Searched as the model would: every match of the opened text counted.
    let total = Model::new(&city).search.search("民生").hits.len();
    assert!(total > 1);
    s.type_into("#search-input", "民生").await;
    s.wait_until(&format!(
        "document.querySelector('.search-count').textContent.trim() === '1 / {total}'"
    ))
    .await;
    s.press(Key::Escape).await;
    // A section collapsed in it stays collapsed for this text (and this
    // text only: see the way back).
    s.click("#sec-1-1 > .heading .toggle").await;
    s.wait_until("document.getElementById('sec-1-1-body').hidden")
        .await;
    // A reload keeps it.
    s.client.refresh().await.expect("reload");
    s.wait_until_started().await;
    s.wait_until("document.querySelector('.opened-note') !== null")
        .await;
    assert_eq!(heading(&s).await, "一、2023年工作回顾|二、2024年工作安排");
    assert!(
        s.js_bool("document.getElementById('sec-1-1-body').hidden")
            .await
    );
    the_panel_lists_the_figures_of(&s, &city).await;
    // And the way back.
    s.click(".back-to-default").await;
    s.wait_until("document.querySelector('.opened-note') === null")
        .await;
    assert_eq!(heading(&s).await, "一、2022年工作回顾");
    assert!(
        !s.js_bool("document.getElementById('sec-1-1-body').hidden")
            .await
    );
    the_panel_lists_the_figures_of(&s, baogao::SEED_REPORT).await;
    s.client.refresh().await.expect("reload");
    s.wait_until_started().await;
    assert_eq!(heading(&s).await, "一、2022年工作回顾");
    s.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn gbk_and_utf16_files_are_decoded() {
    let s = Session::open(Device::Desktop).await;
    s.load("").await;
    for name in ["county-gbk.txt", "county-utf16.txt"] {
        open_sheet(&s).await;
        choose(&s, &fixture(name)).await;
        s.wait_until("document.getElementById('open-sheet').hidden")
            .await;
        assert_eq!(heading(&s).await, "2023年工作回顾|2024年工作安排", "{name}");
        assert!(s.js_bool("document.getElementById('report').textContent.includes('粮食播种面积稳定在52.3万亩')").await, "{name}");
    }
    s.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn bad_files_are_refused_and_the_report_stays() {
    let s = Session::open(Device::Phone).await;
    s.load("").await;
    let big = std::env::temp_dir().join("baogao-too-large.txt");
    std::fs::write(&big, vec![b'a'; 5 * 1024 * 1024 + 1]).expect("a large file");
    let cases = [
        (fixture("empty.txt"), "空的"),
        (fixture("binary.txt"), "不是文本文件"),
        (fixture("picture.txt"), "PNG 图片"),
        (big.display().to_string(), "文件太大"),
    ];
    for (path, message) in cases {
        open_sheet(&s).await;
        choose(&s, &path).await;
        s.wait_until(&format!(
            "document.querySelector('.open-status').textContent.includes('{message}')"
        ))
        .await;
        // In English too, and nothing else changed.
        assert!(
            s.js_bool("/[A-Za-z]{4,}/.test(document.querySelector('.open-status').textContent)")
                .await
        );
        assert_eq!(heading(&s).await, "一、2022年工作回顾", "{path}");
        assert!(
            s.js_bool("document.querySelector('.opened-note') === null")
                .await
        );
    }
    let _ = std::fs::remove_file(big);
    s.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_text_that_is_not_a_report_opens_as_paragraphs_with_a_note() {
    let s = Session::open(Device::Phone).await;
    s.load("").await;
    open_sheet(&s).await;
    choose(&s, &fixture("not-a-report.txt")).await;
    s.wait_until("document.querySelector('#report .notice') !== null")
        .await;
    assert!(s.js_bool("document.querySelector('#report .notice').textContent.includes('未识别出报告的章节结构')").await);
    assert!(
        s.js_bool("document.getElementById('report').textContent.includes('周末我们去湖边散步')")
            .await
    );
    s.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn pasted_text_and_a_dropped_file_open() {
    let s = Session::open(Device::Desktop).await;
    s.load("").await;
    let text = std::fs::read_to_string(fixture("national-parts-named.txt")).expect("fixture");
    open_sheet(&s).await;
    s.client
        .execute(
            "document.getElementById('open-paste').value = arguments[0]; return 0",
            vec![serde_json::json!(text)],
        )
        .await
        .expect("pasted");
    s.click(".open-pasted").await;
    s.wait_until("document.querySelector('.opened-note') !== null")
        .await;
    assert!(heading(&s).await.starts_with("第一部分"));
    // A file dropped on the page.
    let county = std::fs::read_to_string(fixture("county-bare-parts.txt")).expect("fixture");
    s.client
        .execute(
            "const data = new DataTransfer();
             data.items.add(new File([arguments[0]], 'dropped.txt', {type: 'text/plain'}));
             document.getElementById('report').dispatchEvent(new DragEvent('drop', {dataTransfer: data, bubbles: true, cancelable: true}));
             return 0",
            vec![serde_json::json!(county)],
        )
        .await
        .expect("dropped");
    s.wait_until("document.querySelector('.opened-note strong')?.textContent === 'dropped.txt'")
        .await;
    assert_eq!(heading(&s).await, "2023年工作回顾|2024年工作安排");
    s.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn hostile_text_renders_as_text_and_runs_nothing() {
    let s = Session::open(Device::Desktop).await;
    s.load("").await;
    s.js("window.pwned = undefined; return 0").await;
    open_sheet(&s).await;
    choose(&s, &fixture("hostile.txt")).await;
    s.wait_until("document.querySelector('.opened-note') !== null")
        .await;
    let report = "document.getElementById('report')";
    assert!(
        s.js_bool(&format!(
            "{report}.textContent.includes('<script>window.pwned = 1</script>')"
        ))
        .await
    );
    assert!(
        s.js_bool(&format!(
            "{report}.textContent.includes('<img src=x onerror=')"
        ))
        .await
    );
    assert!(
        s.js_bool(&format!("{report}.textContent.includes('&lt;b&gt;')"))
            .await
    );
    assert!(
        s.js_bool(&format!("{report}.textContent.includes('\\u202e')"))
            .await
    );
    assert_eq!(
        s.count("#report script, #report img, #report a[href^='javascript']")
            .await,
        0
    );
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert!(
        s.js_bool("window.pwned === undefined").await,
        "a script ran"
    );
    // Its figure still counts.
    assert!(
        s.js_bool(
            "[...document.querySelectorAll('#report .fig')].some(f => f.textContent === '28家')"
        )
        .await
    );
    s.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn odd_addresses_do_not_break_the_page() {
    let s = Session::open(Device::Phone).await;
    for rest in [
        "?q=%E0%A4%A#p-1-1-2",
        "#no-such-place",
        "?q=%ZZ",
        &format!("?q={}", "增".repeat(10_000)),
    ] {
        s.load(rest).await;
        assert_eq!(heading(&s).await, "一、2022年工作回顾", "{rest}");
        let errors = s.console_errors().await;
        assert!(errors.is_empty(), "{rest}: {errors:?}");
    }
    s.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn without_storage_everything_still_works() {
    let s = Session::without_storage(Device::Phone).await;
    s.load("").await;
    assert!(s.js_bool("(() => { try { localStorage.getItem('x'); return false; } catch (e) { return true; } })()").await, "storage is refused");
    // Collapsing, figures, search, preferences and opening a file all work.
    s.click("#sec-1-2 > .heading .toggle").await;
    s.wait_until("document.getElementById('sec-1-2-body').hidden")
        .await;
    s.tap("#fig-14").await;
    s.wait_until("!document.getElementById('figure-popover').hidden")
        .await;
    s.click(".pop-close").await;
    s.type_into("#search-input", "增长").await;
    s.wait_until("document.querySelector('mark[data-match]') !== null")
        .await;
    open_sheet(&s).await;
    choose(&s, &fixture("county-bare-parts.txt")).await;
    s.wait_until("document.querySelector('.opened-note') !== null")
        .await;
    s.wait_until("document.querySelector('.toast').textContent.includes('无法保存到本机')")
        .await;
    let errors = s.console_errors().await;
    assert!(errors.iter().all(|e| !e.contains("panicked")), "{errors:?}");
    s.close().await;
}
