//! The library's comparison pages (`ui::compare`): each place's page
//! (`places/ADDRESS/`) and each year's (`years/YEAR/`), each with its
//! tables as CSV beside it (`targets.csv`).

use crate::assets::Prepared;
use crate::frame::{frame, CHART_SCRIPT, COMPARE_SCRIPT, COMPARE_STYLE};
use crate::minify::minify_js;
use crate::shelf_links::Known;
use baogao::library::compare::{place_csv, year_csv, year_table};
use baogao::library::{Catalog, PLACES_FOLDER, YEARS_FOLDER};
use baogao::ui::compare::{place_html, year_html, CSV_FILE};
use baogao::ui::shelf::LIBRARY_TITLE;
use std::path::Path;

/// What the comparison pages add: their count and bytes, for the build's line.
pub struct Written {
    pub pages: usize,
    pub bytes: usize,
}

fn write_page(
    prepared: &Prepared,
    folder: &Path,
    (title, body, script): (&str, &str, &str),
    csv: &str,
) -> Result<usize, String> {
    let page = frame(prepared, title, title, body, script, COMPARE_STYLE)?;
    // The head's files are two folders up.
    let page = page.replace("href=\"./", "href=\"../../");
    std::fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    std::fs::write(folder.join("index.html"), &page).map_err(|e| e.to_string())?;
    std::fs::write(folder.join(CSV_FILE), csv).map_err(|e| e.to_string())?;
    Ok(page.len() + csv.len())
}

/// Every place's and every year's page, from what the build has worked out
/// (`known`: the places' addresses and series).
pub fn write(
    prepared: &Prepared,
    dir: &Path,
    catalog: &Catalog,
    known: &Known,
) -> Result<Written, String> {
    let mut written = Written { pages: 0, bytes: 0 };
    let reading = format!("<script>{}</script>\n", minify_js(CHART_SCRIPT));
    for (place, address) in &known.places {
        let series = known.series.get(place).map_or(&[][..], Vec::as_slice);
        let title = format!("{place} · 目标与完成 · {LIBRARY_TITLE}");
        let body = place_html(catalog, &known.places, place, series);
        let folder = dir.join(PLACES_FOLDER).join(address);
        let page = (title.as_str(), body.as_str(), reading.as_str());
        written.bytes += write_page(prepared, &folder, page, &place_csv(series))?;
        written.pages += 1;
    }
    let sorting = format!("<script>{}</script>\n", minify_js(COMPARE_SCRIPT));
    for year in catalog.years() {
        let tables = year_table(catalog, year);
        let title = format!("{year}年 · 各地主要目标 · {LIBRARY_TITLE}");
        let body = year_html(catalog, &known.places, year, &tables);
        let folder = dir.join(YEARS_FOLDER).join(year.to_string());
        let page = (title.as_str(), body.as_str(), sorting.as_str());
        written.bytes += write_page(prepared, &folder, page, &year_csv(&tables))?;
        written.pages += 1;
    }
    Ok(written)
}
