//! Writes the page into the built `index.html`: the report as HTML,
//! rendered by the same Leptos views the app draws with (`ui::page`), so
//! that it can be read the moment the page arrives (and with JavaScript
//! off), with the report's title, description and Open Graph tags; then
//! the asset step (`assets`). Run by Trunk after each build (see
//! Trunk.toml) on `$TRUNK_STAGING_DIR/index.html`; also:
//! `cargo run --no-default-features --features ssr --bin prerender -- PAGE`.

mod assets;
mod minify;
mod optional_css;
mod tags;

use assets::Named;
use baogao::report::decode::{read_report_file, report_path};
use baogao::report::Model;
use baogao::ui::markup::{collapsed_key, APP, DATA_INTEGRITY, DATA_KEY, DATA_START};
use baogao::ui::page::{description, document_title, page};
use leptos::prelude::*;
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
    match prerender(&page) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("prerender {}: {error}", page.display());
            ExitCode::FAILURE
        }
    }
}

fn prerender(path: &Path) -> Result<(), String> {
    let html = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let dir = path.parent().ok_or("the page has no folder")?;
    let project = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let text =
        read_report_file(&report_path(project)).map_err(|e| format!("BAOGAO_REPORT: {e}"))?;
    let model = Model::new(&text);
    let app = render(&model);
    let (html, start) = assets::finish(&html, dir, &app, &text)?;
    let html = fill_app(&html, &model, &app, &start)?;
    let html = describe(&html, &model);
    std::fs::write(path, html).map_err(|e| e.to_string())
}

/// The empty `#app` of `index.html`, as Trunk copies it.
fn placeholder() -> String {
    format!("<div id=\"{}\" class=\"app\"></div>", APP.name)
}

/// The page's markup, rendered by the views.
fn render(model: &Model) -> String {
    let rendered = Owner::new().with(|| page(model).to_html());
    // `<!>` separates text nodes for hydration, which this page does not use.
    rendered.replace("<!>", "")
}

/// Puts the rendered page into `#app`, with the key under which the
/// reader's collapsed parts and sections are kept for this text and the
/// script that starts the app.
fn fill_app(html: &str, model: &Model, rendered: &str, start: &Named) -> Result<String, String> {
    let placeholder = placeholder();
    if !html.contains(&placeholder) {
        return Err(format!("no {placeholder} to fill"));
    }
    let attributes = [
        (DATA_KEY.name, collapsed_key(model.fingerprint)),
        (DATA_START.name, format!("./{}", start.name)),
        (DATA_INTEGRITY.name, start.integrity.clone()),
    ]
    .map(|(name, value)| format!(" {name}=\"{value}\""))
    .concat();
    let filled = format!(
        "<div id=\"{}\" class=\"app\"{attributes}>{rendered}</div>",
        APP.name
    );
    Ok(html.replacen(&placeholder, &filled, 1))
}

/// The page's title, description and Open Graph tags, from the report.
fn describe(html: &str, model: &Model) -> String {
    let title = tags::escape(&document_title(&model.report));
    let description = tags::escape(&description(&model.report));
    let open_graph = format!(
        "<meta property=\"og:type\" content=\"article\">\n  <meta property=\"og:title\" content=\"{title}\">\n  <meta property=\"og:description\" content=\"{description}\">\n  <meta name=\"twitter:card\" content=\"summary\">\n  </head>"
    );
    let html = tags::replace_between(html, "<title>", "</title>", &title);
    let html = tags::replace_between(
        &html,
        "<meta name=\"description\" content=\"",
        "\">",
        &description,
    );
    html.replacen("</head>", &open_graph, 1)
}
