//! The catalogue as CSV (`catalog.csv` beside the library's page): every
//! report with what the build read of it and where, in the columns a
//! manifest takes, so that a publisher fixes a row by copying it into
//! `manifest.csv`.

use super::catalog::{Catalog, Entry};
use super::manifest::CATALOG_COLUMNS;
use super::place::Source;
use crate::report::figures::csv_field;

/// The file's name.
pub const CATALOG_CSV: &str = "catalog.csv";

pub fn catalog_csv(catalog: &Catalog) -> String {
    let mut out = format!("\u{feff}{}\r\n", CATALOG_COLUMNS.join(","));
    for entry in &catalog.entries {
        let fields: Vec<String> = row(entry).iter().map(|cell| csv_field(cell)).collect();
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
}

fn row(entry: &Entry) -> [String; 12] {
    let placement = &entry.placement;
    let text = |value: &Option<String>| value.clone().unwrap_or_default();
    let source = |source: Option<Source>| source.map(Source::name).unwrap_or_default().to_owned();
    [
        entry.file.clone(),
        entry.address.clone(),
        text(&placement.place),
        placement
            .level
            .map(|l| l.name())
            .unwrap_or_default()
            .to_owned(),
        text(&placement.province),
        placement.year.map(|y| y.to_string()).unwrap_or_default(),
        text(&placement.date),
        text(&placement.speaker),
        text(&entry.version),
        source(placement.place_from),
        source(placement.year_from),
        text(&placement.path_disagrees),
    ]
}

/// The build's summary of how the reports were placed.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Placed {
    pub from_text: usize,
    pub from_path: usize,
    pub from_manifest: usize,
    pub unplaced: usize,
    /// Reports whose path names another place or year than their text.
    pub disagree: usize,
}

impl Placed {
    pub fn of(catalog: &Catalog) -> Placed {
        let mut placed = Placed::default();
        for entry in &catalog.entries {
            let placement = &entry.placement;
            match placement.place_from {
                _ if !placement.is_placed() => placed.unplaced += 1,
                Some(Source::Path) => placed.from_path += 1,
                Some(Source::Manifest) => placed.from_manifest += 1,
                _ => placed.from_text += 1,
            }
            placed.disagree += usize::from(placement.path_disagrees.is_some());
        }
        placed
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::read_manifest;
    use std::collections::HashMap;

    #[test]
    fn a_row_of_the_catalogue_is_a_row_of_the_manifest() {
        let reports = vec![(
            "政府工作报告-主要城市/杭州市/2019.md".to_owned(),
            "---\ntitle: 2019年杭州市政府工作报告\n---\n\n（2019年1月21日在杭州市第十三届人民代表大会第四次会议上）\n\n杭州市人民政府市长 徐立毅\n\n各位代表：\n".to_owned(),
        )];
        let catalog = Catalog::new(reports, &HashMap::new());
        let csv = catalog_csv(&catalog);
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(
            lines[1],
            "政府工作报告-主要城市/杭州市/2019.md,hangzhou-2019,杭州市,city,浙江省,2019,2019-01-21,市长 徐立毅,,meeting,meeting,"
        );
        let manifest = read_manifest(&csv).expect("the catalogue reads as a manifest");
        let row = &manifest["政府工作报告-主要城市/杭州市/2019.md"];
        assert_eq!(row.placement.place.as_deref(), Some("杭州市"));
        assert_eq!(row.placement.province.as_deref(), Some("浙江省"));
        assert_eq!(row.address.as_deref(), Some("hangzhou-2019"));
        assert_eq!(
            Placed::of(&catalog),
            Placed {
                from_text: 1,
                ..Placed::default()
            }
        );
    }
}
