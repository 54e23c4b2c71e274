//! A built library's search index read natively as the browser reads it:
//! the list of reports, then the pages of directories, then each piece as
//! a byte range of its pack, inflated. For the benchmarks, which count what
//! a query fetches: a piece's bytes sent are its compressed length.

use baogao::library::index::{
    index_piece, pack_file, page_of, read_listing, Directory, GroupPlaces, Listing, Place,
    TextLayout, LISTING_FILE,
};
use flate2::read::ZlibDecoder;
use std::cell::RefCell;
use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};

pub struct PackedIndex {
    pub folder: PathBuf,
    pub listing: Listing,
    packs: RefCell<HashMap<u32, std::rc::Rc<Vec<u8>>>>,
}

impl PackedIndex {
    /// The index of a library's build (`BUILD/_search/HASH/`).
    pub fn open(build: &Path) -> PackedIndex {
        let search = build.join("_search");
        let folder = std::fs::read_dir(&search)
            .expect("a library's build (_search/)")
            .map(|entry| entry.expect("an entry").path())
            .find(|path| path.is_dir())
            .expect("the index's folder");
        let listing = std::fs::read_to_string(folder.join(LISTING_FILE)).expect("the listing");
        PackedIndex {
            folder,
            listing: read_listing(&listing).expect("a listing"),
            packs: RefCell::new(HashMap::new()),
        }
    }

    pub fn groups(&self) -> &[GroupPlaces] {
        &self.listing.groups
    }

    /// The list's size, as sent (brotli).
    pub fn listing_bytes(&self) -> usize {
        crate::brotli_size(&std::fs::read(self.folder.join(LISTING_FILE)).expect("the listing"))
    }

    fn raw(&self, place: Place) -> Vec<u8> {
        let pack = self
            .packs
            .borrow_mut()
            .entry(place.pack)
            .or_insert_with(|| {
                std::rc::Rc::new(
                    std::fs::read(self.folder.join(pack_file(place.pack))).expect("a pack"),
                )
            })
            .clone();
        place.slice(&pack).expect("in its pack").to_vec()
    }

    /// A piece, inflated.
    pub fn piece(&self, place: Place) -> Vec<u8> {
        let mut out = Vec::new();
        ZlibDecoder::new(&self.raw(place)[..])
            .read_to_end(&mut out)
            .expect("deflate");
        out
    }

    /// Where a group's file is (`s12.bin`, `t3-0.txt`), and the places
    /// the browser reads first to find it: the text's layout, the page of
    /// the directory.
    pub fn place(&self, group: u32, name: &str) -> Option<(Place, Vec<Place>)> {
        let places = &self.listing.groups[group as usize];
        let mut read = Vec::new();
        let (pages, piece) = match name.starts_with('t') {
            true => {
                read.push(places.text);
                let layout = TextLayout::decode(&self.piece(places.text))?;
                let piece = layout.piece(name)?;
                (layout.pages, piece)
            }
            false => (places.index.clone(), index_piece(places.shards, name)?),
        };
        let (page, at) = page_of(piece);
        let page_place = pages.get(page)?;
        read.push(page_place);
        let place = Directory::decode(&self.piece(page_place))?.get(at)?;
        Some((place, read))
    }

    /// A group's file, inflated.
    pub fn file(&self, group: u32, name: &str) -> Option<Vec<u8>> {
        Some(self.piece(self.place(group, name)?.0))
    }
}

/// Every file under a folder: how many, and their bytes.
pub fn files_and_bytes(folder: &Path) -> (usize, u64) {
    let mut files = 0;
    let mut bytes = 0;
    let mut stack = vec![folder.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if let Ok(meta) = entry.metadata() {
                files += 1;
                bytes += meta.len();
            }
        }
    }
    (files, bytes)
}
