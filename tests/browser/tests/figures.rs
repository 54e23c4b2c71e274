//! Figures in a real browser: highlighted by kind, explained by tap, click
//! and keyboard, listed, filtered, sorted, exported and charted.

use baogao::report::figures::{Figures, Kind};
use baogao::report::parse;
use baogao_browser_tests::fantoccini::key::Key;
use baogao_browser_tests::{on_desktop_and_phone, Device, Session};

/// The first money figure of the seed: 734亿元.
const MONEY: &str = "#fig-14";

fn seed_figures() -> (baogao::report::Report, Figures) {
    let report = parse(baogao::SEED_REPORT);
    let figures = Figures::of(&report);
    (report, figures)
}

on_desktop_and_phone!(every_figure_is_highlighted_with_its_kind);
async fn every_figure_is_highlighted_with_its_kind(s: &Session) {
    let (report, figures) = seed_figures();
    s.load("").await;
    assert_eq!(s.count(".fig").await, figures.all.len() as u64);
    // Their values come with the report's model, built when first needed:
    // opening the panel needs it.
    s.click(".figures-button").await;
    s.click("#figures-panel .sheet-back").await;
    let valued = figures
        .all
        .iter()
        .filter(|f| f.figure.value.is_some())
        .count();
    s.wait_until(&format!(
        "document.querySelectorAll('.fig[data-value]').length === {valued}"
    ))
    .await;
    let shown = s
        .js("return [...document.querySelectorAll('.fig')].map(e => [e.dataset.metric, e.textContent, e.dataset.value ?? ''])")
        .await;
    let shown = shown.as_array().expect("a list");
    for (placed, element) in figures.all.iter().zip(shown) {
        let text = &report.block(&placed.block).unwrap().as_str()[placed.figure.range.clone()];
        assert_eq!(element[0], placed.figure.kind.name(), "{text}");
        assert_eq!(element[1], text);
        let shown: Option<f64> = element[2].as_str().and_then(|v| v.parse().ok());
        match placed.figure.value {
            Some(value) => assert!(
                shown.is_some_and(|shown| (shown - value).abs() <= value.abs() * 1e-12),
                "{text}: {shown:?} for {value}"
            ),
            None => assert_eq!(element[2], "", "{text}"),
        }
    }
    assert_eq!(
        s.js(&format!(
            "return document.querySelector('{MONEY}').textContent"
        ))
        .await,
        "734亿元"
    );
}

/// Figures are explained by the app's later half (`src/ui/bridge.rs`),
/// fetched after the first view: a figure tapped before it has arrived is
/// explained once it has.
#[tokio::test(flavor = "multi_thread")]
async fn a_figure_tapped_before_the_later_half_is_explained_once_it_is_there() {
    let s = Session::open_with_slow_files(Device::Phone, "baogao-later-").await;
    s.client.goto(&s.url("")).await.expect("page loads");
    s.wait_until("document.querySelector('#app[data-started] main .masthead') !== null")
        .await;
    assert!(
        !s.js_bool("document.getElementById('app').hasAttribute('data-later')")
            .await,
        "the later half came too soon for this test"
    );
    // Before the later half, figures have no ids yet: the 15th in the
    // text is the one that will be `#fig-14`.
    let figure = "[data-test-figure]";
    s.js("document.querySelectorAll('#report .fig')[14].setAttribute('data-test-figure', ''); return 0")
        .await;
    assert_eq!(
        s.js(&format!("return document.querySelector('{figure}').id"))
            .await,
        serde_json::json!("")
    );
    s.tap(figure).await;
    s.wait_until("document.getElementById('app').hasAttribute('data-later')")
        .await;
    s.wait_until("(p => p !== null && !p.hidden && p.innerText.includes('734亿元'))(document.getElementById('figure-popover'))")
        .await;
    assert_eq!(
        s.js("return document.querySelector('#fig-14').getAttribute('aria-expanded')")
            .await,
        serde_json::json!("true")
    );
    s.close().await;
}

