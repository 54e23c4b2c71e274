//! The library's index as the search fetches it: the list of reports, then
//! each piece a query needs as a byte range of its pack (HTTP `Range`),
//! inflated by the browser (`DecompressionStream`), after the page of its
//! group's directory says where it is (`library::index::{index_piece,
//! TextLayout, Directory}`). Fetched when first needed, all of a step's at once, and
//! kept for the next query. A host that ignores `Range` sends the whole
//! pack: it is kept and sliced, up to `WHOLE_PACKS_BYTES`; past that the
//! search says why it cannot go on. A piece that cannot be read fails the
//! query: a count is exact or not given.

use crate::library::index::{
    index_piece, pack_file, page_of, read_listing, Directory, GroupPlaces, Listing, Place,
    TextLayout, LISTING_FILE,
};
use crate::ui::inflate;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::js_sys::{Promise, Uint8Array};
use web_sys::{Headers, RequestInit, Response};

/// Whole packs kept at most, where the host serves no ranges.
const WHOLE_PACKS_BYTES: usize = 64 << 20;

/// Why a query cannot be answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Failure {
    /// A file is missing, broken or unreachable.
    Unreadable,
    /// The host sends whole files for byte ranges, and the packs a query
    /// needs are more than the search keeps.
    NoRanges,
}

impl Failure {
    pub fn message(self) -> &'static str {
        match self {
            Failure::Unreadable => "无法读取搜索索引，请稍后重试。",
            Failure::NoRanges => "此网站不支持按字节范围读取文件（HTTP Range），搜索全部报告所需的索引过大，无法在浏览器中完成。请在支持 Range 的网站上发布本报告库。",
        }
    }
}

/// Whether the host serves byte ranges, as its first answer said.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ranges {
    Unknown,
    Served,
    Refused,
}

/// Which directory of its group a file is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Kind {
    Index,
    Text,
}

impl Kind {
    /// Chunks of text are `t{report}-{chunk}.txt`; the rest is the index.
    fn of(file: &str) -> Kind {
        match file.starts_with('t') {
            true => Kind::Text,
            false => Kind::Index,
        }
    }
}

/// A piece of a group's index or text, by its number there.
#[derive(Clone, Copy, Debug)]
pub struct Piece {
    group: u32,
    kind: Kind,
    number: usize,
}

/// A page of a group's directory: (group, which directory, page).
type PageKey = (u32, Kind, usize);

pub struct Pieces {
    /// The index's folder, as the page names it (`./_search/HASH/`).
    base: String,
    groups: RefCell<Vec<GroupPlaces>>,
    texts: RefCell<HashMap<u32, Rc<TextLayout>>>,
    pages: RefCell<HashMap<PageKey, Rc<Directory>>>,
    /// Pieces inflated, by name (`g3/s12.bin`).
    kept: RefCell<HashMap<String, Rc<Vec<u8>>>>,
    /// Whole packs, where the host serves no ranges.
    whole: RefCell<HashMap<u32, Rc<Vec<u8>>>>,
    ranges: Cell<Ranges>,
}

impl Pieces {
    pub fn new(base: String) -> Pieces {
        Pieces {
            base,
            groups: RefCell::new(Vec::new()),
            texts: RefCell::new(HashMap::new()),
            pages: RefCell::new(HashMap::new()),
            kept: RefCell::new(HashMap::new()),
            whole: RefCell::new(HashMap::new()),
            ranges: Cell::new(Ranges::Unknown),
        }
    }

    /// The list of reports, which says where the groups' directories are.
    pub async fn listing(&self) -> Result<Listing, Failure> {
        let url = format!("{}{LISTING_FILE}", self.base);
        let window = web_sys::window().ok_or(Failure::Unreadable)?;
        let response = response_of(window.fetch_with_str(&url)).await?;
        if !response.ok() {
            return Err(Failure::Unreadable);
        }
        let bytes = body(&response).await?;
        let text = std::str::from_utf8(&bytes).map_err(|_| Failure::Unreadable)?;
        let listing = read_listing(text).map_err(|_| Failure::Unreadable)?;
        *self.groups.borrow_mut() = listing.groups.clone();
        Ok(listing)
    }

    /// The files of groups named (`g3/s12.bin`, as `index::group_file`
    /// names them), fetched together, those kept not again; every one of
    /// them, or why not.
    pub async fn get(&self, names: &[String]) -> Result<HashMap<String, Rc<Vec<u8>>>, Failure> {
        let wanted: Vec<String> = names
            .iter()
            .filter(|name| !self.kept.borrow().contains_key(*name))
            .cloned()
            .collect();
        let pieces = self.prepare(&wanted).await?;
        let places: Vec<Place> = pieces
            .iter()
            .map(|&page| self.place(page).ok_or(Failure::Unreadable))
            .collect::<Result<_, _>>()?;
        let inflated = self.inflated(&places).await?;
        let mut kept = self.kept.borrow_mut();
        for (name, piece) in wanted.into_iter().zip(inflated) {
            kept.insert(name, Rc::new(piece));
        }
        names
            .iter()
            .map(|name| {
                Ok((
                    name.clone(),
                    kept.get(name).ok_or(Failure::Unreadable)?.clone(),
                ))
            })
            .collect()
    }

