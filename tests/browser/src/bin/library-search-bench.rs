//! A search across a built library, in the browser, against Pagefind on
//! the same library in the same run: headless Chromium as a phone, its CPU
//! slowed 4×, the library's files served brotli-compressed (where
//! `scripts/library-bench` wrote `.br` files). For queries of 1, 2, 4 and 8
//! characters taken from the texts:
//! - Baogao: input → results painted (every report's exact count) and →
//!   the snippets painted, the bytes each query fetched (its code once, at
//!   the field's first use), and its counts against a plain scan of the
//!   texts (each report's own search);
//! - Pagefind (1.6.0, its own CJK segmentation, run over the same report
//!   pages' text): search → its first five results' data, the bytes for
//!   those and for every result, its match counts and its false hits
//!   (pages listed that hold no match) and misses.
//!
//! The server answers `Range` as static hosts do (the packs' bytes as they
//! are); with `--no-ranges` it sends whole files instead, as a host or
//! proxy that ignores `Range` does.
//!
//! Usage: `library-search-bench BUILT_LIBRARY [QUERIES_PER_LENGTH]
//! [--no-ranges]`, with Pagefind's index in `BUILT_LIBRARY/_pagefind`
//! (scripts/library-bench).

use baogao::report::Model;
use baogao_browser_tests::source::read_source;
use baogao_browser_tests::{median_and_worst, sample_queries, Device, Session};
use serde_json::{json, Value};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

