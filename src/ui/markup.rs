//! The page contract: the names the page's markup carries and by which
//! something else finds its elements: the first half, the later half, the
//! scripts in `js/` and the tests. Each is spelled here once; the views in
//! `page` write them and the behaviour looks them up. (`js/restore.js` and
//! `js/prefs.js` cannot import them: a test checks that they spell them
//! alike.)

/// A name in the page's markup, with the CSS selector that finds it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Name {
    pub name: &'static str,
    pub selector: &'static str,
}

macro_rules! id {
    ($name:literal) => {
        Name {
            name: $name,
            selector: concat!("#", $name),
        }
    };
}

macro_rules! class {
    ($name:literal) => {
        Name {
            name: $name,
            selector: concat!(".", $name),
        }
    };
}

macro_rules! data {
    ($name:literal) => {
        Name {
            name: $name,
            selector: concat!("[", $name, "]"),
        }
    };
}

// The page's pieces, each an element of its own (`display: contents`).

/// The whole app; carries the report's storage key and the app's files.
pub const APP: Name = id!("app");
/// The report's text, prerendered; figures and controls are found in it.
pub const REPORT: Name = id!("report");
/// A piece of the page laid out as if it were not there.
pub const PIECE: Name = class!("piece");
/// The piece holding the table of contents and the settings.
pub const CONTENTS: Name = id!("contents");
/// Where the app adds what is hidden until used (messages, sheets).
pub const OVERLAYS: Name = id!("overlays");

// The report's text.

/// A part, section or appendix: where a reader can be, and what collapses.
pub const CONTAINER: &str = "section[id]";
/// The heading of a part, section or appendix.
pub const HEADING: Name = class!("heading");
/// A heading's button that collapses and expands its part or section.
pub const TOGGLE: Name = class!("toggle");
/// A collapsed part or section.
pub const COLLAPSED: Name = class!("collapsed");
/// What follows a part or section's id in the id of its body.
pub const BODY_SUFFIX: &str = "-body";
/// The key figures a collapsed part or section shows, and each of them.
pub const CHIPS: Name = class!("chips");
pub const CHIP: Name = class!("chip");
/// A block's text: the blocks' texts are in the page in the order of the
/// model's blocks (the search index's positions).
pub const TEXT: Name = class!("text");
/// A figure in the text, with its kind (`data-metric`, also on what shows
/// a kind: legend, chips, filters) and normalised value (`data-value`).
pub const FIG: Name = class!("fig");
pub const DATA_METRIC: Name = data!("data-metric");
pub const DATA_VALUE: Name = data!("data-value");
/// The figure number a control is about.
pub const DATA_FIGURE: Name = data!("data-figure");
/// What a figure's id starts with: `fig-12` is figure number 12.
pub const FIGURE_ID_PREFIX: &str = "fig-";
/// A search match drawn in the text, with its number.
pub const DATA_MATCH: Name = data!("data-match");
/// The button that copies a heading's or paragraph's link.
pub const COPY_LINK: Name = class!("copy-link");
/// The legend's switch for a kind, and its way into the figures panel.
pub const LEGEND_KIND: Name = class!("legend-kind");
pub const LEGEND_PANEL: Name = class!("legend-panel");
/// The list of repairs at the end.
pub const REPAIRS: Name = id!("repairs");

// The sticky bar and the search field.

pub const TOPBAR: Name = class!("topbar");
pub const TOC_BUTTON: Name = class!("toc-button");
pub const TOPBAR_TITLE: Name = class!("topbar-title");
pub const FIGURES_BUTTON: Name = class!("figures-button");
pub const SEARCH_INPUT: Name = id!("search-input");
/// The search's tools, `idle` while there is no query.
pub const SEARCH_TOOLS: Name = class!("search-tools");
pub const IDLE: Name = class!("idle");
pub const SEARCH_COUNT: Name = class!("search-count");
pub const SEARCH_PREV: Name = class!("search-prev");
pub const SEARCH_NEXT: Name = class!("search-next");
pub const SEARCH_LIST: Name = class!("search-list");
pub const SEARCH_CLEAR: Name = class!("search-clear");
pub const SEARCH_HINT: Name = class!("search-hint");
/// The list of matching paragraphs (added by the first half).
pub const SEARCH_RESULTS: Name = id!("search-results");

