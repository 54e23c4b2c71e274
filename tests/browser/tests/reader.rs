//! What a reader does with the built app, in a real browser, at a desktop
//! size and on a phone.

use baogao::report::is_layout;
use baogao_browser_tests::{on_desktop_and_phone, project, publisher_dist, Device, Session};

on_desktop_and_phone!(the_title_and_structure_show);
async fn the_title_and_structure_show(s: &Session) {
    s.load("").await;
    let title = s.js("return document.querySelector('h1').innerText").await;
    assert_eq!(title, "政府工作报告");
    assert_eq!(s.count("section.part").await, 1);
    assert_eq!(s.count("section.section").await, 4);
    let lang = s.js("return document.documentElement.lang").await;
    assert_eq!(lang, "zh-CN");
    assert!(s.js_bool("document.title.includes('政府工作报告')").await);
}

on_desktop_and_phone!(collapsing_a_section_hides_its_text);
async fn collapsing_a_section_hides_its_text(s: &Session) {
    s.load("").await;
    let toggle = "#sec-1-2 > .heading .toggle";
    let paragraph = "document.getElementById('p-1-2-2')";
    assert!(
        s.js_bool(&format!("{paragraph}.offsetParent !== null"))
            .await
    );
    assert_eq!(
        s.attribute(toggle, "aria-expanded")
            .await
            .unwrap_or_default(),
        "true"
    );

    s.click(toggle).await;
    s.wait_until(&format!("{paragraph}.offsetParent === null"))
        .await;
    assert_eq!(
        s.attribute(toggle, "aria-expanded")
            .await
            .unwrap_or_default(),
        "false"
    );
    // The heading stays, and the other sections are untouched.
    assert!(
        s.js_bool("document.querySelector('#sec-1-2 > .heading').offsetParent !== null")
            .await
    );
    assert!(
        s.js_bool("document.getElementById('p-1-3-2').offsetParent !== null")
            .await
    );

    s.click(toggle).await;
    s.wait_until(&format!("{paragraph}.offsetParent !== null"))
        .await;
    assert_eq!(
        s.attribute(toggle, "aria-expanded")
            .await
            .unwrap_or_default(),
        "true"
    );
}

on_desktop_and_phone!(collapse_state_survives_a_reload);
async fn collapse_state_survives_a_reload(s: &Session) {
    s.load("").await;
    s.click("#sec-1-3 > .heading .toggle").await;
    s.wait_until("document.getElementById('p-1-3-2').offsetParent === null")
        .await;
    s.client.refresh().await.expect("reload");
    s.wait_until_started().await;
    s.wait_until("document.getElementById('sec-1-3-body').hidden")
        .await;
    assert!(
        s.js_bool("!document.getElementById('sec-1-2-body').hidden")
            .await
    );

    // Collapse all, then expand all.
    s.collapse_all().await;
    s.wait_until("[...document.querySelectorAll('.section > .body')].every(b => b.hidden)")
        .await;
    s.expand_all().await;
    s.wait_until("[...document.querySelectorAll('.section > .body')].every(b => !b.hidden)")
        .await;
}

on_desktop_and_phone!(a_deep_link_opens_the_right_section);
async fn a_deep_link_opens_the_right_section(s: &Session) {
    s.load("").await;
    s.collapse_all().await;
    s.wait_until("document.getElementById('sec-1-3-body').hidden")
        .await;

    s.load("#p-1-3-4").await;
    s.wait_until("!document.getElementById('sec-1-3-body').hidden")
        .await;
    // Only the enclosing section opened.
    assert!(
        s.js_bool("document.getElementById('sec-1-1-body').hidden")
            .await
    );
    // The paragraph is on screen, below the sticky bar.
    s.wait_until(
        "(() => { const r = document.getElementById('p-1-3-4').getBoundingClientRect();
                  const bar = document.querySelector('.topbar').getBoundingClientRect().bottom;
                  return r.top >= bar - 1 && r.top < innerHeight / 2; })()",
    )
    .await;

    // A section link works the same way.
    s.load("#sec-1-4").await;
    s.wait_until("!document.getElementById('sec-1-4-body').hidden")
        .await;
    s.wait_until("Math.abs(document.getElementById('sec-1-4').getBoundingClientRect().top - document.querySelector('.topbar').getBoundingClientRect().bottom) < 30").await;
}

on_desktop_and_phone!(the_page_holds_every_character_of_the_source_in_order);
async fn the_page_holds_every_character_of_the_source_in_order(s: &Session) {
    s.load("").await;
    assert_page_holds(s, baogao::SEED_REPORT).await;
}

