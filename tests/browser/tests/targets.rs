//! Targets and results in the reader: a figure's explanation says what it
//! measures and whether it is a target or a result; "目标与成绩" (a card in
//! the text where the targets are set, and a tab of the figures panel)
//! lists the year's targets beside last year's results, each a link that
//! goes to its figure; and a news page's furniture is shown apart, with
//! nothing lost.

use baogao::report::meaning::summary;
use baogao::report::Model;
use baogao_browser_tests::fantoccini::Locator;
use baogao_browser_tests::{project, publisher_dist, Device, Session};

fn city() -> Model {
    let text = std::fs::read(project().join("tests/fixtures/city-fullwidth-crlf.txt"))
        .expect("the fixture");
    let text = String::from_utf8(text).expect("UTF-8");
    Model::new(&text)
}

fn written(model: &Model, index: usize) -> String {
    model.figures.all[index].written(&model.report).to_owned()
}

/// The rows a targets table shows: its cells' texts.
async fn rows(s: &Session, table: &str) -> Vec<Vec<String>> {
    let rows = s
        .js(&format!(
            "return [...document.querySelectorAll('{table} tbody tr')].map(r => [...r.children].map(c => c.textContent))"
        ))
        .await;
    rows.as_array()
        .expect("rows")
        .iter()
        .map(|row| {
            row.as_array()
                .expect("cells")
                .iter()
                .map(|cell| cell.as_str().unwrap_or_default().to_owned())
                .collect()
        })
        .collect()
}

/// The rows the model gives: indicator, target, last year's result.
fn expected_rows(model: &Model) -> Vec<Vec<String>> {
    model
        .tables
        .targets
        .iter()
        .map(|row| {
            let result = model
                .tables
                .results
                .iter()
                .find(|result| result.indicator == row.indicator)
                .map_or("未提及".to_owned(), |result| {
                    written(model, result.figure)
                });
            vec![row.indicator.clone(), written(model, row.figure), result]
        })
        .collect()
}

/// Whether figure number `index` was reached: flashed, and in view.
async fn reached(s: &Session, index: usize) -> bool {
    s.wait_until(&format!(
        "(f => f.classList.contains('flash') && (r => r.top >= 0 && r.bottom <= innerHeight)(f.getBoundingClientRect()))(document.querySelectorAll('#report .fig')[{index}])"
    ))
    .await;
    true
}

