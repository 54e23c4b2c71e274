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
        inflate::fetch_text(&self.url).await
    }
}
