//! Writes a synthetic library for the library's benchmarks: N reports of
//! about 15,000 characters each. With `collection`, in the shape of the
//! real collection (`政府工作报告-LEVEL/PLACE/YEAR.md`, front matter, four
//! levels: `baogao_browser_tests::collection`); else plain texts of
//! provinces, cities and districts (`synthetic`). The same N gives the same
//! library. A collection has a draft of its first report too, named by
//! its `manifest.csv` (`version`). Usage: `synthetic-library FOLDER N
//! [collection]`.

use baogao_browser_tests::collection::{collection_report, draft_of};
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
    let write = |name: &str, text: &str| {
        let path = Path::new(&folder).join(name);
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("the folder");
        std::fs::write(path, text).expect("written");
    };
    for number in 0..count {
        let (name, text) = if collection {
            collection_report(number, &sentences, CHARACTERS)
        } else {
            report(number, &sentences, CHARACTERS)
        };
        characters += text.chars().count();
        if collection && number == 0 {
            let draft = name.replace(".md", "-草案.md");
            write(&draft, &draft_of(&text));
            let year = name
                .trim_end_matches(".md")
                .rsplit('/')
                .next()
                .expect("a year");
            write(
                "manifest.csv",
                &format!("file,place,level,year,version\n{draft},国务院,national,{year},草案\n{name},,,,定稿\n"),
            );
        }
        write(&name, &text);
    }
    eprintln!("{folder}: {count} reports, {characters} characters");
}
