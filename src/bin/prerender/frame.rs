//! The frame every page of a library's but a report's is drawn in: the
//! report page's head with the page's own title, description, sheets and
//! policy; and the sheets and scripts those pages share.

use crate::assets::{csp_hash, policy, Prepared};
use crate::minify::minify_css;
use crate::tags;

/// The sheet of every page of the library's but a report's.
pub const LIBRARY_STYLE: &str = include_str!("../../../style/library.css");
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
        minify_css(LIBRARY_STYLE),
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
    sheets + &minify_css(LIBRARY_STYLE)
}
