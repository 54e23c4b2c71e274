//! The index's files. A group's grams are filed by hash into shards of
//! about `SHARD_BYTES`, so that a query fetches the few shards its grams
//! are in; a gram whose postings are large (`，`, `发展`) has a file of its
//! own, so that the shard it hashes to stays small for every other query.
//!
//! A shard: `BGI1`, the number of grams, then each gram's key (UTF-8, its
//! length first), whether it is apart (1) or here (0) and, here, the length
//! of its postings; then the postings, in the same order.

use super::grams::Gram;
use super::postings::{self, Postings};
use super::varint::{put, Reader};
use std::collections::BTreeMap;

const MAGIC: &[u8] = b"BGI1";

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

/// The name of the file of a gram filed apart.
pub fn apart_file(key: &str) -> String {
    let hash = key.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("g{hash:016x}.bin")
}

/// A group's grams in files: (name, bytes), and the number of shards.
pub fn write_shards(grams: &BTreeMap<Gram, Postings>) -> (Vec<(String, Vec<u8>)>, u32) {
    let mut files = Vec::new();
    let mut here: Vec<(Gram, Vec<u8>)> = Vec::new();
    let mut apart: Vec<Gram> = Vec::new();
    let mut total = 0;
    for (gram, list) in grams {
        let mut bytes = Vec::new();
        postings::encode(list, &mut bytes);
        if bytes.len() > APART_BYTES {
            files.push((apart_file(&gram.key()), bytes));
            apart.push(*gram);
        } else {
            total += bytes.len();
            here.push((*gram, bytes));
        }
    }
    let shards = total.div_ceil(SHARD_BYTES).max(1) as u32;
    let mut by_shard: Vec<Vec<(String, Option<Vec<u8>>)>> = vec![Vec::new(); shards as usize];
    for (gram, bytes) in here {
        by_shard[gram.shard(shards) as usize].push((gram.key(), Some(bytes)));
    }
    for gram in apart {
        by_shard[gram.shard(shards) as usize].push((gram.key(), None));
    }
    for (shard, mut entries) in by_shard.into_iter().enumerate() {
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        files.push((shard_file(shard as u32), shard_bytes(&entries)));
    }
    (files, shards)
}

fn shard_bytes(entries: &[(String, Option<Vec<u8>>)]) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    put(&mut out, entries.len() as u32);
    for (key, bytes) in entries {
        put(&mut out, key.len() as u32);
        out.extend_from_slice(key.as_bytes());
        match bytes {
            Some(bytes) => {
                put(&mut out, 0);
                put(&mut out, bytes.len() as u32);
            }
            None => put(&mut out, 1),
        }
    }
    for bytes in entries.iter().filter_map(|(_, bytes)| bytes.as_ref()) {
        out.extend_from_slice(bytes);
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
        let apart = reader.next()? == 1;
        let size = if apart { 0 } else { reader.next()? as usize };
        if name == key.as_bytes() {
            found = Some((apart, offset, size));
        }
        offset += size;
    }
    let body = reader.rest();
    Some(match found {
        None => Found::Absent,
        Some((true, ..)) => Found::Apart(apart_file(&key)),
        Some((false, at, size)) => Found::Here(postings::decode(body.get(at..at + size)?)?),
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
        let (files, shards) = write_shards(&grams);
        let file = |name: &str| &files.iter().find(|(n, _)| n == name).unwrap().1;
        let shard_of = |gram: Gram| file(&shard_file(gram.shard(shards)));
        assert_eq!(
            find(shard_of(Gram::One('稳')), Gram::One('稳')),
            Some(Found::Here(vec![(0, vec![1, 5]), (2, vec![8])]))
        );
        let apart = find(shard_of(Gram::Two('发', '展')), Gram::Two('发', '展'));
        let Some(Found::Apart(name)) = apart else {
            panic!("发展 is not filed apart")
        };
        assert_eq!(postings::decode(file(&name)), Some(vec![(1, many)]));
        assert_eq!(
            find(shard_of(Gram::One('乙')), Gram::One('乙')),
            Some(Found::Absent)
        );
        assert_eq!(find(b"nonsense", Gram::One('乙')), None);
    }
}
