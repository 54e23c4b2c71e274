//! A library's build (`BAOGAO_LIBRARY=folder`): every report of the folder
//! at its own address (`ADDRESS/index.html`, the reader as for one report,
//! with its way back and to the same place's other years), all sharing the
//! app's files, the library's page (`index.html`) and its search index
//! (`search_index`). Says which files it could not read and which reports
//! it could not place (built all the same).

use crate::assets::{self, Prepared};
use crate::changes_pages;
use crate::compare_pages;
use crate::folder::read_folder;
use crate::library_page;
use crate::report_page::{render, ReportPage};
use crate::search_index::write_search_index;
use crate::shelf_links::{Known, UP};
use baogao::library::{catalog_csv, Catalog, Entry, Placed, CATALOG_CSV, EARLIER_PAGE};
use baogao::ui::page::ShelfLinks;
use std::path::Path;

/// Builds the library of `folder` into the site of `page`, its page
/// listing the newest years up to `listed` reports.
pub fn build(page: &Path, folder: &Path, listed: usize) -> Result<(), String> {
    let html = std::fs::read_to_string(page).map_err(|e| e.to_string())?;
    let dir = page.parent().ok_or("the page has no folder")?;
    let read = read_folder(folder)?;
    for skipped in &read.skipped {
        eprintln!("报告库：未收录 {skipped}");
    }
    let catalog = Catalog::new(read.reports, &read.manifest);
    say_placed(&catalog);
    std::fs::write(dir.join(CATALOG_CSV), catalog_csv(&catalog)).map_err(|e| e.to_string())?;
    let prepared = assets::prepare(&html, dir, None, &library_page::site(&catalog))?;
    let known = Known::of(&catalog);
    let sources = catalog
        .entries
        .iter()
        .enumerate()
        .map(|(index, report)| write_report(&prepared, dir, report, &known.links(&catalog, index)))
        .collect::<Result<Vec<_>, _>>()?;
    let index = write_search_index(dir, &catalog)?;
    let search = library_page::search_files(&prepared, &index.folder)?;
    std::fs::write(
        page,
        library_page::write(&prepared, &catalog, &search, listed)?,
    )
    .map_err(|e| e.to_string())?;
    let compared = compare_pages::write(&prepared, dir, &catalog, &known)?;
    let changed = changes_pages::write(&prepared, dir, &catalog, &sources)?;
    if let Some(earlier) = library_page::write_earlier(&prepared, &catalog, listed)? {
        let folder = dir.join(EARLIER_PAGE);
        std::fs::create_dir_all(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
        std::fs::write(folder.join("index.html"), earlier).map_err(|e| e.to_string())?;
    }
    eprintln!(
        "报告库：{} 份报告，来自 {}；搜索索引 {} 个文件，{} KB（{}）；对照页 {} 个，{} KB；与上年对比 {} 页、两个文本对比 {} 页，{} KB，用时 {:.1} 秒",
        catalog.entries.len(),
        folder.display(),
        index.files,
        index.bytes / 1024,
        index.folder,
        compared.pages,
        compared.bytes / 1024,
        changed.pages,
        changed.versions,
        changed.bytes / 1024,
        changed.seconds
    );
    Ok(())
}

/// How the reports were placed, and which to look at: those placed by
/// nothing, and those whose path says otherwise than their text.
fn say_placed(catalog: &Catalog) {
    const NAMED: usize = 12;
    let placed = Placed::of(catalog);
    eprintln!(
        "报告库：地点与年份由正文确定 {} 份，仅由路径确定 {} 份，由 manifest.csv 确定 {} 份，未能确定 {} 份；正文与路径不一致 {} 份（详见 {CATALOG_CSV}）",
        placed.from_text, placed.from_path, placed.from_manifest, placed.unplaced, placed.disagree
    );
    let unplaced: Vec<&str> = catalog.unplaced().map(|e| e.file.as_str()).collect();
    if !unplaced.is_empty() {
        let more = if unplaced.len() > NAMED { " 等" } else { "" };
        eprintln!(
            "报告库：未能确定地点或年份（已收录；可在 manifest.csv 中补上）：{}{more}",
            unplaced[..unplaced.len().min(NAMED)].join("、")
        );
    }
    let disagree = catalog.entries.iter().filter_map(|e| {
        let path = e.placement.path_disagrees.as_deref()?;
        Some(format!("{}（正文：{}；路径：{path}）", e.file, e.label()))
    });
    for line in disagree.take(NAMED) {
        eprintln!("报告库：正文与路径不一致，以正文为准：{line}");
    }
}

/// Writes a report's page and text; the text's name.
fn write_report(
    prepared: &Prepared,
    dir: &Path,
    report: &Entry,
    links: &ShelfLinks,
) -> Result<String, String> {
    let app = render(&report.model, Some(links));
    let source = assets::write_source(dir, &report.text)?;
    let here = report.label();
    let page = ReportPage {
        model: &report.model,
        app: &app,
        source: &source,
        up: UP,
        named: Some(&here),
    };
    let folder = dir.join(&report.address);
    std::fs::create_dir_all(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    std::fs::write(folder.join("index.html"), page.write(prepared)?).map_err(|e| e.to_string())?;
    Ok(source.name)
}
