//! Baogao (报告): a reader for Chinese government work reports.
//!
//! `report` turns plain text into a model and knows nothing of the web;
//! `library` files many reports by place and year and indexes them, as
//! purely;
//! `ui` renders that model into the page at build time (`ui::page`) and
//! brings the page to life in two halves (`ui::first`, `ui::later`).

pub mod library;
pub mod report;
pub mod ui;

/// The seed report, the default a build is for (`reports/gongshu-2023.txt`),
/// for tests and benchmarks. The app itself embeds no report: it reads its
/// report from the page and from the report's own file, which the prerender
/// step writes for whatever text a publisher builds.
pub const SEED_REPORT: &str = include_str!("../reports/gongshu-2023.txt");
