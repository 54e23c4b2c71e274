//! The reader's interface: Leptos views over the report model, rendered
//! into the page at build time, the behaviour the browser attaches to them
//! (the app's first half), and the views the later half draws (`bridge`).

mod bridge;
mod browser;
mod charts;
mod collapsible;
mod copy_link;
mod crash;
mod delegate;
mod explain;
mod figure;
mod highlight;
mod inline;
mod later;
mod later_state;
mod legend;
mod masthead;
mod mount;
mod navigate;
mod on_page;
mod open;
mod page;
mod panel;
mod paragraph;
mod popover;
mod prefs;
mod repairs;
mod search_bar;
mod search_results;
mod state;
mod sync;
mod toast;
mod toc;
mod topbar;

pub use later::start as start_later;
pub use mount::mount;
pub use page::{storage_key, Page};
pub use state::Reader;
