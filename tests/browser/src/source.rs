//! A report's text as a build holds it beside the pages
//! (`report-HASH.txt.deflate`, zlib's deflate), read back as the later half
//! reads it.

use flate2::read::ZlibDecoder;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Whether a file of a build is a report's text.
pub fn is_source(path: &Path) -> bool {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    name.starts_with("report-") && name.ends_with(".txt.deflate")
}

/// A build's reports' texts (its files at the top that are texts), in
/// the order of their names, so that a bench samples the same queries
/// from the same build.
pub fn sources(build: &Path) -> Vec<PathBuf> {
    let mut sources: Vec<PathBuf> = std::fs::read_dir(build)
        .expect("a built folder")
        .map(|entry| entry.expect("an entry").path())
        .filter(|path| is_source(path))
        .collect();
    sources.sort();
    sources
}

/// A report's text, inflated.
pub fn read_source(path: &Path) -> String {
    let deflated = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut text = String::new();
    ZlibDecoder::new(&deflated[..])
        .read_to_string(&mut text)
        .unwrap_or_else(|e| panic!("{}: not deflated UTF-8: {e}", path.display()));
    text
}
