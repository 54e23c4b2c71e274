//! The library's search index in the site: the reports in groups of
//! `GROUP_SIZE`, newest first, each group's index (`library::index`) and
//! its reports' paragraphs in chunks (for the snippets), every piece
//! compressed on its own and packed into files of about `PACK_BYTES`
//! (`index::Packer`), each group's pieces followed by the pages of their
//! directory; the list of reports says where the index's pages and the
//! text's layout are (`index::write_listing`). A few files however large the library, as
//! the static hosts people publish on allow; the browser fetches a piece
//! as a byte range (`src/ui/across/pieces.rs`).
//! All under a folder named by their content (`_search/HASH/`), so that a
//! host may cache every file for good and a new build is fetched anew: the
//! library's page names the folder.

use crate::deflate::deflate;
use baogao::library::index::{
    build_group, pack_file, write_chunks, write_listing, Directory, Folded, GroupPlaces, Listed,
    Listing, Packer, Place, TextLayout, LISTING_FILE,
};
use baogao::library::Catalog;
use sha2::{Digest, Sha256};
use std::path::Path;

/// The index's folder in the site (no address can start with `_`).
pub const SEARCH_DIR: &str = "_search";
/// Reports in a group: the first results come from the newest group alone,
/// whatever the library's size.
const GROUP_SIZE: usize = 200;
/// A pack's size: a few megabytes, far under any host's limit on a file
/// (25 MiB on Cloudflare Pages), and few of them.
const PACK_BYTES: u64 = 8 << 20;

/// What was written: the folder (from the site's root), files and bytes.
pub struct Written {
    pub folder: String,
    pub files: usize,
    pub bytes: usize,
}

pub fn write_search_index(dir: &Path, catalog: &Catalog) -> Result<Written, String> {
    let mut order: Vec<usize> = (0..catalog.entries.len()).collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(catalog.entries[i].placement.year), i));
    let mut packer = Packer::new(PACK_BYTES);
    let mut listing = Listing::default();
    for (group_number, group) in order.chunks(GROUP_SIZE).enumerate() {
        let (places, listed) = pack_group(&mut packer, catalog, group_number as u32, group)?;
        listing.groups.push(places);
        listing.reports.extend(listed);
    }
    let mut files: Vec<(String, Vec<u8>)> = packer
        .packs
        .into_iter()
        .enumerate()
        .map(|(n, bytes)| (pack_file(n as u32), bytes))
        .collect();
    files.push((
        LISTING_FILE.to_owned(),
        write_listing(&listing).into_bytes(),
    ));
    let mut digest = Sha256::new();
    for (name, bytes) in &files {
        digest.update(name.as_bytes());
        digest.update(bytes);
    }
    let hash: String = digest
        .finalize()
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect();
    let folder = format!("{SEARCH_DIR}/{hash}");
    let path = dir.join(&folder);
    let _ = std::fs::remove_dir_all(dir.join(SEARCH_DIR));
    std::fs::create_dir_all(&path).map_err(|e| format!("{folder}: {e}"))?;
    for (name, bytes) in &files {
        std::fs::write(path.join(name), bytes).map_err(|e| format!("{folder}/{name}: {e}"))?;
    }
    Ok(Written {
        folder,
        files: files.len(),
        bytes: files.iter().map(|(_, bytes)| bytes.len()).sum(),
    })
}

/// Pieces packed in order, then their directory's pages after them; the
/// pages' places.
fn pack_all<'a>(
    packer: &mut Packer,
    pieces: impl Iterator<Item = &'a [u8]>,
) -> Result<Directory, String> {
    let mut places: Vec<Place> = Vec::new();
    for piece in pieces {
        places.push(packer.add(&deflate(piece)?));
    }
    let directory = Directory::of(&places).ok_or("the packer's places do not follow")?;
    let mut pages = Vec::new();
    for page in directory.pages() {
        pages.push(packer.add(&deflate(&page.encode())?));
    }
    Ok(Directory::of(&pages).ok_or("the packer's pages do not follow")?)
}

/// One group's index and its reports' chunks, packed; where its
/// directories are, and its reports as listed.
fn pack_group(
    packer: &mut Packer,
    catalog: &Catalog,
    group_number: u32,
    group: &[usize],
) -> Result<(GroupPlaces, Vec<Listed>), String> {
    let mut folded: Vec<Folded> = Vec::with_capacity(group.len());
    let mut chunks: Vec<String> = Vec::new();
    let mut chunk_counts: Vec<u32> = Vec::with_capacity(group.len());
    for &i in group {
        let paragraphs: Vec<&str> = catalog.entries[i]
            .model
            .report
            .blocks()
            .map(|b| b.as_str())
            .collect();
        let report = Folded::new(paragraphs.iter().copied());
        let written = write_chunks(&paragraphs, &report);
        chunk_counts.push(written.len() as u32);
        chunks.extend(written);
        folded.push(report);
    }
    let built = build_group(&folded);
    let index = pack_all(
        packer,
        built.files.iter().map(|(_, bytes)| bytes.as_slice()),
    )?;
    let text = TextLayout::new(
        &chunk_counts,
        pack_all(packer, chunks.iter().map(String::as_bytes))?,
    )
    .ok_or("a chunk without its place")?;
    let places = GroupPlaces {
        shards: built.shards,
        index,
        text: packer.add(&deflate(&text.encode())?),
    };
    let listed = group
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
        .collect();
    Ok((places, listed))
}

