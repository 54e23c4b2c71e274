//! Which piece of its group each of the search's files is. A group's
//! pieces are in two directories, each in pages (`pack::Directory`,
//! `PAGE_PLACES`): the index's (its shards, the blocks' starts and the grams
//! filed apart, in that order: what every count needs), whose pages the
//! list of reports names, and the text's (each report's chunks, in order:
//! what the snippets need), whose pages a piece of its own names
//! (`TextLayout`), so that counting never fetches where the paragraphs are.

use super::chunks::chunk_file;
use super::group::BLOCKS_FILE;
use super::pack::{Directory, PAGE_PLACES};
use super::varint::{put, Reader};

/// Which piece of a group's index a file is: `s{k}.bin`, `blocks.bin`,
/// `a{j}.bin`.
pub fn index_piece(shards: u32, name: &str) -> Option<usize> {
    let piece = if name == BLOCKS_FILE {
        shards
    } else if let Some(shard) = numbered(name, "s", ".bin").filter(|&k| k < shards) {
        shard
    } else {
        shards
            .checked_add(1)?
            .checked_add(numbered(name, "a", ".bin")?)?
    };
    Some(piece as usize)
}

/// The chunks of a group's reports, `t{report}-{chunk}.txt`, and the pages
/// of their directory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextLayout {
    /// Each report's first piece, and the end.
    starts: Vec<u32>,
    pub pages: Directory,
}

impl TextLayout {
    /// From each report's number of chunks and where their directory's
    /// pages were packed: a page for every `PAGE_PLACES` chunks.
    pub fn new(chunks: &[u32], pages: Directory) -> Option<TextLayout> {
        let mut starts: Vec<u32> = vec![0];
        for &count in chunks {
            starts.push((*starts.last()?).checked_add(count)?);
        }
        let pieces = *starts.last()? as usize;
        (pieces.div_ceil(PAGE_PLACES) == pages.len()).then_some(TextLayout { starts, pages })
    }

    /// The files' names in the order they are packed.
    pub fn names(chunks: &[u32]) -> Vec<String> {
        chunks
            .iter()
            .enumerate()
            .flat_map(|(report, &count)| {
                (0..count).map(move |chunk| chunk_file(report as u32, chunk))
            })
            .collect()
    }

    /// Which piece a chunk of the group's reports is.
    pub fn piece(&self, name: &str) -> Option<usize> {
        let (report, chunk) = name
            .strip_prefix('t')?
            .strip_suffix(".txt")?
            .split_once('-')?;
        let report: usize = report.parse().ok()?;
        let chunk: u32 = chunk.parse().ok()?;
        let (start, end) = (*self.starts.get(report)?, *self.starts.get(report + 1)?);
        (start.checked_add(chunk)? < end).then_some((start + chunk) as usize)
    }

    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::new();
        put(&mut out, self.starts.len() as u32 - 1);
        for pair in self.starts.windows(2) {
            put(&mut out, pair[1] - pair[0]);
        }
        out.extend(self.pages.encode());
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
    use crate::library::index::pack::{Packer, Place};

    fn pages_of(pieces: usize) -> Directory {
        let mut packer = Packer::new(64);
        let places: Vec<Place> = (0..pieces.div_ceil(PAGE_PLACES))
            .map(|_| packer.add(b"page"))
            .collect();
        Directory::of(&places).expect("places that follow")
    }

    #[test]
    fn every_index_file_is_its_piece() {
        let names = index_names(3, 2);
        assert_eq!(
            names,
            [
                "s0.bin",
                "s1.bin",
                "s2.bin",
                "blocks.bin",
                "a0.bin",
                "a1.bin"
            ]
        );
        for (piece, name) in names.iter().enumerate() {
            assert_eq!(index_piece(3, name), Some(piece), "{name}");
        }
        for stranger in ["s.bin", "s+1.bin", "t0-0.txt", "x", "a-1.bin"] {
            assert_eq!(index_piece(3, stranger), None, "{stranger}");
        }
        // A shard past the group's is no shard of it.
        assert_eq!(index_piece(3, "s3.bin"), None);
    }

    #[test]
    fn every_chunk_is_its_piece() {
        let chunks = [2, 0, 3];
        let names = TextLayout::names(&chunks);
        assert_eq!(names[..3], ["t0-0.txt", "t0-1.txt", "t2-0.txt"]);
        let layout = TextLayout::new(&chunks, pages_of(5)).expect("a layout");
        let read = TextLayout::decode(&layout.encode()).expect("a layout");
        assert_eq!(read, layout);
        for (piece, name) in names.iter().enumerate() {
            assert_eq!(read.piece(name), Some(piece), "{name}");
        }
        for stranger in ["t0-2.txt", "t1-0.txt", "t3-0.txt", "t2.txt", "s0.bin"] {
            assert_eq!(read.piece(stranger), None, "{stranger}");
        }
        let many = [100, 30];
        assert!(TextLayout::new(&many, pages_of(130)).is_some());
        assert_eq!(
            TextLayout::new(&many, pages_of(60)),
            None,
            "a page for every 64 chunks"
        );
    }
}
