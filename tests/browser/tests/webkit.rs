//! The reader in WebKit, the engine of every browser on an iPhone: the app
//! starts, and collapsing, deep links, search and figures work, with no
//! horizontal scroll at a phone's width (447 px: MiniBrowser's narrowest
//! window; Chromium tests the narrower ones).

use baogao::report::Model;
use baogao_browser_tests::fantoccini::key::Key;
use baogao_browser_tests::{Device, Session};

#[tokio::test(flavor = "multi_thread")]
async fn the_reader_works_in_webkit() {
    let s = Session::open_webkit(Device::Phone).await;
    s.load("#p-1-3-2").await;
    assert!(s.js_bool("navigator.userAgent.includes('AppleWebKit') && !navigator.userAgent.includes('Chrome')").await);
    assert!(s.js_bool("innerWidth < 480").await, "a phone's width");
    assert!(s.js_bool("document.title.includes('政府工作报告')").await);
    assert!(
        s.js_bool("document.documentElement.scrollWidth <= innerWidth")
            .await,
        "no horizontal scroll at {} px",
        s.js("return innerWidth").await
    );
    // The deep link scrolled to its paragraph.
    s.wait_until("Math.abs(document.getElementById('p-1-3-2').getBoundingClientRect().top - document.querySelector('.topbar').getBoundingClientRect().bottom) < 30")
        .await;

    // Collapse and expand a section.
    let toggle = "#sec-1-2 > .heading .toggle";
    s.click(toggle).await;
    s.wait_until("document.getElementById('sec-1-2-body').hidden")
        .await;
    assert_eq!(
        s.attribute(toggle, "aria-expanded").await.as_deref(),
        Some("false")
    );
    s.click(toggle).await;
    s.wait_until("!document.getElementById('sec-1-2-body').hidden")
        .await;

    // Search as one types: every match marked and counted, Enter moves on.
    let total = Model::new(baogao::SEED_REPORT)
        .search
        .search("增长")
        .hits
        .len();
    s.type_into("#search-input", "增长").await;
    s.wait_until(&format!(
        "document.querySelector('.search-count').textContent.trim() === '1 / {total}'"
    ))
    .await;
    s.press(Key::Enter).await;
    s.wait_until(&format!(
        "document.querySelector('.search-count').textContent.trim() === '2 / {total}'"
    ))
    .await;
    s.wait_until("new URLSearchParams(location.search).get('q') === '增长'")
        .await;
    s.press(Key::Escape).await;
    s.wait_until("document.querySelectorAll('mark[data-match]').length === 0")
        .await;

    // A figure explains itself, inside the screen, and closes with Esc.
    s.click(".fig[data-metric='money']").await;
    s.wait_until("!document.getElementById('figure-popover').hidden")
        .await;
    assert!(
        s.js_bool("(r => r.left >= 0 && r.right <= innerWidth)(document.getElementById('figure-popover').getBoundingClientRect())")
            .await
    );
    s.press(Key::Escape).await;
    s.wait_until("document.getElementById('figure-popover').hidden")
        .await;

    // The figures panel opens, with a row for every figure.
    s.click(".figures-button").await;
    s.wait_until("!document.getElementById('figures-panel').hidden")
        .await;
    s.close().await;
}
