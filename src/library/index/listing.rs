//! The list the search reads first (`reports.tsv`): each group of reports
//! with its number of shards, where its index's directory's pages are in
//! the packs and where its text's layout is (`layout`), then each report: its group and number there (the
//! index's report number), its address, place and year. Tab-separated: no
//! place, address or year holds a tab or a line break.

use super::pack::{Directory, Place};

/// The list's file, beside the packs.
pub const LISTING_FILE: &str = "reports.tsv";

const GROUPS: &str = "group\tshards\tindex\ttext";
const REPORTS: &str = "group\tnumber\taddress\tplace\tyear";

/// A group's shards and directories.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupPlaces {
    pub shards: u32,
    /// The pages of its index's directory (`layout::index_piece`).
    pub index: Directory,
    /// Its reports' chunks (`TextLayout`).
    pub text: Place,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Listed {
    pub group: u32,
    pub number: u32,
    /// Its group's number of shards.
    pub shards: u32,
    pub address: String,
    pub place: String,
    pub year: Option<i32>,
}

/// The groups, in order, and the reports.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Listing {
    pub groups: Vec<GroupPlaces>,
    pub reports: Vec<Listed>,
}

pub fn write_listing(listing: &Listing) -> String {
    let mut text = format!("{GROUPS}\n");
    for (number, group) in listing.groups.iter().enumerate() {
        text.push_str(&format!(
            "{number}\t{}\t{}\t{}\n",
            group.shards,
            group.index.write(),
            group.text.write()
        ));
    }
    text.push_str(&format!("{REPORTS}\n"));
    for report in &listing.reports {
        let clean = |s: &str| s.replace(['\t', '\n', '\r'], " ");
        text.push_str(&format!(
            "{}\t{}\t{}\t{}\t{}\n",
            report.group,
            report.number,
            clean(&report.address),
            clean(&report.place),
            report.year.map(|y| y.to_string()).unwrap_or_default()
        ));
    }
    text
}

/// The list, or the first line that is not one of it.
pub fn read_listing(text: &str) -> Result<Listing, String> {
    let mut lines = text.lines().enumerate();
    let bad = |at: usize, line: &str| format!("{LISTING_FILE} line {}: {line}", at + 1);
    match lines.next() {
        Some((_, GROUPS)) => {}
        _ => return Err(format!("{LISTING_FILE}: not a list of reports")),
    }
    let mut listing = Listing::default();
    for (at, line) in lines.by_ref() {
        if line == REPORTS {
            break;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let group = match fields[..] {
            [number, shards, index, text] if number == listing.groups.len().to_string() => {
                Some(GroupPlaces {
                    shards: shards.parse().map_err(|_| bad(at, line))?,
                    index: Directory::read(index)
                        .filter(|pages| !pages.is_empty())
                        .ok_or_else(|| bad(at, line))?,
                    text: Place::read(text).ok_or_else(|| bad(at, line))?,
                })
            }
            _ => None,
        };
        listing.groups.push(group.ok_or_else(|| bad(at, line))?);
    }
    for (at, line) in lines {
        let fields: Vec<&str> = line.split('\t').collect();
        let [group, number, address, place, year] = fields[..] else {
            return Err(bad(at, line));
        };
        let number_of = |field: &str| field.parse::<u32>().map_err(|_| bad(at, line));
        let group = number_of(group)?;
        let shards = listing
            .groups
            .get(group as usize)
            .ok_or_else(|| bad(at, line))?
            .shards;
        listing.reports.push(Listed {
            group,
            number: number_of(number)?,
            shards,
            address: address.to_owned(),
            place: place.to_owned(),
            year: match year {
                "" => None,
                year => Some(year.parse().map_err(|_| bad(at, line))?),
            },
        });
    }
    Ok(listing)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_reads_back_as_written() {
        let place = |pack, offset, length| Place {
            pack,
            offset,
            length,
        };
        let pages = |places: &[Place]| Directory::of(places).expect("places that follow");
        let groups = vec![
            GroupPlaces {
                shards: 12,
                index: pages(&[place(0, 900, 40), place(0, 940, 41)]),
                text: place(0, 981, 30),
            },
            GroupPlaces {
                shards: 3,
                index: pages(&[place(1, 0, 20)]),
                text: place(1, 20, 9),
            },
        ];
        let reports = vec![
            Listed {
                group: 0,
                number: 0,
                shards: 12,
                address: "national-2013".into(),
                place: "国务院".into(),
                year: Some(2013),
            },
            Listed {
                group: 1,
                number: 7,
                shards: 3,
                address: "report-1a2b3c4d".into(),
                place: String::new(),
                year: None,
            },
        ];
        let listing = Listing { groups, reports };
        assert_eq!(read_listing(&write_listing(&listing)), Ok(listing));
        assert!(read_listing("group\tnumber\n0\t1\n").is_err());
        let no_group = format!("{GROUPS}\n{REPORTS}\n0\t1\ta\tb\t\n");
        assert!(read_listing(&no_group).is_err(), "a report of no group");
        let bad_place = format!("{GROUPS}\n0\t1\t0:0:4\t0:1\n{REPORTS}\n");
        assert!(read_listing(&bad_place).is_err());
        let no_pages = format!("{GROUPS}\n0\t1\t\t0:1:1\n{REPORTS}\n");
        assert!(read_listing(&no_pages).is_err());
    }
}