    /// Which piece of its group each file named is, with the text's layout
    /// and the directories' pages that say where they are fetched first
    /// (all of a step's together) and kept. Done ahead for files a query
    /// will need, so that no group waits for its pages.
    pub async fn prepare(&self, names: &[String]) -> Result<Vec<Piece>, Failure> {
        let files: Vec<(u32, &str)> = names
            .iter()
            .map(|name| split(name))
            .collect::<Option<_>>()
            .ok_or(Failure::Unreadable)?;
        let layouts: Vec<u32> = files
            .iter()
            .filter(|(_, file)| Kind::of(file) == Kind::Text)
            .map(|&(group, _)| group)
            .collect();
        self.text_layouts(&layouts).await?;
        let pieces: Vec<Piece> = files
            .iter()
            .map(|&(group, file)| self.piece(group, file).ok_or(Failure::Unreadable))
            .collect::<Result<_, _>>()?;
        self.pages(&pieces).await?;
        Ok(pieces)
    }

    /// Which piece of its group a file is, its text's layout kept.
    fn piece(&self, group: u32, file: &str) -> Option<Piece> {
        let kind = Kind::of(file);
        let number = match kind {
            Kind::Index => index_piece(self.groups.borrow().get(group as usize)?.shards, file)?,
            Kind::Text => self.texts.borrow().get(&group)?.piece(file)?,
        };
        Some(Piece {
            group,
            kind,
            number,
        })
    }

    /// Where a piece is, its directory's page kept.
    fn place(&self, piece: Piece) -> Option<Place> {
        let (page, at) = page_of(piece.number);
        self.pages
            .borrow()
            .get(&(piece.group, piece.kind, page))?
            .get(at)
    }

    /// The layouts of these groups' texts not kept, fetched together.
    async fn text_layouts(&self, groups: &[u32]) -> Result<(), Failure> {
        let mut missing: Vec<u32> = Vec::new();
        for &group in groups {
            if !self.texts.borrow().contains_key(&group) && !missing.contains(&group) {
                missing.push(group);
            }
        }
        let places: Vec<Place> = missing
            .iter()
            .map(|&group| Some(self.groups.borrow().get(group as usize)?.text))
            .collect::<Option<_>>()
            .ok_or(Failure::Unreadable)?;
        for (group, bytes) in missing.into_iter().zip(self.inflated(&places).await?) {
            let layout = TextLayout::decode(&bytes).ok_or(Failure::Unreadable)?;
            self.texts.borrow_mut().insert(group, Rc::new(layout));
        }
        Ok(())
    }

    /// The directories' pages of these pieces not kept, fetched together.
    async fn pages(&self, pieces: &[Piece]) -> Result<(), Failure> {
        // (Few: a query's pages; no sort, whose code the WebAssembly would carry.)
        let mut missing: Vec<PageKey> = Vec::new();
        for piece in pieces {
            let key = (piece.group, piece.kind, page_of(piece.number).0);
            if !self.pages.borrow().contains_key(&key) && !missing.contains(&key) {
                missing.push(key);
            }
        }
        let places: Vec<Place> = missing
            .iter()
            .map(|&(group, kind, page)| match kind {
                Kind::Index => self.groups.borrow().get(group as usize)?.index.get(page),
                Kind::Text => self.texts.borrow().get(&group)?.pages.get(page),
            })
            .collect::<Option<_>>()
            .ok_or(Failure::Unreadable)?;
        for (key, bytes) in missing.into_iter().zip(self.inflated(&places).await?) {
            let page = Directory::decode(&bytes).ok_or(Failure::Unreadable)?;
            self.pages.borrow_mut().insert(key, Rc::new(page));
        }
        Ok(())
    }

    /// The pieces at these places, inflated, in order.
    async fn inflated(&self, places: &[Place]) -> Result<Vec<Vec<u8>>, Failure> {
        let started = self.started(places).await?;
        let mut out = Vec::with_capacity(started.len());
        for promise in started {
            out.push(inflate::finish(promise).await.ok_or(Failure::Unreadable)?);
        }
        Ok(out)
    }

    /// The pieces at these places, their inflation started: byte ranges
    /// asked for together, each inflated as it arrives, or slices of whole
    /// packs. The first range asked tells whether the host serves them.
    async fn started(&self, places: &[Place]) -> Result<Vec<Promise>, Failure> {
        let mut out = Vec::with_capacity(places.len());
        let mut rest = places;
        if self.ranges.get() == Ranges::Unknown {
            if let Some((first, others)) = places.split_first() {
                out = self.ranged(std::slice::from_ref(first)).await?;
                rest = others;
            }
        }
        if self.ranges.get() == Ranges::Served {
            out.extend(self.ranged(rest).await?);
            return Ok(out);
        }
        self.fetch_whole(rest).await?;
        let whole = self.whole.borrow();
        for place in rest {
            let pack = whole.get(&place.pack).ok_or(Failure::Unreadable)?;
            let bytes = place.slice(pack).ok_or(Failure::Unreadable)?;
            out.push(inflate::start(bytes).ok_or(Failure::Unreadable)?);
        }
        Ok(out)
    }

