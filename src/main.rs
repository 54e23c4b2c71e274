//! The web app's entry point: mount the reader on the embedded report.

use baogao::ui::App;
use leptos::prelude::*;

fn main() {
    leptos::mount::mount_to_body(|| view! { <App source=baogao::EMBEDDED_REPORT.to_owned()/> });
}
