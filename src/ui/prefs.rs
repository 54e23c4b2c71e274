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

#[component]
pub fn ReadingPrefs() -> impl IntoView {
    let size = RwSignal::new(0_i8);
    let theme = RwSignal::new(Theme::System);
    // What `prefs.js` already applied, read once the app runs in a browser.
    Effect::new(move |_| {
        if let Some(saved) = browser::load(SIZE_KEY).and_then(|s| s.parse::<i8>().ok()) {
            size.set(saved.clamp(SMALLEST, LARGEST));
        }
        theme.set(Theme::from_stored(
            &browser::load(THEME_KEY).unwrap_or_default(),
        ));
    });
    let resize = move |step: i8| {
        let next = (size.get_untracked() + step).clamp(SMALLEST, LARGEST);
        size.set(next);
        browser::set_root_attribute(
            "data-text-size",
            (next != 0).then(|| next.to_string()).as_deref(),
        );
        browser::save(SIZE_KEY, &next.to_string());
    };
    let switch = move |_| {
        let next = theme.get_untracked().next();
        theme.set(next);
        let stored = next.stored();
        browser::set_root_attribute("data-theme", (!stored.is_empty()).then_some(stored));
        browser::save(THEME_KEY, stored);
    };
    view! {
        <div class="prefs" role="group" aria-label="阅读设置">
            <button type="button" class="text-smaller" title="缩小字号" disabled={move || size.get() <= SMALLEST} on:click=move |_| resize(-1)>
                "A−"<span class="sr-only">"（缩小字号）"</span>
            </button>
            <button type="button" class="text-larger" title="放大字号" disabled={move || size.get() >= LARGEST} on:click=move |_| resize(1)>
                "A+"<span class="sr-only">"（放大字号）"</span>
            </button>
            <button type="button" class="theme" on:click=switch>
                {move || format!("配色：{}", theme.get().label())}
            </button>
            <button type="button" class="open-report" on:click=|_| to_later(Message::OpenSheet)>"打开报告…"</button>
        </div>
    }
}
