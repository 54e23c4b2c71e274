//! The tree is the architecture, and these tests keep it so: no file names
//! a file that names it back (directly or around a circle), in the library
//! or in any binary; no file runs over 500 lines; the first half
//! never names the later half nor the page's views (only the contract,
//! `ui::markup`); the page's views name neither half; no function in the
//! interface runs over a screen; every name of the page contract is spelled
//! once, in `ui::markup`, and used; and the scripts in `js/` spell the names
//! they share with the Rust side as it does.

mod lexer;
mod modules;

use baogao::ui::markup;
use lexer::{lex, Language};
use modules::{binaries, cycle, imports, library, File};
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn in_room<'a>(files: &'a [File], room: &str) -> impl Iterator<Item = &'a File> {
    let folder = format!("src/ui/{room}/");
    files
        .iter()
        .filter(move |file| file.path.starts_with(&folder))
}

#[test]
fn no_file_names_one_that_names_it_back() {
    let files = library(&root());
    let graph = imports(&files);
    // The graph is not empty: the scan finds what the files name.
    assert!(graph["src/ui/first/sync.rs"].contains("src/ui/first/state.rs"));
    assert!(graph["src/ui/later/mod.rs"].contains("src/ui/later/panel/mod.rs"));
    if std::env::var("SHOW_IMPORTS").is_ok() {
        for (file, named) in &graph {
            println!("{file} → {named:?}");
        }
    }
    if let Some(cycle) = cycle(&graph) {
        panic!("an import circle: {}", cycle.join(" → "));
    }
}

/// A file a reader can hold in mind: past this, it has more than one job.
const LONGEST_FILE: usize = 500;

#[test]
fn no_file_runs_over_500_lines() {
    let files: Vec<File> = library(&root())
        .into_iter()
        .chain(binaries(&root()).into_iter().flatten())
        .collect();
    assert!(files.len() > 100, "the scan finds the files");
    for file in &files {
        let text = std::fs::read_to_string(root().join(&file.path)).expect("readable");
        let lines = text.lines().count();
        assert!(
            lines <= LONGEST_FILE,
            "{} is {lines} lines (at most {LONGEST_FILE}): give its parts rooms of their own",
            file.path
        );
    }
}

#[test]
fn no_binary_names_a_file_that_names_it_back() {
    let crates = binaries(&root());
    let graphs: Vec<_> = crates.iter().map(|files| imports(files)).collect();
    // Each binary is read as a crate of its own: the prerender's rooms
    // name each other through `crate::`.
    let prerender = graphs
        .iter()
        .find(|graph| graph.contains_key("src/bin/prerender/main.rs"))
        .expect("the prerender");
    assert!(prerender["src/bin/prerender/library.rs"].contains("src/bin/prerender/shelf_links.rs"));
    for graph in &graphs {
        if let Some(cycle) = cycle(graph) {
            panic!("an import circle: {}", cycle.join(" → "));
        }
    }
}

