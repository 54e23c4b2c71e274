//! The index's pieces packed into a few files, so that a library fits the
//! static hosts people publish on (thousands of files at most): each piece
//! compressed on its own (deflate, which the browser's DecompressionStream
//! reads, since a host does not compress a byte range) and written right
//! after the one before, packs of a few megabytes each. Where each piece
//! is, a directory says (`Directory`): a query fetches only the byte
//! ranges of the pieces it needs (HTTP `Range`), as PMTiles serves maps.
//!
//! Pure: the compression is the build's (`src/bin/prerender`), the
//! fetching the browser's (`src/ui/across/pieces.rs`).

use super::varint::{put, Reader};

/// Places in a page of a directory. A group's index has thousands of
/// pieces; a query needs a few of them, so it reads the pages of those
/// (each about 200 bytes), not every place.
pub const PAGE_PLACES: usize = 64;

/// A piece's page of its directory, and its place in that page.
pub fn page_of(piece: usize) -> (usize, usize) {
    (piece / PAGE_PLACES, piece % PAGE_PLACES)
}

/// A pack's file, beside the list of reports.
pub fn pack_file(pack: u32) -> String {
    format!("p{pack}.pack")
}

/// Where a piece is: its pack, its first byte there, and its length.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    pub pack: u32,
    pub offset: u64,
    pub length: u32,
}

impl Place {
    /// The HTTP `Range` header's value that asks for it.
    pub fn range(&self) -> String {
        let last = self.offset + u64::from(self.length) - 1;
        format!("bytes={}-{last}", self.offset)
    }

    /// Its bytes in the whole pack's, if the pack holds them.
    pub fn slice<'a>(&self, pack: &'a [u8]) -> Option<&'a [u8]> {
        let start = usize::try_from(self.offset).ok()?;
        pack.get(start..start.checked_add(self.length as usize)?)
    }

    /// `p:offset:length`, as the list of reports names a directory.
    pub fn write(&self) -> String {
        format!("{}:{}:{}", self.pack, self.offset, self.length)
    }

    pub fn read(text: &str) -> Option<Place> {
        let mut parts = text.split(':');
        let place = Place {
            pack: parts.next()?.parse().ok()?,
            offset: parts.next()?.parse().ok()?,
            length: parts.next()?.parse().ok()?,
        };
        (parts.next().is_none() && place.length > 0).then_some(place)
    }
}

/// Writes pieces into packs, in order; a pack is closed once it holds
/// `pack_bytes` or more.
pub struct Packer {
    pack_bytes: u64,
    /// The packs written so far, the last one open.
    pub packs: Vec<Vec<u8>>,
}

impl Packer {
    pub fn new(pack_bytes: u64) -> Packer {
        Packer {
            pack_bytes,
            packs: vec![Vec::new()],
        }
    }

    /// Appends a piece (already compressed) and says where it is.
    pub fn add(&mut self, compressed: &[u8]) -> Place {
        let open = self.packs.last().map_or(0, Vec::len) as u64;
        if open > 0 && open + compressed.len() as u64 > self.pack_bytes {
            self.packs.push(Vec::new());
        }
        let pack = self.packs.len() as u32 - 1;
        let bytes = self.packs.last_mut().expect("a pack is open");
        let place = Place {
            pack,
            offset: bytes.len() as u64,
            length: compressed.len() as u32,
        };
        bytes.extend_from_slice(compressed);
        place
    }
}

/// The places of a group's pieces, in the order they were packed: each
/// one starts where the one before ends, or at the start of the next pack.
/// Encoded as the first piece's pack and offset, then each piece's length
/// (doubled, plus one where it opens the next pack): two or three bytes a
/// piece.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Directory {
    places: Vec<Place>,
}

impl Directory {
    /// A directory of places that follow one another as `Packer` writes
    /// them; `None` if they do not.
    pub fn of(places: &[Place]) -> Option<Directory> {
        let follows = places.windows(2).all(|pair| {
            let (a, b) = (pair[0], pair[1]);
            (b.pack == a.pack && b.offset == a.offset + u64::from(a.length))
                || (b.pack == a.pack + 1 && b.offset == 0)
        });
        follows.then(|| Directory {
            places: places.to_vec(),
        })
    }

    pub fn get(&self, piece: usize) -> Option<Place> {
        self.places.get(piece).copied()
    }

    /// The directory in pages of `PAGE_PLACES` places, each one a
    /// directory of its own.
    pub fn pages(&self) -> Vec<Directory> {
        self.places
            .chunks(PAGE_PLACES)
            .map(|places| Directory {
                places: places.to_vec(),
            })
            .collect()
    }

    /// As the list of reports holds it: `pack:offset:length,length,…`,
    /// a length marked `+` where its piece opens the next pack.
    pub fn write(&self) -> String {
        let Some(first) = self.places.first() else {
            return String::new();
        };
        let lengths: Vec<String> = self
            .places
            .iter()
            .enumerate()
            .map(|(n, place)| match n > 0 && place.offset == 0 {
                true => format!("+{}", place.length),
                false => place.length.to_string(),
            })
            .collect();
        format!("{}:{}:{}", first.pack, first.offset, lengths.join(","))
    }