on_desktop_and_phone!(the_popover_opens_and_closes);
async fn the_popover_opens_and_closes(s: &Session) {
    s.load("").await;
    let popover = "#figure-popover";
    assert!(!s.visible(popover).await);

    // A tap on a phone, a click on a desktop.
    if s.device == Device::Phone {
        s.tap(MONEY).await;
    } else {
        s.click(MONEY).await;
    }
    s.wait_until("!document.getElementById('figure-popover').hidden")
        .await;
    let text = s
        .js("return document.getElementById('figure-popover').innerText")
        .await;
    let text = text.as_str().unwrap_or_default();
    assert!(
        text.contains("金额") && text.contains("73,400,000,000\u{a0}元"),
        "{text}"
    );
    assert!(text.contains("一、2022年工作回顾"), "{text}");
    assert_eq!(
        s.attribute(MONEY, "aria-expanded").await.as_deref(),
        Some("true")
    );
    // Inside the screen.
    assert!(
        s.js_bool("(r => r.left >= 0 && r.right <= innerWidth)(document.getElementById('figure-popover').getBoundingClientRect())")
            .await
    );
    assert!(
        s.js_bool("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
            .await
    );

    // A second tap closes it.
    if s.device == Device::Phone {
        s.tap(MONEY).await;
    } else {
        s.click(MONEY).await;
    }
    s.wait_until("document.getElementById('figure-popover').hidden")
        .await;

    // A tap outside closes it.
    s.click(MONEY).await;
    s.wait_until("!document.getElementById('figure-popover').hidden")
        .await;
    s.click("#p-1-1-1").await;
    s.wait_until("document.getElementById('figure-popover').hidden")
        .await;

    // Esc closes it.
    s.click(MONEY).await;
    s.wait_until("!document.getElementById('figure-popover').hidden")
        .await;
    s.press(Key::Escape).await;
    s.wait_until("document.getElementById('figure-popover').hidden")
        .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_keyboard_reaches_and_explains_figures() {
    let s = Session::open(Device::Desktop).await;
    s.load("").await;
    // Focus the paragraph's previous figure, then Tab to the money figure.
    s.js("document.getElementById('fig-13').focus(); return 0")
        .await;
    s.press(Key::Tab).await;
    s.wait_until(&format!(
        "document.activeElement === document.querySelector('{MONEY}')"
    ))
    .await;
    s.wait_until("!document.getElementById('figure-popover').hidden")
        .await;
    assert!(
        s.js_bool("document.getElementById('figure-popover').innerText.includes('734亿元')")
            .await
    );
    s.press(Key::Escape).await;
    s.wait_until("document.getElementById('figure-popover').hidden")
        .await;
    // Focus stays on the figure; Enter opens it again.
    assert!(
        s.js_bool(&format!(
            "document.activeElement === document.querySelector('{MONEY}')"
        ))
        .await
    );
    s.press(Key::Enter).await;
    s.wait_until("!document.getElementById('figure-popover').hidden")
        .await;
    s.close().await;
}

on_desktop_and_phone!(the_legend_turns_a_kind_off_and_on);
async fn the_legend_turns_a_kind_off_and_on(s: &Session) {
    s.load("").await;
    let underline =
        format!("getComputedStyle(document.querySelector('{MONEY}')).textDecorationLine");
    assert_eq!(s.js(&format!("return {underline}")).await, "underline");
    s.click(".legend-kind[data-metric='money']").await;
    s.wait_until(&format!("{underline} === 'none'")).await;
    assert_eq!(
        s.attribute(".legend-kind[data-metric='money']", "aria-pressed")
            .await
            .as_deref(),
        Some("false")
    );
    // Other kinds keep theirs.
    assert_eq!(
        s.js("return getComputedStyle(document.getElementById('fig-4')).textDecorationLine")
            .await,
        "underline"
    );
    s.click(".legend-kind[data-metric='money']").await;
    s.wait_until(&format!("{underline} === 'underline'")).await;
}

on_desktop_and_phone!(a_collapsed_section_shows_key_figures);
async fn a_collapsed_section_shows_key_figures(s: &Session) {
    s.load("").await;
    assert!(!s.visible("#sec-1-1 > .chips").await);
    s.click("#sec-1-1 > .heading .toggle").await;
    s.wait_until("document.getElementById('sec-1-1-body').hidden")
        .await;
    assert!(s.visible("#sec-1-1 > .chips").await);
    assert_eq!(s.count("#sec-1-1 > .chips .chip").await, 3);
    let chips = s.js("return [...document.querySelectorAll('#sec-1-1 > .chips .chip')].map(c => c.innerText)").await;
    // The three largest amounts of the section, in the order of the text.
    assert_eq!(
        chips,
        serde_json::json!(["618亿元", "85.54亿元", "160.9亿元"])
    );
    // A chip opens the section and shows its figure.
    s.click("#sec-1-1 > .chips .chip").await;
    s.wait_until("!document.getElementById('sec-1-1-body').hidden")
        .await;
    s.wait_until("document.querySelector('.fig.flash') !== null && document.querySelector('.fig.flash').textContent === '618亿元'").await;
}

on_desktop_and_phone!(the_panel_filters_sorts_and_jumps);
async fn the_panel_filters_sorts_and_jumps(s: &Session) {
    let (_, figures) = seed_figures();
    s.load("").await;
    s.collapse_all().await;
    s.click(".figures-button").await;
    s.wait_until("!document.getElementById('figures-panel').hidden")
        .await;
    // Focus moved into the panel; on a phone it covers the screen.
    s.wait_until("document.activeElement === document.querySelector('#figures-panel .sheet-back')")
        .await;
    if s.device == Device::Phone {
        assert!(s.js_bool("(r => r.width === innerWidth && r.height === innerHeight)(document.getElementById('figures-panel').getBoundingClientRect())").await);
    }
    assert_eq!(
        s.count("#figures-table tbody tr").await,
        figures.all.len() as u64
    );

    s.click("#figures-table .filters [data-metric='money']")
        .await;
    s.wait_until("document.querySelectorAll('#figures-table tbody tr').length === 18")
        .await;
    assert_eq!(figures.count(Kind::Money), 18);
    s.js("const select = document.querySelector('.sort select'); select.value = 'value'; select.dispatchEvent(new Event('change')); return 0").await;
    s.wait_until("document.querySelector('#figures-table tbody tr .jump').innerText === '734亿元'")
        .await;
    let order = s.js("return [...document.querySelectorAll('#figures-table tbody .jump')].slice(0, 3).map(b => b.innerText)").await;
    assert_eq!(
        order,
        serde_json::json!(["734亿元", "618亿元", "160.9亿元"])
    );

    // A row jumps to its figure, expanding its section.
    s.click("#figures-table tbody tr:nth-child(2) .jump").await;
    s.wait_until("document.getElementById('figures-panel').hidden")
        .await;
    s.wait_until("!document.getElementById('sec-1-1-body').hidden")
        .await;
    s.wait_until(
        "(f => f !== null && f.textContent === '618亿元' && (r => r.top >= 0 && r.bottom <= innerHeight)(f.getBoundingClientRect()))(document.querySelector('.fig.flash'))",
    )
    .await;
    assert!(
        !s.js_bool("document.documentElement.classList.contains('sheet-open')")
            .await
    );
}

on_desktop_and_phone!(the_csv_downloads_with_the_expected_rows);
async fn the_csv_downloads_with_the_expected_rows(s: &Session) {
    s.load("").await;
    // Keep the file the app hands to the browser.
    s.js("window.exported = null; const make = URL.createObjectURL; URL.createObjectURL = b => { window.exported = b; return make(b); }; return 0").await;
    s.click(".figures-button").await;
    s.click("#figures-table .filters [data-metric='percent']")
        .await;
    s.wait_until("document.querySelectorAll('#figures-table tbody tr').length === 17")
        .await;
    s.click(".export").await;
    s.wait_until("window.exported !== null").await;
    let csv = s
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1]; window.exported.arrayBuffer().then(b => done([...new Uint8Array(b)]));",
            vec![],
        )
        .await
        .expect("the file's bytes");
    let bytes: Vec<u8> = csv
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b.as_u64().unwrap() as u8)
        .collect();
    assert_eq!(&bytes[..3], [0xEF, 0xBB, 0xBF], "UTF-8 with BOM");
    let text = String::from_utf8(bytes[3..].to_vec()).expect("UTF-8");
    let lines: Vec<&str> = text.trim_end().split("\r\n").collect();
    assert_eq!(lines.len(), 1 + 17);
    assert!(lines[0].starts_with("序号,类型,原文,数值"));
    assert!(
        lines[1].starts_with("1,百分比,91%以上,91,,%,以上,,"),
        "{}",
        lines[1]
    );
    assert!(lines.iter().skip(1).all(|line| line.contains(",百分比,")));
    assert_eq!(s.attribute("#figures-panel", "hidden").await, None);
}