// The table of contents and the settings.

/// The table of contents, `open` as a drawer on phones, with its backdrop.
pub const TOC: Name = id!("toc");
pub const OPEN: Name = class!("open");
pub const TOC_BACKDROP: Name = class!("toc-backdrop");
pub const TOC_CLOSE: Name = class!("toc-close");
pub const EXPAND_ALL: Name = class!("expand-all");
pub const COLLAPSE_ALL: Name = class!("collapse-all");
pub const PREFS: Name = class!("prefs");
pub const TEXT_SMALLER: Name = class!("text-smaller");
pub const TEXT_LARGER: Name = class!("text-larger");
pub const THEME: Name = class!("theme");
pub const OPEN_REPORT: Name = class!("open-report");
/// The reader's choices on `<html>` (`js/prefs.js` puts them back before
/// the first paint).
pub const DATA_THEME: Name = data!("data-theme");
pub const DATA_TEXT_SIZE: Name = data!("data-text-size");
/// The colours a reader can choose (`data-theme`; none: the system's).
pub const LIGHT: &str = "light";
pub const DARK: &str = "dark";

// The later half's overlays.

pub const FIGURE_POPOVER: Name = id!("figure-popover");
pub const FIGURES_PANEL: Name = id!("figures-panel");

// The app's life, on `#app`.

/// Where the reader's collapsed parts and sections are kept for the report
/// on the page (its storage key).
pub const DATA_KEY: Name = data!("data-key");
/// The script that starts the app, and its integrity (`js/restore.js` adds
/// it once the first paint is on screen).
pub const DATA_START: Name = data!("data-start");
pub const DATA_INTEGRITY: Name = data!("data-integrity");
/// The report's text as a file of its own (set by the prerender step): the
/// later half reads its model from it (the app embeds no report).
pub const DATA_SOURCE: Name = data!("data-source");
/// On a library's report page: the page is the report its address names,
/// which a report the reader opened and kept does not replace.
pub const DATA_SHELF: Name = data!("data-shelf");
/// A kept report will replace the prerendered one (`js/restore.js`).
pub const OPENING: Name = class!("opening");
/// For scripts and tests: the first half has taken over; the later half
/// has too.
pub const DATA_STARTED: Name = data!("data-started");
pub const DATA_LATER: Name = data!("data-later");

// The library's page (`js/library.js` groups and filters it).

/// The groups of reports (by year as built, by place on request), each
/// group, and each report with its level, and its place and year as the
/// reader sees them.
pub const SHELF_GROUPS: Name = id!("shelf-groups");
pub const SHELF_GROUP: Name = class!("shelf-group");
pub const SHELF_LIST: Name = class!("shelf-list");
pub const SHELF_ENTRY: Name = class!("shelf-entry");
pub const DATA_LEVEL: Name = data!("data-level");
pub const ENTRY_PLACE: Name = class!("entry-place");
pub const ENTRY_YEAR: Name = class!("entry-year");
/// In a large library, the link to the earlier years' page, whose groups
/// the script brings onto the library's page.
pub const SHELF_EARLIER: Name = id!("shelf-earlier");
/// The controls, hidden until the script that works them has run: the
/// grouping switch (its buttons say what they group by), the filters and
/// how many reports are shown.
pub const SHELF_CONTROLS: Name = id!("shelf-controls");
pub const DATA_GROUP_BY: Name = data!("data-group-by");
pub const SHELF_LEVEL: Name = id!("shelf-level");
pub const SHELF_YEAR: Name = id!("shelf-year");
pub const SHELF_SHOWN: Name = id!("shelf-shown");
/// What the library's page groups by (`data-group-by`, and in its address
/// with the filters: `?by=place&level=province&year=2024`).
pub const BY_YEAR: &str = "year";
pub const BY_PLACE: &str = "place";