/// Types a query into the library's field and times the painting of its
/// results, then of their snippets, by frames; with the bytes it fetched.
const BAOGAO: &str = r#"
const [query] = arguments;
const done = arguments[arguments.length - 1];
const input = document.getElementById('library-search-input');
const status = document.getElementById('library-status');
const failed = () => /^(无法|此网站)/.test(status.textContent);
const finished = () => failed() || /^(在|全部)/.test(status.textContent);
const snippetsIn = () => document.querySelectorAll('.found-snippet').length >= document.querySelectorAll('.found').length;
input.value = '';
input.dispatchEvent(new InputEvent('input', {inputType: 'deleteContentBackward'}));
requestAnimationFrame(() => setTimeout(() => {
  const start = performance.now();
  input.value = query;
  input.dispatchEvent(new InputEvent('input', {data: query, inputType: 'insertText'}));
  let results = null;
  let first = null;
  const check = () => {
    const now = performance.now() - start;
    if (first === null && (finished() || document.querySelector('.found'))) first = now;
    if (results === null && finished()) results = now;
    if ((results !== null && (failed() || snippetsIn())) || now > 20000) {
      done({
        first: first === null ? -1 : first,
        results: results === null ? -1 : results,
        snippets: now,
        status: status.textContent,
      });
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}, 0));
"#;

/// Pagefind's search and its first five results' data (what its own
/// interface shows first).
const PAGEFIND_FIRST: &str = r#"
const [query] = arguments;
const done = arguments[arguments.length - 1];
(async () => {
  const start = performance.now();
  window.found = await window.pagefind.search(query);
  await Promise.all(window.found.results.slice(0, 5).map(r => r.data()));
  done(performance.now() - start);
})().catch(e => done(String(e)));
"#;

/// Every result's data: its address and its count of matches.
const PAGEFIND_ALL: &str = r#"
const done = arguments[arguments.length - 1];
Promise.all(window.found.results.map(r => r.data()))
  .then(all => done(all.map(d => [d.url, d.locations.length])))
  .catch(e => done(String(e)));
"#;

/// A browser on a library, the bytes its server sends counted.
struct Browser {
    session: Session,
    sent: Arc<AtomicUsize>,
}

impl Browser {
    async fn open(build: &Path, no_ranges: bool) -> Browser {
        let sent = Arc::new(AtomicUsize::new(0));
        let session =
            Session::open_library_build(Device::Phone, build, sent.clone(), no_ranges).await;
        Browser { session, sent }
    }

    fn sent(&self) -> usize {
        self.sent.load(Ordering::SeqCst)
    }

    /// Runs an asynchronous script, with the bytes sent meanwhile.
    async fn run(&self, script: &str, args: Vec<Value>) -> (Value, usize) {
        let before = self.sent();
        let answer = self
            .session
            .client
            .execute_async(script, args)
            .await
            .expect("a script");
        (answer, self.sent() - before)
    }
}

/// Each report page's address and its text's own count of a query.
struct Reports {
    texts: Vec<String>,
    models: HashMap<String, Model>,
}

impl Reports {
    fn read(build: &Path) -> Reports {
        let mut texts = Vec::new();
        let mut models = HashMap::new();
        for entry in std::fs::read_dir(build).expect("the build") {
            let folder = entry.expect("an entry").path();
            let Ok(html) = std::fs::read_to_string(folder.join("index.html")) else {
                continue;
            };
            let Some(source) = html
                .split_once(" data-source=\"")
                .and_then(|(_, rest)| rest.split_once('"'))
                .map(|(name, _)| name.to_owned())
            else {
                continue;
            };
            let text = read_source(&folder.join(source));
            let address = folder
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default()
                .to_owned();
            models.insert(address, Model::new(&text));
            texts.push(text);
        }
        Reports { texts, models }
    }

    /// (address, count) of every report that holds the query.
    fn exact(&self, query: &str) -> HashMap<String, usize> {
        self.models
            .iter()
            .map(|(address, model)| (address.clone(), model.search.search(query).hits.len()))
            .filter(|&(_, count)| count > 0)
            .collect()
    }
}

/// The report a Pagefind result's address is the page of.
fn address_of(url: &str) -> String {
    url.trim_end_matches('/')
        .trim_end_matches("/index.html")
        .rsplit('/')
        .next()
        .unwrap_or_default()
        .to_owned()
}

#[derive(Default)]
struct Row {
    first_ms: Vec<f64>,
    results_ms: Vec<f64>,
    snippets_ms: Vec<f64>,
    bytes: Vec<usize>,
    exact_ok: usize,
    pagefind_ms: Vec<f64>,
    pagefind_first: Vec<usize>,
    pagefind_all: Vec<usize>,
    pagefind_matches: usize,
    exact_matches: usize,
    exact_pages: usize,
    pagefind_pages: usize,
    false_pages: usize,
    missed_pages: usize,
}

async fn open_baogao(build: &Path, no_ranges: bool) -> (Browser, usize) {
    let browser = Browser::open(build, no_ranges).await;
    let s = &browser.session;
    s.client.goto(&s.url("")).await.expect("the library");
    s.devtools("Emulation.setCPUThrottlingRate", json!({ "rate": 4 }))
        .await;
    // The field's first use fetches the search's code.
    let before = browser.sent();
    s.click("#library-search-input").await;
    s.wait_until("document.getElementById('library-search').hasAttribute('data-started')")
        .await;
    let code = browser.sent() - before;
    (browser, code)
}

async fn open_pagefind(build: &Path) -> (Browser, usize) {
    let browser = Browser::open(build, false).await;
    let s = &browser.session;
    s.client
        .goto(&s.url("pagefind-bench.html"))
        .await
        .expect("a blank page");
    s.devtools("Emulation.setCPUThrottlingRate", json!({ "rate": 4 }))
        .await;
    let (_, start) = browser
        .run(
            "const done = arguments[arguments.length - 1];
             import('./_pagefind/pagefind.js').then(async (pagefind) => {
               await pagefind.init();
               window.pagefind = pagefind;
               done(0);
             });",
            vec![],
        )
        .await;
    (browser, start)
}

fn number(value: &Value, key: &str) -> f64 {
    value[key].as_f64().unwrap_or(-1.0)
}

fn kb(bytes: usize) -> String {
    format!("{:.1}", bytes as f64 / 1024.0)
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let no_ranges = args.iter().any(|arg| arg == "--no-ranges");
    let mut args = args.iter().filter(|arg| !arg.starts_with("--"));
    let build = PathBuf::from(
        args.next()
            .expect("usage: library-search-bench BUILT_LIBRARY [N] [--no-ranges]"),
    );
    let wanted: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(10);
    let reports = Reports::read(&build);
    let pagefind = build.join("_pagefind/pagefind.js").is_file();
    if pagefind {
        std::fs::write(
            build.join("pagefind-bench.html"),
            "<!DOCTYPE html><title>bench</title>",
        )
        .expect("a blank page");
    }
    let (baogao, code) = open_baogao(&build, no_ranges).await;
    let (other, pagefind_start) = match pagefind && !no_ranges {
        true => {
            let (s, init) = open_pagefind(&build).await;
            (Some(s), init)
        }
        false => (None, 0),
    };
    println!(
        "{}{}: {} reports; Baogao's search code {} KB (once, at the field's first use); Pagefind's start {} KB",
        build.display(),
        match no_ranges {
            true => ", served without byte ranges",
            false => ", byte ranges served",
        },
        reports.texts.len(),
        kb(code),
        kb(pagefind_start)
    );
    let mut rows = Vec::new();
    for length in [1, 2, 4, 8] {
        let mut row = Row::default();
        let queries = sample_queries(&reports.texts, length, wanted);
        for query in &queries {
            measure(&baogao, other.as_ref(), &reports, query, &mut row).await;
        }
        rows.push((length, queries.len(), row));
    }
    print_table(&rows);
    let first = rows
        .first()
        .and_then(|(_, _, row)| row.bytes.first().copied())
        .unwrap_or_default();
    let worst = rows
        .iter()
        .flat_map(|(_, _, row)| row.bytes.iter().copied())
        .max()
        .unwrap_or_default();
    println!(
        "Baogao's first query from cold (code, list of reports, index pieces, snippets): {} KB; the code and the most any query fetched: {} KB",
        kb(code + first),
        kb(code + worst)
    );
    baogao.session.close().await;
    if let Some(other) = other {
        other.session.close().await;
    }
}

async fn measure(
    baogao: &Browser,
    pagefind: Option<&Browser>,
    reports: &Reports,
    query: &str,
    row: &mut Row,
) {
    let exact = reports.exact(query);
    let matches: usize = exact.values().sum();
    let said = match exact.len() {
        0 => format!("全部 {} 份报告中都没有找到“{query}”", reports.texts.len()),
        n => format!("在 {n} 份报告中找到 {matches} 处"),
    };
    let (answer, bytes) = baogao.run(BAOGAO, vec![json!(query)]).await;
    row.first_ms.push(number(&answer, "first"));
    row.results_ms.push(number(&answer, "results"));
    row.snippets_ms.push(number(&answer, "snippets"));
    row.bytes.push(bytes);
    if answer["status"].as_str() == Some(said.as_str()) {
        row.exact_ok += 1;
    } else {
        eprintln!(
            "{query}: Baogao says {} where the texts say {said}",
            answer["status"]
        );
    }
    row.exact_matches += matches;
    row.exact_pages += exact.len();
    let Some(other) = pagefind else {
        return;
    };
    let (first, first_bytes) = other.run(PAGEFIND_FIRST, vec![json!(query)]).await;
    let (all, all_bytes) = other.run(PAGEFIND_ALL, vec![]).await;
    row.pagefind_ms.push(first.as_f64().unwrap_or(-1.0));
    row.pagefind_first.push(first_bytes);
    row.pagefind_all.push(first_bytes + all_bytes);
    let pages: Vec<(String, usize)> = all
        .as_array()
        .into_iter()
        .flatten()
        .map(|page| {
            let url = page[0].as_str().unwrap_or_default();
            (
                address_of(url),
                page[1].as_u64().unwrap_or_default() as usize,
            )
        })
        .collect();
    row.pagefind_pages += pages.len();
    row.pagefind_matches += pages.iter().map(|(_, count)| count).sum::<usize>();
    row.false_pages += pages
        .iter()
        .filter(|(address, _)| !exact.contains_key(address))
        .count();
    row.missed_pages += exact
        .keys()
        .filter(|address| !pages.iter().any(|(listed, _)| listed == *address))
        .count();
}

fn print_table(rows: &[(usize, usize, Row)]) {
    let pagefind = rows.iter().any(|(_, _, row)| !row.pagefind_ms.is_empty());
    println!("| characters | queries | Baogao: first results painted (median / worst) | every count painted | snippets painted | bytes per query | counts exact |{}", match pagefind {
        true => " Pagefind: first 5 results | bytes, first 5 / every count | reports listed (false / missed) | matches counted (exact) |",
        false => "",
    });
    println!(
        "|---:|---:|---|---|---|---|---|{}",
        if pagefind { "---|---|---|---|" } else { "" }
    );
    for (length, queries, row) in rows {
        let ms = |values: &[f64]| {
            let (median, worst) = median_and_worst(values.to_vec());
            format!("{median:.0} / {worst:.0} ms")
        };
        let bytes = |values: &[usize]| {
            let (median, worst) = median_and_worst(values.to_vec());
            format!("{} / {} KB", kb(median), kb(worst))
        };
        print!(
            "| {length} | {queries} | {} | {} | {} | {} | {} of {queries} |",
            ms(&row.first_ms),
            ms(&row.results_ms),
            ms(&row.snippets_ms),
            bytes(&row.bytes),
            row.exact_ok,
        );
        if !pagefind {
            println!();
            continue;
        }
        println!(
            " {} | {}; {} | {} ({} / {}) of {} | {} ({}) |",
            ms(&row.pagefind_ms),
            bytes(&row.pagefind_first),
            bytes(&row.pagefind_all),
            row.pagefind_pages,
            row.false_pages,
            row.missed_pages,
            row.exact_pages,
            row.pagefind_matches,
            row.exact_matches,
        );
    }
}
