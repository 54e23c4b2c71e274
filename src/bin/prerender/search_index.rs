//! The library's search index in the site: the reports in groups of
//! `GROUP_SIZE`, newest first, each group's index (`library::index`) in a
//! folder of its own with its reports' paragraphs in chunks (for the
//! snippets), and the list of reports (`index::write_listing`).
//! All under a folder named by their
//! content (`_search/HASH/`), so that a host may cache every file for good
//! and a new build is fetched anew: the library's page names the folder.

use baogao::library::index::{
    build_group, chunk_file, group_file, write_chunks, write_listing, Folded, Listed, LISTING_FILE,
};
use baogao::library::Catalog;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// The index's folder in the site (no address can start with `_`).
pub const SEARCH_DIR: &str = "_search";
/// Reports in a group: the first results come from the newest group alone,
/// whatever the library's size.
const GROUP_SIZE: usize = 200;

/// What was written: the folder (from the site's root), files and bytes.
pub struct Written {
    pub folder: String,
    pub files: usize,
    pub bytes: usize,
}

pub fn write_search_index(dir: &Path, catalog: &Catalog) -> Result<Written, String> {
    let mut order: Vec<usize> = (0..catalog.entries.len()).collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(catalog.entries[i].placement.year), i));
    let building = dir.join(SEARCH_DIR).join("building");
    let _ = std::fs::remove_dir_all(&building);
    let mut out = Out {
        folder: building.clone(),
        digest: Sha256::new(),
        files: 0,
        bytes: 0,
    };
    let mut listed = Vec::with_capacity(order.len());
    for (group_number, group) in order.chunks(GROUP_SIZE).enumerate() {
        listed.extend(write_group(&mut out, catalog, group_number as u32, group)?);
    }
    out.write(LISTING_FILE, write_listing(&listed).as_bytes())?;
    let hash: String = out
        .digest
        .finalize()
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect();
    let folder = format!("{SEARCH_DIR}/{hash}");
    let _ = std::fs::remove_dir_all(dir.join(&folder));
    std::fs::rename(&building, dir.join(&folder)).map_err(|e| format!("{folder}: {e}"))?;
    Ok(Written {
        folder,
        files: out.files,
        bytes: out.bytes,
    })
}

/// Where the index is written, and what of it so far.
struct Out {
    folder: PathBuf,
    digest: Sha256,
    files: usize,
    bytes: usize,
}

impl Out {
    fn write(&mut self, name: &str, data: &[u8]) -> Result<(), String> {
        let path = self.folder.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        std::fs::write(&path, data).map_err(|e| format!("{}: {e}", path.display()))?;
        self.digest.update(name.as_bytes());
        self.digest.update(data);
        self.files += 1;
        self.bytes += data.len();
        Ok(())
    }
}

/// One group's index and its reports' chunks; its reports as listed.
fn write_group(
    out: &mut Out,
    catalog: &Catalog,
    group_number: u32,
    group: &[usize],
) -> Result<Vec<Listed>, String> {
    let mut folded: Vec<Folded> = Vec::with_capacity(group.len());
    for (number, &i) in group.iter().enumerate() {
        let paragraphs: Vec<&str> = catalog.entries[i]
            .model
            .report
            .blocks()
            .map(|b| b.as_str())
            .collect();
        let report = Folded::new(paragraphs.iter().copied());
        for (chunk, text) in write_chunks(&paragraphs, &report).into_iter().enumerate() {
            let name = chunk_file(number as u32, chunk as u32);
            out.write(&group_file(group_number, &name), text.as_bytes())?;
        }
        folded.push(report);
    }
    let built = build_group(&folded);
    for (name, bytes) in &built.files {
        out.write(&group_file(group_number, name), bytes)?;
    }
    Ok(group
        .iter()
        .enumerate()
        .map(|(number, &i)| {
            let entry = &catalog.entries[i];
            Listed {
                group: group_number,
                number: number as u32,
                shards: built.shards,
                address: entry.address.clone(),
                place: entry.placement.place.clone().unwrap_or_default(),
                year: entry.placement.year,
            }
        })
        .collect())
}
