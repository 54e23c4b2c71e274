//! Deflated files (the search index's pieces, a report's text) inflated by
//! the browser's own `DecompressionStream` (zlib's deflate, as the build
//! compresses them): no inflater in the WebAssembly. Declared here: web-sys
//! has it only behind its unstable APIs.

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::js_sys::{Array, Promise, Uint8Array};
use web_sys::{Blob, ReadableStream, ReadableWritablePair, Response};

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = DecompressionStream)]
    type Inflater;

    #[wasm_bindgen(catch, constructor, js_class = "DecompressionStream")]
    fn new(format: &str) -> Result<Inflater, JsValue>;
}

/// Starts inflating `bytes`: the promise of their inflated `ArrayBuffer`.
pub fn start(bytes: &[u8]) -> Option<Promise> {
    let parts = Array::of1(&Uint8Array::from(bytes));
    let blob = Blob::new_with_u8_array_sequence(&parts).ok()?;
    start_stream(&blob.stream())
}

/// Starts inflating a stream (a response's body, as it arrives): the
/// promise of its inflated `ArrayBuffer`.
pub fn start_stream(stream: &ReadableStream) -> Option<Promise> {
    let inflater = Inflater::new("deflate").ok()?;
    let inflated = stream.pipe_through(inflater.unchecked_ref::<ReadableWritablePair>());
    let response = Response::new_with_opt_readable_stream(Some(&inflated)).ok()?;
    response.array_buffer().ok()
}

/// The bytes a started inflation gives, or `None` if they were not deflate.
pub async fn finish(started: Promise) -> Option<Vec<u8>> {
    let buffer = JsFuture::from(started).await.ok()?;
    Some(Uint8Array::new(&buffer).to_vec())
}

/// A deflated text file (a report's), fetched and inflated as it arrives;
/// `None` if it cannot be read or is not deflated UTF-8. The request goes
/// out at the call, so that two files fetch at once.
pub fn fetch_text(url: &str) -> impl std::future::Future<Output = Option<String>> {
    let fetching = web_sys::window().map(|window| JsFuture::from(window.fetch_with_str(url)));
    async move {
        let response: Response = fetching?.await.ok()?.dyn_into().ok()?;
        if !response.ok() {
            return None;
        }
        let inflating = start_stream(&response.body()?)?;
        String::from_utf8(finish(inflating).await?).ok()
    }
}
