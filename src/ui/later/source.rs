//! The report's own file (named on `#app` by the prerender step): the later
//! half reads its model from it, so that the app's files are the same for
//! every report. The build deflates it (a library's texts would otherwise
//! lie on its host uncompressed beside the pages that hold them); the
//! browser inflates it as it arrives. Fetched without an integrity hash:
//! it says what the page itself says, and the hash would cost the page's
//! first round trip.

use crate::ui::browser;
use crate::ui::inflate;
use crate::ui::markup::{APP, DATA_SOURCE};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

pub struct Source {
    url: String,
}

impl Source {
    /// The file the page names, if it names one.
    pub fn of_page() -> Option<Source> {
        let app = browser::element(APP.name)?;
        Some(Source {
            url: app.get_attribute(DATA_SOURCE.name)?,
        })
    }

    /// Its text (from the browser's cache after the first time).
    pub async fn text(&self) -> Option<String> {
        let promise = web_sys::window()?.fetch_with_str(&self.url);
        let response: web_sys::Response = JsFuture::from(promise).await.ok()?.dyn_into().ok()?;
        if !response.ok() {
            return None;
        }
        let inflating = inflate::start_stream(&response.body()?)?;
        String::from_utf8(inflate::finish(inflating).await?).ok()
    }
}
