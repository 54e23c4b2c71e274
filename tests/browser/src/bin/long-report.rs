//! Writes a long report for speed tests: the seed's front matter, then the
//! parts of the national reports of 1992–2013 one after another (their
//! headings numbered on), to about 205,000 characters: real text of the
//! genre, as varied as a report ten times the usual length would be.
//! Usage: `long-report OUT_FILE [CHARACTERS]`.

use baogao_browser_tests::project;

/// About the length of the longest text the app is tried on.
const CHARACTERS: usize = 205_000;

fn numeral(n: usize) -> String {
    const DIGITS: [&str; 10] = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        1..=9 => DIGITS[n].to_owned(),
        10..=19 => format!("十{}", DIGITS[n % 10]),
        _ => format!("{}十{}", DIGITS[n / 10], DIGITS[n % 10]),
    }
}

/// A part heading's numeral and the rest of its line (`一、…`).
fn part_heading(line: &str) -> Option<&str> {
    let trimmed = line.trim_start_matches(['\u{3000}', ' ']);
    let numeral_end = trimmed
        .char_indices()
        .find(|(_, c)| !"一二三四五六七八九十".contains(*c))
        .map(|(i, _)| i)?;
    (numeral_end > 0 && trimmed[numeral_end..].starts_with('、'))
        .then(|| &trimmed[numeral_end + '、'.len_utf8()..])
}

fn main() {
    let out = std::env::args()
        .nth(1)
        .expect("usage: long-report OUT_FILE [CHARACTERS]");
    let wanted = std::env::args()
        .nth(2)
        .and_then(|n| n.parse().ok())
        .unwrap_or(CHARACTERS);
    let seed = baogao::SEED_REPORT;
    let front = &seed[..seed
        .find("一、2022年工作回顾")
        .expect("the seed's first part")];
    let mut text = String::from(front);
    let mut characters = front.chars().count();
    let mut parts = 0;
    let folder = project().join("reports/national");
    let mut files: Vec<_> = std::fs::read_dir(&folder)
        .expect("the national reports")
        .filter_map(|entry| Some(entry.ok()?.path()))
        .filter(|path| path.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    'reports: for path in files {
        let report = std::fs::read_to_string(&path).expect("UTF-8");
        // Without the copy's licence footer, from the first part on.
        let report = report
            .split("本作品是中华人民共和国")
            .next()
            .unwrap_or_default();
        let mut started = false;
        for line in report.lines() {
            let added = if let Some(rest) = part_heading(line) {
                started = true;
                parts += 1;
                format!("{}、{rest}\n", numeral(parts))
            } else if started {
                format!("{line}\n")
            } else {
                continue;
            };
            characters += added.chars().count();
            text.push_str(&added);
            if characters >= wanted && line.trim().is_empty() {
                break 'reports;
            }
        }
    }
    std::fs::write(&out, &text).expect("write the long report");
    println!("{out}: {} characters", text.chars().count());
}
