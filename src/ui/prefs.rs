//! Reading preferences: text size (A− / A+) and light or dark, following
//! the system until the reader chooses. Kept in storage and on <html>,
//! where `js/prefs.js` puts them back before the first paint.

use super::bridge::{to_later, Message};
use super::browser;
use leptos::prelude::*;

const SIZE_KEY: &str = "baogao:text-size";
const THEME_KEY: &str = "baogao:theme";
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
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    fn from_stored(value: &str) -> Theme {
        match value {
            "light" => Theme::Light,
            "dark" => Theme::Dark,
            _ => Theme::System,
        }
    }
}

/// The settings as at the start: the page's own defaults (`js/prefs.js`
/// applies what the reader chose before the first paint; `attach` shows it).
#[component]
pub fn ReadingPrefs() -> impl IntoView {
    view! {
        <div class="prefs" role="group" aria-label="阅读设置">
            <button type="button" class="text-smaller" title="缩小字号">
                "A−"<span class="sr-only">"（缩小字号）"</span>
            </button>
            <button type="button" class="text-larger" title="放大字号">
                "A+"<span class="sr-only">"（放大字号）"</span>
            </button>
            <button type="button" class="theme">{format!("配色：{}", Theme::System.label())}</button>
            <button type="button" class="open-report">"打开报告…"</button>
        </div>
    }
}

/// Makes the settings work, showing the size and colours the reader chose
/// before (`js/prefs.js` already applied them).
pub fn attach() {
    let Some(prefs) = browser::first(".prefs") else {
        return;
    };
    let part = |class: &str| prefs.query_selector(class).ok().flatten();
    let (Some(smaller), Some(larger), Some(theme_button)) =
        (part(".text-smaller"), part(".text-larger"), part(".theme"))
    else {
        return;
    };
    let size = browser::load(SIZE_KEY)
        .and_then(|s| s.parse::<i8>().ok())
        .unwrap_or(0)
        .clamp(SMALLEST, LARGEST);
    let size = std::rc::Rc::new(std::cell::Cell::new(size));
    let theme = std::rc::Rc::new(std::cell::Cell::new(Theme::from_stored(
        &browser::load(THEME_KEY).unwrap_or_default(),
    )));
    let show = move |size: i8, theme: Theme| {
        let disable = |button: &web_sys::Element, off: bool| {
            let _ = if off {
                button.set_attribute("disabled", "")
            } else {
                button.remove_attribute("disabled")
            };
        };
        disable(&smaller, size <= SMALLEST);
        disable(&larger, size >= LARGEST);
        theme_button.set_text_content(Some(&format!("配色：{}", theme.label())));
    };
    show(size.get(), theme.get());
    gloo::events::EventListener::new(&prefs, "click", move |event| {
        let step = match browser::clicked_button(event)
            .map(|b| b.class_name())
            .as_deref()
        {
            Some("text-smaller") => -1,
            Some("text-larger") => 1,
            Some("theme") => {
                let next = theme.get().next();
                theme.set(next);
                let stored = next.stored();
                browser::set_root_attribute("data-theme", (!stored.is_empty()).then_some(stored));
                browser::save(THEME_KEY, stored);
                show(size.get(), next);
                return;
            }
            Some("open-report") => return to_later(Message::OpenSheet),
            _ => return,
        };
        let next = (size.get() + step).clamp(SMALLEST, LARGEST);
        size.set(next);
        browser::set_root_attribute(
            "data-text-size",
            (next != 0).then(|| next.to_string()).as_deref(),
        );
        browser::save(SIZE_KEY, &next.to_string());
        show(next, theme.get());
    })
    .forget();
}
