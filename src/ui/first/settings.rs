//! Reading settings: text size (A− / A+) and light or dark, following the
//! system until the reader chooses. Kept in storage and on <html>, where
//! `js/prefs.js` puts them back before the first paint. Attached to the
//! buttons drawn with the page (`page::settings`), with the way to open
//! another report.

use crate::ui::bridge::{to_later, ToLater};
use crate::ui::browser;
use crate::ui::markup::{
    Name, DARK, DATA_TEXT_SIZE, DATA_THEME, LIGHT, OPEN_REPORT, PREFS, TEXT_LARGER, TEXT_SIZE_KEY,
    TEXT_SMALLER, THEME, THEME_KEY,
};
use std::cell::Cell;
use std::rc::Rc;

/// Text size steps either side of the default.
const SMALLEST: i8 = -2;
const LARGEST: i8 = 4;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Theme {
    System,
    Light,
    Dark,
}

impl Theme {
    fn next(self) -> Theme {
        match self {
            Theme::System => Theme::Light,
            Theme::Light => Theme::Dark,
            Theme::Dark => Theme::System,
        }
    }

    fn label(self) -> &'static str {
        match self {
            Theme::System => "跟随系统",
            Theme::Light => "浅色",
            Theme::Dark => "深色",
        }
    }

    fn stored(self) -> &'static str {
        match self {
            Theme::System => "",
            Theme::Light => LIGHT,
            Theme::Dark => DARK,
        }
    }

    fn from_stored(value: &str) -> Theme {
        match value {
            LIGHT => Theme::Light,
            DARK => Theme::Dark,
            _ => Theme::System,
        }
    }
}

/// Makes the settings work, showing the size and colours the reader chose
/// before (`js/prefs.js` already applied them).
pub fn attach() {
    let Some(prefs) = browser::first(PREFS.selector) else {
        return;
    };
    let part = |name: Name| prefs.query_selector(name.selector).ok().flatten();
    let (Some(smaller), Some(larger), Some(theme_button)) =
        (part(TEXT_SMALLER), part(TEXT_LARGER), part(THEME))
    else {
        return;
    };
    let size = browser::load(TEXT_SIZE_KEY)
        .and_then(|s| s.parse::<i8>().ok())
        .unwrap_or(0)
        .clamp(SMALLEST, LARGEST);
    let size = Rc::new(Cell::new(size));
    let theme = Rc::new(Cell::new(Theme::from_stored(
        &browser::load(THEME_KEY).unwrap_or_default(),
    )));
    let show = move |size: i8, theme: Theme| {
        browser::set_flag(&smaller, "disabled", size <= SMALLEST);
        browser::set_flag(&larger, "disabled", size >= LARGEST);
        theme_button.set_text_content(Some(&format!("配色：{}", theme.label())));
    };
    show(size.get(), theme.get());
    gloo::events::EventListener::new(&prefs, "click", move |event| {
        let clicked = |name: Name| browser::closest(event, name.selector).is_some();
        let step = if clicked(TEXT_SMALLER) {
            -1
        } else if clicked(TEXT_LARGER) {
            1
        } else if clicked(THEME) {
            let next = theme.get().next();
            theme.set(next);
            let stored = next.stored();
            browser::set_root_attribute(DATA_THEME.name, (!stored.is_empty()).then_some(stored));
            browser::save(THEME_KEY, stored);
            show(size.get(), next);
            return;
        } else if clicked(OPEN_REPORT) {
            return to_later(ToLater::OpenSheet);
        } else {
            return;
        };
        let next = (size.get() + step).clamp(SMALLEST, LARGEST);
        size.set(next);
        browser::set_root_attribute(
            DATA_TEXT_SIZE.name,
            (next != 0).then(|| next.to_string()).as_deref(),
        );
        browser::save(TEXT_SIZE_KEY, &next.to_string());
        show(next, theme.get());
    })
    .forget();
}
