//! The app's later half (`ui::later`), fetched after the first view: it
//! carries the report the app was built with, to parse and model.

fn main() {
    baogao::ui::later::start(baogao::EMBEDDED_REPORT);
}
