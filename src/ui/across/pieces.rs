//! The library's index as the search fetches it: the list of reports, then
//! each piece a query needs as a byte range of its pack (HTTP `Range`),
//! inflated by the browser (`DecompressionStream`), after its group's
//! directory says where it is (`library::index::{IndexLayout,
//! TextLayout}`). Fetched when first needed, all of a step's at once, and
//! kept for the next query. A host that ignores `Range` sends the whole
//! pack: it is kept and sliced, up to `WHOLE_PACKS_BYTES`; past that the
//! search says why it cannot go on. A piece that cannot be read fails the
//! query: a count is exact or not given.

use super::inflate;
use crate::library::index::{
    pack_file, read_listing, GroupPlaces, IndexLayout, Listing, Place, TextLayout, LISTING_FILE,
};
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
enum Kind {
    Index,
    Text,
}

pub struct Pieces {
    /// The index's folder, as the page names it (`./_search/HASH/`).
    base: String,
    groups: RefCell<Vec<GroupPlaces>>,
    indexes: RefCell<HashMap<u32, Rc<IndexLayout>>>,
    texts: RefCell<HashMap<u32, Rc<TextLayout>>>,
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
            indexes: RefCell::new(HashMap::new()),
            texts: RefCell::new(HashMap::new()),
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
        let wanted: Vec<&String> = names
            .iter()
            .filter(|name| !self.kept.borrow().contains_key(*name))
            .collect();
        let mut places = Vec::with_capacity(wanted.len());
        for name in &wanted {
            let (group, file) = split(name).ok_or(Failure::Unreadable)?;
            places.push(self.place(group, file).await?);
        }
        let pieces = self.inflated(&places).await?;
        let mut kept = self.kept.borrow_mut();
        for (name, piece) in wanted.into_iter().zip(pieces) {
            kept.insert(name.clone(), Rc::new(piece));
        }
        names
            .iter()
            .map(|name| Ok((name.clone(), kept.get(name).ok_or(Failure::Unreadable)?.clone())))
            .collect()
    }

    /// Where a group's file is, its directory fetched first if need be.
    async fn place(&self, group: u32, file: &str) -> Result<Place, Failure> {
        let kind = match file.starts_with('t') {
            true => Kind::Text,
            false => Kind::Index,
        };
        let found = match kind {
            Kind::Index => self.indexes.borrow().get(&group).map(|l| l.place(file)),
            Kind::Text => self.texts.borrow().get(&group).map(|l| l.place(file)),
        };
        if let Some(place) = found {
            return place.ok_or(Failure::Unreadable);
        }
        let places = *self
            .groups
            .borrow()
            .get(group as usize)
            .ok_or(Failure::Unreadable)?;
        let directory = match kind {
            Kind::Index => places.index,
            Kind::Text => places.text,
        };
        let bytes = self
            .inflated(&[directory])
            .await?
            .pop()
            .ok_or(Failure::Unreadable)?;
        let place = match kind {
            Kind::Index => {
                let layout = IndexLayout::decode(&bytes).ok_or(Failure::Unreadable)?;
                let place = layout.place(file);
                self.indexes.borrow_mut().insert(group, Rc::new(layout));
                place
            }
            Kind::Text => {
                let layout = TextLayout::decode(&bytes).ok_or(Failure::Unreadable)?;
                let place = layout.place(file);
                self.texts.borrow_mut().insert(group, Rc::new(layout));
                place
            }
        };
        place.ok_or(Failure::Unreadable)
    }

    /// The pieces at these places, inflated, in order.
    async fn inflated(&self, places: &[Place]) -> Result<Vec<Vec<u8>>, Failure> {
        let started: Vec<Promise> = self
            .raw(places)
            .await?
            .iter()
            .map(|bytes| inflate::start(bytes).ok_or(Failure::Unreadable))
            .collect::<Result<_, _>>()?;
        let mut out = Vec::with_capacity(started.len());
        for promise in started {
            out.push(inflate::finish(promise).await.ok_or(Failure::Unreadable)?);
        }
        Ok(out)
    }

    /// The bytes at these places, as their packs hold them: byte ranges
    /// asked for together, or slices of whole packs. The first range asked
    /// tells whether the host serves them.
    async fn raw(&self, places: &[Place]) -> Result<Vec<Vec<u8>>, Failure> {
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
            out.push(place.slice(pack).ok_or(Failure::Unreadable)?.to_vec());
        }
        Ok(out)
    }

    /// The byte ranges, asked for together; a host that answers with the
    /// whole pack serves no ranges, and the pack is kept.
    async fn ranged(&self, places: &[Place]) -> Result<Vec<Vec<u8>>, Failure> {
        let window = web_sys::window().ok_or(Failure::Unreadable)?;
        let asked: Vec<Promise> = places
            .iter()
            .map(|place| self.ask_range(&window, place))
            .collect::<Result<_, _>>()?;
        let mut out = Vec::with_capacity(places.len());
        for (place, promise) in places.iter().zip(asked) {
            let response = response_of(promise).await?;
            match response.status() {
                206 => {
                    self.ranges.set(Ranges::Served);
                    let bytes = body(&response).await?;
                    let whole = bytes.len() == place.length as usize;
                    out.push(whole.then_some(bytes).ok_or(Failure::Unreadable)?);
                }
                200 => {
                    self.ranges.set(Ranges::Refused);
                    let pack = body(&response).await?;
                    out.push(place.slice(&pack).ok_or(Failure::Unreadable)?.to_vec());
                    self.keep_whole(place.pack, pack)?;
                }
                _ => return Err(Failure::Unreadable),
            }
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
        let url = format!("{}{}", self.base, pack_file(place.pack));
        Ok(window.fetch_with_str_and_init(&url, &init))
    }

    /// The packs these places are in, each fetched whole once.
    async fn fetch_whole(&self, places: &[Place]) -> Result<(), Failure> {
        let window = web_sys::window().ok_or(Failure::Unreadable)?;
        let mut packs: Vec<u32> = places.iter().map(|place| place.pack).collect();
        packs.sort_unstable();
        packs.dedup();
        packs.retain(|pack| !self.whole.borrow().contains_key(pack));
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