on_desktop_and_phone!(the_charts_render_and_link_to_the_text);
async fn the_charts_render_and_link_to_the_text(s: &Session) {
    let (_, figures) = seed_figures();
    let growth = figures
        .all
        .iter()
        .filter(|p| p.figure.kind == Kind::Percent && p.figure.growth)
        .count();
    s.load("").await;
    s.click(".figures-button").await;
    s.click("[aria-controls='figures-charts']").await;
    s.wait_until("!document.getElementById('figures-charts').hidden")
        .await;
    assert_eq!(s.count("#chart-growth rect.chart-bar").await, growth as u64);
    assert_eq!(
        s.count("#chart-money rect.chart-bar").await,
        17,
        "money in 元 (not 美元)"
    );
    // Bars are drawn, with their values, inside the screen.
    assert!(
        s.js_bool("document.querySelector('#chart-money rect.chart-bar').getBBox().width > 100")
            .await
    );
    assert!(
        s.js_bool(
            "document.getElementById('chart-money').getBoundingClientRect().right <= innerWidth"
        )
        .await
    );
    let label = s
        .js("return document.querySelector('#chart-money a').getAttribute('aria-label')")
        .await;
    assert!(
        label.as_str().unwrap_or_default().contains("734亿元"),
        "{label}"
    );
    assert!(
        s.js_bool("document.querySelector('#chart-growth desc').textContent.includes('1.2%')")
            .await
    );
    // A bar jumps to its figure.
    s.click("#chart-money a").await;
    s.wait_until("document.getElementById('figures-panel').hidden")
        .await;
    s.wait_until("document.querySelector('.fig.flash')?.textContent === '734亿元'")
        .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn nothing_overflows_a_320_px_phone_with_the_popover_and_panel_open() {
    let s = Session::open(Device::NarrowPhone).await;
    s.load("").await;
    s.tap(MONEY).await;
    s.wait_until("!document.getElementById('figure-popover').hidden")
        .await;
    assert!(s.js_bool("(r => r.left >= 0 && r.right <= innerWidth)(document.getElementById('figure-popover').getBoundingClientRect())").await);
    assert!(
        s.js_bool("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
            .await
    );
    s.click(".figures-button").await;
    s.wait_until("!document.getElementById('figures-panel').hidden")
        .await;
    assert!(
        s.js_bool(
            "(p => p.scrollWidth <= p.clientWidth)(document.getElementById('figures-panel'))"
        )
        .await
    );
    s.click("[aria-controls='figures-charts']").await;
    assert!(
        s.js_bool(
            "(p => p.scrollWidth <= p.clientWidth)(document.getElementById('figures-panel'))"
        )
        .await
    );
    s.close().await;
}
