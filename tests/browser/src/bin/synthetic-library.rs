//! Writes a synthetic library for the library's benchmarks: N reports of
//! about 15,000 characters each (`baogao_browser_tests::synthetic`). The
//! same N gives the same library. Usage: `synthetic-library FOLDER N`.

use baogao_browser_tests::synthetic::{report, sentences, CHARACTERS};

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(folder), Some(count)) = (args.next(), args.next().and_then(|n| n.parse().ok()))
    else {
        eprintln!("usage: synthetic-library FOLDER N");
        std::process::exit(2);
    };
    let count: usize = count;
    let sentences = sentences();
    std::fs::create_dir_all(&folder).expect("the folder");
    let mut characters = 0;
    for number in 0..count {
        let (name, text) = report(number, &sentences, CHARACTERS);
        characters += text.chars().count();
        std::fs::write(std::path::Path::new(&folder).join(name), text).expect("written");
    }
    eprintln!("{folder}: {count} reports, {characters} characters");
}
