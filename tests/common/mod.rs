//! Helpers shared by the native tests.

// Each test file uses some of these.
#![allow(dead_code)]

use baogao::report::{is_layout, Report};
use std::path::PathBuf;

pub fn read(path: &str) -> String {
    let full = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(path);
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{}: {e}", full.display()))
}

/// The source's visible characters, with markdown markers (`**`, a leading
/// `#`) taken out: what the model must hold, in order.
pub fn visible_source(source: &str) -> String {
    source
        .lines()
        .map(|line| {
            let line = line.trim_start_matches(is_layout);
            let hashes = line.chars().take_while(|&c| c == '#').count();
            let line = if (1..=6).contains(&hashes) && line[hashes..].starts_with(is_layout) {
                &line[hashes..]
            } else {
                line
            };
            line.replace("**", "")
        })
        .flat_map(|line| line.chars().collect::<Vec<_>>())
        .filter(|&c| !is_layout(c))
        .collect()
}

/// The model's visible characters, block after block.
pub fn visible_model(report: &Report) -> String {
    report
        .blocks()
        .flat_map(|block| block.as_str().chars())
        .filter(|&c| !is_layout(c))
        .collect()
}

/// Every visible character of the source appears in the model, in order,
/// and nothing else does.
pub fn assert_fidelity(source: &str, report: &Report) {
    let expected = visible_source(source);
    let actual = visible_model(report);
    if expected != actual {
        let at = expected
            .chars()
            .zip(actual.chars())
            .take_while(|(a, b)| a == b)
            .count();
        let context = |s: &str| {
            s.chars()
                .skip(at.saturating_sub(10))
                .take(30)
                .collect::<String>()
        };
        panic!(
            "model differs from source at visible char {at}:\n source: {}\n  model: {}",
            context(&expected),
            context(&actual)
        );
    }
}