    pub fn read(text: &str) -> Option<Directory> {
        if text.is_empty() {
            return Some(Directory::default());
        }
        let mut parts = text.splitn(3, ':');
        let mut pack: u32 = parts.next()?.parse().ok()?;
        let mut offset: u64 = parts.next()?.parse().ok()?;
        let mut places = Vec::new();
        for (n, length) in parts.next()?.split(',').enumerate() {
            let (opens, length) = match length.strip_prefix('+') {
                Some(length) => (true, length),
                None => (false, length),
            };
            if opens && n > 0 {
                pack = pack.checked_add(1)?;
                offset = 0;
            }
            let length: u32 = length.parse().ok().filter(|&l| l > 0)?;
            places.push(Place {
                pack,
                offset,
                length,
            });
            offset = offset.checked_add(u64::from(length))?;
        }
        Some(Directory { places })
    }

    pub fn len(&self) -> usize {
        self.places.len()
    }

    pub fn is_empty(&self) -> bool {
        self.places.is_empty()
    }

    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::new();
        put(&mut out, self.places.len() as u32);
        let Some(first) = self.places.first() else {
            return out;
        };
        put(&mut out, first.pack);
        put(&mut out, (first.offset >> 32) as u32);
        put(&mut out, first.offset as u32);
        let mut pack = first.pack;
        for place in &self.places {
            let opens = u32::from(place.pack != pack);
            pack = place.pack;
            put(&mut out, place.length * 2 + opens);
        }
        out
    }

    pub fn decode(bytes: &[u8]) -> Option<Directory> {
        let mut reader = Reader::new(bytes);
        let count = reader.next()? as usize;
        let mut places = Vec::with_capacity(count.min(1 << 16));
        if count == 0 {
            return Some(Directory { places });
        }
        let mut pack = reader.next()?;
        let high = u64::from(reader.next()?);
        let mut offset = (high << 32) | u64::from(reader.next()?);
        for _ in 0..count {
            let word = reader.next()?;
            if word & 1 == 1 {
                pack = pack.checked_add(1)?;
                offset = 0;
            }
            let length = word / 2;
            places.push(Place {
                pack,
                offset,
                length,
            });
            offset += u64::from(length);
        }
        Some(Directory { places })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_are_found_where_the_packer_put_them() {
        let mut packer = Packer::new(10);
        let pieces: Vec<Vec<u8>> = (1..=7u8).map(|n| vec![n; n as usize]).collect();
        let places: Vec<Place> = pieces.iter().map(|piece| packer.add(piece)).collect();
        // Packs close at 10 bytes: a piece never straddles two.
        assert!(packer.packs.len() > 2);
        let directory = Directory::of(&places).expect("places that follow");
        let read = Directory::decode(&directory.encode()).expect("a directory");
        assert_eq!(read, directory);
        for (n, piece) in pieces.iter().enumerate() {
            let place = read.get(n).unwrap();
            assert_eq!(
                place.slice(&packer.packs[place.pack as usize]),
                Some(&piece[..])
            );
        }
        assert_eq!(read.get(7), None);
    }

    #[test]
    fn a_directory_of_places_far_into_a_pack() {
        let far = Place {
            pack: 3,
            offset: 5_000_000_000,
            length: 70_000,
        };
        let next = Place {
            pack: 4,
            offset: 0,
            length: 1,
        };
        let directory = Directory::of(&[far, next]).unwrap();
        assert_eq!(Directory::decode(&directory.encode()), Some(directory));
        assert_eq!(far.range(), "bytes=5000000000-5000069999");
        assert_eq!(Place::read(&far.write()), Some(far));
        assert_eq!(Place::read("1:2"), None);
        assert_eq!(Place::read("1:2:0"), None);
    }

    #[test]
    fn a_directory_in_pages_and_as_the_list_writes_it() {
        let mut packer = Packer::new(300);
        let places: Vec<Place> = (1..=200u32)
            .map(|n| packer.add(&vec![0; 1 + n as usize % 7]))
            .collect();
        let directory = Directory::of(&places).unwrap();
        assert!(packer.packs.len() > 2, "places in several packs");
        assert_eq!(Directory::read(&directory.write()), Some(directory.clone()));
        let pages = directory.pages();
        assert_eq!(pages.len(), 4);
        for (piece, place) in places.iter().enumerate() {
            let (page, at) = page_of(piece);
            let read = Directory::decode(&pages[page].encode()).unwrap();
            assert_eq!(read.get(at), Some(*place), "piece {piece}");
        }
        assert_eq!(Directory::read(""), Some(Directory::default()));
        for broken in ["1:2", "1:2:0", "1:2:3,x", "x:0:1"] {
            assert_eq!(Directory::read(broken), None, "{broken}");
        }
    }

    #[test]
    fn places_that_do_not_follow_make_no_directory() {
        let a = Place {
            pack: 0,
            offset: 0,
            length: 4,
        };
        let gap = Place {
            pack: 0,
            offset: 5,
            length: 4,
        };
        assert_eq!(Directory::of(&[a, gap]), None);
        assert_eq!(Directory::decode(&[3, 0]), None, "cut short");
        let empty = Directory::of(&[]).unwrap();
        assert_eq!(Directory::decode(&empty.encode()), Some(empty));
    }
}
