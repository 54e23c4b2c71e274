//! The reader's interface: thin Leptos views over the report model.

mod app;
mod browser;
mod collapsible;
mod copy_link;
mod inline;
mod masthead;
mod navigate;
mod paragraph;
mod repairs;
mod state;
mod toast;
mod toc;
mod topbar;

pub use app::App;
