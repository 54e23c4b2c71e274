//! The changes as CSV, for a newsroom's spreadsheet (UTF-8 with a
//! byte-order mark, as the other exports): part, kind, last year's
//! sentence, this year's (or the earlier and the later text's, as
//! `columns` name them). The page writes it in the browser when it draws
//! its rows (`ui::changes::draw`), not a file a page (half a library's
//! bytes).

use super::chars::side;
use super::compared::Group;
use super::rows::Row;
use crate::report::figures::csv_field;

pub fn changes_csv(groups: &[Group], columns: [&str; 2]) -> String {
    let [was_column, now_column] = columns.map(csv_field);
    let mut csv = format!("\u{feff}部分,变化,{was_column},{now_column}\r\n");
    for (index, group) in groups.iter().enumerate() {
        let name = group.name(index);
        let part = name.as_str();
        for row in group.units.iter().flat_map(|u| &u.rows) {
            let (kind, was, now) = match row {
                Row::Same { .. } => continue,
                Row::Changed { pieces, .. } => ("改动", side(pieces, true), side(pieces, false)),
                Row::New(s) => ("新增", String::new(), s.text.clone()),
                Row::Dropped(s) => ("删去", s.text.clone(), String::new()),
            };
            let fields = [part, kind, was.as_str(), now.as_str()].map(csv_field);
            csv.push_str(&fields.join(","));
            csv.push_str("\r\n");
        }
    }
    csv
}
