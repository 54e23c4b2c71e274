//! The library's comparison pages (`BAOGAO_LIBRARY=reports`): the State
//! Council's targets against its results year by year, reached from a
//! report, and a year's targets across places, reached from the shelf;
//! each number a link to its sentence, a chart with its words, the tables
//! as CSV.

use baogao_browser_tests::{in_each_browser, places_dist, Session};

async fn text_of(s: &Session, css: &str) -> String {
    let script = format!(
        "return [...document.querySelectorAll(\"{css}\")].map(e => e.textContent).join('|')"
    );
    s.js(&script).await.as_str().unwrap_or_default().to_owned()
}

/// The CSV beside the page, byte-order mark kept (as a spreadsheet reads it).
async fn csv(s: &Session) -> String {
    s.js("const link = document.querySelector('a[download]'); return fetch(link.href).then(r => r.arrayBuffer()).then(b => new TextDecoder('utf-8', {ignoreBOM: true}).decode(b))")
        .await
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

async fn clean(s: &Session) {
    s.assert_clean().await;
}

async fn a_place_compares_its_years(s: &Session) {
    s.client
        .goto(&s.url("national-2012/"))
        .await
        .expect("a report");
    s.wait_until_started().await;
    s.click(".shelf-place").await;
    s.wait_until("location.pathname.endsWith('/places/national/')")
        .await;
    assert_eq!(text_of(s, "h1").await, "国务院 · 目标与完成");
    // 1998: 8％ set, 7.8％ stated by the 1999 report: missed by 0.2.
    let row = "section:first-of-type tr:has(th[scope=row]:first-child)";
    let rows = text_of(s, row).await;
    assert!(
        rows.split('|')
            .any(|r| r == "1998年8％7.8％未完成（差0.2）８％持平"),
        "{rows}"
    );
    assert!(rows
        .split('|')
        .any(|r| r == "2012年7.5％7.8%完成8%左右下调"));
    // Each year leads to its page of places.
    assert_eq!(
        s.count("section:first-of-type th a[href='../../years/1998/']")
            .await,
        1
    );
    // The nation's series names it as the nation does.
    assert_eq!(text_of(s, "section:first-of-type h2").await, "国内生产总值");
    let said = s
        .js("return document.querySelector('.compare-chart svg').getAttribute('aria-label')")
        .await;
    assert!(said
        .as_str()
        .unwrap_or_default()
        .starts_with("国内生产总值：1993—2013年"));
    assert!(s.count(".compare-chart circle").await > 10, "results drawn");
    // Every year it shows is labelled; its values are in its words.
    let marks = s.count(".compare-chart:first-of-type [data-said]").await;
    assert_eq!(
        s.count(".compare-chart:first-of-type .chart-year").await,
        marks
    );
    assert!(said
        .as_str()
        .unwrap_or_default()
        .contains("1998年：目标8％，实际7.8％"));
    // Tapped, the chart says the year's values (the last year, at its right).
    s.js("const svg = document.querySelector('.compare-chart svg'); const box = svg.getBoundingClientRect(); svg.dispatchEvent(new MouseEvent('click', {bubbles: true, clientX: box.right - 2, clientY: box.top + box.height / 2}));").await;
    let readout = text_of(s, ".compare-chart:first-of-type .chart-readout").await;
    assert!(readout.starts_with("2013年：目标"), "{readout}");
    let table = csv(s).await;
    assert!(table.starts_with("\u{feff}指标,年份,目标,实际,结果,上年目标,较上年\r\n"));
    assert!(table.contains("国内生产总值,1998,8％,7.8％,未完成,８％,持平\r\n"));
    clean(s).await;
    // A number leads to its sentence.
    s.click("tr:has(th[scope=row]:first-child) a[href='../../national-1999/#p-1-0-3']")
        .await;
    s.wait_until("location.pathname.endsWith('/national-1999/') && location.hash === '#p-1-0-3'")
        .await;
    s.wait_until_started().await;
    assert!(
        s.js_bool("document.getElementById('p-1-0-3').textContent.includes('7.8％')")
            .await
    );
}

async fn a_year_compares_its_places(s: &Session) {
    s.client.goto(&s.url("")).await.expect("the library");
    s.click("a.shelf-compare[href='./years/2012/']").await;
    s.wait_until("location.pathname.endsWith('/years/2012/')")
        .await;
    assert_eq!(text_of(s, "h1").await, "2012年 · 各地主要目标");
    assert_eq!(
        text_of(s, "h2").await,
        "地区生产总值|城镇新增就业|城镇登记失业率|居民消费价格|进出口"
    );
    // The places by level: the nation's under 全国.
    assert_eq!(
        text_of(s, "section:first-of-type tbody tr").await,
        "全国|国务院7.5％7.8%完成8%左右下调"
    );
    let table = csv(s).await;
    // Each place leads to its page of years.
    assert_eq!(
        s.count("section:first-of-type th a[href='../../places/national/']")
            .await,
        1
    );
    assert!(table.contains("地区生产总值,国务院,7.5％,7.8%,完成,8%左右,下调\r\n"));
    assert!(table.contains("城镇登记失业率,国务院,4.6％以内,,未说明,4.6%以内,持平\r\n"));
    clean(s).await;
}

/// A report of the library: its targets beside last year's and the next
/// report's result, and its new terms, each leading to its sentence.
async fn a_report_sees_its_years_and_new_terms(s: &Session) {
    s.client
        .goto(&s.url("national-2012/"))
        .await
        .expect("a report");
    s.wait_until_started().await;
    assert_eq!(
        text_of(s, ".targets-card thead th").await,
        "指标|2012年目标|2011年实际|2011年目标|2012年实际（次年报告）"
    );
    assert_eq!(
        text_of(s, ".targets-card tbody tr:first-child").await,
        "国内生产总值7.5％9.2％8%左右7.8%（完成）"
    );
    // The figures panel's tab shows the same columns, its own links live.
    s.click(".figures-button").await;
    s.click("[aria-controls='figures-targets']").await;
    s.wait_until("document.querySelectorAll('#figures-targets tbody tr').length > 0")
        .await;
    assert_eq!(
        text_of(s, "#figures-targets thead th").await,
        "指标|2012年目标|2011年实际|2011年目标|2012年实际（次年报告）"
    );
    s.click("#figures-targets a[data-figure]").await;
    s.wait_until("document.getElementById('figures-panel').hidden")
        .await;
    s.click(".targets-card a[href='../national-2013/#p-1-0-5']")
        .await;
    s.wait_until("location.pathname.endsWith('/national-2013/') && location.hash === '#p-1-0-5'")
        .await;
    s.wait_until_started().await;
    assert_eq!(text_of(s, ".new-terms summary").await, "新提法（2）");
    s.click(".new-terms summary").await;
    assert_eq!(text_of(s, ".new-terms li").await, "“九连增”|“辽宁舰”");
    s.click(".new-terms li:last-child a").await;
    s.wait_until("location.hash === '#p-1-0-1'").await;
    assert!(
        s.js_bool("document.getElementById('p-1-0-1').textContent.includes('辽宁舰')")
            .await
    );
    clean(s).await;
}

/// The values of the first table's target column, top to bottom, in its
/// first level's rows.
async fn targets(s: &Session) -> Vec<f64> {
    let values = s
        .js("return [...document.querySelectorAll('.compare-table')[0].tBodies[0].rows].filter(r => !r.classList.contains('compare-level')).map(r => parseFloat(r.cells[1].getAttribute('data-value')))")
        .await;
    serde_json::from_value(values).expect("numbers")
}

/// A year of many places: its table sorted by target, highest first, then
/// lowest first, then as catalogued again.
async fn a_year_sorts_its_places(s: &Session) {
    s.client
        .goto(&s.url("years/2025/"))
        .await
        .expect("a year's page");
    s.wait_until("document.querySelector('.compare-sort') !== null")
        .await;
    let listed = targets(s).await;
    assert!(listed.len() >= 10, "many places: {listed:?}");
    let heading = "section:first-of-type th:nth-child(2)";
    s.click(&format!("{heading} .compare-sort")).await;
    let descending = targets(s).await;
    assert!(
        descending.windows(2).all(|w| w[0] >= w[1]),
        "{descending:?}"
    );
    assert_eq!(
        s.attribute(heading, "aria-sort").await.as_deref(),
        Some("descending")
    );
    s.click(&format!("{heading} .compare-sort")).await;
    let ascending = targets(s).await;
    assert!(ascending.windows(2).all(|w| w[0] <= w[1]), "{ascending:?}");
    s.click(&format!("{heading} .compare-sort")).await;
    assert_eq!(targets(s).await, listed, "back as catalogued");
    clean(s).await;
}

in_each_browser!(a_place_compares_its_years);
in_each_browser!(a_year_sorts_its_places, places_dist());
in_each_browser!(a_report_sees_its_years_and_new_terms);
in_each_browser!(a_year_compares_its_places);

/// Without scripts, a place's page and a year's page read whole: their
/// tables, charts and links are in the HTML as built. (Chromedriver reads
/// no element's text with scripts off: the pages' sources are read.)
#[tokio::test(flavor = "multi_thread")]
async fn the_comparison_pages_read_without_javascript() {
    let s = Session::start(
        baogao_browser_tests::Device::Phone,
        &baogao_browser_tests::library_dist(),
        &["--blink-settings=scriptEnabled=false"],
    )
    .await;
    s.client
        .goto(&s.url("places/national/"))
        .await
        .expect("a place's page");
    let page = s.client.source().await.expect("the page");
    assert!(page.contains("<h1>国务院 · 目标与完成</h1>"));
    assert!(page.contains("未完成（差0.2）"));
    assert!(page.matches("<svg").count() >= 3, "charts");
    s.client
        .goto(&s.url("years/2012/"))
        .await
        .expect("a year's page");
    let page = s.client.source().await.expect("the page");
    assert!(page.contains("<h1>2012年 · 各地主要目标</h1>"));
    assert!(page.contains("href=\"../../national-2012/#p-2-0-6\""));
    assert!(!page.contains("<button"), "no sort buttons without scripts");
    s.close().await;
}
