//! What changed between two reports: the national series pair by pair, and
//! pairs made by known edits.

mod common;

use baogao::library::changes::{changes_csv, compare, side, split_sentences, Changes, Row};
use baogao::library::{read_manifest, Catalog};
use baogao::report::{Model, Report};
use common::read;

/// Each side's texts as the page holds them: headings, then sentences
/// (whole, or the side's pieces of a changed one).
fn sides(changes: &Changes) -> (Vec<String>, Vec<String>) {
    let (mut was, mut now) = (Vec::new(), Vec::new());
    for unit in changes.groups.iter().flat_map(|g| &g.units) {
        was.extend(unit.was.iter().map(|(text, _)| text.clone()));
        now.extend(unit.now.iter().map(|(text, _)| text.clone()));
        for row in &unit.rows {
            match row {
                Row::Same { was: a, now: b } => {
                    was.push(a.text.clone());
                    now.push(b.text.clone());
                }
                Row::Changed { pieces, .. } => {
                    was.push(side(pieces, true));
                    now.push(side(pieces, false));
                }
                Row::New(s) => now.push(s.text.clone()),
                Row::Dropped(s) => was.push(s.text.clone()),
            }
        }
    }
    was.sort();
    now.sort();
    (was, now)
}

/// A report's headings and sentences below its masthead (not a page's
/// furniture, nor a site's notice: they are not the report's words).
fn texts_of(report: &Report) -> Vec<String> {
    let mut texts = Vec::new();
    let mut body = |blocks: &mut dyn Iterator<Item = &baogao::report::Block>| {
        for block in blocks.filter(|block| block.role != baogao::report::Role::Furniture) {
            texts.extend(split_sentences(block.as_str()).map(str::to_owned));
        }
    };
    body(&mut report.front[report.masthead_len()..].iter());
    let mut headings = Vec::new();
    for part in &report.parts {
        headings.extend(part.heading.iter().map(|h| h.as_str().to_owned()));
        body(&mut part.intro.iter());
        for section in &part.sections {
            headings.push(section.heading.as_str().to_owned());
            body(&mut section.paragraphs.iter());
        }
    }
    body(&mut report.closing.iter());
    for appendix in &report.appendices {
        headings.push(appendix.heading.as_str().to_owned());
        body(&mut appendix.blocks.iter());
    }
    texts.extend(headings);
    texts.sort();
    texts
}

fn assert_nothing_lost(was: &Model, now: &Model, changes: &Changes) {
    let (was_side, now_side) = sides(changes);
    assert_eq!(was_side, texts_of(&was.report), "last year's text");
    assert_eq!(now_side, texts_of(&now.report), "this year's text");
}

const NATIONAL: [u32; 21] = [
    1992, 1993, 1994, 1995, 1997, 1998, 1999, 2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008,
    2009, 2010, 2011, 2012, 2013,
];

#[test]
fn every_pair_of_the_national_series_keeps_every_sentence() {
    for pair in NATIONAL.windows(2) {
        let was = Model::new(&read(&format!("reports/national/{}.txt", pair[0])));
        let now = Model::new(&read(&format!("reports/national/{}.txt", pair[1])));
        let changes = compare(&was, &now);
        assert_nothing_lost(&was, &now, &changes);
        let c = changes.counts;
        assert_eq!(
            c.new + c.changed + c.same,
            sentences(&now.report),
            "{pair:?}"
        );
        assert_eq!(
            c.dropped + c.changed + c.same,
            sentences(&was.report),
            "{pair:?}"
        );
        // Consecutive years share their genre's sentences and reword many.
        assert!(
            c.changed > 0 && c.new > 0 && c.dropped > 0,
            "{pair:?}: {c:?}"
        );
        let parts: usize = changes.groups.iter().map(|g| g.counts.new).sum();
        assert_eq!(parts, c.new, "the parts' counts add up");
    }
}

/// 2013's text with known edits: a sentence dropped, one inserted, one
/// changed by a few characters, and a section moved.
fn edited(text: &str) -> (String, &'static str) {
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    let paragraphs: Vec<usize> = (0..lines.len())
        .filter(|&i| {
            split_sentences(lines[i].trim()).count() >= 3 && lines[i].chars().count() > 120
        })
        .collect();
    // Dropped: the second sentence of one paragraph.
    let at = paragraphs[5];
    let sentences: Vec<String> = split_sentences(&lines[at]).map(str::to_owned).collect();
    lines[at] = [&sentences[..1], &sentences[2..]].concat().concat();
    // Inserted: a sentence at the end of another.
    const INSERTED: &str = "我们将开展一项前所未有的甲乙丙丁试点。";
    lines[paragraphs[12]].push_str(INSERTED);
    // Changed: three characters of another's first sentence.
    let at = paragraphs[20];
    let mut sentences: Vec<String> = split_sentences(&lines[at]).map(str::to_owned).collect();
    let first: Vec<char> = sentences[0].chars().collect();
    assert!(first.len() > 12);
    sentences[0] = first[..6]
        .iter()
        .chain(['甲', '乙'].iter())
        .chain(&first[9..])
        .collect();
    lines[at] = sentences.concat();
    // Moved: section （二） of part 三 after section （三）, the two
    // renumbered as a report would be.
    let start = lines
        .iter()
        .position(|l| l.starts_with("（二）强化农业"))
        .unwrap();
    let middle = lines
        .iter()
        .position(|l| l.starts_with("（三）以保障"))
        .unwrap();
    let end = lines.iter().position(|l| l.starts_with("（四）")).unwrap();
    let moved: Vec<String> = lines.drain(start..middle).collect();
    let at = end - moved.len();
    lines.splice(at..at, moved);
    for line in &mut lines {
        if let Some(rest) = line.strip_prefix("（二）强化农业") {
            *line = format!("（三）强化农业{rest}");
        } else if let Some(rest) = line.strip_prefix("（三）以保障") {
            *line = format!("（二）以保障{rest}");
        }
    }
    (lines.join("\n"), INSERTED)
}

