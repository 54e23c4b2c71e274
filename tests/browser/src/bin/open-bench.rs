//! How a large report opened by the reader behaves on a phone (390×844):
//! the time from dropping the file to the report drawn and painted, and
//! then search from the `input` event to the page painted. The report is
//! the seed's parts repeated to about 35,000 characters, the size of a
//! provincial report. Usage (after a release build of dist/):
//! `cargo run --release -p baogao-browser-tests --bin open-bench`.

use baogao_browser_tests::{Device, Session};

const OPEN: &str = r#"
const [text, done] = [arguments[0], arguments[arguments.length - 1]];
const afterPaint = (then) => requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = then;
  channel.port2.postMessage(0);
});
const data = new DataTransfer();
data.items.add(new File([text], 'province.txt', {type: 'text/plain'}));
const start = performance.now();
document.getElementById('report').dispatchEvent(new DragEvent('drop', {dataTransfer: data, bubbles: true, cancelable: true}));
const wait = () => {
  if (document.querySelector('.opened-note')) afterPaint(() => done(performance.now() - start));
  else setTimeout(wait, 0);
};
wait();
"#;

const SEARCH: &str = r#"
const [queries, done] = [arguments[0], arguments[arguments.length - 1]];
const input = document.getElementById('search-input');
const times = [];
const afterPaint = (then) => requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = then;
  channel.port2.postMessage(0);
});
const jobs = [...queries, ...queries, ...queries];
const next = () => {
  const q = jobs.shift();
  if (q === undefined) { done(times); return; }
  input.value = '';
  input.dispatchEvent(new InputEvent('input', {inputType: 'deleteContentBackward'}));
  afterPaint(() => setTimeout(() => {
    input.value = q;
    const start = performance.now();
    input.dispatchEvent(new InputEvent('input', {data: q, inputType: 'insertText'}));
    afterPaint(() => { times.push(performance.now() - start); next(); });
  }, 20));
};
next();
"#;

fn summary(mut times: Vec<f64>) -> String {
    times.sort_by(f64::total_cmp);
    format!(
        "min {:.1} ms / median {:.1} ms / max {:.1} ms ({} runs)",
        times[0],
        times[times.len() / 2],
        times[times.len() - 1],
        times.len()
    )
}

#[tokio::main]
async fn main() {
    let path = std::env::temp_dir().join("baogao-province.txt");
    let status = std::process::Command::new(
        std::env::current_exe()
            .expect("this program")
            .with_file_name("long-report"),
    )
    .arg(&path)
    .arg("6")
    .status()
    .expect("long-report (cargo build --release -p baogao-browser-tests --bins)");
    assert!(status.success());
    let text = std::fs::read_to_string(&path).expect("the report");
    let mut opens = Vec::new();
    let mut searches = Vec::new();
    for _ in 0..5 {
        let s = Session::start(
            Device::Phone,
            &baogao_browser_tests::dist(),
            &["--disable-frame-rate-limit", "--disable-gpu-vsync"],
        )
        .await;
        s.load("").await;
        let opened = s
            .client
            .execute_async(OPEN, vec![serde_json::json!(text)])
            .await
            .expect("opens");
        opens.push(opened.as_f64().unwrap_or(f64::NAN));
        let times = s
            .client
            .execute_async(
                SEARCH,
                vec![serde_json::json!([
                    "增长",
                    "亿元",
                    "数字经济",
                    "高质量发展"
                ])],
            )
            .await
            .expect("searches");
        searches.extend(
            times
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|t| t.as_f64()),
        );
        // Back to the default for the next run.
        s.click(".back-to-default").await;
        s.close().await;
    }
    println!(
        "open a {}-character report on a phone, drop → painted: {}",
        text.chars().count(),
        summary(opens)
    );
    println!("search it, input → painted: {}", summary(searches));
}
