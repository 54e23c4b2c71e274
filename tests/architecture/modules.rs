//! The crate's files as modules, and which files each one names: the
//! paths in its `use` declarations and in its code that start with
//! `crate::`, `super::`, `self::` or one of its own child modules, each
//! resolved to the file of the deepest module it reaches.

use crate::lexer::{lex, Language, Lexed};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

pub struct File {
    /// The path from the crate's top folder, as `src/ui/first/state.rs`.
    pub path: String,
    /// Its module, as `["ui", "first", "state"]`.
    pub module: Vec<String>,
    pub lexed: Lexed,
}

/// The library crate's files (`src/lib.rs` and the modules under it).
pub fn library(root: &Path) -> Vec<File> {
    let mut files = Vec::new();
    let src = root.join("src");
    collect(root, &src, &src, &mut files);
    files.retain(|file: &File| !file.path.starts_with("src/bin/"));
    files
}

/// Each binary's files, a crate of its own whose `crate::` is its own
/// root: `src/bin/NAME.rs`, or `src/bin/NAME/main.rs` and the modules
/// under it.
pub fn binaries(root: &Path) -> Vec<Vec<File>> {
    let bin = root.join("src/bin");
    let mut entries: Vec<PathBuf> = std::fs::read_dir(&bin)
        .expect("src/bin")
        .map(|entry| entry.expect("an entry").path())
        .collect();
    entries.sort();
    entries
        .into_iter()
        .filter(|path| path.is_dir() || path.extension().is_some_and(|e| e == "rs"))
        .map(|path| {
            let mut files = Vec::new();
            if path.is_dir() {
                collect(root, &path, &path, &mut files);
            } else {
                files.push(file_at(root, &path, &path));
            }
            files
        })
        .collect()
}

fn file_at(root: &Path, base: &Path, path: &Path) -> File {
    let relative = path.strip_prefix(root).expect("under the root");
    let text = std::fs::read_to_string(path).expect("readable");
    File {
        path: relative.to_string_lossy().replace('\\', "/"),
        module: module_of(path.strip_prefix(base).unwrap_or(Path::new(""))),
        lexed: lex(&text, Language::Rust),
    }
}

/// The `.rs` files under `dir`, their modules named from `base`, the
/// crate's root folder.
fn collect(root: &Path, base: &Path, dir: &Path, files: &mut Vec<File>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("a source folder")
        .map(|entry| entry.expect("an entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect(root, base, &path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(file_at(root, base, &path));
        }
    }
}

/// A file's path from its crate's root folder as its module:
/// `ui/first/state.rs` → `ui::first::state`; `mod.rs`, `lib.rs` and
/// `main.rs` are their folder's module.
fn module_of(relative: &Path) -> Vec<String> {
    let mut parts: Vec<String> = relative
        .with_extension("")
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    if matches!(
        parts.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        parts.pop();
    }
    parts
}

/// The identifier at the start of `text`, if any.
fn identifier(text: &str) -> Option<&str> {
    let end = text
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(text.len());
    (end > 0).then(|| &text[..end])
}

