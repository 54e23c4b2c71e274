//! The library's page: the shelf (`ui::shelf`) in the frame of the built
//! page (its head, the reader's sheet and the site's policy), with a sheet
//! and a script of its own, both inline: the shelf is readable and
//! browsable from the first response.

use crate::assets::{csp_hash, policy, Prepared, Site};
use crate::minify::{minify_css, minify_js};
use crate::tags;
use baogao::library::{Catalog, CATALOG_CSV, EARLIER_PAGE, PLACES_FOLDER, YEARS_FOLDER};
use baogao::ui::changes::CHANGES_CSV;
use baogao::ui::compare::CSV_FILE;
use baogao::ui::shelf::{earlier_html, shelf_html, SearchFiles, EARLIER_TITLE, LIBRARY_TITLE};

const STYLE: &str = include_str!("../../../style/library.css");
/// The comparison pages' own sheet, beside the library's, and a year's
/// page's script (its tables sorted by a column).
pub const COMPARE_STYLE: &str = include_str!("../../../style/compare.css");
pub const COMPARE_SCRIPT: &str = include_str!("../../../js/compare.js");
/// A place's page's script: its charts say a year's values where tapped.
pub const CHART_SCRIPT: &str = include_str!("../../../js/chart.js");
/// A report's changes page's sheet and script (its filters), linked from
/// every changes page (`changes_pages`).
pub const CHANGES_STYLE: &str = include_str!("../../../style/changes.css");
pub const CHANGES_SCRIPT: &str = include_str!("../../../js/changes.js");
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
    let changes = crate::changes_pages::folders(catalog);
    Site {
        scripts: vec![
            csp_hash(&minify_js(SCRIPT)),
            csp_hash(&minify_js(COMPARE_SCRIPT)),
            csp_hash(&minify_js(CHART_SCRIPT)),
        ],
        styles: vec![
            csp_hash(&minify_css(STYLE)),
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
            .chain(
                changes
                    .iter()
                    .map(|folder| format!("{folder}/{CHANGES_CSV}")),
            )
            .collect(),
        search: true,
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

/// The report page's head (to its `</head>`) with a page's title and
/// description.
fn head_titled(prepared: &Prepared, title: &str, description: &str) -> Result<String, String> {
    let html = &prepared.html;
    let head_end = html.find("</head>").ok_or("the page has no </head>")?;
    let head = tags::replace_between(&html[..head_end], "<title>", "</title>", title);
    Ok(tags::replace_between(
        &head,
        "<meta name=\"description\" content=\"",
        "\">",
        description,
    ))
}

/// A page of the library's in the frame of a report's page: its title and
/// description, the library's sheet (and `more` sheets), its body and its
/// script (if any).
pub fn frame(
    prepared: &Prepared,
    title: &str,
    description: &str,
    rendered: &str,
    script: &str,
    more: &str,
) -> Result<String, String> {
    let head = head_titled(prepared, title, description)?;
    Ok(format!(
        "{head}  <style>{}</style>{}\n</head>\n<body>\n{rendered}\n{script}</body>\n</html>\n",
        minify_css(STYLE),
        if more.is_empty() {
            String::new()
        } else {
            format!("<style>{}</style>", minify_css(more))
        },
    ))
}

/// A page of the library's that links its sheets and script (`links`,
/// files shared and cached for good) instead of carrying them: the many
/// changes pages, whose bytes should be their text. Its policy allows the
/// head's own inline scripts and no inline style.
pub fn frame_linked(
    prepared: &Prepared,
    title: &str,
    description: &str,
    rendered: &str,
    links: &str,
) -> Result<String, String> {
    let mut head = head_titled(prepared, title, description)?;
    while let Some(range) = tags::find_tag(&head, "<style>", "</style>") {
        head.replace_range(range, "");
    }
    let mut scripts = Vec::new();
    let mut rest = head.as_str();
    while let Some(range) = tags::find_tag(rest, "<script>", "</script>") {
        let inner = &rest[range.start + "<script>".len()..range.end - "</script>".len()];
        scripts.push(csp_hash(inner));
        rest = &rest[range.end..];
    }
    let head = tags::replace_between(
        &head,
        "<meta http-equiv=\"Content-Security-Policy\" content=\"",
        "\">",
        &policy(&scripts, &[]),
    );
    Ok(format!(
        "{head}  {links}\n</head>\n<body>\n{rendered}\n</body>\n</html>\n"
    ))
}

/// The sheets a report's page inlines: a page that links them instead
/// gets the same look.
pub fn inline_sheets(prepared: &Prepared) -> String {
    let head = &prepared.html[..prepared.html.find("</head>").unwrap_or(0)];
    let mut sheets = String::new();
    let mut rest = head;
    while let Some(range) = tags::find_tag(rest, "<style>", "</style>") {
        sheets.push_str(&rest[range.start + "<style>".len()..range.end - "</style>".len()]);
        rest = &rest[range.end..];
    }
    sheets + &minify_css(STYLE)
}