#[test]
fn each_half_and_the_page_name_only_what_they_may() {
    let files = library(&root());
    let graph = imports(&files);
    let rules: [(&str, &[&str]); 6] = [
        (
            "first",
            &[
                "src/ui/later/",
                "src/ui/page/",
                "src/ui/across/",
                "src/ui/compare/",
            ],
        ),
        (
            "page",
            &[
                "src/ui/first/",
                "src/ui/later/",
                "src/ui/across/",
                "src/ui/compare/",
            ],
        ),
        ("later", &["src/ui/across/", "src/ui/compare/"]),
        ("shelf", &["src/ui/across/", "src/ui/compare/"]),
        // Pages rendered at build time: no behaviour of the reader's.
        (
            "compare",
            &["src/ui/first/", "src/ui/later/", "src/ui/across/"],
        ),
        // The search's own WebAssembly carries none of the reader.
        (
            "across",
            &[
                "src/ui/first/",
                "src/ui/later/",
                "src/ui/page/",
                "src/ui/shelf/",
                "src/ui/compare/",
            ],
        ),
    ];
    for (room, forbidden) in rules {
        for file in in_room(&files, room) {
            for named in &graph[&file.path] {
                assert!(
                    !forbidden.iter().any(|folder| named.starts_with(folder)),
                    "{} names {named}",
                    file.path
                );
            }
        }
    }
    // Nor by a path the scan would not resolve.
    for file in in_room(&files, "first") {
        for word in ["later::", "page::"] {
            let named = file.lexed.code.match_indices(word).any(|(at, _)| {
                !file.lexed.code[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_')
            });
            assert!(!named, "{} names {word}", file.path);
        }
    }
}

/// The longest a function in the interface may be, in lines.
const LONGEST_FUNCTION: usize = 80;

/// Each `fn` with a body: its name, first line and length in lines.
fn functions(code: &str) -> Vec<(String, usize, usize)> {
    let mut found = Vec::new();
    let mut search = 0;
    while let Some(at) = code[search..].find("fn ") {
        let start = search + at;
        search = start + 3;
        let word_before = code[..start].ends_with(|c: char| c.is_alphanumeric() || c == '_');
        let name: String = code[start + 3..]
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        if word_before || name.is_empty() {
            continue;
        }
        // The body opens at the first `{` before any `;` (no body: a
        // declaration).
        let Some(open) = code[start..].find(['{', ';']).map(|i| start + i) else {
            continue;
        };
        if code.as_bytes()[open] == b';' {
            continue;
        }
        let mut depth = 0;
        let mut close = open;
        for (i, c) in code[open..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                _ => {}
            }
            if depth == 0 {
                close = open + i;
                break;
            }
        }
        let first_line = code[..start].matches('\n').count() + 1;
        let lines = code[start..=close].lines().count();
        found.push((name, first_line, lines));
    }
    found
}

#[test]
fn no_function_in_the_interface_runs_over_a_screen() {
    let files = library(&root());
    let mut seen = 0;
    for file in files.iter().filter(|f| f.path.starts_with("src/ui/")) {
        for (name, line, lines) in functions(&file.lexed.code) {
            seen += 1;
            assert!(
                lines <= LONGEST_FUNCTION,
                "{}:{line}: `{name}` is {lines} lines (at most {LONGEST_FUNCTION})",
                file.path
            );
        }
    }
    assert!(seen > 100, "the scan finds the functions ({seen})");
}

/// The prerender step's files that write the page contract's names.
const PRERENDER: [&str; 4] = [
    "src/bin/prerender/main.rs",
    "src/bin/prerender/assets.rs",
    "src/bin/prerender/report_page.rs",
    "src/bin/prerender/library_page.rs",
];

/// The names `ui::markup` spells: the literals in its code, but its tests.
fn contract_names() -> Vec<String> {
    let text = std::fs::read_to_string(root().join("src/ui/markup.rs")).expect("markup.rs");
    let code = text.split("#[cfg(test)]").next().unwrap_or_default();
    lex(code, Language::Rust)
        .strings
        .into_iter()
        .map(|(_, s)| s)
        .filter(|s| !s.contains(['{', '#', '.', '[', ' ']))
        .collect()
}

/// Whether a literal spells `name`: is it, or holds it in a CSS selector
/// (`.name`, `#name`, `[name`). Bare one-word names (`app`, `open`) are
/// ordinary words too: only as selectors do they count.
fn spells(literal: &str, name: &str) -> bool {
    // A path, an address or a list of file types is no selector.
    if literal.contains('/') {
        return false;
    }
    let distinctive = name.contains(['-', ':']);
    if distinctive && literal == name {
        return true;
    }
    ['.', '#', '['].into_iter().any(|mark| {
        literal
            .match_indices(&format!("{mark}{name}"))
            .any(|(at, found)| {
                let after = literal[at + found.len()..].chars().next();
                !after.is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '_')
            })
    })
}

#[test]
fn the_page_contract_is_spelled_once() {
    let names = contract_names();
    assert!(names.len() > 50, "the contract's names: {names:?}");
    let mut sources: Vec<(String, lexer::Lexed)> = library(&root())
        .into_iter()
        .filter(|file| file.path != "src/ui/markup.rs")
        .map(|file| (file.path, file.lexed))
        .collect();
    for bin in PRERENDER {
        let text = std::fs::read_to_string(root().join(bin)).expect("readable");
        sources.push((bin.to_owned(), lex(&text, Language::Rust)));
    }
    for (path, lexed) in &sources {
        for (line, literal) in &lexed.strings {
            for name in &names {
                assert!(
                    !spells(literal, name),
                    "{path}:{line}: \"{literal}\" spells `{name}`: use ui::markup"
                );
            }
        }
    }
}

