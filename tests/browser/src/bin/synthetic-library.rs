//! Writes a synthetic library for the library's benchmarks: N reports of
//! about 15,000 characters each. With `collection`, in the shape of the
//! real collection (`政府工作报告-LEVEL/PLACE/YEAR.md`, front matter, four
//! levels: `baogao_browser_tests::collection`); else plain texts of
//! provinces, cities and districts (`synthetic`). The same N gives the same
//! library. Usage: `synthetic-library FOLDER N [collection]`.

use baogao_browser_tests::collection::collection_report;
use baogao_browser_tests::synthetic::{report, sentences, CHARACTERS};
use std::path::Path;

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(folder), Some(count)) = (args.next(), args.next().and_then(|n| n.parse().ok()))
    else {
        eprintln!("usage: synthetic-library FOLDER N [collection]");
        std::process::exit(2);
    };
    let collection = args.next().as_deref() == Some("collection");
    let count: usize = count;
    let sentences = sentences();
    let mut characters = 0;
    for number in 0..count {
        let (name, text) = if collection {
            collection_report(number, &sentences, CHARACTERS)
        } else {
            report(number, &sentences, CHARACTERS)
        };
        characters += text.chars().count();
        let path = Path::new(&folder).join(name);
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("the folder");
        std::fs::write(path, text).expect("written");
    }
    eprintln!("{folder}: {count} reports, {characters} characters");
}
