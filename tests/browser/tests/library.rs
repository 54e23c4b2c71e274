//! A library built from the repository's reports (`BAOGAO_LIBRARY=reports`:
//! the seed and the national reports of 1992–2013), served under a deep
//! sub-path with its policy as a header: the shelf groups and filters, a
//! report opens at its own address with the whole reader working, and
//! leads back to the shelf and on to the same place's other years.

use baogao::report::Model;
use baogao_browser_tests::fantoccini::Locator;
use baogao_browser_tests::{
    in_each_browser, library_dist, paged_library_dist, project, Device, Engine, Session,
};

/// Every report of the library, and the national ones.
const REPORTS: u64 = 22;
const NATIONAL: u64 = 21;

async fn open_shelf(s: &Session, rest: &str) {
    s.client
        .goto(&s.url(rest))
        .await
        .expect("the library loads");
    s.wait_until("!document.getElementById('shelf-controls').hidden")
        .await;
}

/// The visible entries' places and years, in order.
async fn shown(s: &Session) -> Vec<String> {
    let list = s
        .js("return [...document.querySelectorAll('.shelf-entry:not([hidden]) .shelf-link')].map(a => a.textContent)")
        .await;
    serde_json::from_value(list).expect("a list of strings")
}

async fn headings(s: &Session) -> Vec<String> {
    let list = s
        .js("return [...document.querySelectorAll('.shelf-group:not([hidden]) h2')].map(h => h.textContent)")
        .await;
    serde_json::from_value(list).expect("a list of strings")
}

async fn shelf_groups_and_filters(s: &Session) {
    open_shelf(s, "").await;
    assert_eq!(s.count(".shelf-entry").await, REPORTS);
    let years = headings(s).await;
    assert_eq!(years.len() as u64, REPORTS, "one report a year: {years:?}");
    assert_eq!(
        years.first().map(String::as_str),
        Some("2023年"),
        "newest first"
    );
    assert_eq!(years.last().map(String::as_str), Some("1992年"));
    // Each entry: place and year, the day and speaker where the text says
    // them (the national texts here do not), the growth target.
    for (entry, parts) in [
        (
            "li[data-level='national']:has(a[href='./national-2013/'])",
            &["国务院", "2013年", "目标：国内生产总值增长7.5%左右"][..],
        ),
        (
            "li[data-level='district']",
            &["拱墅区", "2023年", "2023年1月7日 · 区长 冯晶"][..],
        ),
    ] {
        let script = format!("return document.querySelector(\"{entry}\").textContent");
        let text = s.js(&script).await;
        let text = text.as_str().unwrap_or_default();
        for part in parts {
            assert!(text.contains(part), "{part} in {text}");
        }
    }
    // Filter by level: the national reports alone, said and kept in the address.
    s.js("const level = document.getElementById('shelf-level'); level.value = 'national'; level.dispatchEvent(new Event('change')); return 0")
        .await;
    assert_eq!(shown(s).await.len() as u64, NATIONAL);
    assert!(shown(s).await.iter().all(|e| e.contains("国务院")));
    let status = s
        .js("return document.getElementById('shelf-shown').textContent")
        .await;
    assert_eq!(status.as_str(), Some("显示 21 份，共 22 份报告"));
    assert!(s.js_bool("location.search === '?level=national'").await);
    // Group by place: one group a place, the State Council's newest first.
    s.click("[data-group-by='place']").await;
    assert_eq!(headings(s).await, ["国务院"]);
    assert_eq!(
        shown(s).await.first().map(String::as_str),
        Some("国务院 2013年")
    );
    assert_eq!(
        s.attribute("[data-group-by='place']", "aria-pressed")
            .await
            .as_deref(),
        Some("true")
    );
    // All levels again: both places; then back to years.
    s.js("const level = document.getElementById('shelf-level'); level.value = ''; level.dispatchEvent(new Event('change')); return 0")
        .await;
    assert_eq!(headings(s).await, ["国务院", "拱墅区"]);
    s.click("[data-group-by='year']").await;
    assert_eq!(headings(s).await.len() as u64, REPORTS);
    assert_eq!(s.count(".shelf-entry").await, REPORTS, "no entry lost");
    // A linked shelf opens as it was left.
    open_shelf(s, "?by=place&year=2023").await;
    assert_eq!(headings(s).await, ["拱墅区"]);
    assert_eq!(shown(s).await, ["拱墅区 2023年"]);
    if s.engine == Engine::Chromium {
        let errors = s.console_errors().await;
        assert!(errors.is_empty(), "{errors:#?}");
        let violations = s.accessibility_violations().await;
        assert!(violations.is_empty(), "{violations:#?}");
    }
}

