//! What the comparisons cost, and which diff crate draws the characters:
//! every consecutive pair of the national series (1992–2013) compared,
//! median of repeated runs; then the changed sentences of all those pairs
//! diffed by `similar` (Myers, as the page draws them), `dissimilar` (diff-match-patch, semantic clean-up) and
//! `imara-diff` (Histogram): time, runs of changed characters (fewer reads
//! better) and characters marked changed (fewer is closer); and pairs of
//! 35,000 characters (`long-province.txt` against itself half rewritten,
//! and against a text it shares nothing with). Run with `cargo bench
//! --bench changes` (scripts/bench).

use baogao::library::changes::{compare, edits, pieces, Row};
use baogao::report::Model;
use std::time::Instant;

const RUNS: usize = 7;
const NATIONAL: [u32; 21] = [
    1992, 1993, 1994, 1995, 1997, 1998, 1999, 2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008,
    2009, 2010, 2011, 2012, 2013,
];

fn median(mut times: Vec<f64>) -> f64 {
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

fn main() {
    let models: Vec<(u32, Model, usize)> = NATIONAL
        .iter()
        .map(|year| {
            let path = format!("{}/reports/national/{year}.txt", env!("CARGO_MANIFEST_DIR"));
            let text = std::fs::read_to_string(path).expect("the national series");
            (*year, Model::new(&text), text.chars().count())
        })
        .collect();
    println!("| pair | characters | compare (median of {RUNS}) | new / dropped / changed / same |");
    println!("|---|---:|---:|---|");
    let mut changed: Vec<(String, String)> = Vec::new();
    let mut worst = 0.0f64;
    for pair in models.windows(2) {
        let ((y0, was, n0), (y1, now, n1)) = (&pair[0], &pair[1]);
        let mut times = Vec::new();
        let mut result = None;
        for _ in 0..RUNS {
            let start = Instant::now();
            result = Some(compare(was, now));
            times.push(start.elapsed().as_secs_f64() * 1000.0);
        }
        let changes = result.expect("ran");
        let ms = median(times);
        worst = worst.max(ms);
        let c = changes.counts;
        println!(
            "| {y0}→{y1} | {n0} + {n1} | {ms:.1} ms | {} / {} / {} / {} |",
            c.new, c.dropped, c.changed, c.same
        );
        for row in changes
            .groups
            .iter()
            .flat_map(|g| &g.units)
            .flat_map(|u| &u.rows)
        {
            if let Row::Changed { was, now, .. } = row {
                changed.push((was.text.clone(), now.text.clone()));
            }
        }
    }
    println!("worst pair: {worst:.1} ms");
    println!();
    long_pairs();
    println!();
    println!(
        "{} changed sentences of those pairs, diffed character by character:",
        changed.len()
    );
    println!("| crate | time (median of {RUNS}) | runs of changes | characters marked |");
    println!("|---|---:|---:|---:|");
    let chars = |s: &str| s.chars().count();
    // similar, as the page draws them.
    let runs = |f: &dyn Fn(&str, &str) -> (usize, usize)| {
        let mut times = Vec::new();
        let mut totals = (0, 0);
        for _ in 0..RUNS {
            let start = Instant::now();
            totals = changed.iter().fold((0, 0), |(r, m), (a, b)| {
                let (runs, marked) = f(a, b);
                (r + runs, m + marked)
            });
            times.push(start.elapsed().as_secs_f64() * 1000.0);
        }
        (median(times), totals)
    };
    let similar = runs(&|a, b| {
        let p = pieces(a, b);
        let marked = p
            .iter()
            .map(|piece| match piece {
                baogao::library::changes::Piece::Same(_) => 0,
                baogao::library::changes::Piece::Del(s)
                | baogao::library::changes::Piece::Ins(s) => chars(s),
            })
            .sum();
        (edits(&p), marked)
    });
    let dissimilar = runs(&|a, b| {
        let mut runs = 0;
        let mut marked = 0;
        let mut in_change = false;
        for chunk in dissimilar::diff(a, b) {
            match chunk {
                dissimilar::Chunk::Equal(_) => in_change = false,
                dissimilar::Chunk::Delete(s) | dissimilar::Chunk::Insert(s) => {
                    marked += chars(s);
                    if !in_change {
                        runs += 1;
                    }
                    in_change = true;
                }
            }
        }
        (runs, marked)
    });
    let imara = runs(&|a, b| {
        // Characters interned to dense tokens, as imara-diff expects (its
        // tables are as long as the number of distinct tokens).
        let mut ids: std::collections::HashMap<char, u32> = std::collections::HashMap::new();
        let mut tokens = |s: &str| -> Vec<imara_diff::Token> {
            s.chars()
                .map(|c| {
                    let next = ids.len() as u32;
                    imara_diff::Token(*ids.entry(c).or_insert(next))
                })
                .collect()
        };
        let (before, after) = (tokens(a), tokens(b));
        let mut diff = imara_diff::Diff::default();
        diff.compute_with(
            imara_diff::Algorithm::Histogram,
            &before,
            &after,
            ids.len() as u32,
        );
        let marked = (diff.count_additions() + diff.count_removals()) as usize;
        (diff.hunks().count(), marked)
    });
    for (name, (ms, (runs, marked))) in [
        (
            "similar 2.7 (Myers, islands of one or two characters folded)",
            similar,
        ),
        ("dissimilar 1.0 (semantic clean-up)", dissimilar),
        ("imara-diff 0.2 (Histogram)", imara),
    ] {
        println!("| {name} | {ms:.1} ms | {runs} | {marked} |");
    }
}

/// Pairs of about 35,000 characters each, the longest reports of the genre:
/// a text against itself with every other paragraph another's (half its
/// sentences new, half dropped, some changed), and against a text it
/// shares nothing with (every region of sentences as large as it gets).
fn long_pairs() {
    let read = |path: &str| {
        std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).expect(path)
    };
    let long = read("tests/fixtures/long-province.txt");
    let others: Vec<String> = (read("reports/national/2008.txt")
        + &read("reports/national/2009.txt"))
        .lines()
        .filter(|line| line.chars().count() > 60)
        .map(str::to_owned)
        .collect();
    let mut replaced = others.iter();
    let half_rewritten: String = long
        .lines()
        .enumerate()
        .map(|(at, line)| match replaced.next() {
            Some(other) if at % 2 == 1 && line.chars().count() > 60 => format!("{other}\n"),
            _ => format!("{line}\n"),
        })
        .collect();
    let unrelated: String = {
        let mut text = String::new();
        for line in &others {
            if text.chars().count() >= 35_000 {
                break;
            }
            text.push_str(line);
            text.push('\n');
        }
        text
    };
    println!("| 35,000-character pair | characters | compare (median of {RUNS}) | new / dropped / changed / same |");
    println!("|---|---:|---:|---|");
    let was = Model::new(&long);
    for (name, text) in [
        ("half rewritten", &half_rewritten),
        ("nothing shared", &unrelated),
    ] {
        let now = Model::new(text);
        let mut times = Vec::new();
        let mut result = None;
        for _ in 0..RUNS {
            let start = Instant::now();
            result = Some(compare(&was, &now));
            times.push(start.elapsed().as_secs_f64() * 1000.0);
        }
        let c = result.expect("ran").counts;
        println!(
            "| long-province.txt → {name} | {} + {} | {:.1} ms | {} / {} / {} / {} |",
            long.chars().count(),
            text.chars().count(),
            median(times),
            c.new,
            c.dropped,
            c.changed,
            c.same
        );
    }
}
