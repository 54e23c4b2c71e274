//! A result's link: the report's page with every match of the query
//! marked (`./ADDRESS/?q=`).

use crate::library::index::Listed;

pub fn link_to(listed: &Listed, query: &str) -> String {
    let query: String = web_sys::js_sys::encode_uri_component(query.trim()).into();
    format!("./{}/?q={query}", listed.address)
}