    /// The byte ranges, asked for together, each inflated as it streams
    /// in (a wrong range fails to inflate: deflate checks its own end and
    /// sum); a host that answers with the whole pack serves no ranges, and
    /// the pack is kept.
    async fn ranged(&self, places: &[Place]) -> Result<Vec<Promise>, Failure> {
        let window = web_sys::window().ok_or(Failure::Unreadable)?;
        let asked: Vec<Promise> = places
            .iter()
            .map(|place| self.ask_range(&window, place))
            .collect::<Result<_, _>>()?;
        let mut out = Vec::with_capacity(places.len());
        for (place, promise) in places.iter().zip(asked) {
            let response = response_of(promise).await?;
            let started = match response.status() {
                206 => {
                    self.ranges.set(Ranges::Served);
                    response
                        .body()
                        .and_then(|body| inflate::start_stream(&body))
                }
                200 => {
                    self.ranges.set(Ranges::Refused);
                    let pack = body(&response).await?;
                    let started = place.slice(&pack).and_then(inflate::start);
                    self.keep_whole(place.pack, pack)?;
                    started
                }
                _ => return Err(Failure::Unreadable),
            };
            out.push(started.ok_or(Failure::Unreadable)?);
        }
        Ok(out)
    }

    fn ask_range(&self, window: &web_sys::Window, place: &Place) -> Result<Promise, Failure> {
        let headers = Headers::new().map_err(|_| Failure::Unreadable)?;
        headers
            .set("Range", &place.range())
            .map_err(|_| Failure::Unreadable)?;
        let init = RequestInit::new();
        init.set_headers(&headers);
        // Each piece at an address of its own (a static host ignores the
        // query): the browser's cache holds one request at a time to an
        // address, and would fetch a pack's pieces one after another.
        let url = format!("{}{}?{}", self.base, pack_file(place.pack), place.offset);
        Ok(window.fetch_with_str_and_init(&url, &init))
    }

    /// The packs these places are in, each fetched whole once.
    async fn fetch_whole(&self, places: &[Place]) -> Result<(), Failure> {
        let window = web_sys::window().ok_or(Failure::Unreadable)?;
        let mut packs: Vec<u32> = Vec::new();
        // Each pack is at least as long as its pieces reach: where they
        // already pass what is kept, say so before fetching any.
        let mut reach: Vec<u64> = Vec::new();
        for place in places {
            if self.whole.borrow().contains_key(&place.pack) {
                continue;
            }
            let end = place.offset + u64::from(place.length);
            match packs.iter().position(|&pack| pack == place.pack) {
                Some(at) => reach[at] = reach[at].max(end),
                None => {
                    packs.push(place.pack);
                    reach.push(end);
                }
            }
        }
        let kept: usize = self.whole.borrow().values().map(|bytes| bytes.len()).sum();
        if kept as u64 + reach.iter().sum::<u64>() > WHOLE_PACKS_BYTES as u64 {
            return Err(Failure::NoRanges);
        }
        let asked: Vec<(u32, Promise)> = packs
            .into_iter()
            .map(|pack| {
                let url = format!("{}{}", self.base, pack_file(pack));
                (pack, window.fetch_with_str(&url))
            })
            .collect();
        for (pack, promise) in asked {
            let response = response_of(promise).await?;
            if !response.ok() {
                return Err(Failure::Unreadable);
            }
            self.keep_whole(pack, body(&response).await?)?;
        }
        Ok(())
    }

    fn keep_whole(&self, pack: u32, bytes: Vec<u8>) -> Result<(), Failure> {
        let mut whole = self.whole.borrow_mut();
        if whole.contains_key(&pack) {
            return Ok(());
        }
        let kept: usize = whole.values().map(|bytes| bytes.len()).sum();
        if kept + bytes.len() > WHOLE_PACKS_BYTES {
            return Err(Failure::NoRanges);
        }
        whole.insert(pack, Rc::new(bytes));
        Ok(())
    }
}

/// `g3/s12.bin` → (3, `s12.bin`).
fn split(name: &str) -> Option<(u32, &str)> {
    let (group, file) = name.strip_prefix('g')?.split_once('/')?;
    Some((group.parse().ok()?, file))
}

async fn response_of(promise: Promise) -> Result<Response, Failure> {
    JsFuture::from(promise)
        .await
        .ok()
        .and_then(|value| value.dyn_into().ok())
        .ok_or(Failure::Unreadable)
}

async fn body(response: &Response) -> Result<Vec<u8>, Failure> {
    let promise = response.array_buffer().map_err(|_| Failure::Unreadable)?;
    let buffer = JsFuture::from(promise)
        .await
        .map_err(|_| Failure::Unreadable)?;
    Ok(Uint8Array::new(&buffer).to_vec())
}
