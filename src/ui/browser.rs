//! The few browser calls the reader makes, each failing quietly: storage may
//! be disabled, the clipboard refused. Only effects and event handlers call
//! these, so components can also render outside a browser.

use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, Storage};

fn local_storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn load(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

/// Saves a value; returns false when storage is unavailable or full.
pub fn save(key: &str, value: &str) -> bool {
    local_storage().is_some_and(|storage| storage.set_item(key, value).is_ok())
}

/// Forgets a value kept in storage.
pub fn remove(key: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(key);
    }
}

/// Decodes GB18030 (and so GBK and GB2312) with the browser's own decoder.
pub fn decode_gb18030(bytes: &[u8]) -> Option<String> {
    let decoder = web_sys::TextDecoder::new_with_label("gb18030").ok()?;
    decoder.decode_with_u8_array(bytes).ok()
}

pub fn scroll_to_top() {
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// The fragment of the address, without `#`, percent-decoded.
pub fn hash() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let id = hash.strip_prefix('#')?;
    let decoded = js_sys_decode(id).unwrap_or_else(|| id.to_owned());
    (!decoded.is_empty()).then_some(decoded)
}

fn js_sys_decode(text: &str) -> Option<String> {
    let decoded = web_sys::js_sys::decode_uri_component(text).ok()?;
    decoded.as_string()
}

/// Puts `#id` in the address without scrolling or adding a history entry.
pub fn replace_hash(id: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("#{id}")),
        );
    }
}

/// Adds `#id` to the history, as following a link would, without scrolling.
pub fn push_hash(id: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ =
            history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("#{id}")));
    }
}

/// The address of the page with `#id`.
pub fn link_to(id: &str) -> Option<String> {
    let location = web_sys::window()?.location();
    let href = location.href().ok()?;
    let base = href.split('#').next().unwrap_or(&href);
    Some(format!("{base}#{id}"))
}

/// The elements under `root` that match a CSS selector, in document order.
pub fn elements_in(root: &web_sys::Element, selector: &str) -> Vec<web_sys::Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
        .collect()
}

/// Sets several attributes of an element.
pub fn set_attributes(element: &web_sys::Element, attributes: &[(&str, &str)]) {
    for (name, value) in attributes {
        let _ = element.set_attribute(name, value);
    }
}

/// The element an event happened in, or the nearest enclosing one, that
/// matches `selector`.
pub fn closest(event: &web_sys::Event, selector: &str) -> Option<web_sys::Element> {
    event
        .target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest(selector)
        .ok()?
}

/// Sets or removes a boolean attribute (`hidden`, `disabled`).
pub fn set_flag(element: &web_sys::Element, name: &str, on: bool) {
    let _ = if on {
        element.set_attribute(name, "")
    } else {
        element.remove_attribute(name)
    };
}

/// An ARIA state that is true or false, as the attribute says it.
pub fn aria(on: bool) -> &'static str {
    if on {
        "true"
    } else {
        "false"
    }
}

/// Sets an ARIA state that is true or false (`aria-expanded`).
pub fn set_aria(element: &web_sys::Element, name: &str, on: bool) {
    let _ = element.set_attribute(name, aria(on));
}

/// A new element at the end of the element with id `parent`.
pub fn add_to(parent: &str, tag: &str) -> Option<web_sys::Element> {
    let parent = element(parent)?;
    let added = parent.owner_document()?.create_element(tag).ok()?;
    parent.append_child(&added).ok()?;
    Some(added)
}

/// The first element in the page matching `selector`.
pub fn first(selector: &str) -> Option<web_sys::Element> {
    web_sys::window()?
        .document()?
        .query_selector(selector)
        .ok()?
}

pub fn element(id: &str) -> Option<HtmlElement> {
    web_sys::window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into::<HtmlElement>()
        .ok()
}

/// Scrolls the element to the top of the view (below the sticky bar, which
/// the stylesheet allows for with `scroll-margin-top`) and focuses it for
/// keyboard and screen-reader users.
pub fn scroll_to(id: &str) -> bool {
    let Some(element) = element(id) else {
        return false;
    };
    // A link to a closed <details> (the repairs list) opens it.
    if let Some(details) = element.dyn_ref::<web_sys::HtmlDetailsElement>() {
        details.set_open(true);
    }
    element.scroll_into_view();
    settle(element.clone(), |element| element.scroll_into_view());
    if !element.has_attribute("tabindex") {
        let _ = element.set_attribute("tabindex", "-1");
    }
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = element.focus_with_options(&options);
    true
}