#[test]
fn every_name_of_the_contract_is_used() {
    let text = std::fs::read_to_string(root().join("src/ui/markup.rs")).expect("markup.rs");
    let code = lex(&text, Language::Rust).code;
    let code = code.split("#[cfg(test)]").next().unwrap_or_default();
    // Used elsewhere, or in the contract itself (`BODY_SUFFIX` in `body_id`).
    let others: String = library(&root())
        .into_iter()
        .filter(|file| file.path != "src/ui/markup.rs")
        .map(|file| file.lexed.code)
        .chain(PRERENDER.map(|bin| {
            lex(
                &std::fs::read_to_string(root().join(bin)).expect("readable"),
                Language::Rust,
            )
            .code
        }))
        .chain([code.to_owned()])
        .collect();
    for declared in code
        .split("pub const ")
        .skip(1)
        .chain(code.split("pub fn ").skip(1))
    {
        let name: String = declared
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let uses = others
            .match_indices(&name)
            .filter(|(at, _)| {
                let before = others[..*at].ends_with(|c: char| c.is_alphanumeric() || c == '_');
                let after = others[at + name.len()..]
                    .starts_with(|c: char| c.is_alphanumeric() || c == '_');
                !before && !after
            })
            .count();
        // Its declaration is one.
        let used = uses > 1;
        assert!(used, "markup::{name} is used nowhere");
    }
}

/// The string literals of a script in `js/`.
fn js_strings(name: &str) -> Vec<String> {
    let text = std::fs::read_to_string(root().join("js").join(name)).expect("a script");
    lex(&text, Language::JavaScript)
        .strings
        .into_iter()
        .map(|(_, s)| s)
        .collect()
}

/// A script spells each name it shares with the Rust side as `ui::markup`
/// does, and every other literal it has is the web's own vocabulary.
fn check_script(name: &str, shared: &[&str], vocabulary: &[&str]) {
    let strings = js_strings(name);
    for wanted in shared {
        assert!(
            strings.iter().any(|s| s == wanted),
            "js/{name} does not spell \"{wanted}\" (ui::markup)"
        );
    }
    for literal in &strings {
        assert!(
            shared.contains(&literal.as_str()) || vocabulary.contains(&literal.as_str()),
            "js/{name}: \"{literal}\" is neither a name of ui::markup nor known vocabulary"
        );
    }
}

#[test]
fn the_scripts_spell_the_contract_as_rust_does() {
    check_script(
        "restore.js",
        &[
            markup::APP.name,
            markup::DATA_KEY.name,
            markup::OPENED_TEXT_KEY,
            markup::DATA_SHELF.name,
            markup::OPENING.name,
            markup::TOGGLE.selector,
            markup::COLLAPSED.name,
            markup::BODY_SUFFIX,
            markup::CHIPS.selector,
            markup::DATA_START.name,
            markup::DATA_INTEGRITY.name,
        ],
        &[
            "",
            "aria-expanded",
            "false",
            ",",
            "script",
            "module",
            "anonymous",
            "paint",
            "first-contentful-paint",
        ],
    );
    check_script(
        "prefs.js",
        &[
            markup::THEME_KEY,
            markup::LIGHT,
            markup::DARK,
            markup::DATA_THEME.name,
            markup::TEXT_SIZE_KEY,
            markup::DATA_TEXT_SIZE.name,
        ],
        &[""],
    );
    check_script(
        "start.js",
        &[markup::LOAD_EVENT],
        &[
            "link",
            // Filled in by the prerender step (src/bin/prerender/assets.rs).
            "LATER_GLUE",
            "LATER_WASM",
            "LATER_WASM_INTEGRITY",
        ],
    );
}

