//! A report's paragraphs in small files, for the snippets of a search:
//! the first match of a report is at a position of the index (`grams`),
//! and the file that holds the paragraph at that position is found by
//! division, with no table to fetch first. Chunk `k` holds every paragraph
//! that overlaps positions `k × CHUNK_POSITIONS` to the next chunk's start,
//! one a line: its first position, a tab, its text as written.

use super::grams::Folded;

/// Positions in a chunk: about 1,000 characters, under two kilobytes
/// deflated, so that ten snippets cost about as much as the search's first
/// results.
pub const CHUNK_POSITIONS: u32 = 1024;

/// The file of a report's chunk (`number`: the report in its group).
pub fn chunk_file(number: u32, chunk: u32) -> String {
    format!("t{number}-{chunk}.txt")
}

/// The chunk that holds the paragraph at `position`.
pub fn chunk_of(position: u32) -> u32 {
    position / CHUNK_POSITIONS
}

/// A report's chunks, in order, from its paragraphs' texts (in the order
/// they were folded).
pub fn write_chunks(paragraphs: &[&str], folded: &Folded) -> Vec<String> {
    let end = folded.chars.len() as u32;
    let mut chunks = vec![String::new(); end.div_ceil(CHUNK_POSITIONS).max(1) as usize];
    for (at, text) in paragraphs.iter().enumerate() {
        let start = folded.block_starts[at];
        // The gap after a paragraph is its last position.
        let last = folded.block_starts.get(at + 1).map_or(end, |&next| next) - 1;
        let line = format!("{start}\t{}\n", text.replace(['\n', '\r'], " "));
        for chunk in chunk_of(start)..=chunk_of(last) {
            chunks[chunk as usize].push_str(&line);
        }
    }
    chunks
}

/// The paragraph at `position`, from its chunk's text.
pub fn paragraph_at(chunk: &str, position: u32) -> Option<&str> {
    chunk
        .lines()
        .filter_map(|line| {
            let (start, text) = line.split_once('\t')?;
            Some((start.parse::<u32>().ok()?, text))
        })
        .take_while(|&(start, _)| start <= position)
        .last()
        .map(|(_, text)| text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_position_finds_its_paragraph_in_its_chunk() {
        let long = "长".repeat(3000);
        let paragraphs = ["一、回顾", long.as_str(), "稳中求进。", "各位代表！"];
        let folded = Folded::new(paragraphs);
        let chunks = write_chunks(&paragraphs, &folded);
        let positions = folded.block_starts[3] + 5;
        assert_eq!(
            chunks.len() as u32,
            positions.div_ceil(CHUNK_POSITIONS),
            "3,000 and more positions in chunks of {CHUNK_POSITIONS}"
        );
        assert!(chunks.len() > 1);
        for (at, text) in paragraphs.iter().enumerate() {
            let start = folded.block_starts[at];
            let end = start + text.chars().count() as u32;
            for position in [start, (start + end) / 2, end - 1] {
                let chunk = &chunks[chunk_of(position) as usize];
                assert_eq!(paragraph_at(chunk, position), Some(*text), "at {position}");
            }
        }
        assert_eq!(chunk_file(3, 1), "t3-1.txt");
    }
}
