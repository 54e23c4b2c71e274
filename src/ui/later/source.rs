//! The report's own file (named on `#app` by the prerender step): the later
//! half reads its model from it, so that the app's files are the same for
//! every report.

use crate::ui::browser;
use crate::ui::markup::{APP, DATA_SOURCE, DATA_SOURCE_INTEGRITY};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

pub struct Source {
    url: String,
    integrity: String,
}

impl Source {
    /// The file the page names, if it names one.
    pub fn of_page() -> Option<Source> {
        let app = browser::element(APP.name)?;
        Some(Source {
            url: app.get_attribute(DATA_SOURCE.name)?,
            integrity: app
                .get_attribute(DATA_SOURCE_INTEGRITY.name)
                .unwrap_or_default(),
        })
    }

    /// Its text, fetched with its integrity (from the browser's cache after
    /// the first time).
    pub async fn text(&self) -> Option<String> {
        let init = web_sys::RequestInit::new();
        init.set_integrity(&self.integrity);
        let promise = web_sys::window()?.fetch_with_str_and_init(&self.url, &init);
        let response: web_sys::Response = JsFuture::from(promise).await.ok()?.dyn_into().ok()?;
        if !response.ok() {
            return None;
        }
        JsFuture::from(response.text().ok()?)
            .await
            .ok()?
            .as_string()
    }
}
