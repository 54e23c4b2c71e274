//! One query across the library: the list of reports (fetched once), then
//! each group's answer from its files (`index::Query`: the first files,
//! then those they say are filed apart), the newest group's first and then
//! every other group's together, painted as each group is counted; then,
//! every count known, the snippets of the results shown. The query is kept
//! in the address (`?q=`). A newer query stops an older one between steps. If any piece a count needs
//! cannot be read, no count is shown, and the search says why.

use super::paint::paint;
use super::pieces::Failure;
use super::state::Search;
use crate::library::index::{
    chunk_file, chunk_of, group_file, paragraph_at, Listing, Query, BLOCKS_FILE,
};
use crate::library::results::{groups, Results};
use crate::library::snippet;
use crate::ui::browser;
use std::collections::HashMap;
use std::rc::Rc;

/// Characters of a snippet either side of its match.
const AROUND: usize = 30;

pub fn run_query(search: Rc<Search>, query: String) {
    if search.current.borrow().query == query {
        return;
    }
    let generation = search.begin(&query);
    browser::replace_query(query.trim());
    paint(&search);
    let parsed = Query::new(&query);
    if parsed.is_empty() {
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(failure) = count_all(&search, &parsed, generation).await {
            if search.is_current(generation) {
                // A count is exact or not given.
                let mut current = search.current.borrow_mut();
                current.failed = Some(failure);
                current.results = Results::default();
            }
            paint(&search);
            return;
        }
        if !search.is_current(generation) {
            return;
        }
        search.current.borrow_mut().done = true;
        paint(&search);
        fill_snippets(search, generation).await;
    });
}

/// Every group's counts, newest group first, each painted as it comes; a
/// newer query stops it between groups.
async fn count_all(search: &Search, parsed: &Query, generation: u32) -> Result<(), Failure> {
    let listing = listing(search).await?;
    search.current.borrow_mut().results = Results::new(&listing.reports);
    let groups = groups(&listing.reports);
    let mut fetched = HashMap::new();
    for (at, &(group, shards)) in groups.iter().enumerate() {
        // The newest group's files first, for the first results; then every
        // other group's at once, so that none waits for its own.
        let ahead = match at {
            0 => &groups[..1],
            1 => &groups[1..],
            _ => &[],
        };
        if !ahead.is_empty() {
            fetched.extend(fetch(search, parsed, ahead).await?);
        }
        let file = |name: &str| fetched.get(&group_file(group, name)).map(|b| b.as_slice());
        let counted = parsed.answer(shards, file);
        if !search.is_current(generation) {
            return Ok(());
        }
        search.current.borrow_mut().results.add(group, &counted);
        paint(search);
    }
    Ok(())
}

/// These groups' files, in three rounds for all of them (not three a
/// group): the directories' pages that say where their first files are,
/// with the page of the blocks' starts, where the grams filed apart begin;
/// the first files; the files those say are filed apart.
async fn fetch(
    search: &Search,
    parsed: &Query,
    groups: &[(u32, u32)],
) -> Result<HashMap<String, Rc<Vec<u8>>>, Failure> {
    let files = |more: &[&str]| -> Vec<String> {
        groups
            .iter()
            .flat_map(|&(group, shards)| {
                let mut files = parsed.first_files(shards);
                files.extend(more.iter().map(|name| name.to_string()));
                names(group, files)
            })
            .collect()
    };
    search.pieces.prepare(&files(&[BLOCKS_FILE])).await?;
    let mut fetched = search.pieces.get(&files(&[])).await?;
    let aparts: Vec<String> = groups
        .iter()
        .flat_map(|&(group, shards)| {
            let file = |name: &str| fetched.get(&group_file(group, name)).map(|b| b.as_slice());
            names(group, parsed.apart_files(shards, file))
        })
        .collect();
    fetched.extend(search.pieces.get(&aparts).await?);
    Ok(fetched)
}

fn names(group: u32, names: Vec<String>) -> Vec<String> {
    names.iter().map(|name| group_file(group, name)).collect()
}

/// The list of reports, fetched with the first query and kept.
async fn listing(search: &Search) -> Result<Rc<Listing>, Failure> {
    if let Some(listing) = search.listing.borrow().clone() {
        return Ok(listing);
    }
    let listing = Rc::new(search.pieces.listing().await?);
    *search.listing.borrow_mut() = Some(listing.clone());
    Ok(listing)
}

/// The snippets of the results shown that have none yet: each report's
/// first match, in its paragraph (from the chunk that holds it), found as
/// the report's own search finds it.
pub async fn fill_snippets(search: Rc<Search>, generation: u32) {
    if !search.current.borrow().done {
        return;
    }
    let Some(listing) = search.listing.borrow().clone() else {
        return;
    };
    let wanted: Vec<(usize, u32, String)> = search
        .shown_hits()
        .into_iter()
        .filter(|hit| !search.current.borrow().snippets.contains_key(&hit.report))
        .filter_map(|hit| {
            let listed = listing.reports.get(hit.report)?;
            let chunk = chunk_file(listed.number, chunk_of(hit.first));
            Some((hit.report, hit.first, group_file(listed.group, &chunk)))
        })
        .collect();
    if wanted.is_empty() {
        return;
    }
    let names: Vec<String> = wanted.iter().map(|(_, _, name)| name.clone()).collect();
    // Snippets are the results' words, not their counts: a chunk that
    // cannot be read leaves its result without one.
    let chunks = search.pieces.get(&names).await.unwrap_or_default();
    if !search.is_current(generation) {
        return;
    }
    let query = search.current.borrow().query.clone();
    for (report, first, name) in wanted {
        let paragraph = chunks
            .get(&name)
            .and_then(|bytes| std::str::from_utf8(bytes).ok())
            .and_then(|chunk| paragraph_at(chunk, first));
        if let Some(found) = paragraph.and_then(|p| snippet(p, &query, AROUND)) {
            search.current.borrow_mut().snippets.insert(report, found);
        }
    }
    paint(&search);
}
