//! The library's optional manifest, `manifest.csv` in its folder: one row a
//! report, named by its file's path inside the folder, with what the text
//! does not say or says wrong. A header row names the columns, in any order;
//! any may be left out or left empty; `catalog.csv`'s rows are rows of it:
//!
//! ```text
//! file,address,place,level,province,year,date,speaker,version
//! national/1992.txt,,国务院,national,,1992,1992-03-20,总理 李鹏,
//! ```
//!
//! `version` names one of two texts of the same place and year (the draft
//! delivered, `草案`, and the text adopted, `定稿`); the rows' order is
//! theirs.
//!
//! A spreadsheet's CSV works: fields may be quoted (`"a,b"`), with `""` for
//! a quote inside.

use super::address::is_safe_address;
use super::place::{Level, Placement, Source};
use std::collections::HashMap;

/// The columns of `catalog.csv`, which a manifest takes: it reads the
/// first nine and passes over the rest (where the build read them).
pub const CATALOG_COLUMNS: [&str; 12] = [
    "file",
    "address",
    "place",
    "level",
    "province",
    "year",
    "date",
    "speaker",
    "version",
    "place_from",
    "year_from",
    "path_says",
];

/// The file a library's folder may hold.
pub const MANIFEST: &str = "manifest.csv";

/// What the manifest says of one report.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Override {
    pub address: Option<String>,
    pub placement: Placement,
    /// Which text of its place and year it is (`草案`), and the row's
    /// place among the manifest's, which orders the versions.
    pub version: Option<String>,
    pub row: usize,
}

impl Override {
    /// The placement read from the text, with what the manifest says instead.
    pub fn apply(&self, read: &Placement) -> Placement {
        let given = &self.placement;
        let from = |given: bool, read| if given { Some(Source::Manifest) } else { read };
        Placement {
            place: given.place.clone().or_else(|| read.place.clone()),
            level: given.level.or(read.level),
            province: given.province.clone().or_else(|| read.province.clone()),
            // A place the manifest gives is its own series.
            series: if given.place.is_some() {
                given.series.clone()
            } else {
                read.series.clone()
            },
            code: if given.place.is_some() {
                None
            } else {
                read.code
            },
            year: given.year.or(read.year),
            date: given.date.clone().or_else(|| read.date.clone()),
            speaker: given.speaker.clone().or_else(|| read.speaker.clone()),
            place_from: from(given.place.is_some(), read.place_from),
            year_from: from(given.year.is_some(), read.year_from),
            path_disagrees: read.path_disagrees.clone(),
        }
    }
}

/// The rows by file, or what is wrong with the manifest (its line).
pub fn read_manifest(text: &str) -> Result<HashMap<String, Override>, String> {
    let mut lines = text
        .trim_start_matches('\u{feff}')
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty());
    let Some((_, header)) = lines.next() else {
        return Ok(HashMap::new());
    };
    let columns: Vec<String> = fields(header)
        .into_iter()
        .map(|name| name.trim().to_lowercase())
        .collect();
    if let Some(unknown) = columns
        .iter()
        .find(|c| !CATALOG_COLUMNS.contains(&c.as_str()))
    {
        return Err(format!(
            "{MANIFEST} 第 1 行：不认识的列“{unknown}”（可用：{}）",
            CATALOG_COLUMNS.join(", ")
        ));
    }
    if !columns.iter().any(|c| c == "file") {
        return Err(format!("{MANIFEST} 第 1 行：缺少 file 列"));
    }
    let mut rows = HashMap::new();
    for (index, line) in lines {
        let number = index + 1;
        let mut row = Override {
            row: number,
            ..Override::default()
        };
        let mut file = None;
        for (column, value) in columns.iter().zip(fields(line)) {
            let value = value.trim();
            if value.is_empty() {
                continue;
            }
            let wrong = |what: &str| format!("{MANIFEST} 第 {number} 行：{what}“{value}”不对");
            let given = &mut row.placement;
            match column.as_str() {
                "file" => file = Some(value.replace('\\', "/")),
                "address" if is_safe_address(value) => row.address = Some(value.to_owned()),
                "address" => return Err(wrong("地址（只用小写字母、数字和 -）")),
                "place" => given.place = Some(value.to_owned()),
                "level" => {
                    given.level = Some(
                        Level::from_name(value)
                            .ok_or_else(|| wrong("级别（national、province、city 或 district）"))?,
                    )
                }
                "year" => {
                    given.year = Some(
                        value
                            .parse()
                            .ok()
                            .filter(|y| (1949..=2200).contains(y))
                            .ok_or_else(|| wrong("年份"))?,
                    )
                }
                "date" if is_iso_date(value) => given.date = Some(value.to_owned()),
                "date" => return Err(wrong("日期（YYYY-MM-DD）")),
                "province" => given.province = Some(value.to_owned()),
                "speaker" => given.speaker = Some(value.to_owned()),
                "version" => row.version = Some(value.to_owned()),
                // What the catalogue says of where it read: not the manifest's to say.
                _ => {}
            }
        }
        let file = file.ok_or_else(|| format!("{MANIFEST} 第 {number} 行：没有 file"))?;
        rows.insert(file, row);
    }
    Ok(rows)
}

fn is_iso_date(value: &str) -> bool {
    let parts: Vec<&str> = value.split('-').collect();
    parts.len() == 3
        && [4, 2, 2]
            .iter()
            .zip(&parts)
            .all(|(len, part)| part.len() == *len && part.chars().all(|c| c.is_ascii_digit()))
}

/// A CSV line's fields.
fn fields(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        let field = fields.last_mut().expect("one field at least");
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            '"' => quoted = !quoted,
            ',' if !quoted => fields.push(String::new()),
            _ => field.push(c),
        }
    }
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_by_file_with_what_they_say() {
        let rows = read_manifest(
            "\u{feff}file,Year,place,level,address,date,version\nnational/1992.txt,1992,国务院,national,gwy-1992,1992-03-20,定稿\n\n\"a,b.txt\",,\"某\"\"市\",city,,\n",
        )
        .expect("a manifest");
        let row = &rows["national/1992.txt"];
        assert_eq!(row.address.as_deref(), Some("gwy-1992"));
        assert_eq!(row.placement.year, Some(1992));
        assert_eq!(row.placement.level, Some(Level::National));
        assert_eq!(row.placement.date.as_deref(), Some("1992-03-20"));
        assert_eq!(row.version.as_deref(), Some("定稿"));
        assert!(rows["a,b.txt"].version.is_none());
        assert!(row.row < rows["a,b.txt"].row, "rows keep their order");
        assert_eq!(rows["a,b.txt"].placement.place.as_deref(), Some("某\"市"));
        let read = Placement {
            year: Some(1991),
            speaker: Some("总理 李鹏".into()),
            ..Placement::default()
        };
        let applied = row.apply(&read);
        assert_eq!(applied.year, Some(1992));
        assert_eq!(applied.speaker.as_deref(), Some("总理 李鹏"));
    }

    #[test]
    fn a_wrong_manifest_says_where() {
        let error = read_manifest("file,year\nx.txt,去年\n").unwrap_err();
        assert!(
            error.contains("第 2 行") && error.contains("去年"),
            "{error}"
        );
        assert!(read_manifest("file,colour\n")
            .unwrap_err()
            .contains("colour"));
        assert!(read_manifest("year\n2020\n").unwrap_err().contains("file"));
        assert!(read_manifest("file,address\nx.txt,../x\n").is_err());
        assert!(read_manifest("").expect("empty is no rows").is_empty());
    }
}