/// With everything expanded, the report's text elements hold exactly the
/// repaired text, and the page holds it in order. (textContent: paragraphs
/// off screen are not rendered, `content-visibility: auto`, so innerText
/// would leave them out.)
async fn assert_page_holds(s: &Session, source: &str) {
    s.expand_all().await;
    let (shown, expected) = s.report_text(source).await;
    assert_eq!(shown.chars().count(), expected.chars().count());
    assert!(
        shown == expected,
        "the text on the page differs from the report"
    );

    let page = s
        .js("return document.querySelector('main').textContent")
        .await;
    let mut page = page
        .as_str()
        .unwrap_or_default()
        .chars()
        .filter(|&c| !is_layout(c));
    let missing = expected.chars().find(|&wanted| !page.any(|c| c == wanted));
    assert_eq!(
        missing, None,
        "a character of the report is not on the page in order"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_publisher_build_shows_its_own_report() {
    let source =
        std::fs::read_to_string(project().join("tests/fixtures/city-fullwidth-crlf.txt")).unwrap();
    let s = Session::open_build(Device::Phone, &publisher_dist()).await;
    s.load("#sec-2-2").await;
    assert_eq!(
        s.js("return document.querySelector('h1').innerText").await,
        "政府工作报告"
    );
    assert_eq!(s.count("section.part").await, 2);
    assert_eq!(s.count("section.section").await, 4);
    assert_eq!(s.count("section.appendix").await, 1);
    assert!(
        s.js_bool("document.querySelector('.speaker').innerText.includes('王志远')")
            .await
    );
    assert_page_holds(&s, &source).await;
    s.close().await;
}

on_desktop_and_phone!(the_table_of_contents_jumps_and_marks_the_place);
async fn the_table_of_contents_jumps_and_marks_the_place(s: &Session) {
    s.load("").await;
    if s.device == Device::Phone {
        assert!(
            !s.js_bool(
                "document.getElementById('toc').checkVisibility({visibilityProperty: true, contentVisibilityAuto: true})"
            )
            .await
        );
        s.click(".toc-button").await;
        s.wait_until("document.getElementById('toc').getBoundingClientRect().left >= 0 && document.querySelector('.toc-button').getAttribute('aria-expanded') === 'true'").await;
    }
    s.click("#toc a[href='#sec-1-3']").await;
    s.wait_until("location.hash === '#sec-1-3'").await;
    s.wait_until("Math.abs(document.getElementById('sec-1-3').getBoundingClientRect().top - document.querySelector('.topbar').getBoundingClientRect().bottom) < 30").await;
    s.wait_until("document.querySelector(\"#toc a[href='#sec-1-3']\").getAttribute('aria-current') === 'location'").await;
    if s.device == Device::Phone {
        s.wait_until(
            "document.querySelector('.toc-button').getAttribute('aria-expanded') === 'false'",
        )
        .await;
    }
}

on_desktop_and_phone!(copy_link_puts_the_anchor_in_the_address);
async fn copy_link_puts_the_anchor_in_the_address(s: &Session) {
    s.load("").await;
    s.js("document.getElementById('p-1-2-3').scrollIntoView(); return 0")
        .await;
    s.click("#p-1-2-3 .copy-link").await;
    s.wait_until("location.hash === '#p-1-2-3'").await;
    s.wait_until("document.querySelector('.toast').innerText.length > 0")
        .await;
    let toast = s
        .js("return document.querySelector('.toast').innerText")
        .await;
    let toast = toast.as_str().unwrap_or_default();
    assert!(
        toast == "已复制链接" || toast.ends_with("#p-1-2-3"),
        "{toast}"
    );
}

on_desktop_and_phone!(nothing_overflows_the_width);
async fn nothing_overflows_the_width(s: &Session) {
    s.load("").await;
    assert_eq!(s.js("return innerWidth").await, s.device.width());
    assert!(
        s.js_bool("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
            .await,
        "horizontal scroll on {:?}",
        s.device
    );
    // Every control that can be tapped is at least 44 × 44 px, but figures,
    // which are words inside sentences (exempt as inline targets).
    let small = s
        .js(
            "return [...document.querySelectorAll('button:not(.fig), .toc a')]
                .filter(e => e.checkVisibility({visibilityProperty: true, contentVisibilityAuto: true}))
                .map(e => e.getBoundingClientRect())
                .filter(r => r.width < 44 || r.height < 44).length",
        )
        .await;
    assert_eq!(small, 0, "controls smaller than 44 px on {:?}", s.device);
}

#[tokio::test(flavor = "multi_thread")]
async fn nothing_overflows_a_320_px_phone() {
    let session = Session::open(Device::NarrowPhone).await;
    nothing_overflows_the_width(&session).await;
    session.close().await;
}
