//! The reader's interface, in three rooms and what they share.
//!
//! - `page`: the Leptos views of the whole page, rendered into `index.html`
//!   at build time (and drawn again by the later half for a report the
//!   reader opens).
//! - `first`: the app's first half, the WebAssembly the first view needs.
//!   It draws nothing: it reads the report back from the page and attaches
//!   behaviour to it (collapsing, links, contents, settings, search).
//! - `later`: the app's later half, fetched once the first has started: the
//!   report's model, figures explained, the figures panel and its charts,
//!   opening another report.
//! - `shelf`: the library's page, its reports grouped and filtered (views
//!   rendered at build time, worked by a small script).
//! - `across`: the search across a library, a WebAssembly of its own that
//!   the library's page fetches when its search field is first used.
//! - `compare`: the library's pages of comparisons (a place's years, a
//!   year's places), rendered at build time.
//!
//! Shared: `markup` (the page contract: ids, classes, data attributes,
//! storage keys, events), `bridge` (the messages between the halves),
//! `browser` (the few browser calls), `inflate` (deflated files, inflated
//! by the browser) and `crash` (what a reader sees if the app fails).
//! `first` never names `later`, and names nothing of `page` but the
//! contract.

pub mod across;
mod bridge;
mod browser;
pub mod changes;
pub mod compare;
mod crash;
pub mod first;
mod inflate;
pub mod later;
pub mod markup;
pub mod page;
pub mod shelf;
