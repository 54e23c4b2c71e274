//! The web app's entry point: the reader, on the report in the page.

fn main() {
    baogao::ui::mount();
}
