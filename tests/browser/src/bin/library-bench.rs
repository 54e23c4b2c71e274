//! What a search across a built library fetches: for queries of 1, 2, 4
//! and 8 characters taken from the library's own texts, the index files
//! the first results need (the newest group's shards, the files of grams
//! filed apart, the blocks' starts for several words, the list of reports)
//! and the snippets of the first ten reports (their paragraphs' chunks),
//! then what every report's count needs (every group's shards). Brotli
//! bytes, median and worst over the queries, as a static host serves them.
//! Usage: `library-bench BUILT_LIBRARY [QUERIES_PER_LENGTH]`.

use baogao::library::index::{chunk_file, chunk_of, group_file, read_listing, Query, LISTING_FILE};
use baogao_browser_tests::{brotli_size, median_and_worst, sample_queries};
use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

/// Snippets shown with the first results.
const SNIPPETS: usize = 10;

struct Index {
    folder: PathBuf,
    /// Each group's number of shards, newest group first.
    shards: Vec<u32>,
    brotli: HashMap<String, usize>,
}

impl Index {
    fn open(build: &Path) -> Index {
        let search = build.join("_search");
        let folder = std::fs::read_dir(&search)
            .expect("a library's build (_search/)")
            .map(|entry| entry.expect("an entry").path())
            .find(|path| path.is_dir())
            .expect("the index's folder");
        let listing = std::fs::read_to_string(folder.join(LISTING_FILE)).expect("the listing");
        let listed = read_listing(&listing).expect("a listing");
        let mut shards = Vec::new();
        for report in &listed {
            if shards.len() <= report.group as usize {
                shards.push(report.shards);
            }
        }
        Index {
            folder,
            shards,
            brotli: HashMap::new(),
        }
    }

    fn bytes(&self, name: &str) -> Vec<u8> {
        std::fs::read(self.folder.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
    }

    /// A file's size as a host sends it (brotli, quality 11).
    fn sent(&mut self, name: &str) -> usize {
        if let Some(&size) = self.brotli.get(name) {
            return size;
        }
        let size = brotli_size(&self.bytes(name));
        self.brotli.insert(name.to_owned(), size);
        size
    }

    /// A group's answer: the files it needs and each report's count.
    fn answer(&self, group: usize, query: &Query) -> (BTreeSet<String>, Vec<(u32, u32, u32)>) {
        let group_number = group as u32;
        let shards = self.shards[group];
        let read = |name: &str| self.bytes(&group_file(group_number, name));
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
            .map(|name| group_file(group_number, name))
            .collect();
        (files, counted)
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let build = PathBuf::from(args.next().expect("usage: library-bench BUILT_LIBRARY [N]"));
    let wanted: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(40);
    let mut index = Index::open(&build);
    let texts: Vec<String> = std::fs::read_dir(&build)
        .expect("the build")
        .map(|entry| entry.expect("an entry").path())
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            name.starts_with("report-") && name.ends_with(".txt")
        })
        .map(|p| std::fs::read_to_string(p).expect("UTF-8"))
        .collect();
    let listing = index.sent(LISTING_FILE);
    println!(
        "{}: {} reports in {} groups; the list of reports {listing} bytes brotli",
        build.display(),
        texts.len(),
        index.shards.len()
    );
    println!(
        "| characters | first results: index (median / worst) | snippets | every report's count |"
    );
    println!("|---:|---|---|---|");
    for length in [1, 2, 4, 8] {
        let (mut first, mut snippets, mut every) = (Vec::new(), Vec::new(), Vec::new());
        for query in sample_queries(&texts, length, wanted) {
            let query = Query::new(&query);
            let (files, mut counted) = index.answer(0, &query);
            first.push(listing + files.iter().map(|f| index.sent(f)).sum::<usize>());
            counted.sort_by_key(|&(report, count, _)| (std::cmp::Reverse(count), report));
            let chunks: BTreeSet<String> = counted
                .iter()
                .take(SNIPPETS)
                .map(|&(report, _, first)| format!("g0/{}", chunk_file(report, chunk_of(first))))
                .collect();
            snippets.push(chunks.iter().map(|f| index.sent(f)).sum::<usize>());
            let mut all = files;
            for group in 1..index.shards.len() {
                all.extend(index.answer(group, &query).0);
            }
            every.push(listing + all.iter().map(|f| index.sent(f)).sum::<usize>());
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
