//! The search across a library: a small WebAssembly of its own
//! (`baogao-search`, no views), fetched by `js/library.js` when the library
//! page's search field is first used. It takes the field over (`field`):
//! each query, never mid-composition, is answered group after group,
//! newest first, from the library's index, fetched in pieces (byte ranges
//! of its packs, inflated by the browser) and kept (`pieces`, `run`), and painted as it arrives (`paint`): how many
//! matches in how many reports, each report with its exact count and its
//! first match in its words, a link to it at `?q=`; and, on request, the
//! counts by year and place as a chart and a table (`trend`).

mod field;
mod link;
mod paint;
mod pieces;
mod run;
mod state;
mod trend;

pub use field::start;
