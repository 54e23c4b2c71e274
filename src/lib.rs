//! Baogao (报告): a reader for Chinese government work reports.
//!
//! `report` turns plain text into a model and knows nothing of the web;
//! `ui` renders that model into the page at build time (`ui::page`) and
//! brings the page to life in two halves (`ui::first`, `ui::later`).

pub mod report;
pub mod ui;

/// The report built into the app (`BAOGAO_REPORT`, or the seed report).
pub const EMBEDDED_REPORT: &str = include_str!(concat!(env!("OUT_DIR"), "/report.txt"));
