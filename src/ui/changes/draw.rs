//! The rows of a changes page, drawn in the browser (`baogao-changes`,
//! fetched by `js/changes.js`): both reports' texts, which the library
//! holds beside their pages, read and compared as the build compared them
//! (`library::changes::compare_reports`, the same code over the same
//! texts: the summary above, built with the page, counts these rows; no
//! figures read, the targets being in the summary), each group's units
//! added to its section; then the CSV written from them.

use super::pair::Pair;
use super::paths::{group_id, NOW_HREF};
use super::rows::units_view;
use crate::library::changes::{changes_csv, compare_reports, Group};
use crate::report::parse;
use crate::ui::markup::{
    CHANGES_CSV, CHANGES_MAIN, CHANGES_STATUS, DATA_DRAWN, DATA_NOW_TEXT, DATA_VERSIONS,
    DATA_WAS_HREF, DATA_WAS_TEXT,
};
use crate::ui::{browser, crash, inflate};
use wasm_bindgen::JsCast;

pub fn start() {
    crash::show_panics();
    wasm_bindgen_futures::spawn_local(async {
        if draw().await.is_none() {
            say("逐句对比未能载入，请刷新页面重试；两份报告的全文见上方链接。");
        }
    });
}

fn say(message: &str) {
    if let Some(status) = browser::element(CHANGES_STATUS.name) {
        status.set_text_content(Some(message));
        status.set_hidden(message.is_empty());
    }
}

async fn draw() -> Option<()> {
    let main = browser::element(CHANGES_MAIN.name)?;
    let (was_text, now_text) = (
        main.get_attribute(DATA_WAS_TEXT.name)?,
        main.get_attribute(DATA_NOW_TEXT.name)?,
    );
    let was_href = main.get_attribute(DATA_WAS_HREF.name)?;
    say("正在逐句对比……");
    let (was, now) = (
        inflate::fetch_text(&was_text),
        inflate::fetch_text(&now_text),
    );
    let (was, now) = (was.await?, now.await?);
    let groups = compare_reports(&parse(&was), &parse(&now));
    let pair = Pair {
        now_label: "",
        was_label: "",
        now_href: NOW_HREF,
        was_href: &was_href,
        versions: main.has_attribute(DATA_VERSIONS.name),
    };
    for (index, group) in groups.iter().enumerate() {
        let section = browser::element(&group_id(index))?;
        let units = units_view(&pair, group);
        leptos::mount::mount_to(section, move || units).forget();
    }
    offer_csv(&pair, groups);
    say("");
    let _ = main.set_attribute(DATA_DRAWN.name, "");
    // A link to a group lands on it again now that the groups above it
    // have their rows.
    if let Some(target) = browser::hash().and_then(|id| browser::element(&id)) {
        target.scroll_into_view();
    }
    Some(())
}

/// The CSV of these rows behind the page's link, which is then shown:
/// written when the link is first used (before its own click downloads
/// it, and on focus, so that a keyboard's Enter finds it written).
fn offer_csv(pair: &Pair, groups: Vec<Group>) {
    let Some(link) = browser::element(CHANGES_CSV.name) else {
        return;
    };
    let columns = [pair.was_word(), pair.now_word()];
    // A link with an address, so that it takes focus.
    let _ = link.set_attribute("href", "#");
    let written = std::rc::Rc::new(std::cell::Cell::new(false));
    let groups = std::rc::Rc::new(groups);
    for kind in ["pointerdown", "focus", "click"] {
        let (written, groups, target) = (written.clone(), groups.clone(), link.clone());
        gloo::events::EventListener::new(&link, kind, move |_| {
            if written.replace(true) {
                return;
            }
            let csv = changes_csv(&groups, columns);
            if let (Some(url), Some(link)) = (
                browser::object_url(&csv, "text/csv;charset=utf-8"),
                target.dyn_ref::<web_sys::HtmlAnchorElement>(),
            ) {
                link.set_href(&url);
            }
        })
        .forget();
    }
    if let Some(holder) = link
        .parent_element()
        .and_then(|p| p.dyn_into::<web_sys::HtmlElement>().ok())
    {
        holder.set_hidden(false);
    }
}
