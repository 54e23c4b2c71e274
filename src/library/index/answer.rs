//! A query answered from one group's files, in the two rounds a reader's
//! browser fetches them: the shards of its grams (and, for several words,
//! the blocks' starts), then the files of the grams those shards say are
//! filed apart. Names are the group's own; `group_file` puts them in the
//! group's folder.

use super::count::{Counted, Query};
use super::grams::Gram;
use super::group::{read_blocks, BLOCKS_FILE};
use super::postings::{decode, Postings};
use super::shard::{find, shard_file, Found};
use std::collections::HashMap;

/// A file of group `group`, from the index's folder.
pub fn group_file(group: u32, name: &str) -> String {
    format!("g{group}/{name}")
}

impl Query {
    /// The files the first round fetches, of a group of `shards` shards.
    pub fn first_files(&self, shards: u32) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        let of_grams = self
            .grams()
            .into_iter()
            .map(|gram| shard_file(gram.shard(shards)));
        let blocks = self.needs_blocks().then(|| BLOCKS_FILE.to_owned());
        for name in of_grams.chain(blocks) {
            if !names.contains(&name) {
                names.push(name);
            }
        }
        names
    }

    /// Where the first round's shards say each gram is.
    fn found<'a>(
        &self,
        shards: u32,
        file: &impl Fn(&str) -> Option<&'a [u8]>,
    ) -> Vec<(Gram, Found)> {
        self.grams()
            .into_iter()
            .filter_map(|gram| {
                let shard = file(&shard_file(gram.shard(shards)))?;
                Some((gram, find(shard, gram)?))
            })
            .collect()
    }

    /// The files the second round fetches: the grams filed apart.
    pub fn apart_files<'a>(
        &self,
        shards: u32,
        file: impl Fn(&str) -> Option<&'a [u8]>,
    ) -> Vec<String> {
        self.found(shards, &file)
            .into_iter()
            .filter_map(|(_, found)| match found {
                Found::Apart(name) => Some(name),
                _ => None,
            })
            .collect()
    }

    /// Each report of the group that matches, from both rounds' files; a
    /// file that is missing or broken finds nothing.
    pub fn answer<'a>(&self, shards: u32, file: impl Fn(&str) -> Option<&'a [u8]>) -> Vec<Counted> {
        let mut postings: HashMap<Gram, Postings> = HashMap::new();
        for (gram, found) in self.found(shards, &file) {
            let list = match found {
                Found::Here(list) => Some(list),
                Found::Apart(name) => file(&name).and_then(decode),
                Found::Absent => None,
            };
            if let Some(list) = list {
                postings.insert(gram, list);
            }
        }
        let blocks = match self.needs_blocks() {
            true => file(BLOCKS_FILE).and_then(read_blocks).unwrap_or_default(),
            false => Vec::new(),
        };
        self.count(&postings, &blocks)
    }
}
