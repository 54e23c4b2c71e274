//! Embeds the report: `reports/gongshu-2023.txt`, or the file named by
//! `BAOGAO_REPORT` when a publisher builds the app for their own text.

// The library's own decoder (std only), so that a publisher's file is read
// as the app reads an opened one.
#[path = "src/report/decode.rs"]
#[allow(dead_code)]
mod decode;

use decode::{decode_unicode, sniff, Encoding};
use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-env-changed=BAOGAO_REPORT");
    println!("cargo:rerun-if-changed=src/report/decode.rs");
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let path = std::env::var_os("BAOGAO_REPORT")
        .filter(|value| !value.is_empty())
        .map(PathBuf::from)
        .map(|path| {
            if path.is_relative() {
                manifest.join(path)
            } else {
                path
            }
        })
        .unwrap_or_else(|| manifest.join("reports/gongshu-2023.txt"));
    println!("cargo:rerun-if-changed={}", path.display());

    let bytes = std::fs::read(&path)
        .unwrap_or_else(|error| panic!("BAOGAO_REPORT: cannot read {}: {error}", path.display()));
    let text = match sniff(&bytes) {
        Ok(Encoding::Gb18030) => panic!(
            "BAOGAO_REPORT: {} is not UTF-8 or UTF-16 (GBK?); convert it first: \
             `iconv -f GB18030 -t UTF-8 in.txt > out.txt`",
            path.display()
        ),
        Ok(encoding) => decode_unicode(&bytes, encoding)
            .unwrap_or_else(|| panic!("BAOGAO_REPORT: {} is not valid text", path.display())),
        Err(problem) => panic!("BAOGAO_REPORT: {}: {}", path.display(), problem.message()),
    };
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("set by cargo")).join("report.txt");
    std::fs::write(&out, text).expect("OUT_DIR is writable");
}
