//! Reading comfort: text size and colour scheme chosen by the reader and
//! kept, a print that holds the whole report, and a keyboard that reaches
//! every control with a visible focus ring.

use baogao_browser_tests::fantoccini::key::Key;
use baogao_browser_tests::{Device, Session};

async fn open_preferences(s: &Session) {
    if s.device != Device::Desktop {
        s.click(".toc-button").await;
        s.wait_until("document.getElementById('toc').getBoundingClientRect().left >= 0")
            .await;
    }
}

async fn body_font_size(s: &Session) -> f64 {
    s.js("return parseFloat(getComputedStyle(document.body).fontSize)")
        .await
        .as_f64()
        .unwrap_or(0.0)
}

#[tokio::test(flavor = "multi_thread")]
async fn text_size_is_chosen_and_kept() {
    let s = Session::open(Device::Phone).await;
    s.load("").await;
    assert_eq!(body_font_size(&s).await, 17.0);
    open_preferences(&s).await;
    s.click(".text-larger").await;
    s.click(".text-larger").await;
    s.wait_until("parseFloat(getComputedStyle(document.body).fontSize) === 20")
        .await;
    s.client.refresh().await.expect("reload");
    s.wait_until_started().await;
    assert_eq!(body_font_size(&s).await, 20.0);
    open_preferences(&s).await;
    for _ in 0..6 {
        s.click(".text-smaller").await;
    }
    s.wait_until("document.querySelector('.text-smaller').disabled")
        .await;
    assert_eq!(body_font_size(&s).await, 14.0);
    s.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_colour_scheme_follows_the_system_until_chosen() {
    let s = Session::open_dark(Device::Phone).await;
    s.load("").await;
    let background = "getComputedStyle(document.body).backgroundColor";
    assert_eq!(
        s.js(&format!("return {background}")).await,
        "rgb(23, 23, 26)",
        "the system's dark"
    );
    open_preferences(&s).await;
    s.click(".theme").await;
    s.wait_until(&format!("{background} === 'rgb(250, 248, 243)'"))
        .await;
    assert!(
        s.js_bool("document.querySelector('.theme').innerText.includes('浅色')")
            .await
    );
    s.client.refresh().await.expect("reload");
    s.wait_until_started().await;
    assert_eq!(
        s.js(&format!("return {background}")).await,
        "rgb(250, 248, 243)",
        "kept after a reload"
    );
    open_preferences(&s).await;
    s.click(".theme").await;
    s.wait_until("document.documentElement.dataset.theme === 'dark'")
        .await;
    s.click(".theme").await;
    s.wait_until("document.documentElement.dataset.theme === undefined")
        .await;
    s.close().await;
}

/// Pages in a PDF of the page as printed.
async fn printed_pages(s: &Session) -> usize {
    let pdf = s.client.print(Default::default()).await.expect("a PDF");
    let text = String::from_utf8_lossy(&pdf);
    text.matches("/Type /Page").count() - text.matches("/Type /Pages").count()
}

#[tokio::test(flavor = "multi_thread")]
async fn print_holds_the_whole_report_even_collapsed() {
    let s = Session::open(Device::Desktop).await;
    s.load("").await;
    let expanded = printed_pages(&s).await;
    s.collapse_all().await;
    s.wait_until("document.getElementById('part-1-body').hidden")
        .await;
    let collapsed = printed_pages(&s).await;
    assert!(expanded >= 4, "{expanded} pages");
    assert_eq!(collapsed, expanded, "collapsed sections print in full");
    s.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_keyboard_reaches_the_controls_with_a_visible_ring() {
    let s = Session::open(Device::Desktop).await;
    s.load("").await;
    s.js("document.activeElement.blur(); window.scrollTo(0, 0); return 0")
        .await;
    let mut reached = Vec::new();
    for _ in 0..12 {
        s.press(Key::Tab).await;
        let focused = s
            .js("const e = document.activeElement; const style = getComputedStyle(e);
                 return [e.className || e.id || e.tagName, style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2]")
            .await;
        assert_eq!(focused[1], true, "no visible focus ring on {}", focused[0]);
        reached.push(focused[0].as_str().unwrap_or_default().to_owned());
    }
    // In reading order: skip link, search, figures, outline, contents.
    assert_eq!(reached[0], "skip");
    assert!(reached.iter().any(|c| c == "search-input"), "{reached:?}");
    assert!(
        reached.iter().any(|c| c.contains("figures-button")),
        "{reached:?}"
    );
    assert!(
        reached
            .iter()
            .any(|c| c.contains("toc-part") || c.contains("toc-section")),
        "{reached:?}"
    );
    s.close().await;
}
