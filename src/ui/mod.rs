//! The reader's interface: thin Leptos views over the report model.

mod app;
mod browser;
mod charts;
mod collapsible;
mod copy_link;
mod figure;
mod highlight;
mod inline;
mod legend;
mod masthead;
mod mount;
mod navigate;
mod panel;
mod paragraph;
mod popover;
mod prefs;
mod repairs;
mod search_bar;
mod search_results;
mod state;
mod toast;
mod toc;
mod topbar;

pub use app::{storage_key, App};
pub use mount::mount;
