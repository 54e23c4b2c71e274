//! How fast the page answers a search: from the `input` event to the
//! highlighted page painted, in headless Chromium, on the seed report and
//! on a long one (~200,000 characters), for queries of 2–6 characters.
//! Chromium runs without its 60 Hz frame limit, so that a frame is drawn as
//! soon as the page is ready and the time measured is the page's own.
//! Usage (after scripts/test's builds): `cargo run --release -p
//! baogao-browser-tests --bin search-bench`.

use baogao_browser_tests::{dist, long_dist, Device, Session};

const QUERIES: [&str; 12] = [
    "增长",
    "亿元",
    "项目",
    "全市",
    "数字经济",
    "公共服务",
    "疫情防控",
    "同比增长",
    "大运河文化",
    "高质量发展",
    "全省第一",
    "社会保障网络",
];
const ROUNDS: usize = 5;

/// Types each query (replacing the last), timing input → paint, and
/// returns the times in milliseconds.
const MEASURE: &str = r#"
const [queries, rounds] = [arguments[0], arguments[1]];
const done = arguments[arguments.length - 1];
const input = document.getElementById('search-input');
const times = [];
const jobs = [];
for (let r = 0; r < rounds; r++) for (const q of queries) jobs.push(q);
const afterPaint = (then) => requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = then;
  channel.port2.postMessage(0);
});
function next() {
  const q = jobs.shift();
  if (q === undefined) { done(times); return; }
  // Start each query from an empty field, not timed.
  input.value = '';
  input.dispatchEvent(new InputEvent('input', {inputType: 'deleteContentBackward'}));
  afterPaint(() => setTimeout(() => {
    input.value = q;
    const start = performance.now();
    input.dispatchEvent(new InputEvent('input', {data: q, inputType: 'insertText'}));
    afterPaint(() => {
      if (!document.querySelector('mark[data-match]')) throw new Error('no highlight for ' + q);
      times.push(performance.now() - start);
      next();
    });
  }, 20));
}
next();
"#;

async fn measure(name: &str, build: &std::path::Path) {
    let session = Session::start(
        Device::Desktop,
        build,
        &["--disable-frame-rate-limit", "--disable-gpu-vsync"],
    )
    .await;
    session.load("").await;
    let times = session
        .client
        .execute_async(
            MEASURE,
            vec![serde_json::json!(QUERIES), serde_json::json!(ROUNDS)],
        )
        .await
        .expect("the measurement runs");
    let mut times: Vec<f64> = times
        .as_array()
        .expect("a list of times")
        .iter()
        .filter_map(|t| t.as_f64())
        .collect();
    times.sort_by(f64::total_cmp);
    let chars = session
        .js("return [...document.querySelectorAll('main .text')].reduce((n, e) => n + e.textContent.length, 0)")
        .await;
    println!(
        "search {name} ({} characters, {} queries): input → painted min {:.1} ms / median {:.1} ms / max {:.1} ms",
        chars,
        times.len(),
        times[0],
        times[times.len() / 2],
        times[times.len() - 1]
    );
    session.close().await;
}

#[tokio::main]
async fn main() {
    measure("seed", &dist()).await;
    measure("long", &long_dist()).await;
}