/// Every path written in the code (`a::b::c`), with use-trees expanded:
/// `use super::{a, b::{c, d}}` gives `super::a`, `super::b::c`,
/// `super::b::d`.
fn paths(code: &str) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    let compact: String = code.split_whitespace().collect::<Vec<_>>().join(" ");
    let compact = compact
        .replace(" :: ", "::")
        .replace(":: ", "::")
        .replace(" ::", "::");
    for (start, _) in compact.match_indices("use ") {
        let before_ok =
            start == 0 || !compact[..start].ends_with(|c: char| c.is_alphanumeric() || c == '_');
        if !before_ok {
            continue;
        }
        let rest = &compact[start + 4..];
        let tree = &rest[..rest.find(';').unwrap_or(rest.len())];
        expand(tree, &[], &mut found);
    }
    // Paths in code: an identifier followed by `::`.
    let bytes: Vec<char> = compact.chars().collect();
    let text: String = bytes.iter().collect();
    let mut i = 0;
    while let Some(at) = text[i..].find("::") {
        let at = i + at;
        let head_start = text[..at]
            .rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
            .map_or(0, |p| p + 1);
        let path_text = &text[head_start..];
        let mut segments = Vec::new();
        let mut rest = path_text;
        // A path that ends in `::` opens a use-tree's group, expanded above.
        let mut group = false;
        while let Some(name) = identifier(rest) {
            segments.push(name.to_owned());
            rest = &rest[name.len()..];
            match rest.strip_prefix("::") {
                Some(after) => {
                    rest = after;
                    group = identifier(rest).is_none();
                }
                None => break,
            }
        }
        i = (head_start + path_text.len() - rest.len()).max(at + 2);
        if segments.len() > 1 && !group {
            found.push(segments);
        }
    }
    found
}

/// Expands a use-tree under a prefix.
fn expand(tree: &str, prefix: &[String], found: &mut Vec<Vec<String>>) {
    let tree = tree.trim();
    if let Some(open) = tree.find('{') {
        let head: Vec<String> = tree[..open]
            .trim_end_matches("::")
            .split("::")
            .filter(|s| !s.trim().is_empty())
            .map(|s| s.trim().to_owned())
            .collect();
        let mut base = prefix.to_vec();
        base.extend(head);
        let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
        let mut depth = 0;
        let mut start = 0;
        for (k, c) in inner.char_indices() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    expand(&inner[start..k], &base, found);
                    start = k + 1;
                }
                _ => {}
            }
        }
        expand(&inner[start..], &base, found);
    } else if !tree.is_empty() {
        let mut path = prefix.to_vec();
        let tree = tree.split(" as ").next().unwrap_or(tree);
        path.extend(tree.split("::").map(|s| s.trim().to_owned()));
        if path.last().is_some_and(|s| s == "self") {
            path.pop();
        }
        found.push(path);
    }
}

/// The child modules a file declares (`mod name;`).
fn children(code: &str) -> BTreeSet<String> {
    code.split(';')
        .filter_map(|statement| {
            let statement = statement.trim();
            let statement = statement.strip_prefix("pub ").unwrap_or(statement);
            let name = statement.rsplit("mod ").next()?;
            (statement.contains("mod ") && identifier(name) == Some(name)).then(|| name.to_owned())
        })
        .collect()
}

/// The items a file re-exports (`pub use child::Item;`), by the name they
/// go by, with the path they come from.
fn reexports(code: &str) -> BTreeMap<String, Vec<String>> {
    let compact: String = code.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut found = BTreeMap::new();
    for (start, _) in compact.match_indices("pub use ") {
        let rest = &compact[start + 8..];
        let tree = &rest[..rest.find(';').unwrap_or(rest.len())];
        let mut paths = Vec::new();
        expand(tree, &[], &mut paths);
        for path in paths {
            if let Some(name) = path.last() {
                found.insert(name.clone(), path);
            }
        }
        // An alias goes by its new name.
        for alias in tree.split(" as ").skip(1) {
            if let (Some(name), Some(original)) =
                (identifier(alias.trim()), tree.split(" as ").next())
            {
                let mut path = Vec::new();
                expand(original, &[], &mut path);
                if let Some(path) = path.pop() {
                    found.insert(name.to_owned(), path);
                }
            }
        }
    }
    found
}

