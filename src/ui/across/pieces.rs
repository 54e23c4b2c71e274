//! The library's index as the search fetches it: files under the index's
//! folder, fetched when first needed (all of a step's at once) and kept
//! for the next query.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::js_sys::{Promise, Uint8Array};

pub struct Pieces {
    /// The index's folder, as the page names it (`./_search/HASH/`).
    base: String,
    kept: RefCell<HashMap<String, Rc<Vec<u8>>>>,
}

impl Pieces {
    pub fn new(base: String) -> Pieces {
        Pieces {
            base,
            kept: RefCell::new(HashMap::new()),
        }
    }

    /// The files named, fetched together (those kept are not fetched
    /// again); a file that cannot be fetched is missing from the answer.
    pub async fn get(&self, names: &[String]) -> HashMap<String, Rc<Vec<u8>>> {
        let mut found = HashMap::new();
        let mut waiting: Vec<(String, Promise)> = Vec::new();
        for name in names {
            if let Some(bytes) = self.kept.borrow().get(name) {
                found.insert(name.clone(), bytes.clone());
                continue;
            }
            if let Some(window) = web_sys::window() {
                let url = format!("{}{name}", self.base);
                waiting.push((name.clone(), window.fetch_with_str(&url)));
            }
        }
        for (name, promise) in waiting {
            if let Some(bytes) = bytes_of(promise).await {
                let bytes = Rc::new(bytes);
                self.kept.borrow_mut().insert(name.clone(), bytes.clone());
                found.insert(name, bytes);
            }
        }
        found
    }
}

async fn bytes_of(promise: Promise) -> Option<Vec<u8>> {
    let response: web_sys::Response = JsFuture::from(promise).await.ok()?.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    let buffer = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    Some(Uint8Array::new(&buffer).to_vec())
}