async fn a_report_opens_and_leads_on(s: &Session) {
    open_shelf(s, "").await;
    s.click("a[href='./national-2013/']").await;
    s.wait_until("location.pathname.endsWith('/national-2013/')")
        .await;
    // The whole reader, from a folder below the app's files, saying which
    // report it is (the text itself is titled 政府工作报告 alone).
    s.wait_until_started().await;
    let title = s.js("return document.title").await;
    assert_eq!(title.as_str(), Some("国务院 2013年 · 政府工作报告"));
    let here = s
        .js("return document.querySelector('.shelf-here').textContent")
        .await;
    assert_eq!(here.as_str(), Some("国务院 2013年"));
    s.type_into("#search-input", "稳中求进").await;
    s.wait_until("document.querySelector('mark[data-match]') !== null")
        .await;
    s.click(".search-clear").await;
    assert_eq!(
        s.attribute(".shelf-nav a[rel='prev']", "href")
            .await
            .as_deref(),
        Some("../national-2012/")
    );
    assert_eq!(
        s.count(".shelf-nav a[rel='next']").await,
        0,
        "2013 is the last"
    );
    s.click(".shelf-nav a[rel='prev']").await;
    s.wait_until("location.pathname.endsWith('/national-2012/')")
        .await;
    s.wait_until_started().await;
    let title = s
        .js("return document.querySelector('.shelf-nav a[rel=next]').textContent")
        .await;
    assert_eq!(title.as_str(), Some("下一年：2013年"));
    s.click(".shelf-home").await;
    s.wait_until("document.getElementById('shelf-groups') !== null")
        .await;
    if s.engine == Engine::Chromium {
        let errors = s.console_errors().await;
        assert!(errors.is_empty(), "{errors:#?}");
    }
}

/// Each report's own count of a query, by its year, counted as the
/// reader counts it in that report; most first (then newest).
fn own_counts(query: &str) -> Vec<(i32, usize)> {
    let mut texts = vec![(2023, baogao::SEED_REPORT.to_owned())];
    for year in 1992..=2013 {
        let path = project().join(format!("reports/national/{year}.txt"));
        if let Ok(text) = std::fs::read_to_string(path) {
            texts.push((year, text));
        }
    }
    let mut counts: Vec<(i32, usize)> = texts
        .iter()
        .map(|(year, text)| (*year, Model::new(text).search.search(query).hits.len()))
        .filter(|&(_, count)| count > 0)
        .collect();
    counts.sort_by_key(|&(year, count)| (std::cmp::Reverse(count), std::cmp::Reverse(year)));
    counts
}

async fn text_of(s: &Session, css: &str) -> String {
    let script = format!(
        "return [...document.querySelectorAll(\"{css}\")].map(e => e.textContent).join('|')"
    );
    s.js(&script).await.as_str().unwrap_or_default().to_owned()
}

/// Empties the library's search field, as its clear button does.
async fn clear_search(s: &Session) {
    s.js("const input = document.getElementById('library-search-input'); input.value = ''; input.dispatchEvent(new InputEvent('input')); return 0").await;
}

/// Searches the library from its field (emptied first) and waits for every
/// count.
async fn search_library(s: &Session, query: &str) {
    clear_search(s).await;
    s.type_into("#library-search-input", query).await;
    s.wait_until("/^(在|全部)/.test(document.getElementById('library-status').textContent)")
        .await;
}

