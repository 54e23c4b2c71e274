//! The library's search index, built with the site and fetched in pieces:
//! every character and pair of characters of every report (`grams`), with
//! their positions (`postings`), filed in shards by hash (`shard`), one
//! index per group of reports (`group`); a query fetches the shards of its
//! grams (`answer`) and counts its matches from them exactly (`count`),
//! without the texts; the list of reports the search shows (`listing`), and the
//! paragraphs in small files for the results' snippets (`chunks`); every
//! piece compressed and packed into a few files, with directories in pages
//! of where each is (`pack`, `layout`).

mod answer;
mod chunks;
mod count;
mod grams;
mod group;
mod layout;
mod listing;
mod pack;
mod postings;
mod shard;
mod varint;

pub use answer::group_file;
pub use chunks::{chunk_file, chunk_of, paragraph_at, write_chunks, CHUNK_POSITIONS};
pub use count::{Counted, Query};
pub use grams::{Folded, Gram};
pub use group::{build_group, read_blocks, Group, BLOCKS_FILE};
pub use layout::{index_piece, TextLayout};
pub use listing::{read_listing, write_listing, GroupPlaces, Listed, Listing, LISTING_FILE};
pub use pack::{pack_file, page_of, Directory, Packer, Place, PAGE_PLACES};
pub use postings::{decode as decode_postings, Postings};
pub use shard::{find, shard_file, Found};
