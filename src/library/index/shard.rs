//! The index's files. A group's grams are filed by hash into shards of
//! about `SHARD_BYTES`, so that a query fetches the few shards its grams
//! are in; a gram whose postings are large (`，`, `发展`) has a file of its
//! own, so that the shard it hashes to stays small for every other query.
//!
//! A shard: `BGI2`, the number of grams, then each gram's key (UTF-8, its
//! length first), then 0 and the length of its postings where they are
//! here, or 1 + the number of its file where they are apart; then the
//! postings, in the same order.

use super::grams::Gram;
use super::postings::{self, Postings};
use super::varint::{put, Reader};
use std::collections::BTreeMap;

const MAGIC: &[u8] = b"BGI2";

/// About the size of a shard, in bytes before compression: a query of
/// eight characters fetches four (`scripts/library-bench`: 24 KB shards
/// made its median 78 KB brotli at 100 reports; 12 KB, 42; 6 KB, 24).
pub const SHARD_BYTES: usize = 6 * 1024;
/// Postings larger than this have a file of their own.
pub const APART_BYTES: usize = 3 * 1024;

/// The name of a shard's file.
pub fn shard_file(shard: u32) -> String {
    format!("s{shard}.bin")
}

/// The name of the file of the `number`th gram filed apart.
pub fn apart_file(number: u32) -> String {
    format!("a{number}.bin")
}

/// A group's grams in files: its shards, in order, and the files of the
/// grams filed apart, in order.
pub fn write_shards(grams: &BTreeMap<Gram, Postings>) -> (Vec<Vec<u8>>, Vec<Vec<u8>>) {
    let mut apart_files = Vec::new();
    let mut here: Vec<(Gram, Vec<u8>)> = Vec::new();
    let mut apart: Vec<(Gram, u32)> = Vec::new();
    let mut total = 0;
    for (gram, list) in grams {
        let mut bytes = Vec::new();
        postings::encode(list, &mut bytes);
        if bytes.len() > APART_BYTES {
            apart.push((*gram, apart_files.len() as u32));
            apart_files.push(bytes);
        } else {
            total += bytes.len();
            here.push((*gram, bytes));
        }
    }
    let shards = total.div_ceil(SHARD_BYTES).max(1) as u32;
    let mut by_shard: Vec<Vec<(String, Entry)>> = vec![Vec::new(); shards as usize];
    for (gram, bytes) in here {
        by_shard[gram.shard(shards) as usize].push((gram.key(), Entry::Here(bytes)));
    }
    for (gram, number) in apart {
        by_shard[gram.shard(shards) as usize].push((gram.key(), Entry::Apart(number)));
    }
    let shard_files = by_shard
        .into_iter()
        .map(|mut entries| {
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            shard_bytes(&entries)
        })
        .collect();
    (shard_files, apart_files)
}

/// A gram's postings in a shard: here, or in the file of that number.
#[derive(Clone)]
enum Entry {
    Here(Vec<u8>),
    Apart(u32),
}

fn shard_bytes(entries: &[(String, Entry)]) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    put(&mut out, entries.len() as u32);
    for (key, entry) in entries {
        put(&mut out, key.len() as u32);
        out.extend_from_slice(key.as_bytes());
        match entry {
            Entry::Here(bytes) => {
                put(&mut out, 0);
                put(&mut out, bytes.len() as u32);
            }
            Entry::Apart(number) => put(&mut out, number + 1),
        }
    }
    for entry in entries {
        if let (_, Entry::Here(bytes)) = entry {
            out.extend_from_slice(bytes);
        }
    }
    out
}

/// Where a shard says a gram's postings are.
#[derive(Debug, PartialEq, Eq)]
pub enum Found {
    /// Nowhere: the group does not hold the gram.
    Absent,
    Here(Postings),
    /// In a file of its own (its name).
    Apart(String),
}

/// Looks a gram up in a shard's bytes; `None` for bytes that are not a
/// shard.
pub fn find(shard: &[u8], gram: Gram) -> Option<Found> {
    let key = gram.key();
    let mut reader = Reader::new(shard.strip_prefix(MAGIC)?);
    let entries = reader.next()?;
    let mut offset = 0usize;
    let mut found = None;
    for _ in 0..entries {
        let len = reader.next()? as usize;
        let name = reader.bytes(len)?;
        let apart = reader.next()?;
        let size = if apart == 0 {
            reader.next()? as usize
        } else {
            0
        };
        if name == key.as_bytes() {
            found = Some((apart, offset, size));
        }
        offset += size;
    }
    let body = reader.rest();
    Some(match found {
        None => Found::Absent,
        Some((0, at, size)) => Found::Here(postings::decode(body.get(at..at + size)?)?),
        Some((apart, ..)) => Found::Apart(apart_file(apart - 1)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grams_are_found_in_their_shard_or_apart() {
        let mut grams = BTreeMap::new();
        grams.insert(Gram::One('稳'), vec![(0, vec![1, 5]), (2, vec![8])]);
        // Large enough to be filed apart.
        let many: Vec<u32> = (0..20_000).map(|i| i * 3).collect();
        grams.insert(Gram::Two('发', '展'), vec![(1, many.clone())]);
        let (shard_files, apart_files) = write_shards(&grams);
        let shards = shard_files.len() as u32;
        let shard_of = |gram: Gram| &shard_files[gram.shard(shards) as usize];
        assert_eq!(
            find(shard_of(Gram::One('稳')), Gram::One('稳')),
            Some(Found::Here(vec![(0, vec![1, 5]), (2, vec![8])]))
        );
        let apart = find(shard_of(Gram::Two('发', '展')), Gram::Two('发', '展'));
        assert_eq!(apart, Some(Found::Apart("a0.bin".to_owned())));
        assert_eq!(postings::decode(&apart_files[0]), Some(vec![(1, many)]));
        assert_eq!(
            find(shard_of(Gram::One('乙')), Gram::One('乙')),
            Some(Found::Absent)
        );
        assert_eq!(find(b"nonsense", Gram::One('乙')), None);
    }
}
