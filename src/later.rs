//! The web app's later half (see `ui::bridge`): fetched after the first
//! view, on the same embedded report.

fn main() {
    baogao::ui::start_later(baogao::EMBEDDED_REPORT);
}
