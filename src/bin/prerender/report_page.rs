//! One report's page: the rendered report in the built page's `#app`, with
//! what the app needs to start (the start script, the report's text, the
//! key under which the reader's collapsed parts are kept) and the report's
//! title, description and Open Graph tags.

use crate::assets::{Named, Prepared};
use crate::tags;
use baogao::report::Model;
use baogao::ui::markup::{
    collapsed_key, APP, DATA_INTEGRITY, DATA_KEY, DATA_SHELF, DATA_SOURCE, DATA_START,
};
use baogao::ui::page::{description, document_title, page, ShelfLinks};
use leptos::prelude::*;

/// The page's markup, rendered by the views; in a library, with the links
/// to the library and the same place's other years.
pub fn render(model: &Model, shelf: Option<&ShelfLinks>) -> String {
    let rendered = Owner::new().with(|| page(model, shelf).to_html());
    // `<!>` separates text nodes for hydration, which this page does not use.
    rendered.replace("<!>", "")
}

pub struct ReportPage<'a> {
    pub model: &'a Model,
    /// The rendered report (`render`).
    pub app: &'a str,
    /// The report's text, for the later half.
    pub source: &'a Named,
    /// The way from the page up to the site's files: `""` for a page
    /// beside them, `"../"` for a library's report (`DATA_SHELF`).
    pub up: &'a str,
    /// What the library names the report (`国务院 2013年`), before its own
    /// title: many texts are titled `政府工作报告` alone.
    pub named: Option<&'a str>,
}

impl ReportPage<'_> {
    pub fn write(&self, prepared: &Prepared) -> Result<String, String> {
        let html = self.fill_app(&prepared.html, &prepared.start)?;
        let html = describe(&html, self.model, self.named);
        if self.up.is_empty() {
            return Ok(html);
        }
        // The files the head names (the icon) are up where the site's are.
        let (head, body) = html.split_at(html.find("</head>").unwrap_or(0));
        Ok(head.replace("href=\"./", &format!("href=\"{}", self.up)) + body)
    }

    /// A file of the site's, as this page names it.
    fn file(&self, name: &str) -> String {
        match self.up {
            "" => format!("./{name}"),
            up => format!("{up}{name}"),
        }
    }

    /// Puts the rendered page into `#app`, with the key under which the
    /// reader's collapsed parts and sections are kept for this text, the
    /// report's text and the script that starts the app.
    fn fill_app(&self, html: &str, start: &Named) -> Result<String, String> {
        let placeholder = format!("<div id=\"{}\" class=\"app\"></div>", APP.name);
        if !html.contains(&placeholder) {
            return Err(format!("no {placeholder} to fill"));
        }
        let attributes = [
            (DATA_KEY.name, collapsed_key(self.model.fingerprint)),
            (DATA_START.name, self.file(&start.name)),
            (DATA_INTEGRITY.name, start.integrity.clone()),
            (DATA_SOURCE.name, self.file(&self.source.name)),
        ]
        .map(|(name, value)| format!(" {name}=\"{value}\""))
        .concat();
        let attributes = match self.up {
            "" => attributes,
            _ => format!("{attributes} {}", DATA_SHELF.name),
        };
        let filled = format!(
            "<div id=\"{}\" class=\"app\"{attributes}>{}</div>",
            APP.name, self.app
        );
        Ok(html.replacen(&placeholder, &filled, 1))
    }
}

/// The page's title, description and Open Graph tags, from the report.
fn describe(html: &str, model: &Model, named: Option<&str>) -> String {
    let title = match named {
        Some(name) => format!("{name} · {}", document_title(&model.report)),
        None => document_title(&model.report),
    };
    let title = tags::escape(&title);
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
