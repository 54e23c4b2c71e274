//! The library's page: the shelf (`ui::shelf`) in the frame of the built
//! page (its head, the reader's sheet and the site's policy), with a sheet
//! and a script of its own, both inline: the shelf is readable and
//! browsable from the first response.

use crate::assets::{csp_hash, Prepared, Site};
use crate::changes_pages;
use crate::frame::{frame, CHART_SCRIPT, COMPARE_SCRIPT, COMPARE_STYLE, LIBRARY_STYLE};
use crate::minify::{minify_css, minify_js};
use baogao::library::{Catalog, CATALOG_CSV, EARLIER_PAGE, PLACES_FOLDER, YEARS_FOLDER};
use baogao::ui::compare::CSV_FILE;
use baogao::ui::shelf::{earlier_html, shelf_html, SearchFiles, EARLIER_TITLE, LIBRARY_TITLE};

const SCRIPT: &str = include_str!("../../../js/library.js");

/// What the library adds to the site: its page's script and sheet, for
/// the policy to allow, a folder for each report and each comparison, and
/// the CSVs beside them.
pub fn site(catalog: &Catalog) -> Site {
    // The comparison pages, each with its CSV.
    let compared: Vec<String> = catalog
        .places()
        .into_iter()
        .map(|(_, address)| format!("{PLACES_FOLDER}/{address}"))
        .chain(
            catalog
                .years()
                .into_iter()
                .map(|year| format!("{YEARS_FOLDER}/{year}")),
        )
        .collect();
    let changes = changes_pages::folders(catalog);
    Site {
        scripts: vec![
            csp_hash(&minify_js(SCRIPT)),
            csp_hash(&minify_js(COMPARE_SCRIPT)),
            csp_hash(&minify_js(CHART_SCRIPT)),
        ],
        styles: vec![
            csp_hash(&minify_css(LIBRARY_STYLE)),
            csp_hash(&minify_css(COMPARE_STYLE)),
        ],
        folders: catalog
            .entries
            .iter()
            .map(|e| e.address.clone())
            .chain(std::iter::once(EARLIER_PAGE.to_owned()))
            .chain(compared.iter().cloned())
            .chain(changes.iter().cloned())
            .collect(),
        files: std::iter::once(CATALOG_CSV.to_owned())
            .chain(compared.iter().map(|folder| format!("{folder}/{CSV_FILE}")))
            .collect(),
        library: true,
    }
}

/// Where the library page's search finds its index (`folder`, from the
/// site's root) and its code.
pub fn search_files(prepared: &Prepared, folder: &str) -> Result<SearchFiles, String> {
    let (glue, wasm) = prepared
        .search
        .as_ref()
        .ok_or("the search's files were not built")?;
    Ok(SearchFiles {
        index: format!("./{folder}/"),
        glue: format!("./{}", glue.name),
        glue_integrity: glue.integrity.clone(),
        wasm: format!("./{}", wasm.name),
        wasm_integrity: wasm.integrity.clone(),
    })
}

/// The library's page, in the frame of a report's page (`prepared`).
pub fn write(
    prepared: &Prepared,
    catalog: &Catalog,
    search: &SearchFiles,
    listed: usize,
) -> Result<String, String> {
    let rendered = shelf_html(catalog, search, listed);
    let description = format!(
        "{LIBRARY_TITLE}：{} 份政府工作报告，按年份或地区浏览，逐篇阅读与搜索。",
        catalog.entries.len()
    );
    let script = format!("<script>{}</script>\n", minify_js(SCRIPT));
    frame(
        prepared,
        LIBRARY_TITLE,
        &description,
        &rendered,
        &script,
        "",
    )
}

/// The page of a large library's earlier years (in `EARLIER_PAGE/`), if
/// the library's page does not list every year.
pub fn write_earlier(
    prepared: &Prepared,
    catalog: &Catalog,
    listed: usize,
) -> Result<Option<String>, String> {
    let Some(rendered) = earlier_html(catalog, listed) else {
        return Ok(None);
    };
    let title = format!("{EARLIER_TITLE} · {LIBRARY_TITLE}");
    let page = frame(prepared, &title, &title, &rendered, "", "")?;
    // Its head's files are up where the site's are.
    Ok(Some(page.replacen("href=\"./", "href=\"../", usize::MAX)))
}
