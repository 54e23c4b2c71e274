//! Each report's changes since the year before (`ui::changes`), where the
//! library has the same place's report of that year: `ADDRESS/changes/`,
//! with the changes as CSV beside it.

use crate::assets::Prepared;
use crate::library_page::{frame, CHANGES_SCRIPT, CHANGES_STYLE};
use crate::minify::minify_js;
use baogao::library::changes::{changes_csv, compare};
use baogao::library::Catalog;
use baogao::ui::changes::{changes_html, Pair, CHANGES_CSV, CHANGES_FOLDER};
use baogao::ui::shelf::LIBRARY_TITLE;
use std::path::Path;

/// What the changes pages add: their count and bytes, for the build's line.
pub struct Written {
    pub pages: usize,
    pub bytes: usize,
}

/// The folders of the changes pages (`ADDRESS/changes`), for the site's
/// policy.
pub fn folders(catalog: &Catalog) -> Vec<String> {
    (0..catalog.entries.len())
        .filter(|&index| catalog.year_before(index).is_some())
        .map(|index| format!("{}/{CHANGES_FOLDER}", catalog.entries[index].address))
        .collect()
}

pub fn write(prepared: &Prepared, dir: &Path, catalog: &Catalog) -> Result<Written, String> {
    let mut written = Written { pages: 0, bytes: 0 };
    let script = format!("<script>{}</script>\n", minify_js(CHANGES_SCRIPT));
    for (index, entry) in catalog.entries.iter().enumerate() {
        let Some(before) = catalog.year_before(index) else {
            continue;
        };
        let was = &catalog.entries[before];
        let changes = compare(&was.model, &entry.model);
        let (now_label, was_label) = (entry.label(), was.label());
        let was_href = format!("../../{}/", was.address);
        let pair = Pair {
            now_label: &now_label,
            was_label: &was_label,
            now_href: "../",
            was_href: &was_href,
            versions: false,
        };
        let title = format!("{now_label} · 与上年对比 · {LIBRARY_TITLE}");
        let page = frame(
            prepared,
            &title,
            &title,
            &changes_html(&pair, &changes),
            &script,
            CHANGES_STYLE,
        )?;
        // The head's files are two folders up.
        let page = page.replace("href=\"./", "href=\"../../");
        let folder = dir.join(&entry.address).join(CHANGES_FOLDER);
        std::fs::create_dir_all(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
        std::fs::write(folder.join("index.html"), &page).map_err(|e| e.to_string())?;
        let csv = changes_csv(&changes);
        std::fs::write(folder.join(CHANGES_CSV), &csv).map_err(|e| e.to_string())?;
        written.pages += 1;
        written.bytes += page.len() + csv.len();
    }
    Ok(written)
}