async fn a_search_across_the_library(s: &Session) {
    open_shelf(s, "").await;
    let counts = own_counts("宏观调控");
    assert!(counts.len() > 10, "more reports than a page: {counts:?}");
    let total: usize = counts.iter().map(|(_, count)| count).sum();
    search_library(s, "宏观调控").await;
    // Exact: as many reports and matches as their own searches count.
    assert_eq!(
        text_of(s, "#library-status").await,
        format!("在 {} 份报告中找到 {total} 处", counts.len())
    );
    assert!(
        !s.visible("#shelf-groups").await,
        "the results take the shelf's place"
    );
    assert_eq!(s.count(".found").await, 10);
    let first = counts[0];
    assert_eq!(
        text_of(s, ".found:first-child .found-link").await,
        format!("国务院 {}年{} 处", first.0, first.1)
    );
    assert!(
        s.js_bool("new URLSearchParams(location.search).get('q') === '宏观调控'")
            .await
    );
    // The first matches in their words, marked.
    s.wait_until("document.querySelectorAll('.found-snippet mark').length === 10")
        .await;
    assert!(text_of(s, ".found-snippet mark")
        .await
        .split('|')
        .all(|m| m == "宏观调控"));
    // Newest first, kept in the address; more results on request.
    s.click("[data-sort='year']").await;
    let newest = counts
        .iter()
        .map(|(year, _)| *year)
        .max()
        .unwrap_or_default();
    assert!(text_of(s, ".found:first-child .found-link")
        .await
        .starts_with(&format!("国务院 {newest}年")));
    assert!(
        s.js_bool("new URLSearchParams(location.search).get('sort') === 'year'")
            .await
    );
    s.click("#library-more").await;
    assert_eq!(s.count(".found").await as usize, counts.len().min(20));
    s.wait_until(&format!(
        "document.querySelectorAll('.found-snippet mark').length === {}",
        counts.len().min(20)
    ))
    .await;
    s.click("[data-sort='count']").await;
    assert!(s.js_bool("!location.search.includes('sort=')").await);
    // Found nowhere: said so.
    search_library(s, "乙丙").await;
    assert_eq!(
        text_of(s, "#library-status").await,
        "全部 22 份报告中都没有找到“乙丙”"
    );
    // A result opens its report with every match marked, which leads back.
    clear_search(s).await;
    assert!(s.visible("#shelf-groups").await, "the shelf is back");
    assert!(s.js_bool("!location.search.includes('q=')").await);
    search_library(s, "宏观调控").await;
    s.click(".found:first-child .found-link").await;
    s.wait_until(&format!(
        "location.pathname.endsWith('/national-{}/')",
        first.0
    ))
    .await;
    s.wait_until_started().await;
    s.wait_until(&format!(
        "new Set([...document.querySelectorAll('mark[data-match]')].map(m => m.dataset.match)).size === {}",
        first.1
    ))
    .await;
    s.wait_until("document.getElementById('search-library').getAttribute('href').endsWith('?q=' + encodeURIComponent('宏观调控'))")
        .await;
    s.click("#search-library").await;
    s.wait_until("/^在/.test((document.getElementById('library-status') || {}).textContent)")
        .await;
    assert_eq!(s.count(".found").await, 10, "the search from the address");
    if s.engine == Engine::Chromium {
        let errors = s.console_errors().await;
        assert!(errors.is_empty(), "{errors:#?}");
        let violations = s.accessibility_violations().await;
        assert!(violations.is_empty(), "{violations:#?}");
    }
}

