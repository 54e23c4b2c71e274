//! The web app's entry point: mount the reader on the embedded report.

fn main() {
    baogao::ui::mount(baogao::EMBEDDED_REPORT);
}
