//! Embeds the report: `reports/gongshu-2023.txt`, or the file named by
//! `BAOGAO_REPORT` when a publisher builds the app for their own text.

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-env-changed=BAOGAO_REPORT");
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
    let text = decode(&bytes).unwrap_or_else(|| {
        panic!(
            "BAOGAO_REPORT: {} is not UTF-8 or UTF-16 text; convert it first, \
             e.g. `iconv -f GB18030 -t UTF-8 in.txt > out.txt`",
            path.display()
        )
    });
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("set by cargo")).join("report.txt");
    std::fs::write(&out, text).expect("OUT_DIR is writable");
}

/// UTF-8 (with or without a BOM), or UTF-16 with a BOM.
fn decode(bytes: &[u8]) -> Option<String> {
    let utf16 = |little: bool| {
        let units: Vec<u16> = bytes[2..]
            .chunks_exact(2)
            .map(|pair| {
                let pair = [pair[0], pair[1]];
                if little {
                    u16::from_le_bytes(pair)
                } else {
                    u16::from_be_bytes(pair)
                }
            })
            .collect();
        String::from_utf16(&units).ok()
    };
    match bytes {
        [0xFF, 0xFE, ..] => utf16(true),
        [0xFE, 0xFF, ..] => utf16(false),
        _ => String::from_utf8(bytes.to_vec()).ok(),
    }
}