/// For each file, the other files it names: through a re-export, the file
/// that defines what it names.
pub fn imports(files: &[File]) -> BTreeMap<String, BTreeSet<String>> {
    // Tests come last, in modules of their own that name their parent.
    let code_of = |file: &File| -> String {
        let code = &file.lexed.code;
        code.split("#[cfg(test)]")
            .next()
            .unwrap_or_default()
            .to_owned()
    };
    let modules: BTreeMap<&[String], &File> = files
        .iter()
        .map(|file| (file.module.as_slice(), file))
        .collect();
    let children_of: BTreeMap<&str, BTreeSet<String>> = files
        .iter()
        .map(|file| (file.path.as_str(), children(&code_of(file))))
        .collect();
    let exports: BTreeMap<&str, BTreeMap<String, Vec<String>>> = files
        .iter()
        .map(|file| (file.path.as_str(), reexports(&code_of(file))))
        .collect();
    // The file a module path leads to, following re-exports.
    let target = |mut absolute: Vec<String>| -> Option<&File> {
        for _ in 0..8 {
            let (len, file) = (1..=absolute.len())
                .rev()
                .find_map(|len| Some((len, *modules.get(&absolute[..len])?)))?;
            let item = absolute.get(len);
            let Some(path) = item.and_then(|item| exports[file.path.as_str()].get(item)) else {
                return Some(file);
            };
            let children = &children_of[file.path.as_str()];
            absolute = resolve(&file.module, children, path)?;
        }
        None
    };
    let mut graph = BTreeMap::new();
    for file in files {
        let code = code_of(file);
        let own_children = &children_of[file.path.as_str()];
        let mut named = BTreeSet::new();
        for path in paths(&code) {
            let Some(absolute) = resolve(&file.module, own_children, &path) else {
                continue;
            };
            if let Some(target) = target(absolute).filter(|target| target.path != file.path) {
                named.insert(target.path.clone());
            }
        }
        graph.insert(file.path.clone(), named);
    }
    graph
}

/// A path as the module path it names from the crate's root, or `None` for
/// paths into other crates and for names in scope.
fn resolve(module: &[String], children: &BTreeSet<String>, path: &[String]) -> Option<Vec<String>> {
    let (first, rest) = path.split_first()?;
    let mut at: Vec<String> = match first.as_str() {
        "crate" => Vec::new(),
        "self" => module.to_vec(),
        "super" => module[..module.len().checked_sub(1)?].to_vec(),
        child if children.contains(child) => {
            let mut at = module.to_vec();
            at.push(child.to_owned());
            return Some(at.into_iter().chain(rest.iter().cloned()).collect());
        }
        _ => return None,
    };
    let mut rest = rest;
    while let Some(("super", after)) = rest.split_first().map(|(s, a)| (s.as_str(), a)) {
        at.pop();
        rest = after;
    }
    at.extend(rest.iter().cloned());
    Some(at)
}

/// A cycle in the graph, if there is one, as the files around it.
pub fn cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        done: &mut BTreeSet<String>,
        stack: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = stack.iter().position(|n| n == node) {
            let mut cycle = stack[at..].to_vec();
            cycle.push(node.to_owned());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        stack.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, done, stack) {
                return Some(cycle);
            }
        }
        stack.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut done, &mut Vec::new()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn use_trees_expand() {
        let found = paths("use super::{a, b::{c, d as e}};\nuse crate::x::y;");
        assert!(found.contains(&vec!["super".to_owned(), "a".to_owned()]));
        assert!(found.contains(&vec!["super".to_owned(), "b".to_owned(), "d".to_owned()]));
        assert!(found.contains(&vec!["crate".to_owned(), "x".to_owned(), "y".to_owned()]));
    }

    #[test]
    fn paths_resolve_from_their_module() {
        let module = ["ui".to_owned(), "first".to_owned(), "sync".to_owned()];
        let path = |p: &str| p.split("::").map(str::to_owned).collect::<Vec<_>>();
        let none = BTreeSet::new();
        assert_eq!(
            resolve(&module, &none, &path("super::state::State")),
            Some(path("ui::first::state::State"))
        );
        assert_eq!(
            resolve(&module, &none, &path("super::super::markup::APP")),
            Some(path("ui::markup::APP"))
        );
        assert_eq!(resolve(&module, &none, &path("web_sys::Element")), None);
    }
}
