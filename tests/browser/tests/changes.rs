//! A report beside the one before it (`ADDRESS/changes/`), on the library
//! of the repository's reports: the summary, the folded runs, the links
//! into both reports, the filters, and the page without scripts.

use baogao::library::changes::{changes_csv, compare};
use baogao::library::Catalog;
use baogao_browser_tests::collection::DRAFT_ONLY;
use baogao_browser_tests::{
    collection_dist, in_each_browser, library_dist, project, Device, Engine, Session,
};
use std::collections::HashMap;

async fn text_of(s: &Session, css: &str) -> String {
    let script = format!(
        "return [...document.querySelectorAll(\"{css}\")].filter(e => !e.closest('[hidden]')).map(e => e.textContent).join('|')"
    );
    s.js(&script).await.as_str().unwrap_or_default().to_owned()
}

async fn count(s: &Session, css: &str) -> u64 {
    let script = format!(
        "return [...document.querySelectorAll(\"{css}\")].filter(e => !e.closest('[hidden]') && e.offsetParent !== null).length"
    );
    s.js(&script).await.as_u64().unwrap_or_default()
}

/// The rows are drawn in the browser, from the two reports' texts.
async fn wait_until_drawn(s: &Session) {
    s.wait_until("document.getElementById('changes').hasAttribute('data-drawn')")
        .await;
}

async fn a_report_shows_what_changed_since_last_year(s: &Session) {
    s.client
        .goto(&s.url("national-2013/"))
        .await
        .expect("a report");
    s.wait_until_started().await;
    s.click(".shelf-changes").await;
    s.wait_until("location.pathname.endsWith('/national-2013/changes/')")
        .await;
    wait_until_drawn(s).await;
    assert_eq!(text_of(s, "h1").await, "国务院 2013年 · 与上年对比");
    // The summary, written exactly so, with the numbers the rows bear out.
    let total = text_of(s, ".changes-total").await;
    // A row holds a paragraph's sentences of one kind: counted as the page
    // splits them (at 。！？ and the quotes that close after them).
    let script = r#"const sentences = (e) => (e.textContent.match(/[^。！？!?]+(?:[。！？!?][”’）)」』》。！？]*|$)|[。！？!?]+/g) || []).length;
        const rows = { new: '.rows > ins', dropped: '.rows > del', changed: '.changed', same: 'p.same' };
        return ['new','dropped','changed','same'].map(k => [...document.querySelectorAll('.changes-group ' + rows[k])]
            .reduce((n, e) => n + (k === 'changed' ? 1 : sentences(e)), 0)).join(',')"#;
    let counted = s.js(script).await.as_str().unwrap_or_default().to_owned();
    let numbers: Vec<&str> = counted.split(',').collect();
    assert_eq!(
        total,
        format!(
            "新增 {} 句 · 删去 {} 句 · 改动 {} 句 · 未变 {} 句",
            numbers[0], numbers[1], numbers[2], numbers[3]
        )
    );
    assert!(numbers[0].parse::<u32>().unwrap() > 100, "{total}");
    // A changed sentence: this year's cell links to this year's report, last
    // year's to last year's.
    let changed = ".changes-group .changed";
    let now_link = s
        .js(&format!(
            "return document.querySelector('{changed} .now').getAttribute('href')"
        ))
        .await;
    assert!(
        now_link.as_str().unwrap_or_default().starts_with("../#"),
        "{now_link}"
    );
    let was_link = s
        .js(&format!(
            "return document.querySelector('{changed} .was').getAttribute('href')"
        ))
        .await;
    assert!(
        was_link
            .as_str()
            .unwrap_or_default()
            .starts_with("../../national-2012/#"),
        "{was_link}"
    );
    // Inline on a phone (the cell holds both what went and what came),
    // side by side on a desktop.
    let inline = s.device == Device::Phone || s.device == Device::NarrowPhone;
    let cells = s
        .js(&format!("return [...document.querySelector('{changed}').querySelectorAll('a')].filter(a => getComputedStyle(a).display !== 'none').length"))
        .await
        .as_u64()
        .unwrap_or_default();
    assert_eq!(
        cells,
        if inline { 1 } else { 2 },
        "cells of a changed sentence shown"
    );
    // Filters: only the changes hides the unchanged; one part.
    s.wait_until("!document.getElementById('changes-filters').hidden")
        .await;
    assert!(count(s, "p.same").await > 0 || count(s, ".fold").await > 0);
    s.click("#changes-only").await;
    s.wait_until("document.querySelector('main').classList.contains('only-changes')")
        .await;
    assert_eq!(count(s, "p.same").await + count(s, ".fold").await, 0);
    s.js("const part = document.getElementById('changes-part'); part.value = 'g-3'; part.dispatchEvent(new Event('change'));")
        .await;
    assert_eq!(count(s, ".changes-group").await, 1);
    // A sentence leads to its paragraph in the report.
    s.js("document.getElementById('changes-part').value = ''; document.getElementById('changes-part').dispatchEvent(new Event('change'));")
        .await;
    let target = now_link
        .as_str()
        .unwrap_or_default()
        .trim_start_matches("../")
        .to_owned();
    s.click(&format!("{changed} .now")).await;
    s.wait_until(&format!("location.hash === '{target}'")).await;
    s.wait_until_started().await;
    assert!(
        s.js_bool(&format!("!!document.getElementById('{}')", &target[1..]))
            .await
    );
    s.client.back().await.expect("back");
    s.wait_until("location.pathname.endsWith('/changes/')")
        .await;
    assert!(
        s.js_bool("document.documentElement.scrollWidth <= window.innerWidth")
            .await,
        "no sideways scroll"
    );
    s.assert_clean().await;
}

