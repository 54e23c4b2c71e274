//! How fast the matcher alone finds every match: the seed repeated to
//! 1 MB, queries of 1–6 characters (and two words), min / median / max over
//! repeated runs. Run with `cargo bench --bench search` (scripts/bench).

use baogao::report::parse;
use baogao::report::search::SearchIndex;
use std::time::Instant;

const TARGET_BYTES: usize = 1 << 20;
const RUNS: usize = 15;
const QUERIES: [&str; 8] = [
    "，",
    "增长",
    "亿元",
    "数字经济",
    "同比增长",
    "高质量发展",
    "社会保障网络",
    "增长 全市",
];

fn main() {
    let seed = baogao::SEED_REPORT;
    let mut text = String::with_capacity(TARGET_BYTES + seed.len());
    while text.len() < TARGET_BYTES {
        text.push_str(seed);
        text.push('\n');
    }
    let report = parse(&text);
    let index = SearchIndex::new(&report);
    for query in QUERIES {
        let mut times = Vec::with_capacity(RUNS);
        let mut hits = 0;
        for _ in 0..RUNS {
            let start = Instant::now();
            hits = index.search(query).hits.len();
            times.push(start.elapsed().as_secs_f64() * 1000.0);
        }
        times.sort_by(f64::total_cmp);
        println!(
            "search 1 MB for {query:<8} ({hits:>6} matches), native: min {:.2} ms / median {:.2} ms / max {:.2} ms",
            times[0],
            times[RUNS / 2],
            times[RUNS - 1]
        );
    }
}
