//! What a search across a built library fetches: for queries of 1, 2, 4
//! and 8 characters taken from the library's own texts, the index files
//! the first results need (the newest group's shards, the files of grams
//! filed apart, the blocks' starts for several words, the list of reports)
//! and the snippets of the first ten reports (their paragraphs' chunks),
//! then what every report's count needs (every group's shards), each
//! piece as the byte range of its pack it is (deflate), with each group's
//! directory's pages and layouts read to find them once, and the list of
//! reports (brotli); median and worst over
//! the queries. Also the files and bytes the build holds on disk.
//! Usage: `library-bench BUILT_LIBRARY [QUERIES_PER_LENGTH]`.

use baogao::library::index::{chunk_file, chunk_of, Query};
use baogao_browser_tests::packed::{files_and_bytes, PackedIndex};
use baogao_browser_tests::source::{read_source, sources};
use baogao_browser_tests::{median_and_worst, sample_queries};
use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;

/// Snippets shown with the first results.
const SNIPPETS: usize = 10;

/// A group's answer: the pieces it needs (group, name) and each report's
/// count.
type Answer = (BTreeSet<(u32, String)>, Vec<(u32, u32, u32)>);

fn answer(index: &PackedIndex, group: u32, query: &Query) -> Answer {
    let shards = index.groups()[group as usize].shards;
    let read = |name: &str| index.file(group, name).unwrap_or_else(|| panic!("{name}"));
    let first: HashMap<String, Vec<u8>> = query
        .first_files(shards)
        .into_iter()
        .map(|name| {
            let bytes = read(&name);
            (name, bytes)
        })
        .collect();
    let apart: HashMap<String, Vec<u8>> = query
        .apart_files(shards, |name| first.get(name).map(|b| b.as_slice()))
        .into_iter()
        .map(|name| {
            let bytes = read(&name);
            (name, bytes)
        })
        .collect();
    let counted = query
        .answer(shards, |name| {
            first
                .get(name)
                .or_else(|| apart.get(name))
                .map(|b| b.as_slice())
        })
        .into_iter()
        .map(|c| (c.report, c.count, c.first))
        .collect();
    let files = first
        .keys()
        .chain(apart.keys())
        .map(|name| (group, name.clone()))
        .collect();
    (files, counted)
}

/// What pieces cost as fetched: each its compressed length in its pack
/// (a byte range is sent as it is), and each layout and page of a
/// directory read to find them once.
fn sent(index: &PackedIndex, pieces: &BTreeSet<(u32, String)>) -> usize {
    let mut bytes = 0;
    let mut read = BTreeSet::new();
    for (group, name) in pieces {
        let (place, first) = index.place(*group, name).expect("a place");
        for directory in first {
            if read.insert((directory.pack, directory.offset)) {
                bytes += directory.length as usize;
            }
        }
        bytes += place.length as usize;
    }
    bytes
}

fn main() {
    let mut args = std::env::args().skip(1);
    let build = PathBuf::from(args.next().expect("usage: library-bench BUILT_LIBRARY [N]"));
    let wanted: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(40);
    let index = PackedIndex::open(&build);
    let texts: Vec<String> = sources(&build).iter().map(|p| read_source(p)).collect();
    let listing = index.listing_bytes();
    let (site_files, site_bytes) = files_and_bytes(&build);
    let (index_files, index_bytes) = files_and_bytes(&index.folder);
    println!(
        "{}: {} reports in {} groups; on disk {site_files} files, {:.1} MB (the search index {index_files} files, {:.1} MB); the list of reports {listing} bytes brotli",
        build.display(),
        texts.len(),
        index.groups().len(),
        site_bytes as f64 / 1e6,
        index_bytes as f64 / 1e6,
    );
    println!(
        "| characters | first results: index (median / worst) | snippets | every report's count |"
    );
    println!("|---:|---|---|---|");
    for length in [1, 2, 4, 8] {
        let (mut first, mut snippets, mut every) = (Vec::new(), Vec::new(), Vec::new());
        for query in sample_queries(&texts, length, wanted) {
            let query = Query::new(&query);
            let (files, mut counted) = answer(&index, 0, &query);
            first.push(listing + sent(&index, &files));
            counted.sort_by_key(|&(report, count, _)| (std::cmp::Reverse(count), report));
            let chunks: BTreeSet<(u32, String)> = counted
                .iter()
                .take(SNIPPETS)
                .map(|&(report, _, first)| (0, chunk_file(report, chunk_of(first))))
                .collect();
            snippets.push(sent(&index, &chunks));
            let mut all = files;
            for group in 1..index.groups().len() as u32 {
                all.extend(answer(&index, group, &query).0);
            }
            every.push(listing + sent(&index, &all));
        }
        let (first, snippets, every) = (
            median_and_worst(first),
            median_and_worst(snippets),
            median_and_worst(every),
        );
        println!(
            "| {length} | {:.1} / {:.1} KB | {:.1} / {:.1} KB | {:.1} / {:.1} KB |",
            first.0 as f64 / 1024.0,
            first.1 as f64 / 1024.0,
            snippets.0 as f64 / 1024.0,
            snippets.1 as f64 / 1024.0,
            every.0 as f64 / 1024.0,
            every.1 as f64 / 1024.0
        );
    }
}
