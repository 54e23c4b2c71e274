//! How fast the parser and the figure recogniser read: the seed report
//! repeated to 1 MB, parsed (joins, markers, repeats: the copies of the
//! seed are all repeats), then every block's figures found. Prints min /
//! median / max of repeated runs. Run with `cargo bench --bench recognise`
//! (scripts/bench).

use baogao::report::figures::Figures;
use baogao::report::parse;
use std::time::Instant;

const TARGET_BYTES: usize = 1 << 20;
const RUNS: usize = 15;

fn main() {
    let seed = baogao::SEED_REPORT;
    let mut text = String::with_capacity(TARGET_BYTES + seed.len());
    while text.len() < TARGET_BYTES {
        text.push_str(seed);
        text.push('\n');
    }
    let mut parse_times = Vec::with_capacity(RUNS);
    let mut report = parse("");
    for _ in 0..RUNS {
        let start = Instant::now();
        report = parse(&text);
        parse_times.push(start.elapsed().as_secs_f64() * 1000.0);
    }
    parse_times.sort_by(f64::total_cmp);
    println!(
        "parse {:.2} MB, native: min {:.1} ms / median {:.1} ms / max {:.1} ms",
        text.len() as f64 / (1 << 20) as f64,
        parse_times[0],
        parse_times[RUNS / 2],
        parse_times[RUNS - 1]
    );
    let mut times = Vec::with_capacity(RUNS);
    let mut found = 0;
    for _ in 0..RUNS {
        let start = Instant::now();
        found = Figures::of(&report).all.len();
        times.push(start.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(f64::total_cmp);
    let megabytes = text.len() as f64 / (1 << 20) as f64;
    println!(
        "recognise {megabytes:.2} MB ({found} figures), native: min {:.1} ms / median {:.1} ms / max {:.1} ms ({:.0} MB/s at the median)",
        times[0],
        times[RUNS / 2],
        times[RUNS - 1],
        megabytes / (times[RUNS / 2] / 1000.0)
    );
}
