//! Files the browser inflates itself (`DecompressionStream("deflate")`):
//! the search index's pieces, which a host sends as byte ranges it cannot
//! compress, and the reports' texts, which would otherwise lie on disk
//! uncompressed beside pages that already hold them (a library's size is
//! what its host counts).

use flate2::write::ZlibEncoder;
use flate2::Compression;
use std::io::Write;

/// zlib's deflate at its best, as `DecompressionStream("deflate")` reads it.
pub fn deflate(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let mut encoder = ZlibEncoder::new(Vec::new(), Compression::best());
    encoder.write_all(bytes).map_err(|e| e.to_string())?;
    encoder.finish().map_err(|e| e.to_string())
}
