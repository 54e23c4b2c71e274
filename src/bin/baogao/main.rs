//! The native command line: `baogao inspect FILE` prints the parsed report
//! as JSON, for publishers checking their text and for tests.

mod inspect;
mod tables;

use std::process::ExitCode;

const USAGE: &str =
    "usage: baogao inspect FILE\n  prints the parsed structure of a report (UTF-8 text) as JSON";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [command, path] if command == "inspect" => {
            match std::fs::read(path) {
                Ok(bytes) => match String::from_utf8(bytes) {
                    Ok(source) => {
                        let model = baogao::report::Model::new(&source);
                        println!("{}", inspect::to_json(&model));
                        ExitCode::SUCCESS
                    }
                    Err(_) => {
                        eprintln!("{path}: not UTF-8 text; convert it first (e.g. iconv -f GB18030 -t UTF-8)");
                        ExitCode::FAILURE
                    }
                },
                Err(error) => {
                    eprintln!("{path}: {error}");
                    ExitCode::FAILURE
                }
            }
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}
