//! Writes the table of China's administrative divisions (GB/T 2260) that
//! `library::divisions` reads: every code of every revision the `gb2260`
//! crate carries (2002–2016), each name with the revisions it was in, so
//! that a renamed place (襄樊 → 襄阳) and an abolished one (巢湖) are found
//! under the names of their own years. Taken from the package at build time,
//! never typed by hand.

use gb2260::Division;
use std::fmt::Write as _;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let mut revisions: Vec<u32> = Division::revisions()
        .into_iter()
        .filter_map(|revision| revision.parse().ok())
        .collect();
    revisions.sort_unstable();
    // (code, name, first revision, last revision), in code order.
    let mut rows: Vec<(u32, &'static str, u32, u32)> = Vec::new();
    let exists = |code: u32| {
        revisions
            .iter()
            .any(|r| Division::get_by_revision(&code.to_string(), &r.to_string()).is_some())
    };
    for province in (11..=82u32).filter(|p| exists(p * 10_000)) {
        for prefecture in 0..=99u32 {
            for county in 0..=99u32 {
                let code = province * 10_000 + prefecture * 100 + county;
                let mut last: Option<usize> = None;
                for &revision in &revisions {
                    let Some(division) =
                        Division::get_by_revision(&code.to_string(), &revision.to_string())
                    else {
                        last = None;
                        continue;
                    };
                    match last.map(|at| &mut rows[at]) {
                        Some(row) if row.1 == division.name => row.3 = revision,
                        _ => {
                            rows.push((code, division.name, revision, revision));
                            last = Some(rows.len() - 1);
                        }
                    }
                }
            }
        }
    }
    let mut out = String::from("&[\n");
    for (code, name, first, last) in rows {
        writeln!(out, "({code},{name:?},{first},{last}),").expect("a string");
    }
    out.push(']');
    let path =
        std::path::Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("divisions.rs");
    std::fs::write(path, out).expect("divisions.rs written");
    let (first, last) = (revisions[0], revisions[revisions.len() - 1]);
    println!("cargo:rustc-env=GB2260_REVISIONS={first}-{last}");
}
