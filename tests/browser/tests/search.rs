//! Searching the report in a real browser: highlights and counter as the
//! reader types, Enter and Shift+Enter, Esc, the query in the address,
//! input-method composition, the result list, on a desktop and a phone.

use baogao::report::Model;
use baogao_browser_tests::fantoccini::key::Key;
use baogao_browser_tests::{long_dist, on_desktop_and_phone, Device, Session};

const INPUT: &str = "#search-input";

// Matches are counted by number: a match across a figure's edge or a
// page-break join is drawn as more than one <mark>, all with its number.

fn hits(query: &str) -> usize {
    Model::new(baogao::SEED_REPORT)
        .search
        .search(query)
        .hits
        .len()
}

async fn counter(s: &Session) -> String {
    s.js("return document.querySelector('.search-count').innerText")
        .await
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

/// Whether the current match is on screen, below the sticky bar.
const CURRENT_IN_VIEW: &str = "(m => m !== null && (r => r.top >= document.querySelector('.topbar').getBoundingClientRect().bottom && r.bottom <= innerHeight)(m.getBoundingClientRect()))(document.querySelector('mark.hit.current'))";

on_desktop_and_phone!(typing_highlights_every_match_and_counts_them);
async fn typing_highlights_every_match_and_counts_them(s: &Session) {
    s.load("").await;
    s.type_into(INPUT, "增长").await;
    let total = hits("增长");
    assert_eq!(total, 12);
    s.wait_until(&format!(
        "new Set([...document.querySelectorAll('mark[data-match]')].map(m => m.dataset.match)).size === {total}"
    ))
    .await;
    assert_eq!(counter(s).await, format!("1 / {total}"));
    s.wait_until(CURRENT_IN_VIEW).await;
    assert!(
        s.js_bool(
            "[...document.querySelectorAll('mark[data-match]')].every(m => m.textContent === '增长')"
        )
        .await
    );
    // Matches inside figures and headings count like any other text.
    s.click("#search-input").await;
    s.js("document.getElementById('search-input').select(); return 0")
        .await;
    s.type_into(INPUT, "亿元").await;
    s.wait_until(&format!(
        "new Set([...document.querySelectorAll('mark[data-match]')].map(m => m.dataset.match)).size === {}",
        hits("亿元")
    ))
    .await;
    assert!(
        s.js_bool("document.querySelector('.fig mark[data-match]') !== null")
            .await
    );
}

/// The search field is in the page before the app has started: what the
/// reader typed by then is searched once it has.
#[tokio::test(flavor = "multi_thread")]
async fn a_query_typed_before_the_app_starts_is_searched() {
    let s = Session::open_with_slow_files(Device::Phone, "baogao-first-").await;
    s.client.goto(&s.url("")).await.expect("page loads");
    s.wait_until("document.getElementById('search-input') !== null")
        .await;
    assert!(
        !s.js_bool("document.getElementById('app').hasAttribute('data-started')")
            .await,
        "the app started too soon for this test"
    );
    s.js("const input = document.getElementById('search-input'); input.value = '增长'; return 0")
        .await;
    s.wait_until_started().await;
    s.wait_until("document.querySelector('#report mark[data-match]') !== null")
        .await;
    assert_eq!(
        s.js("return document.getElementById('search-input').value")
            .await,
        serde_json::json!("增长")
    );
    assert!(
        s.js_bool(
            "/^\\d+ \\/ \\d+$|^\\d+ 处$/.test(document.querySelector('.search-count').textContent)"
        )
        .await
    );
    s.close().await;
}

on_desktop_and_phone!(enter_and_shift_enter_move_and_open_collapsed_sections);
async fn enter_and_shift_enter_move_and_open_collapsed_sections(s: &Session) {
    s.load("").await;
    s.collapse_all().await;
    s.wait_until("document.getElementById('sec-1-4-body').hidden")
        .await;
    s.type_into(INPUT, "疫情").await;
    let total = hits("疫情");
    s.wait_until(&format!(
        "document.querySelector('.search-count').innerText === '1 / {total}'"
    ))
    .await;
    // The first match is in the part's intro: its part opened, sections stayed shut.
    s.wait_until("!document.getElementById('part-1-body').hidden")
        .await;
    s.wait_until(CURRENT_IN_VIEW).await;
    assert!(
        s.js_bool("document.getElementById('sec-1-4-body').hidden")
            .await
    );
    s.press(Key::Enter).await;
    s.wait_until(&format!(
        "document.querySelector('.search-count').innerText === '2 / {total}'"
    ))
    .await;
    s.wait_until("document.querySelector('mark.hit.current').dataset.match === '1'")
        .await;
    // Shift+Enter goes back; from the first, it wraps to the last.
    s.press(Key::Enter).await;
    s.wait_until(&format!(
        "document.querySelector('.search-count').innerText === '3 / {total}'"
    ))
    .await;
    s.press_shifted(Key::Enter).await;
    s.wait_until(&format!(
        "document.querySelector('.search-count').innerText === '2 / {total}'"
    ))
    .await;
    // The last match is in section (四), collapsed until now.
    s.press_shifted(Key::Enter).await;
    s.press_shifted(Key::Enter).await;
    s.wait_until(&format!(
        "document.querySelector('.search-count').innerText === '{total} / {total}'"
    ))
    .await;
    s.wait_until("!document.getElementById('sec-1-4-body').hidden")
        .await;
    s.wait_until(CURRENT_IN_VIEW).await;
    // The buttons do the same.
    s.click(".search-next").await;
    s.wait_until(&format!(
        "document.querySelector('.search-count').innerText === '1 / {total}'"
    ))
    .await;
}

on_desktop_and_phone!(escape_clears_and_the_address_keeps_the_query);
async fn escape_clears_and_the_address_keeps_the_query(s: &Session) {
    s.load("").await;
    s.type_into(INPUT, "拉动消费").await;
    s.wait_until("new Set([...document.querySelectorAll('mark[data-match]')].map(m => m.dataset.match)).size === 2")
        .await;
    s.wait_until("new URLSearchParams(location.search).get('q') === '拉动消费'")
        .await;
    // A reload restores it.
    s.client.refresh().await.expect("reload");
    s.wait_until_started().await;
    s.wait_until("document.getElementById('search-input').value === '拉动消费'")
        .await;
    s.wait_until("new Set([...document.querySelectorAll('mark[data-match]')].map(m => m.dataset.match)).size === 2")
        .await;
    // Esc clears the field, the marks and the address.
    s.click(INPUT).await;
    s.press(Key::Escape).await;
    s.wait_until("document.getElementById('search-input').value === ''")
        .await;
    s.wait_until("new Set([...document.querySelectorAll('mark[data-match]')].map(m => m.dataset.match)).size === 0")
        .await;
    s.wait_until("!location.search.includes('q=')").await;
    // `/` brings the cursor back to the field.
    s.js("document.activeElement.blur(); return 0").await;
    s.press(Key::Escape).await;
    s.press_char('/').await;
    s.wait_until("document.activeElement === document.getElementById('search-input')")
        .await;
    assert_eq!(
        s.js("return document.getElementById('search-input').value")
            .await,
        ""
    );
}

on_desktop_and_phone!(a_link_with_a_query_and_an_anchor_opens_both);
async fn a_link_with_a_query_and_an_anchor_opens_both(s: &Session) {
    s.load("?q=%E6%8B%89%E5%8A%A8%E6%B6%88%E8%B4%B9#p-1-3-3")
        .await;
    s.wait_until("new Set([...document.querySelectorAll('mark[data-match]')].map(m => m.dataset.match)).size === 2")
        .await;
    assert_eq!(counter(s).await, "2 处");
    // The anchor, not the first match, decides where the page is.
    s.wait_until("Math.abs(document.getElementById('p-1-3-3').getBoundingClientRect().top - document.querySelector('.topbar').getBoundingClientRect().bottom) < 40").await;
    // Back to a link without a query clears the search.
    s.load("#p-1-1-2").await;
}

on_desktop_and_phone!(composition_does_not_search_until_it_ends);
async fn composition_does_not_search_until_it_ends(s: &Session) {
    s.load("").await;
    let compose = "const input = document.getElementById('search-input'); input.focus();
        input.dispatchEvent(new CompositionEvent('compositionstart', {data: ''}));
        input.value = 'la';
        input.dispatchEvent(new InputEvent('input', {data: 'la', isComposing: true, inputType: 'insertCompositionText'}));
        input.value = 'ladong';
        input.dispatchEvent(new InputEvent('input', {data: 'ladong', isComposing: true, inputType: 'insertCompositionText'}));
        return 0";
    s.js(compose).await;
    // Nothing is searched while pinyin is being composed.
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(s.count("mark[data-match]").await, 0);
    assert!(s.js_bool("!location.search.includes('q=')").await);
    assert!(!s.visible(".search-tools").await);
    s.js("const input = document.getElementById('search-input');
        input.value = '拉动';
        input.dispatchEvent(new CompositionEvent('compositionend', {data: '拉动'}));
        return 0")
        .await;
    s.wait_until(&format!(
        "new Set([...document.querySelectorAll('mark[data-match]')].map(m => m.dataset.match)).size === {}",
        hits("拉动")
    ))
    .await;
    s.wait_until("new URLSearchParams(location.search).get('q') === '拉动'")
        .await;
}

on_desktop_and_phone!(full_width_queries_find_half_width_text);
async fn full_width_queries_find_half_width_text(s: &Session) {
    s.load("").await;
    s.type_into(INPUT, "５Ｇ").await;
    s.wait_until("new Set([...document.querySelectorAll('mark[data-match]')].map(m => m.dataset.match)).size === 1")
        .await;
    assert_eq!(
        s.js("return document.querySelector('mark[data-match]').textContent")
            .await,
        "5G"
    );
}

on_desktop_and_phone!(no_match_says_so_and_suggests_what_might_help);
async fn no_match_says_so_and_suggests_what_might_help(s: &Session) {
    s.load("").await;
    s.type_into(INPUT, "不存在的词语").await;
    s.wait_until("document.querySelector('.search-count').innerText === '无结果'")
        .await;
    assert!(s.visible(".search-hint").await);
    assert!(
        s.js_bool("document.querySelector('.search-hint').innerText.includes('更短')")
            .await
    );
    s.js("document.getElementById('search-input').select(); return 0")
        .await;
    s.type_into(INPUT, "增长 不存在").await;
    s.wait_until("document.querySelector('.search-hint').innerText.includes('减少关键词')")
        .await;
}

on_desktop_and_phone!(the_result_list_shows_paragraphs_and_jumps);
async fn the_result_list_shows_paragraphs_and_jumps(s: &Session) {
    let model = Model::new(baogao::SEED_REPORT);
    let paragraphs = model.search.search("增长").blocks.len();
    s.load("").await;
    s.type_into(INPUT, "增长").await;
    s.wait_until("new Set([...document.querySelectorAll('mark[data-match]')].map(m => m.dataset.match)).size > 0")
        .await;
    s.click(".search-list").await;
    s.wait_until("!document.getElementById('search-results').hidden")
        .await;
    assert_eq!(s.count("#search-results .result").await, paragraphs as u64);
    let first = s
        .js("return document.querySelector('#search-results .result mark').innerText")
        .await;
    assert_eq!(first, "增长");
    if s.device == Device::Phone {
        assert!(s.js_bool("(r => r.width === innerWidth)(document.getElementById('search-results').getBoundingClientRect())").await);
    }
    assert!(
        s.js_bool("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
            .await
    );
    // The last paragraph's line goes to its first match.
    s.click("#search-results li:last-child .result").await;
    s.wait_until("document.getElementById('search-results').hidden")
        .await;
    s.wait_until(CURRENT_IN_VIEW).await;
}

on_desktop_and_phone!(the_search_bar_stays_within_reach);
async fn the_search_bar_stays_within_reach(s: &Session) {
    s.load("").await;
    s.js("window.scrollTo(0, document.body.scrollHeight / 2); return 0")
        .await;
    let bar = "(r => r.top >= 0 && r.bottom <= 110)(document.getElementById('search-input').getBoundingClientRect())";
    s.wait_until(bar).await;
    assert_eq!(
        s.attribute(INPUT, "enterkeyhint").await.as_deref(),
        Some("search")
    );
    let size = s
        .js("return parseFloat(getComputedStyle(document.getElementById('search-input')).fontSize)")
        .await;
    assert!(
        size.as_f64().unwrap_or(0.0) >= 16.0,
        "a font size that stops iOS zooming"
    );
    s.type_into(INPUT, "，").await;
    s.wait_until("new Set([...document.querySelectorAll('mark[data-match]')].map(m => m.dataset.match)).size > 200")
        .await;
    assert!(
        s.js_bool("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
            .await
    );
    s.wait_until(bar).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_search_tools_fit_a_320_px_phone() {
    let s = Session::open(Device::NarrowPhone).await;
    s.load("").await;
    s.type_into(INPUT, "增长").await;
    s.wait_until("new Set([...document.querySelectorAll('mark[data-match]')].map(m => m.dataset.match)).size > 0")
        .await;
    assert!(
        s.js_bool("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
            .await
    );
    assert!(s.js_bool("(r => r.right <= innerWidth)(document.querySelector('.search-clear').getBoundingClientRect())").await);
    s.click(".search-list").await;
    s.wait_until("!document.getElementById('search-results').hidden")
        .await;
    assert!(
        s.js_bool(
            "(p => p.scrollWidth <= p.clientWidth)(document.getElementById('search-results'))"
        )
        .await
    );
    s.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_one_character_query_on_a_long_report_counts_all_and_draws_a_cap() {
    let s = Session::open_build(Device::Phone, &long_dist()).await;
    s.load("").await;
    s.type_into(INPUT, "，").await;
    s.wait_until("new Set([...document.querySelectorAll('mark[data-match]')].map(m => m.dataset.match)).size === 500")
        .await;
    let count = counter(&s).await;
    let total: usize = count
        .split(" / ")
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    assert!(total > 5000, "all matches counted: {count}");
    // The last match, beyond those drawn, is still reached.
    s.click(".search-prev").await;
    s.wait_until(&format!(
        "document.querySelector('.search-count').innerText === '{total} / {total}'"
    ))
    .await;
    s.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn back_restores_the_previous_query() {
    let s = Session::open(Device::Phone).await;
    s.load("?q=%E6%8B%89%E5%8A%A8%E6%B6%88%E8%B4%B9").await;
    s.wait_until("document.getElementById('search-input').value === '拉动消费'")
        .await;
    s.load("?q=%E5%A2%9E%E9%95%BF").await;
    s.wait_until("document.getElementById('search-input').value === '增长'")
        .await;
    s.client.back().await.expect("back");
    s.wait_until("document.getElementById('search-input').value === '拉动消费'")
        .await;
    s.wait_until(&format!(
        "document.querySelector('.search-count').innerText.endsWith('{}')",
        hits("拉动消费")
    ))
    .await;
    s.close().await;
}
