//! The library's index counts exactly what each report's own search
//! counts: a few hundred queries (single characters, pairs, phrases,
//! numbers like `5.5%`, Latin like `5G`, full-width forms, several words,
//! phrases across a page-break join) over the real reports, each answered
//! from the index's files alone and compared with a plain scan of the texts.

use baogao::library::index::{build_group, Folded, Gram, Query};
use baogao::report::search::SearchIndex;
use baogao::report::{parse, Report};
use std::collections::HashMap;

fn real_reports() -> Vec<Report> {
    let mut paths: Vec<_> = std::fs::read_dir("reports/national")
        .expect("the national reports")
        .filter_map(|entry| Some(entry.ok()?.path()))
        .filter(|path| path.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    let mut texts: Vec<String> = vec![baogao::SEED_REPORT.to_owned()];
    texts.extend(
        paths
            .iter()
            .map(|p| std::fs::read_to_string(p).expect("UTF-8")),
    );
    texts.iter().map(|text| parse(text)).collect()
}

/// The files of an index, by name.
struct Files {
    files: HashMap<String, Vec<u8>>,
    shards: u32,
}

impl Files {
    /// The index of the reports, as a build writes it.
    fn of(reports: &[Report]) -> Files {
        let folded: Vec<Folded> = reports
            .iter()
            .map(|report| Folded::new(report.blocks().map(|b| b.as_str())))
            .collect();
        let group = build_group(&folded);
        Files {
            files: group.files.into_iter().collect(),
            shards: group.shards,
        }
    }

    /// A query answered from the files, as the app does: its shards (or a
    /// gram's own file), the blocks' starts when needed; and no file more.
    fn count(&self, query: &str) -> HashMap<u32, u32> {
        let query = Query::new(query);
        let first = query.first_files(self.shards);
        let file = |name: &str| {
            assert!(
                first.iter().any(|f| f == name),
                "{name} is read but not fetched"
            );
            self.files.get(name).map(|bytes| bytes.as_slice())
        };
        let apart = query.apart_files(self.shards, file);
        let fetched = |name: &str| {
            let asked = first.iter().chain(&apart).any(|f| f == name);
            assert!(asked, "{name} is read but not fetched");
            self.files.get(name).map(|bytes| bytes.as_slice())
        };
        query
            .answer(self.shards, fetched)
            .into_iter()
            .map(|counted| (counted.report, counted.count))
            .collect()
    }
}

fn scan(reports: &[SearchIndex], query: &str) -> HashMap<u32, u32> {
    reports
        .iter()
        .enumerate()
        .filter_map(|(number, index)| {
            let hits = index.search(query).hits.len() as u32;
            (hits > 0).then_some((number as u32, hits))
        })
        .collect()
}

/// Queries of every kind: picked from the texts (so most are found) and
/// written by hand (some found nowhere).
fn queries(reports: &[Report]) -> Vec<String> {
    let mut queries: Vec<String> = [
        "稳",
        "，",
        "5.5%",
        "5g",
        "５Ｇ",
        "ＧＤＰ",
        "gdp",
        "10.43亿元",
        "拉动消费",
        "区经济",
        "数字经济",
        "改革 开放",
        "就业 稳定 增长",
        "“十四五”",
        "\"十四五\"",
        "发展发展",
        "稳稳",
        "哈哈哈",
        "人工智能+",
        "（一）",
        "(一)",
        "国内生产总值增长",
        "经济 经济",
        "%",
        "亿元",
        "2012年",
        "１９９４年",
        "一是",
        "各位代表",
        "不存在的短语",
    ]
    .map(String::from)
    .to_vec();
    // Pieces of 1 to 9 characters from across the texts, at steady steps.
    for (number, report) in reports.iter().enumerate() {
        let blocks: Vec<&str> = report.blocks().map(|b| b.as_str()).collect();
        for (i, block) in blocks.iter().enumerate().step_by(8) {
            let chars: Vec<char> = block.chars().collect();
            let len = 1 + (i + number) % 9;
            let at = (i * 7 + number) % chars.len().max(1);
            if at + len <= chars.len() {
                queries.push(chars[at..at + len].iter().collect());
            }
        }
    }
    queries
}

#[test]
fn the_index_counts_what_each_report_counts() {
    let reports = real_reports();
    let files = Files::of(&reports);
    let scanned: Vec<SearchIndex> = reports.iter().map(SearchIndex::new).collect();
    let queries = queries(&reports);
    assert!(queries.len() >= 300, "{} queries", queries.len());
    let mut found_somewhere = 0;
    for query in &queries {
        let expected = scan(&scanned, query);
        found_somewhere += usize::from(!expected.is_empty());
        assert_eq!(files.count(query), expected, "{query}");
    }
    assert!(
        found_somewhere * 10 > queries.len() * 8,
        "most queries are found"
    );
    println!(
        "{} queries, {found_somewhere} found; {} shards, {} files",
        queries.len(),
        files.shards,
        files.files.len()
    );
}

#[test]
fn a_page_break_join_and_the_seeds_known_counts() {
    let reports = real_reports();
    let files = Files::of(&reports);
    // `10.43亿` ⏎⏎ `元` in the seed's text, joined by the parser.
    assert_eq!(files.count("10.43亿元").get(&0), Some(&1));
    assert_eq!(files.count("拉动消费").get(&0), Some(&2));
    assert_eq!(files.count("稳进提质").get(&0), Some(&3));
    assert!(files.count("不存在的短语").is_empty());
    assert!(Gram::One('稳').shard(files.shards) < files.shards);
}
