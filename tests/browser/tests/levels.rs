//! Comparisons at every level, on a library in the real collection's shape
//! (`target/dist-collection`: 60 synthetic reports at
//! `政府工作报告-LEVEL/PLACE/YEAR.md`): a province's page with the nation
//! above and its cities below, a year's page by level and one province
//! with its cities, and a report placed by its path alone.

use baogao_browser_tests::{collection_dist, in_each_browser, Session};

async fn text_of(s: &Session, css: &str) -> String {
    let script = format!(
        "return [...document.querySelectorAll(\"{css}\")].filter(e => !e.closest('[hidden]')).map(e => e.textContent).join('|')"
    );
    s.js(&script).await.as_str().unwrap_or_default().to_owned()
}

async fn fits_the_screen(s: &Session) {
    assert!(
        s.js_bool("document.documentElement.scrollWidth <= window.innerWidth")
            .await,
        "no sideways scroll"
    );
}

async fn clean(s: &Session) {
    s.assert_clean().await;
}

async fn a_province_lists_its_cities_below_the_nation(s: &Session) {
    s.client
        .goto(&s.url("places/zhejiang/"))
        .await
        .expect("a province's page");
    assert_eq!(text_of(s, "h1").await, "浙江省 · 目标与完成");
    s.click(".shelf-summary a[href='#down']").await;
    s.wait_until("location.hash === '#down'").await;
    let year = "#down details[open]";
    assert_eq!(text_of(s, &format!("{year} summary")).await, "2025年");
    let table = format!("{year} .compare-scroll:first-of-type table");
    let places = text_of(s, &format!("{table} tbody th")).await;
    assert_eq!(places, "国务院|浙江省|杭州市|宁波市|温州市");
    // Each city's target against the province's, as their values say.
    let script = format!(
        "(() => {{ const rows = [...document.querySelectorAll(\"{table} tbody tr\")]; const value = r => parseFloat(r.cells[1].getAttribute('data-value')); const province = value(rows[1]); return rows.slice(2).every(r => r.cells[2].textContent === (value(r) > province ? '高于本省' : value(r) < province ? '低于本省' : '与本省持平')); }})()"
    );
    assert!(s.js_bool(&script).await, "against the province");
    // A city leads to its own page.
    s.click(&format!("{table} a[href='../../places/hangzhou/']"))
        .await;
    s.wait_until("location.pathname.endsWith('/places/hangzhou/')")
        .await;
    assert_eq!(text_of(s, "h1").await, "杭州市 · 目标与完成");
    s.client.back().await.expect("back");
    fits_the_screen(s).await;
    clean(s).await;
}

async fn a_year_groups_its_places_by_level(s: &Session) {
    s.client
        .goto(&s.url("years/2025/"))
        .await
        .expect("a year's page");
    s.wait_until("!document.querySelector('.compare-filter').hidden")
        .await;
    let first = ".compare-indicator:first-of-type .compare-level th";
    assert_eq!(text_of(s, first).await, "全国|省级|市级");
    // One province with its cities (and the nation, above them).
    s.js("const choice = document.getElementById('compare-province'); choice.value = '浙江省'; choice.dispatchEvent(new Event('change'));")
        .await;
    s.wait_until("location.search.includes('province=')").await;
    let shown = text_of(
        s,
        ".compare-indicator:first-of-type tbody tr:not(.compare-level):not([hidden]) th",
    )
    .await;
    assert_eq!(shown, "国务院|浙江省|杭州市|宁波市|温州市");
    // The address keeps the choice.
    s.client.refresh().await.expect("reloaded");
    s.wait_until("document.getElementById('compare-province').value === '浙江省'")
        .await;
    fits_the_screen(s).await;
    clean(s).await;
}

async fn a_report_placed_by_its_path_alone(s: &Session) {
    // Its text says only `我代表政府`: its folder says 国务院, its front
    // matter's title the year.
    s.client
        .goto(&s.url("guowuyuan-2025/"))
        .await
        .expect("a report");
    s.wait_until_started().await;
    assert!(text_of(s, ".shelf-here").await.contains("国务院 2025年"));
    let catalog = s
        .js("return fetch('../catalog.csv').then(r => r.text())")
        .await;
    let catalog = catalog.as_str().unwrap_or_default();
    let row = catalog
        .lines()
        .find(|line| line.starts_with("政府工作报告-国务院/国务院/2025.md,"))
        .expect("its row");
    assert!(
        row.starts_with("政府工作报告-国务院/国务院/2025.md,guowuyuan-2025,国务院,national,,2025,"),
        "{row}"
    );
    assert!(row.ends_with(",path,title,"), "{row}");
    s.click(".shelf-place").await;
    s.wait_until("location.pathname.endsWith('/places/guowuyuan/')")
        .await;
    fits_the_screen(s).await;
    clean(s).await;
}

in_each_browser!(
    a_province_lists_its_cities_below_the_nation,
    collection_dist()
);
in_each_browser!(a_year_groups_its_places_by_level, collection_dist());
in_each_browser!(a_report_placed_by_its_path_alone, collection_dist());
