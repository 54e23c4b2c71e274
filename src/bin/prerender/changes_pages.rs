//! Each report's changes since the year before (`ui::changes`), where the
//! library has the same place's report of that year: `ADDRESS/changes/`;
//! and the page between two versions of one report, where the manifest
//! names them: the later one's `ADDRESS/versions/`. Each page carries the
//! summary; its rows are drawn in the browser from the two texts.

use crate::assets::{write_named, Prepared};
use crate::frame::{frame_linked, inline_sheets, CHANGES_SCRIPT, CHANGES_STYLE};
use crate::minify::{minify_css, minify_js};
use baogao::library::changes::compare;
use baogao::library::Catalog;
use baogao::ui::changes::{
    changes_html, Pair, RowsFrom, CHANGES_FOLDER, NOW_HREF, VERSIONS_FOLDER,
};
use baogao::ui::shelf::LIBRARY_TITLE;
use std::path::Path;

/// What the changes pages add: their count, bytes and time, for the
/// build's line.
#[derive(Default)]
pub struct Written {
    pub pages: usize,
    pub versions: usize,
    pub bytes: usize,
    pub seconds: f64,
}

impl Written {
    fn add(&mut self, other: Written) {
        self.pages += other.pages;
        self.versions += other.versions;
        self.bytes += other.bytes;
    }
}

/// One page to write: the report, the one it is compared with, and where.
struct Compared {
    now: usize,
    was: usize,
    folder: &'static str,
}

fn pages(catalog: &Catalog) -> Vec<Compared> {
    let mut pages = Vec::new();
    for now in 0..catalog.entries.len() {
        if let Some(was) = catalog.year_before(now) {
            let folder = CHANGES_FOLDER;
            pages.push(Compared { now, was, folder });
        }
        if let Some(was) = catalog.earlier_version(now) {
            let folder = VERSIONS_FOLDER;
            pages.push(Compared { now, was, folder });
        }
    }
    pages
}

/// The folders of the pages (`ADDRESS/changes`, `ADDRESS/versions`), for
/// the site's policy.
pub fn folders(catalog: &Catalog) -> Vec<String> {
    pages(catalog)
        .iter()
        .map(|page| format!("{}/{}", catalog.entries[page.now].address, page.folder))
        .collect()
}

/// The sheet and the script every changes page links to, written once
/// beside the library's page, named by their content: a page carries its
/// text, and its look is fetched once for all. Their tags, from a page.
fn write_shared(prepared: &Prepared, dir: &Path) -> Result<String, String> {
    let sheet = inline_sheets(prepared) + &minify_css(CHANGES_STYLE);
    let sheet = write_named(dir, "changes", ".css", sheet.as_bytes())?;
    let script = write_named(dir, "changes", ".js", minify_js(CHANGES_SCRIPT).as_bytes())?;
    Ok(format!(
        "<link rel=\"stylesheet\" href=\"../../{}\">\n  <script defer src=\"../../{}\"></script>",
        sheet.name, script.name
    ))
}

/// Writes every page, on every core: comparisons are most of the cost and
/// each is independent.
/// `sources`: each report's text's name, as the catalogue lists them.
pub fn write(
    prepared: &Prepared,
    dir: &Path,
    catalog: &Catalog,
    sources: &[String],
) -> Result<Written, String> {
    let started = std::time::Instant::now();
    let pages = pages(catalog);
    if pages.is_empty() {
        return Ok(Written::default());
    }
    let links = write_shared(prepared, dir)?;
    let (glue, wasm) = prepared
        .changes
        .as_ref()
        .ok_or("the changes pages' files were not built")?;
    // Two folders up, where the site's files are.
    let code = RowsFrom {
        glue: format!("../../{}", glue.name),
        glue_integrity: glue.integrity.clone(),
        wasm: format!("../../{}", wasm.name),
        wasm_integrity: wasm.integrity.clone(),
        ..RowsFrom::default()
    };
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let share = pages.len().div_ceil(threads);
    let written = std::thread::scope(|scope| {
        let workers: Vec<_> = pages
            .chunks(share)
            .map(|chunk| {
                let (links, code) = (&links, &code);
                scope.spawn(move || -> Result<Written, String> {
                    let mut written = Written::default();
                    for page in chunk {
                        let from = RowsFrom {
                            was_text: format!("../../{}", sources[page.was]),
                            now_text: format!("../../{}", sources[page.now]),
                            ..code.clone()
                        };
                        written.add(write_page(prepared, dir, catalog, page, links, &from)?);
                    }
                    Ok(written)
                })
            })
            .collect();
        workers
            .into_iter()
            .try_fold(Written::default(), |mut all, worker| {
                all.add(
                    worker
                        .join()
                        .map_err(|_| "a comparison failed".to_owned())??,
                );
                Ok::<Written, String>(all)
            })
    })?;
    Ok(Written {
        seconds: started.elapsed().as_secs_f64(),
        ..written
    })
}

fn write_page(
    prepared: &Prepared,
    dir: &Path,
    catalog: &Catalog,
    page: &Compared,
    links: &str,
    from: &RowsFrom,
) -> Result<Written, String> {
    let (entry, was) = (&catalog.entries[page.now], &catalog.entries[page.was]);
    let versions = page.folder == VERSIONS_FOLDER;
    let changes = compare(&was.model, &entry.model);
    let (now_label, was_label) = (entry.label(), was.label());
    let was_href = format!("../../{}/", was.address);
    let pair = Pair {
        now_label: &now_label,
        was_label: &was_label,
        now_href: NOW_HREF,
        was_href: &was_href,
        versions,
    };
    let what = if versions {
        "两个文本对比"
    } else {
        "与上年对比"
    };
    let title = format!("{now_label} · {what} · {LIBRARY_TITLE}");
    let html = frame_linked(
        prepared,
        &title,
        &title,
        &changes_html(&pair, &changes, from),
        links,
    )?;
    // The head's files are two folders up.
    let html = html.replace("href=\"./", "href=\"../../");
    let folder = dir.join(&entry.address).join(page.folder);
    std::fs::create_dir_all(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    std::fs::write(folder.join("index.html"), &html).map_err(|e| e.to_string())?;
    Ok(Written {
        pages: usize::from(!versions),
        versions: usize::from(versions),
        bytes: html.len(),
        seconds: 0.0,
    })
}