/// Several words count where they meet in one paragraph, as in a report;
/// pinyin being composed is not searched.
async fn a_search_of_several_words_and_composed(s: &Session) {
    open_shelf(s, "").await;
    s.click("#library-search-input").await;
    s.wait_until("document.getElementById('library-search').hasAttribute('data-started')")
        .await;
    s.js("const input = document.getElementById('library-search-input');
        input.dispatchEvent(new CompositionEvent('compositionstart', {data: ''}));
        input.value = 'gaige';
        input.dispatchEvent(new InputEvent('input', {data: 'gaige', isComposing: true, inputType: 'insertCompositionText'}));
        return 0")
        .await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(
        text_of(s, "#library-status").await,
        "",
        "nothing searched mid-composition"
    );
    s.js(
        "const input = document.getElementById('library-search-input');
        input.value = '改革 开放';
        input.dispatchEvent(new CompositionEvent('compositionend', {data: '改革 开放'}));
        return 0",
    )
    .await;
    s.wait_until("/^在/.test(document.getElementById('library-status').textContent)")
        .await;
    let counts = own_counts("改革 开放");
    let total: usize = counts.iter().map(|(_, count)| count).sum();
    assert_eq!(
        text_of(s, "#library-status").await,
        format!("在 {} 份报告中找到 {total} 处", counts.len())
    );
    let counted: Vec<String> = text_of(s, ".found-count")
        .await
        .split('|')
        .map(str::to_owned)
        .collect();
    let expected: Vec<String> = counts
        .iter()
        .take(10)
        .map(|(_, count)| format!("{count} 处"))
        .collect();
    assert_eq!(counted, expected);
}

/// A library whose page lists ten reports: the earlier years come from
/// their own page, and the shelf works on every report as if it had them
/// all along (a year of those chosen in the address; grouping by place);
/// their links lead where they should.
async fn the_earlier_years_join_the_shelf(s: &Session) {
    open_shelf(s, "?year=1995").await;
    s.wait_until("document.getElementById('shelf-earlier') === null")
        .await;
    assert_eq!(shown(s).await, ["国务院 1995年"]);
    s.js("const year = document.getElementById('shelf-year'); year.value = ''; year.dispatchEvent(new Event('change')); return 0")
        .await;
    assert_eq!(s.count(".shelf-entry").await, REPORTS);
    let years = headings(s).await;
    assert_eq!(years.len() as u64, REPORTS, "{years:?}");
    assert_eq!(years.last().map(String::as_str), Some("1992年"));
    s.click("[data-group-by='place']").await;
    assert_eq!(headings(s).await, ["国务院", "拱墅区"]);
    assert_eq!(shown(s).await.len() as u64, REPORTS);
    assert_eq!(
        shown(s)
            .await
            .get(NATIONAL as usize - 1)
            .map(String::as_str),
        Some("国务院 1992年"),
        "the State Council's oldest last"
    );
    s.click("[data-group-by='year']").await;
    s.click("a[href='./national-1995/']").await;
    s.wait_until("location.pathname.endsWith('/national-1995/')")
        .await;
    s.wait_until_started().await;
    if s.engine == Engine::Chromium {
        let errors = s.console_errors().await;
        assert!(errors.is_empty(), "{errors:#?}");
        // The earlier years' page as a reader without scripts has it.
        s.client
            .goto(&s.url("earlier/"))
            .await
            .expect("the earlier years' page");
        assert_eq!(s.count(".shelf-entry").await, REPORTS - 10);
        let violations = s.accessibility_violations().await;
        assert!(violations.is_empty(), "{violations:#?}");
    }
}

/// Where a word rises: every count known, the switch shows the counts by
/// year and place as a chart that says what it shows, and their table,
/// each cell equal to that report's own count; kept in the address.
async fn a_word_trend(s: &Session) {
    open_shelf(s, "?q=改革").await;
    s.wait_until("/^在/.test(document.getElementById('library-status').textContent)")
        .await;
    s.wait_until("!document.getElementById('trend-switch').hidden")
        .await;
    s.click("#trend-switch").await;
    s.wait_until("document.querySelector('#trend-view table') !== null")
        .await;
    assert!(
        s.js_bool("new URLSearchParams(location.search).get('trend') === '1'")
            .await
    );
    assert_eq!(
        text_of(s, "#trend-view thead th").await,
        "年份|国务院|拱墅区"
    );
    let counts: std::collections::HashMap<i32, usize> = own_counts("改革").into_iter().collect();
    let rows = text_of(s, "#trend-view tbody tr").await;
    let mut years = 0;
    for row in rows.split('|') {
        let (year, rest) = row.split_once('年').expect("a year");
        let year: i32 = year.parse().expect("a year");
        let own = counts.get(&year).copied().unwrap_or(0);
        if year == 2023 {
            assert_eq!(rest, format!("—{own}"), "拱墅区 2023");
        } else {
            assert_eq!(rest, format!("{own}—"), "国务院 {year}");
        }
        years += 1;
    }
    assert_eq!(years, REPORTS, "a row a year");
    let said = s
        .js("return document.querySelector('#trend-view svg').getAttribute('aria-label')")
        .await;
    assert!(said
        .as_str()
        .unwrap_or_default()
        .starts_with("“改革”在1992—2023年各报告中出现的次数"));
    assert!(s.count("#trend-view svg circle").await as u64 == REPORTS);
    // Each count leads to its report with every match marked.
    assert_eq!(
        s.count("#trend-view td a[href='./national-2008/?q=%E6%94%B9%E9%9D%A9']")
            .await,
        1
    );
    if s.engine == Engine::Chromium {
        let violations = s.accessibility_violations().await;
        assert!(violations.is_empty(), "{violations:#?}");
    }
    s.click("#trend-switch").await;
    assert!(!s.visible("#trend-view").await, "switched off");
}

in_each_browser!(shelf_groups_and_filters);
in_each_browser!(a_word_trend);
in_each_browser!(the_earlier_years_join_the_shelf, paged_library_dist());
in_each_browser!(a_report_opens_and_leads_on);
in_each_browser!(a_search_across_the_library);
in_each_browser!(a_search_of_several_words_and_composed);

/// A host that ignores `Range` sends each pack whole: the search keeps and
/// slices it, and every count is the same.
#[tokio::test(flavor = "multi_thread")]
async fn a_search_on_a_host_without_ranges() {
    let s = Session::open_library_served(Device::Phone, Engine::Chromium, true, None).await;
    a_search_across_the_library(&s).await;
    s.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_search_on_a_host_without_ranges_in_webkit() {
    let s = Session::open_library_served(Device::Phone, Engine::WebKit, true, None).await;
    a_search_across_the_library(&s).await;
    s.close().await;
}

/// Firefox, with and without `Range`: the third engine the packed index's
/// byte ranges and `DecompressionStream` must work in.
#[tokio::test(flavor = "multi_thread")]
async fn a_search_across_the_library_in_firefox() {
    let s = Session::open_library_served(Device::Phone, Engine::Firefox, false, None).await;
    a_search_across_the_library(&s).await;
    s.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_search_on_a_host_without_ranges_in_firefox() {
    let s = Session::open_library_served(Device::Phone, Engine::Firefox, true, None).await;
    a_search_across_the_library(&s).await;
    s.close().await;
}

/// A pack that cannot be fetched: the search says so and counts nothing,
/// rather than count less.
#[tokio::test(flavor = "multi_thread")]
async fn a_lost_pack_gives_no_count() {
    let s =
        Session::open_library_served(Device::Phone, Engine::Chromium, false, Some("p0.pack")).await;
    open_shelf(&s, "").await;
    clear_search(&s).await;
    s.type_into("#library-search-input", "宏观调控").await;
    s.wait_until(
        "document.getElementById('library-status').textContent.includes('无法读取搜索索引')",
    )
    .await;
    assert_eq!(s.count(".found").await, 0);
    s.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_shelf_is_readable_without_javascript() {
    let s = Session::start(
        Device::Phone,
        &library_dist(),
        &["--blink-settings=scriptEnabled=false"],
    )
    .await;
    s.client.goto(&s.url("")).await.expect("the library loads");
    // Every report, by year, each a link; no control that could not work.
    let links = s
        .client
        .find_all(Locator::Css(".shelf-entry .shelf-link"))
        .await
        .expect("the entries");
    assert_eq!(links.len() as u64, REPORTS);
    let controls = s
        .client
        .find(Locator::Css("#shelf-controls"))
        .await
        .expect("the controls");
    assert!(!controls.is_displayed().await.expect("displayed?"));
    let search = s
        .client
        .find(Locator::Css("#library-search"))
        .await
        .expect("the search");
    assert!(
        !search.is_displayed().await.expect("displayed?"),
        "no search without scripts"
    );
    assert!(links[0].is_displayed().await.expect("displayed?"));
    s.close().await;
}

/// Without scripts, the earlier years' page is a link away, and leads on
/// and back. (Chromedriver neither reads an element's text nor follows a
/// click with scripts off: the pages' sources are read and the links'
/// addresses opened.)
#[tokio::test(flavor = "multi_thread")]
async fn the_earlier_years_are_a_link_away_without_javascript() {
    let s = Session::start(
        Device::Phone,
        &paged_library_dist(),
        &["--blink-settings=scriptEnabled=false"],
    )
    .await;
    let entries = |html: &str| html.matches("class=\"shelf-entry\"").count();
    s.client.goto(&s.url("")).await.expect("the library loads");
    let page = s.client.source().await.expect("the page");
    assert_eq!(entries(&page), 10, "the newest ten years");
    assert!(page.contains("href=\"./earlier/\">更早的报告：1992—2004年，12 份</a>"));
    let earlier = s
        .client
        .find(Locator::Css("#shelf-earlier"))
        .await
        .expect("the link to the earlier years");
    assert!(earlier.is_displayed().await.expect("displayed?"));
    s.client
        .goto(&s.url("earlier/"))
        .await
        .expect("the earlier years' page");
    let page = s.client.source().await.expect("the earlier years' page");
    assert_eq!(entries(&page), 12);
    assert!(page.contains(
        "<a href=\"../national-1992/\" class=\"shelf-link\"><span class=\"entry-place\">国务院</span> <span class=\"entry-year\">1992年</span></a>"
    ));
    assert!(
        page.contains("<a href=\"../\">← 政府工作报告库</a>"),
        "a way back"
    );
    s.client
        .goto(&s.url("national-1992/"))
        .await
        .expect("the oldest report");
    let title = s.client.title().await.expect("a title");
    assert_eq!(title, "国务院 1992年 · 政府工作报告");
    s.close().await;
}
