//! The figure recogniser's speed in the browser: the same 1 MB as the native
//! benchmark, run in headless Chromium by wasm-bindgen-test (scripts/bench).
//! It checks the browser finds what the native build finds, and prints the
//! timings.
#![cfg(target_arch = "wasm32")]

use baogao::report::figures::Figures;
use baogao::report::parse;
use wasm_bindgen_test::{console_log, wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

const TARGET_BYTES: usize = 1 << 20;
const RUNS: usize = 9;

fn now() -> f64 {
    web_sys::window()
        .and_then(|window| window.performance())
        .map_or(0.0, |performance| performance.now())
}

#[wasm_bindgen_test]
fn recognise_one_megabyte_in_the_browser() {
    let seed = baogao::SEED_REPORT;
    let mut text = String::new();
    while text.len() < TARGET_BYTES {
        text.push_str(seed);
        text.push('\n');
    }
    let report = parse(&text);
    let mut times = Vec::new();
    let mut found = 0;
    for _ in 0..RUNS {
        let start = now();
        found = Figures::of(&report).all.len();
        times.push(now() - start);
    }
    times.sort_by(f64::total_cmp);
    let per_seed = Figures::of(&parse(seed)).all.len();
    let copies = text.matches("政府工作报告").count();
    assert_eq!(found, per_seed * copies);
    console_log!(
        "recognise {:.2} MB ({found} figures), browser: min {:.1} ms / median {:.1} ms / max {:.1} ms",
        text.len() as f64 / TARGET_BYTES as f64,
        times[0],
        times[RUNS / 2],
        times[RUNS - 1]
    );
}