in_each_browser!(a_report_shows_what_changed_since_last_year, library_dist());

/// And in Firefox: the texts inflated by its `DecompressionStream`, the
/// rows drawn by its WebAssembly.
#[tokio::test(flavor = "multi_thread")]
async fn what_changed_in_firefox() {
    let s = Session::open_library_at(Device::Phone, Engine::Firefox, &library_dist()).await;
    a_report_shows_what_changed_since_last_year(&s).await;
    s.close().await;
}

/// The CSV the page writes with its rows, when its link is used: the
/// build's own (`changes_csv` over the same two reports), row for row.
async fn the_csv_is_written_from_the_rows(s: &Session) {
    s.client
        .goto(&s.url("national-2013/changes/"))
        .await
        .expect("a changes page");
    wait_until_drawn(s).await;
    s.wait_until("!document.getElementById('changes-csv').parentNode.hidden")
        .await;
    let written = s
        // The page's policy lets it fetch no blob: the Blob it makes is read
        // as it is handed to URL.createObjectURL.
        .js("const made = []; const make = URL.createObjectURL; URL.createObjectURL = (blob) => { made.push(blob); return make(blob); }; document.getElementById('changes-csv').dispatchEvent(new FocusEvent('focus')); return made[0].arrayBuffer().then(b => new TextDecoder('utf-8', {ignoreBOM: true}).decode(b))")
        .await
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let read = |path: &str| {
        let text = std::fs::read_to_string(project().join("reports").join(path)).expect(path);
        (path.to_owned(), text)
    };
    let catalog = Catalog::new(
        vec![read("national/2012.txt"), read("national/2013.txt")],
        &HashMap::new(),
    );
    let model = |address: &str| {
        let entry = catalog.entries.iter().find(|e| e.address == address);
        &entry.expect(address).model
    };
    let changes = compare(model("national-2012"), model("national-2013"));
    let expected = changes_csv(&changes.groups, ["上年", "今年"]);
    assert!(expected.lines().count() > 100, "{expected}");
    assert_eq!(written, expected);
    let name = s
        .js("return document.getElementById('changes-csv').getAttribute('download')")
        .await;
    assert_eq!(name.as_str(), Some("国务院 2013年 · 与上年对比.csv"));
}

in_each_browser!(the_csv_is_written_from_the_rows, library_dist());

