//! The list of the library's reports the search shows (`reports.tsv`), one
//! line each: its group and number there (the index's report number), the
//! group's number of shards, its address, place and year. Tab-separated:
//! no place, address or year holds a tab or a line break.

/// The list's file, beside the groups' folders.
pub const LISTING_FILE: &str = "reports.tsv";

const HEADER: &str = "group\tnumber\tshards\taddress\tplace\tyear";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Listed {
    pub group: u32,
    pub number: u32,
    pub shards: u32,
    pub address: String,
    pub place: String,
    pub year: Option<i32>,
}

pub fn write_listing(reports: &[Listed]) -> String {
    let mut text = format!("{HEADER}\n");
    for report in reports {
        let clean = |s: &str| s.replace(['\t', '\n', '\r'], " ");
        text.push_str(&format!(
            "{}\t{}\t{}\t{}\t{}\t{}\n",
            report.group,
            report.number,
            report.shards,
            clean(&report.address),
            clean(&report.place),
            report.year.map(|y| y.to_string()).unwrap_or_default()
        ));
    }
    text
}

/// The list, or the first line that is not one of it.
pub fn read_listing(text: &str) -> Result<Vec<Listed>, String> {
    let mut lines = text.lines();
    if lines.next() != Some(HEADER) {
        return Err(format!("{LISTING_FILE}: not a list of reports"));
    }
    lines
        .enumerate()
        .map(|(at, line)| {
            let bad = || format!("{LISTING_FILE} line {}: {line}", at + 2);
            let fields: Vec<&str> = line.split('\t').collect();
            let [group, number, shards, address, place, year] = fields[..] else {
                return Err(bad());
            };
            let number_of = |field: &str| field.parse::<u32>().map_err(|_| bad());
            Ok(Listed {
                group: number_of(group)?,
                number: number_of(number)?,
                shards: number_of(shards)?,
                address: address.to_owned(),
                place: place.to_owned(),
                year: match year {
                    "" => None,
                    year => Some(year.parse().map_err(|_| bad())?),
                },
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_reads_back_as_written() {
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
        assert_eq!(read_listing(&write_listing(&reports)), Ok(reports));
        assert!(read_listing("group\tnumber\n0\t1\n").is_err());
        assert!(read_listing(&format!("{HEADER}\n0\tx\t1\ta\tb\t\n")).is_err());
    }
}
