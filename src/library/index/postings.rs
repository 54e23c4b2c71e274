//! Where a gram is: for each report that holds it (by number within its
//! group), its positions, ascending. Stored as differences, in varints:
//! the number of reports, then for each the report's difference from the
//! last, the number of positions and their differences.

use super::varint::{put, put_ascending, Reader};

/// A gram's postings: (report, positions), by report.
pub type Postings = Vec<(u32, Vec<u32>)>;

pub fn encode(postings: &Postings, out: &mut Vec<u8>) {
    put(out, postings.len() as u32);
    let mut last_report = 0;
    for (report, positions) in postings {
        put(out, report - last_report);
        last_report = *report;
        put_ascending(out, positions);
    }
}

/// The postings, or `None` for bytes that are not postings.
pub fn decode(bytes: &[u8]) -> Option<Postings> {
    let mut reader = Reader::new(bytes);
    let reports = reader.next()?;
    // Never trust a count to reserve: a broken file could claim billions.
    let mut postings = Vec::with_capacity(reports.min(4096) as usize);
    let mut report = 0u32;
    for _ in 0..reports {
        report = report.checked_add(reader.next()?)?;
        postings.push((report, reader.ascending()?));
    }
    Some(postings)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_broken_bytes() {
        let postings: Postings = vec![(0, vec![3, 9, 300]), (7, vec![0]), (8, vec![70_000])];
        let mut bytes = Vec::new();
        encode(&postings, &mut bytes);
        assert_eq!(decode(&bytes), Some(postings));
        assert_eq!(decode(&bytes[..bytes.len() - 2]), None);
        assert_eq!(decode(&[0xff, 0xff, 0xff, 0xff, 0x0f]), None);
        assert_eq!(decode(&[0]), Some(Vec::new()));
    }
}
