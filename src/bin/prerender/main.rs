//! Writes the pages into the built site: each report as HTML, rendered by
//! the same Leptos views the app draws with (`ui::page`), so that it can be
//! read the moment the page arrives (and with JavaScript off), with its
//! title, description and Open Graph tags, after the asset step (`assets`).
//! One report (`BAOGAO_REPORT`, or the seed) becomes `index.html`; a folder
//! of reports (`BAOGAO_LIBRARY`) becomes a library (`library`). Run by
//! Trunk after each build (see Trunk.toml) on
//! `$TRUNK_STAGING_DIR/index.html`; also:
//! `cargo run --no-default-features --features ssr --bin prerender -- PAGE`.

mod assets;
mod changes_pages;
mod compare_pages;
mod deflate;
mod folder;
mod frame;
mod library;
mod library_page;
mod minify;
mod optional_css;
mod report_page;
mod search_index;
mod shelf_links;
mod tags;

use baogao::report::decode::{read_report_file, report_path};
use baogao::report::Model;
use baogao::ui::shelf::LISTED_ON_THE_PAGE;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let page = std::env::args().nth(1).map(PathBuf::from).or_else(|| {
        std::env::var_os("TRUNK_STAGING_DIR").map(|dir| PathBuf::from(dir).join("index.html"))
    });
    let Some(page) = page else {
        eprintln!("usage: prerender PAGE (or run as a Trunk hook, with TRUNK_STAGING_DIR)");
        return ExitCode::from(2);
    };
    let built = match library_folder() {
        Some(folder) => {
            listed_on_the_page().and_then(|listed| library::build(&page, &folder, listed))
        }
        None => prerender(&page),
    };
    match built {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("prerender {}: {error}", page.display());
            ExitCode::FAILURE
        }
    }
}

/// The folder a library is built from (`BAOGAO_LIBRARY`, relative to the
/// project's folder), if one is asked for.
fn library_folder() -> Option<PathBuf> {
    let folder = std::env::var_os("BAOGAO_LIBRARY").filter(|value| !value.is_empty())?;
    Some(project().join(folder))
}

/// How many reports the library's page lists before its earlier years go
/// to a page of their own (`BAOGAO_LIBRARY_PAGE_REPORTS`; 2,000 unless said).
fn listed_on_the_page() -> Result<usize, String> {
    match std::env::var("BAOGAO_LIBRARY_PAGE_REPORTS") {
        Ok(value) if !value.is_empty() => value.trim().parse().map_err(|_| {
            format!("BAOGAO_LIBRARY_PAGE_REPORTS: “{value}” is not a number of reports")
        }),
        _ => Ok(LISTED_ON_THE_PAGE),
    }
}

fn project() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// One report's build: its page is the site.
fn prerender(path: &Path) -> Result<(), String> {
    let html = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let dir = path.parent().ok_or("the page has no folder")?;
    let text =
        read_report_file(&report_path(project())).map_err(|e| format!("BAOGAO_REPORT: {e}"))?;
    let model = Model::new(&text);
    let app = report_page::render(&model, None);
    let prepared = assets::prepare(&html, dir, Some(&app), &assets::Site::default())?;
    let source = assets::write_source(dir, &text)?;
    let page = report_page::ReportPage {
        model: &model,
        app: &app,
        source: &source,
        up: "",
        named: None,
    };
    std::fs::write(path, page.write(&prepared)?).map_err(|e| e.to_string())
}
