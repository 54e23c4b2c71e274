//! Writes the lower bound for the Lighthouse comparison: the same report
//! text as a plain static HTML page with no JavaScript at all.
//! Usage: `plain-page OUT_DIR [REPORT]` (writes OUT_DIR/index.html; the
//! report is the seed unless named).

use baogao_browser_tests::plain::plain_page;

fn main() {
    let out = std::env::args()
        .nth(1)
        .expect("usage: plain-page OUT_DIR [REPORT]");
    let text = match std::env::args().nth(2) {
        Some(path) => baogao::report::decode::read_report_file(std::path::Path::new(&path))
            .unwrap_or_else(|error| panic!("{error}")),
        None => baogao::SEED_REPORT.to_owned(),
    };
    std::fs::create_dir_all(&out).expect("the folder");
    std::fs::write(format!("{out}/index.html"), plain_page(&text)).expect("the page");
}
