//! Reads a library's folder (`BAOGAO_LIBRARY`): every `.txt` and `.md` file
//! in it and its subfolders at any depth, decoded (UTF-8, UTF-16 or
//! GB18030), and its manifest. A file that cannot be read is named and left
//! out; the rest are built. A folder's own notes (`README.md`, `LICENSE`)
//! are no reports.

use baogao::library::{read_manifest, Override, MANIFEST};
use baogao::report::decode::{check_text, decode_unicode, sniff, Encoding};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

pub struct Folder {
    /// (path inside the folder with `/`, text), by path.
    pub reports: Vec<(String, String)>,
    pub manifest: HashMap<String, Override>,
    /// The files left out, each with why.
    pub skipped: Vec<String>,
}

pub fn read_folder(folder: &Path) -> Result<Folder, String> {
    let mut files = Vec::new();
    walk(folder, &mut files).map_err(|e| format!("{}: {e}", folder.display()))?;
    files.sort();
    let mut reports = Vec::new();
    let mut skipped = Vec::new();
    for path in files {
        let name = path
            .strip_prefix(folder)
            .unwrap_or(&path)
            .to_string_lossy()
            .replace('\\', "/");
        match read_text(&path) {
            Ok(text) => reports.push((name, text)),
            Err(why) => skipped.push(format!("{name}: {why}")),
        }
    }
    if reports.is_empty() {
        return Err(format!(
            "{}: no report (.txt, .md) to build",
            folder.display()
        ));
    }
    let manifest = match std::fs::read_to_string(folder.join(MANIFEST)) {
        Ok(text) => read_manifest(&text)?,
        Err(_) => HashMap::new(),
    };
    Ok(Folder {
        reports,
        manifest,
        skipped,
    })
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            walk(&path, out)?;
        } else if is_report_file(&path) {
            out.push(path);
        }
    }
    Ok(())
}

/// A text or Markdown file that is not the folder's notes about itself.
fn is_report_file(path: &Path) -> bool {
    let text = path.extension().is_some_and(|e| {
        ["txt", "md", "markdown"]
            .iter()
            .any(|known| e.eq_ignore_ascii_case(known))
    });
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    text && !["readme", "license", "changelog", "contributing"].contains(&stem.as_str())
}

/// A file's text in any encoding of the genre, or why not.
fn read_text(path: &Path) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    let text = match sniff(&bytes).map_err(|problem| problem.message())? {
        Encoding::Gb18030 => {
            let (text, _, had_errors) = encoding_rs::GB18030.decode(&bytes);
            if had_errors {
                return Err("不是 UTF-8、UTF-16 或 GB18030 文本".to_owned());
            }
            text.into_owned()
        }
        encoding => decode_unicode(&bytes, encoding).ok_or("无法解码")?,
    };
    check_text(&text).map_err(|problem| problem.message())?;
    Ok(text)
}