/// Scrolls an element to the middle of the view.
pub fn scroll_to_middle(element: &HtmlElement) {
    let middle = |element: &HtmlElement| {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        element.scroll_into_view_with_scroll_into_view_options(&options);
    };
    middle(element);
    settle(element.clone(), middle);
}

/// Scrolls again once the sections around the target have been laid out:
/// sections off screen are only estimated (`content-visibility: auto`), so
/// the first scroll can land a little off.
fn settle(element: HtmlElement, scroll: impl Fn(&HtmlElement) + 'static) {
    leptos::prelude::request_animation_frame(move || {
        leptos::prelude::request_animation_frame(move || scroll(&element));
    });
}

/// Copies text to the clipboard; calls `done` with whether it worked.
pub fn copy(text: &str, done: impl FnOnce(bool) + 'static) {
    let Some(window) = web_sys::window() else {
        return done(false);
    };
    let promise = window.navigator().clipboard().write_text(text);
    leptos::task::spawn_local(async move {
        let copied = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
        done(copied);
    });
}

/// The id of the last of `ids` whose element starts above `line` px from
/// the top of the view: the part or section being read.
pub fn last_above(ids: &[String], line: f64) -> Option<String> {
    let document = web_sys::window()?.document()?;
    let mut current = None;
    for id in ids {
        let Some(element) = document.get_element_by_id(id) else {
            continue;
        };
        if element.get_bounding_client_rect().top() > line {
            break;
        }
        current = Some(id.clone());
    }
    current
}

/// An address for text as a file (`blob:`), for a link to download.
pub fn object_url(text: &str, mime: &str) -> Option<String> {
    let parts = web_sys::js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

/// Offers text as a file download; false when the browser refuses.
pub fn download(name: &str, text: &str, mime: &str) -> bool {
    let result = (|| {
        let document = web_sys::window()?.document()?;
        let url = object_url(text, mime)?;
        let link = document
            .create_element("a")
            .ok()?
            .dyn_into::<web_sys::HtmlAnchorElement>()
            .ok()?;
        link.set_href(&url);
        link.set_download(name);
        document.body()?.append_child(&link).ok()?;
        link.click();
        link.remove();
        // Let the download start before the address is released.
        gloo::timers::callback::Timeout::new(1000, move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        })
        .forget();
        Some(())
    })();
    result.is_some()
}

/// Stops the page behind a full-screen sheet from scrolling.
pub fn lock_scroll(locked: bool) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let classes = root.class_list();
        let _ = if locked {
            classes.add_1("sheet-open")
        } else {
            classes.remove_1("sheet-open")
        };
    }
}

/// The element that has the focus.
pub fn focused() -> Option<HtmlElement> {
    web_sys::window()?
        .document()?
        .active_element()?
        .dyn_into::<HtmlElement>()
        .ok()
}

/// The `q` parameter of the address, decoded; odd percent-encoding is kept
/// as written rather than refused.
pub fn query_parameter() -> Option<String> {
    parameter("q")
}

/// A parameter of the address, if it is there and not empty.
pub fn parameter(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    params.get(name).filter(|value| !value.is_empty())
}

/// Puts the query in the address as `?q=` (or takes it out), keeping the
/// path and the `#anchor`, without adding a history entry.
pub fn replace_query(query: &str) {
    replace_parameter("q", query);
}

/// Puts a parameter in the address (or, empty, takes it out), keeping the
/// others, the path and the `#anchor`, without adding a history entry.
pub fn replace_parameter(name: &str, value: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let (Ok(path), Ok(hash)) = (location.pathname(), location.hash()) else {
        return;
    };
    let params = web_sys::UrlSearchParams::new_with_str(&location.search().unwrap_or_default());
    let Ok(params) = params else {
        return;
    };
    if value.is_empty() {
        params.delete(name);
    } else {
        params.set(name, value);
    }
    let search: String = params.to_string().into();
    let url = if search.is_empty() {
        format!("{path}{hash}")
    } else {
        format!("{path}?{search}{hash}")
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// Sets (or, with `None`, removes) an attribute on <html>.
pub fn set_root_attribute(name: &str, value: Option<&str>) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = match value {
            Some(value) => root.set_attribute(name, value),
            None => root.remove_attribute(name),
        };
    }
}

/// Runs `then` whenever Esc is pressed anywhere on the page.
pub fn on_escape(then: impl Fn() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    gloo::events::EventListener::new(&window, "keydown", move |event| {
        let escape = event
            .dyn_ref::<web_sys::KeyboardEvent>()
            .is_some_and(|key| key.key() == "Escape");
        if escape {
            then();
        }
    })
    .forget();
}

/// Resolves in a task of its own, after whatever the browser has waiting
/// (input, painting).
pub async fn next_task() {
    let promise = web_sys::js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
