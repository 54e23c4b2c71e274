//! Builds one group's index: its reports' grams in shards (`shard`) and
//! where each report's blocks start (`blocks.bin`), which a query of
//! several words needs to keep to matches within one paragraph.

use super::grams::{Folded, Gram};
use super::postings::Postings;
use super::shard::{apart_file, shard_file, write_shards};
use super::varint::{put, put_ascending, Reader};
use std::collections::BTreeMap;

/// The file of the blocks' starts.
pub const BLOCKS_FILE: &str = "blocks.bin";

/// A group's files, (name, bytes), in the order they are packed
/// (`index_names`), its number of shards and of grams filed apart.
pub struct Group {
    pub files: Vec<(String, Vec<u8>)>,
    pub shards: u32,
    pub apart: u32,
}

/// The index of reports numbered 0, 1, 2 … in the order given.
pub fn build_group(reports: &[Folded]) -> Group {
    let mut grams: BTreeMap<Gram, Postings> = BTreeMap::new();
    for (number, report) in reports.iter().enumerate() {
        let number = number as u32;
        for (gram, position) in report.grams() {
            let postings = grams.entry(gram).or_default();
            match postings.last_mut() {
                Some((last, positions)) if *last == number => positions.push(position),
                _ => postings.push((number, vec![position])),
            }
        }
    }
    let (shard_files, apart_files) = write_shards(&grams);
    let mut blocks = Vec::new();
    put(&mut blocks, reports.len() as u32);
    for report in reports {
        put_ascending(&mut blocks, &report.block_starts);
    }
    let (shards, apart) = (shard_files.len() as u32, apart_files.len() as u32);
    let files = index_names(shards, apart)
        .into_iter()
        .zip(shard_files.into_iter().chain([blocks]).chain(apart_files))
        .collect();
    Group {
        files,
        shards,
        apart,
    }
}

/// The index's files of a group in the order they are packed: its shards,
/// the blocks' starts, the grams filed apart.
pub fn index_names(shards: u32, apart: u32) -> Vec<String> {
    (0..shards)
        .map(shard_file)
        .chain(std::iter::once(BLOCKS_FILE.to_owned()))
        .chain((0..apart).map(apart_file))
        .collect()
}

/// Each report's blocks' starts, from `blocks.bin`.
pub fn read_blocks(bytes: &[u8]) -> Option<Vec<Vec<u32>>> {
    let mut reader = Reader::new(bytes);
    let reports = reader.next()?;
    let mut all = Vec::with_capacity(reports.min(4096) as usize);
    for _ in 0..reports {
        all.push(reader.ascending()?);
    }
    Some(all)
}