#[test]
fn the_library_script_spells_the_contract_as_rust_does() {
    check_script(
        "library.js",
        &[
            markup::SHELF_CONTROLS.name,
            markup::SHELF_GROUPS.name,
            markup::SHELF_LEVEL.name,
            markup::SHELF_YEAR.name,
            markup::SHELF_SHOWN.name,
            markup::DATA_GROUP_BY.selector,
            markup::DATA_GROUP_BY.name,
            markup::SHELF_ENTRY.selector,
            markup::SHELF_GROUP.name,
            markup::SHELF_LIST.name,
            markup::DATA_LEVEL.name,
            markup::ENTRY_PLACE.selector,
            markup::ENTRY_YEAR.selector,
            markup::SHELF_EARLIER.name,
            markup::BY_YEAR,
            markup::BY_PLACE,
            markup::LIBRARY_SEARCH.name,
            markup::LIBRARY_SEARCH_INPUT.name,
            markup::LIBRARY_STATUS.name,
            markup::DATA_SEARCH_GLUE.name,
            markup::DATA_GLUE_INTEGRITY.name,
            markup::DATA_SEARCH_WASM.name,
            markup::DATA_WASM_INTEGRITY.name,
        ],
        &[
            "",
            "section",
            "link",
            "modulepreload",
            "anonymous",
            "submit",
            "focus",
            "input",
            "q",
            "搜索未能加载，请刷新页面重试。",
            "h2",
            "ul",
            "aria-pressed",
            "by",
            "level",
            "?",
            "click",
            "change",
            ".shelf-entry:not([hidden])",
            "text/html",
            "a[href]",
            "href",
            "../",
            "./",
            "load",
            "共 ",
            " 份报告",
            "显示 ",
            " 份，共 ",
        ],
    );
}

#[test]
fn the_chart_script_spells_the_contract_as_rust_does() {
    check_script(
        "chart.js",
        &[
            markup::CHART_READOUT.selector,
            markup::DATA_SAID.selector,
            markup::DATA_SAID.name,
            markup::DATA_AT.name,
        ],
        &["svg", "click", "chosen"],
    );
}

#[test]
fn the_comparison_script_spells_the_contract_as_rust_does() {
    check_script(
        "compare.js",
        &[
            markup::COMPARE_TABLE.selector,
            markup::DATA_VALUE.name,
            markup::COMPARE_LEVEL.name,
            markup::COMPARE_PROVINCE.name,
            markup::DATA_PROVINCE.name,
        ],
        &[
            "",
            "descending",
            "ascending",
            "none",
            "button",
            "compare-sort",
            "aria-sort",
            "click",
            ".compare-table tbody",
            "province",
            "change",
            "?",
        ],
    );
}

#[test]
fn the_changes_script_spells_the_contract_as_rust_does() {
    check_script(
        "changes.js",
        &[
            markup::CHANGES_FILTERS.name,
            markup::CHANGES_ONLY.name,
            markup::CHANGES_PART.name,
            markup::CHANGES_GROUP.selector,
            markup::CHANGES_MAIN.name,
            markup::CHANGES_STATUS.name,
            markup::DATA_CHANGES_GLUE.name,
            markup::DATA_GLUE_INTEGRITY.name,
            markup::DATA_CHANGES_WASM.name,
            markup::DATA_WASM_INTEGRITY.name,
        ],
        // `only-changes`: the sheet's, set on `main`.
        &[
            "main",
            "change",
            "",
            "only-changes",
            "link",
            "modulepreload",
            "anonymous",
            "正在载入逐句对比……",
            "逐句对比未能载入，请刷新页面重试；两份报告的全文见上方链接。",
        ],
    );
}

#[test]
fn a_script_spelling_a_name_otherwise_is_caught() {
    assert!(spells(".toggle", "toggle"));
    assert!(spells("section[id] > .toggle", "toggle"));
    assert!(!spells(".toggles", "toggle"));
    assert!(spells("data-metric", "data-metric"));
    assert!(!spells("open", "open"));
    let functions = functions("fn a() {\n    if x {\n    }\n}\nfn b();\nfn c() {}\n");
    assert_eq!(functions, [("a".to_owned(), 1, 4), ("c".to_owned(), 6, 1)]);
}