async fn the_targets_of_a_report_that_sets_them(device: Device) {
    let model = city();
    assert!(model.tables.targets.len() >= 3, "the fixture sets targets");
    let s = Session::open_build(device, &publisher_dist()).await;
    s.load("").await;
    // The card, where the targets are set, prerendered; readable at the
    // width of the screen.
    assert_eq!(rows(&s, ".targets-card").await, expected_rows(&model));
    assert!(
        s.js_bool("document.documentElement.scrollWidth <= innerWidth")
            .await
    );
    assert!(
        s.js_bool("(c => c.scrollWidth <= c.clientWidth)(document.querySelector('.targets-card'))")
            .await
    );
    assert_eq!(
        s.js("return document.querySelector('.targets-card thead').textContent")
            .await,
        "指标2024年目标2023年实际"
    );
    // A link goes to its figure, and the address keeps no anchor.
    let employment = &model.tables.targets[1];
    s.click(&format!(
        ".targets-card a[data-figure='{}']",
        employment.figure
    ))
    .await;
    assert!(reached(&s, employment.figure).await);
    assert_eq!(s.js("return location.hash").await, "");
    // The target explains itself: indicator, year and role.
    s.wait_until("document.getElementById('app').hasAttribute('data-later')")
        .await;
    let gdp = model.tables.targets[0].figure;
    let placed = &model.figures.all[gdp];
    let meaning = summary(
        &placed.meaning,
        &written(&model, gdp),
        model.figures.national,
    )
    .expect("a meaning");
    assert_eq!(meaning, "地区生产总值 · 2024年预期目标 · 5.5%左右");
    s.click(&format!("#fig-{gdp}")).await;
    s.wait_until("!document.getElementById('figure-popover').hidden")
        .await;
    assert_eq!(
        s.js("return document.querySelector('#figure-popover .pop-meaning').textContent")
            .await,
        meaning.as_str()
    );
    s.click("#figure-popover .pop-close").await;
    // The panel's tab: the same rows; a link closes the panel and goes.
    s.click(".figures-button").await;
    s.click("[aria-controls='figures-targets']").await;
    s.wait_until("document.querySelectorAll('#figures-targets tbody tr').length > 0")
        .await;
    assert_eq!(rows(&s, "#figures-targets").await, expected_rows(&model));
    let result = model.tables.results[0].figure;
    s.click(&format!("#figures-targets a[data-figure='{result}']"))
        .await;
    s.wait_until("document.getElementById('figures-panel').hidden")
        .await;
    assert!(reached(&s, result).await);
    let errors = s.console_errors().await;
    assert!(errors.is_empty(), "{errors:#?}");
    s.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_targets_of_a_report_that_sets_them_on_a_phone() {
    the_targets_of_a_report_that_sets_them(Device::Phone).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_targets_of_a_report_that_sets_them_on_a_narrow_phone() {
    the_targets_of_a_report_that_sets_them(Device::NarrowPhone).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_targets_of_a_report_that_sets_them_on_a_desktop() {
    the_targets_of_a_report_that_sets_them(Device::Desktop).await;
}

/// The seed is cut before its plan: the tab says there are no targets and
/// lists last year's results; a result explains itself as one.
async fn a_report_without_targets(device: Device) {
    let model = Model::new(baogao::SEED_REPORT);
    assert!(model.tables.targets.is_empty());
    let s = Session::open(device).await;
    s.load("").await;
    assert_eq!(s.count(".targets-card").await, 0);
    s.wait_until("document.getElementById('app').hasAttribute('data-later')")
        .await;
    let gdp = model.tables.results[0].figure;
    s.click(&format!("#fig-{gdp}")).await;
    s.wait_until("!document.getElementById('figure-popover').hidden")
        .await;
    assert_eq!(
        s.js("return document.querySelector('#figure-popover .pop-meaning').textContent")
            .await,
        "地区生产总值 · 2022年实际 · 1.5%"
    );
    s.click("#figure-popover .pop-close").await;
    s.click(".figures-button").await;
    s.click("[aria-controls='figures-targets']").await;
    s.wait_until("document.querySelector('#figures-targets .targets-empty') !== null")
        .await;
    assert!(s
        .js_bool("document.querySelector('#figures-targets .targets-empty').textContent.includes('没有“主要预期目标”')")
        .await);
    let shown = rows(&s, "#figures-targets").await;
    let expected: Vec<Vec<String>> = model
        .tables
        .results
        .iter()
        .map(|row| vec![row.indicator.clone(), written(&model, row.figure)])
        .collect();
    assert_eq!(shown, expected);
    // Readable at the width of the screen.
    assert!(
        s.js_bool("document.documentElement.scrollWidth <= innerWidth")
            .await
    );
    s.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_report_without_targets_on_a_phone() {
    a_report_without_targets(Device::NarrowPhone).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_report_without_targets_on_a_desktop() {
    a_report_without_targets(Device::Desktop).await;
}

/// A text copied from a news page, opened in the browser: its furniture is
/// dimmed and run together, both titles are kept, and every character of
/// the report is on the page.
#[tokio::test(flavor = "multi_thread")]
async fn a_news_pages_furniture_is_shown_apart_and_nothing_is_lost() {
    let path = project().join("tests/fixtures/news-page-furniture.txt");
    let source = std::fs::read_to_string(&path).expect("the fixture");
    let s = Session::open(Device::Phone).await;
    s.load("").await;
    s.js("document.querySelector('.open-report').click(); return 0")
        .await;
    s.wait_until("!document.getElementById('open-sheet').hidden")
        .await;
    let input = s
        .client
        .find(Locator::Css("#open-sheet input[type=file]"))
        .await
        .expect("the file input");
    input
        .send_keys(&path.canonicalize().expect("a path").display().to_string())
        .await
        .expect("a file chosen");
    s.wait_until("document.querySelectorAll('#report .furniture').length === 10")
        .await;
    // Dimmed (in the muted colour, still readable: axe checks the contrast
    // below), and run together on one line.
    assert!(
        s.js_bool("[...document.querySelectorAll('#report .furniture')].every(e => getComputedStyle(e).display === 'inline' && getComputedStyle(e).color !== getComputedStyle(document.body).color)")
            .await
    );
    assert_eq!(
        s.js("return document.querySelector('#report .masthead h1').textContent")
            .await,
        "2025年湖南省政府工作报告"
    );
    assert_eq!(
        s.js("return document.querySelector('#report .title-again').textContent")
            .await,
        "政府工作报告"
    );
    assert!(
        s.js_bool("document.getElementById('repairs').textContent.includes('网页元素已淡化显示：下载 打印 全屏')")
            .await
    );
    let (shown, expected) = s.report_text(&source).await;
    assert_eq!(shown, expected, "every character of the report, in order");
    // The targets it sets are read too.
    assert_eq!(s.count(".targets-card tbody tr").await, 2);
    s.assert_clean().await;
    s.close().await;
}