#[cfg(test)]
mod tests {
    use super::*;
    use baogao::library::index::{
        chunk_file, chunk_of, group_file, index_piece, page_of, paragraph_at, read_listing, Query,
    };
    use flate2::read::ZlibDecoder;
    use std::collections::HashMap;
    use std::io::Read;
    use std::path::PathBuf;

    /// The index as the browser reads it: the list, then each file's
    /// directory, then the file's bytes in its pack, inflated.
    struct Site {
        folder: PathBuf,
        listing: Listing,
    }

    impl Site {
        fn piece(&self, place: Place) -> Vec<u8> {
            let pack = std::fs::read(self.folder.join(pack_file(place.pack))).expect("a pack");
            let mut out = Vec::new();
            ZlibDecoder::new(place.slice(&pack).expect("in its pack"))
                .read_to_end(&mut out)
                .expect("deflate");
            out
        }

        fn file(&self, group: u32, name: &str) -> Option<Vec<u8>> {
            let places = &self.listing.groups[group as usize];
            let (pages, piece) = match name.starts_with('t') {
                true => {
                    let layout = TextLayout::decode(&self.piece(places.text))?;
                    let piece = layout.piece(name)?;
                    (layout.pages, piece)
                }
                false => (places.index.clone(), index_piece(places.shards, name)?),
            };
            let (page, at) = page_of(piece);
            let page = Directory::decode(&self.piece(pages.get(page)?))?;
            Some(self.piece(page.get(at)?))
        }

        fn counts(&self, query: &str) -> HashMap<String, usize> {
            let query = Query::new(query);
            let mut counts = HashMap::new();
            for (group, places) in self.listing.groups.iter().enumerate() {
                let group = group as u32;
                let mut files: HashMap<String, Vec<u8>> = HashMap::new();
                for name in query.first_files(places.shards) {
                    files.insert(name.clone(), self.file(group, &name).expect(&name));
                }
                let apart = query.apart_files(places.shards, |n| files.get(n).map(Vec::as_slice));
                for name in apart {
                    files.insert(name.clone(), self.file(group, &name).expect(&name));
                }
                for counted in query.answer(places.shards, |n| files.get(n).map(Vec::as_slice)) {
                    let listed = self
                        .listing
                        .reports
                        .iter()
                        .find(|r| r.group == group && r.number == counted.report)
                        .expect("a listed report");
                    counts.insert(listed.address.clone(), counted.count as usize);
                }
            }
            counts
        }
    }

    #[test]
    fn counts_and_snippets_read_from_the_packs_are_each_reports_own() {
        let mut reports = vec![("seed.txt".to_owned(), baogao::SEED_REPORT.to_owned())];
        for year in [1992, 2003, 2013] {
            let path = format!("reports/national/{year}.txt");
            reports.push((path.clone(), std::fs::read_to_string(&path).expect(&path)));
        }
        let catalog = Catalog::new(reports, &HashMap::new());
        let dir = std::env::temp_dir().join(format!("baogao-packs-{}", std::process::id()));
        let written = write_search_index(&dir, &catalog).expect("written");
        // One pack and the list, however many pieces.
        assert_eq!(written.files, 2);
        let folder = dir.join(&written.folder);
        let listing =
            read_listing(&std::fs::read_to_string(folder.join(LISTING_FILE)).unwrap()).unwrap();
        let site = Site { folder, listing };
        for query in [
            "发展",
            "国内生产总值",
            "8%",
            "改革 开放",
            "。",
            "没有这个词",
        ] {
            let counts = site.counts(query);
            for entry in &catalog.entries {
                let own = entry.model.search.search(query).hits.len();
                let read = counts.get(&entry.address).copied().unwrap_or(0);
                assert_eq!(read, own, "{query} in {}", entry.address);
            }
        }
        // Every paragraph is in the chunk its positions point to.
        let first = &site.listing.reports[0];
        let chunk = site
            .file(first.group, &chunk_file(first.number, chunk_of(0)))
            .expect("the first chunk");
        let text = String::from_utf8(chunk).expect("UTF-8");
        assert!(paragraph_at(&text, 0).is_some());
        assert!(
            site.file(0, &group_file(0, "s0.bin")).is_none(),
            "names are the group's own"
        );
        std::fs::remove_dir_all(&dir).expect("removed");
    }
}
