//! The app's first half, the WebAssembly the first view needs
//! (`ui::first`): it reads the report back from the prerendered page.

fn main() {
    baogao::ui::first::start();
}
