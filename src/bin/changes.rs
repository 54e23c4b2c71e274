//! A changes page's rows (`ui::changes::draw`), fetched by the page: drawn
//! from the two reports' texts.

fn main() {
    baogao::ui::changes::draw::start();
}
