//! Which piece of a group's packs each of its files is. A group has two
//! directories (`pack::Directory`), each a piece of its own that the list
//! of reports points to: the index's (its shards, the blocks' starts and
//! the grams filed apart, in that order: what every count needs) and the
//! text's (each report's chunks, in order: what the snippets need), so that
//! counting never fetches where the paragraphs are.

use super::chunks::chunk_file;
use super::group::BLOCKS_FILE;
use super::pack::{Directory, Place};
use super::varint::{put, Reader};

/// The index's files of a group: `s{k}.bin`, `blocks.bin`, `a{j}.bin`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IndexLayout {
    pub shards: u32,
    pub apart: u32,
    pub directory: Directory,
}

impl IndexLayout {
    /// Where a file of the group's index is.
    pub fn place(&self, name: &str) -> Option<Place> {
        let piece = if name == BLOCKS_FILE {
            self.shards
        } else if let Some(shard) = numbered(name, "s", ".bin").filter(|&k| k < self.shards) {
            shard
        } else {
            let apart = numbered(name, "a", ".bin").filter(|&j| j < self.apart)?;
            self.shards + 1 + apart
        };
        self.directory.get(piece as usize)
    }

    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::new();
        put(&mut out, self.shards);
        put(&mut out, self.apart);
        out.extend(self.directory.encode());
        out
    }

    /// A layout whose directory has a place for every file, or `None`.
    pub fn decode(bytes: &[u8]) -> Option<IndexLayout> {
        let mut reader = Reader::new(bytes);
        let shards = reader.next()?;
        let apart = reader.next()?;
        let directory = Directory::decode(reader.rest())?;
        let pieces = u64::from(shards) + 1 + u64::from(apart);
        (directory.len() as u64 == pieces).then_some(IndexLayout {
            shards,
            apart,
            directory,
        })
    }
}

/// The chunks of a group's reports: `t{report}-{chunk}.txt`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextLayout {
    /// Each report's first piece, and the end.
    starts: Vec<u32>,
    directory: Directory,
}

impl TextLayout {
    /// From each report's number of chunks and where they were packed.
    pub fn new(chunks: &[u32], directory: Directory) -> Option<TextLayout> {
        let mut starts = vec![0];
        for &count in chunks {
            starts.push(starts.last()? + count);
        }
        (*starts.last()? as usize == directory.len()).then_some(TextLayout { starts, directory })
    }

    /// The files' names in the order they are packed.
    pub fn names(chunks: &[u32]) -> Vec<String> {
        chunks
            .iter()
            .enumerate()
            .flat_map(|(report, &count)| (0..count).map(move |chunk| chunk_file(report as u32, chunk)))
            .collect()
    }

    /// Where a chunk of the group's reports is.
    pub fn place(&self, name: &str) -> Option<Place> {
        let (report, chunk) = name.strip_prefix('t')?.strip_suffix(".txt")?.split_once('-')?;
        let report: usize = report.parse().ok()?;
        let chunk: u32 = chunk.parse().ok()?;
        let (start, end) = (*self.starts.get(report)?, *self.starts.get(report + 1)?);
        (start + chunk < end)
            .then(|| self.directory.get((start + chunk) as usize))
            .flatten()
    }

    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::new();
        put(&mut out, self.starts.len() as u32 - 1);
        for pair in self.starts.windows(2) {
            put(&mut out, pair[1] - pair[0]);
        }
        out.extend(self.directory.encode());
        out
    }

    pub fn decode(bytes: &[u8]) -> Option<TextLayout> {
        let mut reader = Reader::new(bytes);
        let reports = reader.next()?;
        let mut chunks = Vec::with_capacity(reports.min(4096) as usize);
        for _ in 0..reports {
            chunks.push(reader.next()?);
        }
        TextLayout::new(&chunks, Directory::decode(reader.rest())?)
    }
}

/// `s12.bin` → 12, with its prefix and suffix.
fn numbered(name: &str, prefix: &str, suffix: &str) -> Option<u32> {
    let digits = name.strip_prefix(prefix)?.strip_suffix(suffix)?;
    digits
        .bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| digits.parse().ok())
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::index::group::index_names;
    use crate::library::index::pack::Packer;

    fn packed(names: &[String]) -> Directory {
        let mut packer = Packer::new(64);
        let places: Vec<Place> = names.iter().map(|n| packer.add(n.as_bytes())).collect();
        Directory::of(&places).expect("places that follow")
    }

    #[test]
    fn every_index_file_has_its_place() {
        let names = index_names(3, 2);
        assert_eq!(names, ["s0.bin", "s1.bin", "s2.bin", "blocks.bin", "a0.bin", "a1.bin"]);
        let layout = IndexLayout {
            shards: 3,
            apart: 2,
            directory: packed(&names),
        };
        let read = IndexLayout::decode(&layout.encode()).expect("a layout");
        for (piece, name) in names.iter().enumerate() {
            assert_eq!(read.place(name), layout.directory.get(piece), "{name}");
        }
        for stranger in ["s3.bin", "a2.bin", "s.bin", "s+1.bin", "t0-0.txt", "x"] {
            assert_eq!(read.place(stranger), None, "{stranger}");
        }
        let short = IndexLayout {
            shards: 4,
            ..layout
        };
        assert_eq!(IndexLayout::decode(&short.encode()), None, "a place for each file");
    }

    #[test]
    fn every_chunk_has_its_place() {
        let chunks = [2, 0, 3];
        let names = TextLayout::names(&chunks);
        assert_eq!(names[..3], ["t0-0.txt", "t0-1.txt", "t2-0.txt"]);
        let layout = TextLayout::new(&chunks, packed(&names)).expect("a layout");
        let read = TextLayout::decode(&layout.encode()).expect("a layout");
        for (piece, name) in names.iter().enumerate() {
            assert_eq!(read.place(name), layout.directory.get(piece), "{name}");
        }
        for stranger in ["t0-2.txt", "t1-0.txt", "t3-0.txt", "t2.txt", "s0.bin"] {
            assert_eq!(read.place(stranger), None, "{stranger}");
        }
        assert_eq!(TextLayout::new(&[1], packed(&names)), None);
    }
}
