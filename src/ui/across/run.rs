//! One query across the library: the list of reports (fetched once), then
//! each group's answer in two rounds of files (`index::Query`), painted as
//! each group is counted; then, every count known, the snippets of the
//! results shown. The query is kept in the address (`?q=`). A newer
//! query stops an older one between steps.

use super::paint::paint;
use super::state::Search;
use crate::library::index::{
    chunk_file, chunk_of, group_file, paragraph_at, read_listing, Listed, Query, LISTING_FILE,
};
use crate::library::results::{groups, Results};
use crate::library::snippet;
use crate::ui::browser;
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
        let Some(listing) = listing(&search).await else {
            search.current.borrow_mut().failed = true;
            paint(&search);
            return;
        };
        search.current.borrow_mut().results = Results::new(&listing);
        for (group, shards) in groups(&listing) {
            let counted = {
                let first = search
                    .pieces
                    .get(&names(group, parsed.first_files(shards)))
                    .await;
                let file = |name: &str| first.get(&group_file(group, name)).map(|b| b.as_slice());
                let apart = search
                    .pieces
                    .get(&names(group, parsed.apart_files(shards, file)))
                    .await;
                let file = |name: &str| {
                    let name = group_file(group, name);
                    first
                        .get(&name)
                        .or_else(|| apart.get(&name))
                        .map(|b| b.as_slice())
                };
                parsed.answer(shards, file)
            };
            if !search.is_current(generation) {
                return;
            }
            search.current.borrow_mut().results.add(group, &counted);
            paint(&search);
        }
        search.current.borrow_mut().done = true;
        paint(&search);
        fill_snippets(search, generation).await;
    });
}

fn names(group: u32, names: Vec<String>) -> Vec<String> {
    names.iter().map(|name| group_file(group, name)).collect()
}

/// The list of reports, fetched with the first query and kept.
async fn listing(search: &Search) -> Option<Rc<Vec<Listed>>> {
    if let Some(listing) = search.listing.borrow().clone() {
        return Some(listing);
    }
    let files = search.pieces.get(&[LISTING_FILE.to_owned()]).await;
    let text = std::str::from_utf8(files.get(LISTING_FILE)?).ok()?;
    let listing = Rc::new(read_listing(text).ok()?);
    *search.listing.borrow_mut() = Some(listing.clone());
    Some(listing)
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
            let listed = listing.get(hit.report)?;
            let chunk = chunk_file(listed.number, chunk_of(hit.first));
            Some((hit.report, hit.first, group_file(listed.group, &chunk)))
        })
        .collect();
    if wanted.is_empty() {
        return;
    }
    let names: Vec<String> = wanted.iter().map(|(_, _, name)| name.clone()).collect();
    let chunks = search.pieces.get(&names).await;
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