// The search across the library (`ui::across`), on the library's page.

/// The search's form, hidden until `js/library.js` has run; it names the
/// index's folder and the search's own files (fetched on the field's first
/// use), each with its integrity.
pub const LIBRARY_SEARCH: Name = id!("library-search");
pub const DATA_SEARCH_INDEX: Name = data!("data-search-index");
pub const DATA_SEARCH_GLUE: Name = data!("data-search-glue");
pub const DATA_GLUE_INTEGRITY: Name = data!("data-glue-integrity");
pub const DATA_SEARCH_WASM: Name = data!("data-search-wasm");
pub const DATA_WASM_INTEGRITY: Name = data!("data-wasm-integrity");
/// Its field, what it says of the search (how many matches in how many
/// reports), the order of the results (its buttons say which), the
/// results, and the button that shows more of them.
pub const LIBRARY_SEARCH_INPUT: Name = id!("library-search-input");
pub const LIBRARY_STATUS: Name = id!("library-status");
pub const LIBRARY_SORT: Name = id!("library-sort");
pub const DATA_SORT: Name = data!("data-sort");
pub const LIBRARY_RESULTS: Name = id!("library-results");
pub const LIBRARY_MORE: Name = id!("library-more");
/// The switch to the counts by year and place (`&trend=1`), and where they
/// are drawn: a chart and its table.
pub const LIBRARY_TREND: Name = id!("trend-switch");
pub const LIBRARY_TREND_VIEW: Name = id!("trend-view");
/// One result: the report (a link to it at `?q=`), its count, and its first
/// match in its words.
pub const FOUND: Name = class!("found");
pub const FOUND_LINK: Name = class!("found-link");
pub const FOUND_COUNT: Name = class!("found-count");
pub const FOUND_SNIPPET: Name = class!("found-snippet");
/// On the library page's `<main>` while a query is answered: the shelf
/// gives way to the results.
pub const DATA_SEARCHING: Name = data!("data-searching");
/// The results' orders (`data-sort`, and `&sort=year` in the address).
pub const SORT_BY_COUNT: &str = "count";
pub const SORT_BY_YEAR: &str = "year";
/// The targets card in the text (in a library, with the library's columns,
/// which the figures panel's targets tab shows too).
pub const TARGETS_CARD: Name = class!("targets-card");
/// The comparison pages' tables (a year's page sorts them by a column,
/// by the values in its cells' `data-value`: `js/compare.js`).
pub const COMPARE_TABLE: Name = class!("compare-table");
/// A year's page's row that names the level of the rows after it, which a
/// sort keeps first.
pub const COMPARE_LEVEL: Name = class!("compare-level");
/// A year's page's choice of one province with its cities, and each row's
/// province it filters by (`js/compare.js`).
pub const COMPARE_PROVINCE: Name = id!("compare-province");
pub const DATA_PROVINCE: Name = data!("data-province");
/// A place's chart: each year's values in words (`data-said`) at its place
/// along the axis (`data-at`, in the chart's units), which `js/chart.js`
/// says in the chart's readout where the chart is tapped.
pub const DATA_SAID: Name = data!("data-said");
pub const DATA_AT: Name = data!("data-at");
pub const CHART_READOUT: Name = class!("chart-readout");
/// A changes page's filters (`js/changes.js`, which shows them): only the
/// changes, and one group; the groups it shows and hides, and the runs of
/// unchanged sentences and the rows it hides for "only changes".
pub const CHANGES_FILTERS: Name = id!("changes-filters");
pub const CHANGES_ONLY: Name = id!("changes-only");
pub const CHANGES_PART: Name = id!("changes-part");
/// The CSV's link, written and shown once the rows are drawn.
pub const CHANGES_CSV: Name = id!("changes-csv");
/// The page's rows are drawn in the browser (`ui::changes::draw`, fetched
/// by `js/changes.js`) from the two reports' texts, rather than carried by
/// every page: `main` names the texts, last year's report, whether the two
/// are versions of one, and the code (with `DATA_GLUE_INTEGRITY` and
/// `DATA_WASM_INTEGRITY`); it says `DATA_DRAWN` once the rows are in.
pub const CHANGES_MAIN: Name = id!("changes");
pub const DATA_WAS_TEXT: Name = data!("data-was-text");
pub const DATA_NOW_TEXT: Name = data!("data-now-text");
pub const DATA_WAS_HREF: Name = data!("data-was-href");
pub const DATA_VERSIONS: Name = data!("data-versions");
pub const DATA_CHANGES_GLUE: Name = data!("data-changes-glue");
pub const DATA_CHANGES_WASM: Name = data!("data-changes-wasm");
pub const DATA_DRAWN: Name = data!("data-drawn");
/// What the rows' drawing says while it runs, and if it fails.
pub const CHANGES_STATUS: Name = id!("changes-status");
pub const CHANGES_GROUP: Name = class!("changes-group");
pub const CHANGES_SAME: Name = class!("same");
/// On a library's report page: the link to the search across the library,
/// which follows the report's own query (`../?q=`).
pub const SEARCH_LIBRARY: Name = id!("search-library");

