//! The app's later half (`ui::later`), fetched after the first view: it
//! reads the report's model from the report's own file.

fn main() {
    baogao::ui::later::start();
}