#[test]
fn known_edits_are_counted_as_made() {
    let text = read("reports/national/2013.txt");
    let (edited_text, inserted) = edited(&text);
    let was = Model::new(&text);
    let now = Model::new(&edited_text);
    let changes = compare(&was, &now);
    assert_nothing_lost(&was, &now, &changes);
    let c = changes.counts;
    assert_eq!((c.new, c.dropped, c.changed), (1, 1, 1), "{c:?}");
    assert_eq!(
        c.same,
        sentences(&was.report) - 2,
        "every other sentence is the same"
    );
    assert_eq!(c.edits, 3, "one run each: dropped, inserted, changed");
    let new: Vec<&str> = changes
        .groups
        .iter()
        .flat_map(|g| &g.units)
        .flat_map(|u| &u.rows)
        .filter_map(|row| match row {
            Row::New(s) => Some(s.text.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(new, [inserted]);
    // The CSV: the three edits, each a row under its part.
    let csv = changes_csv(&changes.groups, ["上年", "今年"]);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "\u{feff}部分,变化,上年,今年");
    assert_eq!(lines.len(), 4, "{csv}");
    let kinds: Vec<&str> = lines[1..]
        .iter()
        .map(|l| l.split(',').nth(1).unwrap())
        .collect();
    assert!(
        ["删去", "新增", "改动"].iter().all(|k| kinds.contains(k)),
        "{kinds:?}"
    );
    assert!(lines
        .iter()
        .any(|l| l.contains("新增,,") && l.ends_with(inserted)));
    // The moved section stands where this year's text has it, unchanged.
    let order: Vec<&str> = changes
        .groups
        .iter()
        .flat_map(|g| &g.units)
        .filter_map(|u| u.now.as_ref().map(|(h, _)| h.as_str()))
        .filter(|h| h.starts_with('（'))
        .take(3)
        .collect();
    assert!(
        order[1].starts_with("（二）以保障") && order[2].starts_with("（三）强化农业"),
        "{order:?}"
    );
    let moved = changes
        .groups
        .iter()
        .flat_map(|g| &g.units)
        .find(|u| {
            u.now
                .as_ref()
                .is_some_and(|(h, _)| h.starts_with("（三）强化农业"))
        })
        .unwrap();
    assert!(moved
        .was
        .as_ref()
        .is_some_and(|(h, _)| h.starts_with("（二）强化农业")));
    assert!(moved.rows.iter().all(|r| matches!(r, Row::Same { .. })));
}

/// How many sentences a report has below its masthead (headings apart).
fn sentences(report: &Report) -> usize {
    let headings = report.parts.iter().filter(|p| p.heading.is_some()).count()
        + report.sections().count()
        + report.appendices.len();
    texts_of(report).len() - headings
}

/// Two texts of one place and year, named by the manifest's `version`:
/// paired in the manifest's order (not the files'), apart from the years,
/// and the page between them counts the edits made.
#[test]
fn versions_of_one_report_are_paired_and_their_edits_counted() {
    let text = read("reports/national/2013.txt");
    let (adopted_text, _) = edited(&text);
    let manifest = read_manifest(
        "file,place,level,year,version,address\ndraft.txt,国务院,national,2013,草案,gwy-2013\nadopted.txt,国务院,national,2013,定稿,gwy-2013\nearlier.txt,国务院,national,2012,,\n",
    )
    .unwrap();
    let catalog = Catalog::new(
        vec![
            ("adopted.txt".to_owned(), adopted_text),
            ("draft.txt".to_owned(), text),
            ("earlier.txt".to_owned(), read("reports/national/2012.txt")),
        ],
        &manifest,
    );
    let at = |file: &str| catalog.entries.iter().position(|e| e.file == file).unwrap();
    let (draft, adopted, earlier) = (at("draft.txt"), at("adopted.txt"), at("earlier.txt"));
    assert_eq!(catalog.earlier_version(adopted), Some(draft));
    assert_eq!(catalog.later_version(draft), Some(adopted));
    assert_eq!(catalog.earlier_version(draft), None);
    assert_eq!(catalog.later_version(earlier), None);
    assert_eq!(catalog.entries[draft].label(), "国务院 2013年（草案）");
    // Given one address, the text adopted keeps it.
    assert_eq!(catalog.entries[adopted].address, "gwy-2013");
    assert_eq!(catalog.entries[draft].address, "gwy-2013-2");
    // Last year's report is compared with the text adopted.
    assert_eq!(catalog.year_before(adopted), Some(earlier));
    let changes = compare(
        &catalog.entries[draft].model,
        &catalog.entries[adopted].model,
    );
    let c = changes.counts;
    assert_eq!(
        (c.new, c.dropped, c.changed, c.edits),
        (1, 1, 1, 3),
        "{c:?}"
    );
}
