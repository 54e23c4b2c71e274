//! The report is in the page before the WebAssembly: readable with
//! JavaScript off, and taken over by the app without a visible jump, with
//! the reader's collapsed sections and the #anchor right from the first
//! paint.

use baogao::report::parse;
use baogao_browser_tests::{Device, Session};

/// The sum of layout shifts since the page started loading, and what moved.
const LAYOUT_SHIFT: &str = "
    const done = arguments[arguments.length - 1];
    let total = 0;
    const moved = [];
    const name = n => n && n.nodeType === 1
        ? n.tagName + (n.id ? '#' + n.id : '') + '.' + n.className : String(n && n.nodeName);
    new PerformanceObserver(list => {
        for (const entry of list.getEntries()) {
            if (entry.hadRecentInput) continue;
            total += entry.value;
            for (const source of entry.sources || []) moved.push(name(source.node));
        }
    }).observe({type: 'layout-shift', buffered: true});
    setTimeout(() => done([total, moved.join(', ')]), 500);";

async fn layout_shift(s: &Session) -> (f64, String) {
    let shift = s
        .client
        .execute_async(LAYOUT_SHIFT, vec![])
        .await
        .expect("layout shifts");
    (
        shift[0].as_f64().unwrap_or(f64::NAN),
        shift[1].as_str().unwrap_or_default().to_owned(),
    )
}

#[tokio::test(flavor = "multi_thread")]
async fn the_report_reads_with_javascript_off() {
    let s = Session::without_javascript(Device::Phone).await;
    s.client.goto(&s.url("")).await.expect("page loads");
    s.wait_until("document.querySelector('main .masthead') !== null")
        .await;
    let (shown, expected) = s.report_text(baogao::SEED_REPORT).await;
    assert!(
        shown == expected,
        "the prerendered page holds the whole report"
    );
    let report = parse(baogao::SEED_REPORT);
    assert_eq!(s.count("section.section").await, 4);
    assert_eq!(
        s.count(".fig[data-metric]").await as usize,
        baogao::report::figures::Figures::of(&report).all.len()
    );
    assert!(s.count("[id^='p-1-']").await > 10, "paragraph anchors");
    assert!(s.js_bool("document.title.includes('政府工作报告')").await);
    s.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn javascript_off_is_real() {
    // The same check as above must fail to find a started app.
    let s = Session::without_javascript(Device::Desktop).await;
    s.client.goto(&s.url("")).await.expect("page loads");
    s.wait_until("document.querySelector('main .masthead') !== null")
        .await;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert_eq!(s.count("#app[data-started]").await, 0);
    s.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_app_takes_over_without_a_layout_shift() {
    for device in [Device::Phone, Device::Desktop] {
        let s = Session::open(device).await;
        s.load("").await;
        let (shift, moved) = layout_shift(&s).await;
        assert_eq!(shift, 0.0, "{device:?}: {moved}");
        s.close().await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn collapsed_sections_and_the_anchor_hold_from_the_first_paint() {
    let s = Session::open(Device::Phone).await;
    s.load("").await;
    s.click("#sec-1-1 > .heading .toggle").await;
    s.click("#sec-1-3 > .heading .toggle").await;
    s.wait_until("document.getElementById('sec-1-3-body').hidden")
        .await;
    // Reload at an anchor inside a collapsed section: that section opens,
    // the other stays shut, and nothing moves when the app starts.
    s.client.goto(&s.url("#p-1-3-2")).await.expect("navigate");
    s.client.refresh().await.expect("reload");
    s.wait_until_started().await;
    assert!(
        s.js_bool("document.getElementById('sec-1-1-body').hidden")
            .await
    );
    assert!(
        s.js_bool("!document.getElementById('sec-1-3-body').hidden")
            .await
    );
    let (shift, moved) = layout_shift(&s).await;
    assert_eq!(shift, 0.0, "{moved}");
    s.wait_until(
        "Math.abs(document.getElementById('p-1-3-2').getBoundingClientRect().top - document.querySelector('.topbar').getBoundingClientRect().bottom) < 30",
    )
    .await;
    s.close().await;
}
