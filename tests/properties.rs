//! Properties that hold for any input, tried on many generated texts: the
//! parser, the figure recogniser and the matcher never panic and never lose
//! text. The inputs mix the genre's pieces (headings, numerals, units,
//! markdown, page breaks, CRLF, U+3000, odd characters) so that the
//! interesting paths are reached. More cases: `PROPTEST_CASES=100000`.
#![cfg(not(target_arch = "wasm32"))]

use baogao::report::figures::recognise;
use baogao::report::search::{fold, terms, SearchIndex};
use baogao::report::{is_layout, parse, Report};
use proptest::prelude::*;

/// Pieces of text a work report is made of, and some that it should not be.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("一、".to_owned()),
        Just("二、".to_owned()),
        Just("（一）".to_owned()),
        Just("(二)".to_owned()),
        Just("第三部分".to_owned()),
        Just("一是".to_owned()),
        Just("——".to_owned()),
        Just("1.".to_owned()),
        Just("**".to_owned()),
        Just("## ".to_owned()),
        Just("附件".to_owned()),
        Just("名词解释".to_owned()),
        Just("各位代表：".to_owned()),
        Just("政府工作报告".to_owned()),
        Just("(2023年1月7日在会议上)".to_owned()),
        Just("增长".to_owned()),
        Just("亿元".to_owned()),
        Just("万".to_owned()),
        Just("%".to_owned()),
        Just("个百分点".to_owned()),
        Just("居全市第".to_owned()),
        Just("以上".to_owned()),
        Just("“".to_owned()),
        Just("”".to_owned()),
        Just("。".to_owned()),
        Just("，".to_owned()),
        Just("\n".to_owned()),
        Just("\n\n".to_owned()),
        Just("\r\n".to_owned()),
        Just("\u{3000}\u{3000}".to_owned()),
        Just("\u{feff}".to_owned()),
        Just("\u{200b}".to_owned()),
        "[0-9]{1,6}".prop_map(|s| s),
        "[０-９]{1,3}".prop_map(|s| s),
        "[一二三四五六七八九十百千两半]{1,3}".prop_map(|s| s),
        "[\\u4e00-\\u9fa5]{1,8}".prop_map(|s| s),
        "[a-zA-Z.·+#/-]{1,3}".prop_map(|s| s),
        any::<char>().prop_map(|c| c.to_string()),
    ]
}

fn report_text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..60).prop_map(|pieces| pieces.concat())
}

/// The source's visible characters without the markdown markers the parser
/// says it removed, against the model's visible characters.
fn assert_nothing_lost(source: &str, report: &Report) {
    let mut removed = std::collections::BTreeSet::new();
    for block in report.blocks() {
        for marker in &block.markers {
            for k in 0..marker.marker.chars().count() {
                removed.insert(marker.source + k);
            }
        }
    }
    let expected: String = source
        .chars()
        .enumerate()
        .filter(|(i, c)| !removed.contains(i) && !is_layout(*c))
        .map(|(_, c)| c)
        .collect();
    let actual: String = report
        .blocks()
        .flat_map(|block| block.as_str().chars())
        .filter(|&c| !is_layout(c))
        .collect();
    assert_eq!(actual, expected);
    // Only markdown markers are removed.
    for block in report.blocks() {
        for marker in &block.markers {
            assert!(marker.marker == "**" || marker.marker.chars().all(|c| c == '#'));
        }
    }
}

proptest! {
    #[test]
    fn the_parser_loses_nothing(source in report_text()) {
        let report = parse(&source);
        assert_nothing_lost(&source, &report);
        // Ids are unique.
        let mut ids: Vec<&str> = report.blocks().map(|b| b.id.as_str()).collect();
        let count = ids.len();
        ids.sort_unstable();
        ids.dedup();
        prop_assert_eq!(ids.len(), count);
    }

    #[test]
    fn any_text_parses(source in any::<String>()) {
        let report = parse(&source);
        assert_nothing_lost(&source, &report);
    }

    #[test]
    fn figures_are_ordered_spans_of_the_text(text in report_text()) {
        let figures = recognise(&text);
        let mut end = 0;
        for figure in figures {
            prop_assert!(figure.range.start >= end && figure.range.start < figure.range.end);
            prop_assert!(text.get(figure.range.clone()).is_some(), "on character boundaries");
            prop_assert!(figure.value.is_none_or(f64::is_finite));
            end = figure.range.end;
        }
    }

    #[test]
    fn every_match_is_the_query(source in report_text(), query in "[\\u4e00-\\u9fa5０-９0-9a-zA-Z（）() ]{1,6}") {
        let report = parse(&source);
        let index = SearchIndex::new(&report);
        let words = terms(&query);
        let blocks: Vec<_> = report.blocks().collect();
        for hit in index.search(&query).hits {
            let text = blocks[hit.block].as_str();
            let found: String = text[hit.range.clone()].chars().filter_map(fold).collect();
            prop_assert!(words.iter().any(|w| found.contains(w.as_str())), "{found:?} for {query:?}");
        }
    }
}
