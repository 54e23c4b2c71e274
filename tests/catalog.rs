//! The catalogue on the sample of a real collection (tests/fixtures/
//! lawtext-sample: 125 reports in the layout `政府工作报告-LEVEL/PLACE/YEAR.md`):
//! every report placed as the collection files it, from its text where the
//! text says, with its level, province, date and speaker, and its text kept
//! whole but for the front matter.

use baogao::library::{catalog_csv, Catalog, Level, Placed, Source};
use std::collections::HashMap;
use std::path::Path;

fn sample() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/lawtext-sample");
    let mut files = Vec::new();
    let mut stack = vec![root.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("the sample") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "md")
                && path.file_name() != Some("README.md".as_ref())
            {
                let name = path
                    .strip_prefix(&root)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                files.push((name, std::fs::read_to_string(&path).expect("UTF-8")));
            }
        }
    }
    files.sort();
    files
}

/// The collection's own answer: its folder and its file's name.
fn filed_as(file: &str) -> (Level, &str, i32) {
    let parts: Vec<&str> = file.split('/').collect();
    let level = match parts[0] {
        "政府工作报告-省自治区" => Level::Province,
        _ => Level::City,
    };
    let year = parts[2].trim_end_matches(".md").parse().expect("YEAR.md");
    (level, parts[1], year)
}

#[test]
fn every_report_of_the_sample_is_placed_as_the_collection_files_it() {
    let reports = sample();
    assert_eq!(reports.len(), 125);
    let catalog = Catalog::new(reports.clone(), &HashMap::new());
    let provinces: HashMap<&str, &str> = [
        ("浙江省", "浙江省"),
        ("杭州市", "浙江省"),
        ("宁波市", "浙江省"),
        ("温州市", "浙江省"),
        ("湖州市", "浙江省"),
        ("衢州市", "浙江省"),
        ("延边朝鲜族自治州", "吉林省"),
        ("恩施土家族苗族自治州", "湖北省"),
    ]
    .into();
    let mut wrong = Vec::new();
    let mut from_text = 0;
    for entry in &catalog.entries {
        let (level, place, year) = filed_as(&entry.file);
        let placement = &entry.placement;
        let got = (
            placement.level,
            placement.place.as_deref(),
            placement.province.as_deref(),
            placement.year,
        );
        if got != (Some(level), Some(place), Some(provinces[place]), Some(year)) {
            wrong.push(format!("{}: {got:?}", entry.file));
        }
        from_text += usize::from(placement.place_from != Some(Source::Path));
    }
    assert!(
        wrong.is_empty(),
        "{} misplaced:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
    let placed = Placed::of(&catalog);
    assert_eq!(placed.unplaced, 0);
    // The rest say only `我代表省人民政府`: their path names the place.
    assert!(from_text >= 99, "placed from the text: {from_text} of 125");
    // The text of each is the file's without its front matter, to the character.
    let by_file: HashMap<&str, &str> = reports
        .iter()
        .map(|(f, t)| (f.as_str(), t.as_str()))
        .collect();
    for entry in &catalog.entries {
        let whole = by_file[entry.file.as_str()];
        assert!(whole.ends_with(&entry.text), "{}", entry.file);
        assert!(
            !entry.text.trim_start().starts_with("---"),
            "{}",
            entry.file
        );
    }
    let csv = catalog_csv(&catalog);
    assert_eq!(csv.lines().count(), 126);
}
