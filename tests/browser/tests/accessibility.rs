//! axe-core finds no violations, at phone and desktop sizes, in the states a
//! reader meets: the report, the table of contents open, a figure explained,
//! a search active, the figures panel and its charts, the result list.

use baogao_browser_tests::{Device, Session};

async fn assert_clean(s: &Session, state: &str) {
    let violations = s.accessibility_violations().await;
    assert!(
        violations.is_empty(),
        "{:?}, {state}: {violations:#?}",
        s.device
    );
}

async fn every_state(s: &Session) {
    s.load("").await;
    assert_clean(s, "the report").await;
    if s.device != Device::Desktop {
        s.click(".toc-button").await;
        s.wait_until("document.getElementById('toc').getBoundingClientRect().left >= 0")
            .await;
        assert_clean(s, "the table of contents open").await;
        s.click(".toc-close").await;
    }
    s.click("#fig-14").await;
    s.wait_until("!document.getElementById('figure-popover').hidden")
        .await;
    assert_clean(s, "a figure explained").await;
    s.click(".pop-close").await;
    s.type_into("#search-input", "增长").await;
    s.wait_until("document.querySelector('mark[data-match]') !== null")
        .await;
    assert_clean(s, "a search active").await;
    s.click(".search-list").await;
    s.wait_until("!document.getElementById('search-results').hidden")
        .await;
    assert_clean(s, "the result list").await;
    s.click("#search-results .sheet-back").await;
    s.collapse_all().await;
    assert_clean(s, "all collapsed").await;
    s.click(".figures-button").await;
    s.wait_until("!document.getElementById('figures-panel').hidden")
        .await;
    assert_clean(s, "the figures panel").await;
    s.click("[aria-controls='figures-charts']").await;
    assert_clean(s, "the charts").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn phone() {
    let s = Session::open(Device::Phone).await;
    every_state(&s).await;
    s.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn desktop() {
    let s = Session::open(Device::Desktop).await;
    every_state(&s).await;
    s.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn dark_phone() {
    let s = Session::open_dark(Device::Phone).await;
    s.load("").await;
    assert_clean(&s, "dark mode").await;
    s.type_into("#search-input", "增长").await;
    s.wait_until("document.querySelector('mark[data-match]') !== null")
        .await;
    assert_clean(&s, "dark mode, a search active").await;
    s.close().await;
}
