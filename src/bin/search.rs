//! The search across a library (`ui::across`), fetched by the library's
//! page when its field is first used: it reads the library's index.

fn main() {
    baogao::ui::across::start();
}