// Storage.

/// The report the reader opened, kept for the next visit, and its name.
pub const OPENED_TEXT_KEY: &str = "baogao:opened:text";
pub const OPENED_NAME_KEY: &str = "baogao:opened:name";
pub const TEXT_SIZE_KEY: &str = "baogao:text-size";
pub const THEME_KEY: &str = "baogao:theme";

/// Where the collapsed parts and sections of a text are kept: one key per
/// text, by its fingerprint.
pub fn collapsed_key(fingerprint: u64) -> String {
    format!("baogao:{fingerprint:016x}:collapsed")
}

// Events on the window, between the halves and the start script.

/// Asks the start script to fetch the later half.
pub const LOAD_EVENT: &str = "baogao:load";
/// The later half is there and listening.
pub const READY_EVENT: &str = "baogao:ready";
/// A message from the first half to the later one, and back.
pub const TO_LATER_EVENT: &str = "baogao:to-later";
pub const TO_FIRST_EVENT: &str = "baogao:to-first";

/// The id of a part or section's body.
pub fn body_id(container: &str) -> String {
    [container, BODY_SUFFIX].concat()
}

/// The id of figure number `index` (in the order of the text).
pub fn figure_id(index: usize) -> String {
    format!("{FIGURE_ID_PREFIX}{index}")
}

/// The figure number of a figure's id.
pub fn figure_number(id: &str) -> Option<usize> {
    id.strip_prefix(FIGURE_ID_PREFIX)?.parse().ok()
}

/// The selector of search match number `index`.
pub fn match_selector(index: usize) -> String {
    format!("[{}=\"{index}\"]", DATA_MATCH.name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_figure_id_reads_back() {
        assert_eq!(figure_id(12), "fig-12");
        assert_eq!(figure_number(&figure_id(12)), Some(12));
        assert_eq!(figure_number("fig-x"), None);
        assert_eq!(figure_number("sec-1"), None);
    }

    #[test]
    fn selectors_are_made_from_the_names() {
        assert_eq!(TOGGLE.selector, ".toggle");
        assert_eq!(REPORT.selector, "#report");
        assert_eq!(DATA_METRIC.selector, "[data-metric]");
        assert_eq!(match_selector(3), "[data-match=\"3\"]");
        assert_eq!(body_id("sec-1-2"), "sec-1-2-body");
    }
}