/// Two texts of one report (the collection's draft of 国务院 2025, made by
/// three known edits, named by its manifest's `version`): the page between
/// them, from the draft's page, counts the edits and shows each.
async fn two_versions_of_a_report_side_by_side(s: &Session) {
    s.client
        .goto(&s.url("guowuyuan-2025-2/"))
        .await
        .expect("the draft");
    s.wait_until_started().await;
    assert_eq!(text_of(s, ".shelf-here").await, "国务院 2025年（草案）");
    s.click(".shelf-versions").await;
    s.wait_until("location.pathname.endsWith('/guowuyuan-2025/versions/')")
        .await;
    wait_until_drawn(s).await;
    assert_eq!(
        text_of(s, "h1").await,
        "国务院 2025年（定稿） · 两个文本对比"
    );
    let total = text_of(s, ".changes-total").await;
    let same = total
        .strip_prefix("修改 3 处 · 新增 1 句 · 删去 1 句 · 改动 1 句 · 未变 ")
        .and_then(|rest| rest.strip_suffix(" 句"))
        .and_then(|n| n.parse::<u32>().ok());
    assert!(same.is_some_and(|n| n > 300), "{total}");
    // Each edit where it stood: the draft's sentence struck out and linked
    // into the draft, the two characters it changed.
    assert_eq!(text_of(s, ".changes-group .rows > del").await, DRAFT_ONLY);
    let dropped = s
        .js("return document.querySelector('.changes-group .rows > del a').getAttribute('href')")
        .await;
    assert!(
        dropped
            .as_str()
            .unwrap_or_default()
            .starts_with("../../guowuyuan-2025-2/#"),
        "{dropped}"
    );
    assert_eq!(text_of(s, ".changed .now del").await, "草拟");
    assert_eq!(count(s, ".changes-group .rows > ins").await, 1);
    // The unchanged runs between the edits are folded: one opens on a tap,
    // its sentences then shown. (Consecutive years of the national reports
    // share no three sentences in a row.)
    let fold = ".changes-group details.fold";
    let height = format!("document.querySelector('{fold}').getBoundingClientRect().height");
    assert!(
        !s.js_bool(&format!("document.querySelector('{fold}').open"))
            .await,
        "folded at first"
    );
    let folded = s
        .js(&format!("return {height}"))
        .await
        .as_f64()
        .unwrap_or_default();
    s.click(&format!("{fold} > summary")).await;
    s.wait_until(&format!("document.querySelector('{fold}').open"))
        .await;
    let opened = s
        .js(&format!("return {height}"))
        .await
        .as_f64()
        .unwrap_or_default();
    assert!(opened > folded + 40.0, "opened {opened} against {folded}");
    assert!(
        s.js_bool("document.documentElement.scrollWidth <= window.innerWidth")
            .await,
        "no sideways scroll"
    );
    s.assert_clean().await;
}

in_each_browser!(two_versions_of_a_report_side_by_side, collection_dist());

/// Without scripts the page gives its summary and each group with its
/// counts, says why the rows need scripts (their texts are what the
/// library holds once), the filters and the CSV hidden. (Chromedriver
/// reads no element's text with scripts off: the page's source is read.)
#[tokio::test(flavor = "multi_thread")]
async fn the_changes_page_reads_without_javascript() {
    let s = Session::start(
        Device::Phone,
        &library_dist(),
        &["--blink-settings=scriptEnabled=false"],
    )
    .await;
    s.client
        .goto(&s.url("national-2010/changes/"))
        .await
        .expect("a changes page");
    let page = s.client.source().await.expect("the page");
    assert!(page.contains("<h1>国务院 2010年 · 与上年对比</h1>"));
    assert!(page.contains("新增 "));
    assert!(page.contains("<section id=\"g-2\" class=\"changes-group\">"));
    assert!(page.contains("<noscript>") && page.contains("需要启用脚本"));
    assert!(!page.contains("class=\"rows\""), "no rows without scripts");
    assert!(page.contains("<div id=\"changes-filters\" hidden"));
    // The CSV is written with the rows: without them, no link.
    let link = page.find("<a id=\"changes-csv\"").expect("the CSV's link");
    let before = &page[..link];
    assert!(
        before[before.rfind("<span").expect("its span")..].contains("hidden"),
        "no CSV link without scripts"
    );
    assert!(page.contains("href=\"../../national-2009/\""));
    s.close().await;
}
