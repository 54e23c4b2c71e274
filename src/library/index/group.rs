//! Builds one group's index: its reports' grams in shards (`shard`) and
//! where each report's blocks start (`blocks.bin`), which a query of
//! several words needs to keep to matches within one paragraph.

use super::grams::{Folded, Gram};
use super::postings::Postings;
use super::shard::write_shards;
use super::varint::{put, put_ascending, Reader};
use std::collections::BTreeMap;

/// The file of the blocks' starts.
pub const BLOCKS_FILE: &str = "blocks.bin";

/// A group's files, (name, bytes), and its number of shards.
pub struct Group {
    pub files: Vec<(String, Vec<u8>)>,
    pub shards: u32,
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
    let (mut files, shards) = write_shards(&grams);
    let mut blocks = Vec::new();
    put(&mut blocks, reports.len() as u32);
    for report in reports {
        put_ascending(&mut blocks, &report.block_starts);
    }
    files.push((BLOCKS_FILE.to_owned(), blocks));
    Group { files, shards }
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
