//! The app comes in two halves, each its own WebAssembly module: the first
//! view (`first`: collapsing, search, the table of contents) and what is
//! fetched after it (`later`: figures explained, the figures panel and its
//! charts, opening another report and drawing it), so that a phone
//! downloads only the first before the report works. The halves talk by
//! events on the window, each a message as text: `ToLater` one way,
//! `ToFirst` the other.
//!
//! The first half asks for the later one with `baogao:load` (the start
//! script fetches it, once); until the later half says it is ready, what
//! the first half sends waits in a queue.

use super::markup::{LOAD_EVENT, READY_EVENT, TO_FIRST_EVENT, TO_LATER_EVENT};
use gloo::events::EventListener;
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};

/// What the first half asks of the later one.
#[derive(Clone, Debug, PartialEq)]
pub enum ToLater {
    /// Open the figures panel.
    OpenPanel,
    /// Open the sheet for opening another report.
    OpenSheet,
    /// Figure number N was tapped before the later half was there to
    /// explain it.
    Explain(usize),
}

/// What the later half tells the first.
#[derive(Clone, Debug, PartialEq)]
pub enum ToFirst {
    /// Another report (or the built one again) is drawn on the page, to be
    /// read back from it.
    Opened,
    /// Go to figure number N in the text.
    GoToFigure(usize),
    /// Tell the reader this (the message line).
    Say(String),
}

/// A message as the text an event carries.
trait Message: Sized {
    /// The event that carries it.
    const EVENT: &'static str;
    fn encode(&self) -> String;
    fn decode(encoded: &str) -> Option<Self>;
}

impl Message for ToLater {
    const EVENT: &'static str = TO_LATER_EVENT;

    fn encode(&self) -> String {
        match self {
            ToLater::OpenPanel => "panel".to_owned(),
            ToLater::OpenSheet => "sheet".to_owned(),
            ToLater::Explain(index) => format!("explain:{index}"),
        }
    }

    fn decode(encoded: &str) -> Option<ToLater> {
        let (name, rest) = encoded.split_once(':').unwrap_or((encoded, ""));
        Some(match name {
            "panel" => ToLater::OpenPanel,
            "sheet" => ToLater::OpenSheet,
            "explain" => ToLater::Explain(rest.parse().ok()?),
            _ => return None,
        })
    }
}

impl Message for ToFirst {
    const EVENT: &'static str = TO_FIRST_EVENT;

    fn encode(&self) -> String {
        match self {
            ToFirst::Opened => "opened".to_owned(),
            ToFirst::GoToFigure(index) => format!("figure:{index}"),
            ToFirst::Say(words) => format!("say:{words}"),
        }
    }

    fn decode(encoded: &str) -> Option<ToFirst> {
        let (name, rest) = encoded.split_once(':').unwrap_or((encoded, ""));
        Some(match name {
            "opened" => ToFirst::Opened,
            "figure" => ToFirst::GoToFigure(rest.parse().ok()?),
            "say" => ToFirst::Say(rest.to_owned()),
            _ => return None,
        })
    }
}

fn dispatch(event: &str, detail: Option<&str>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let init = web_sys::CustomEventInit::new();
    if let Some(detail) = detail {
        init.set_detail(&JsValue::from_str(detail));
    }
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(event, &init) {
        let _ = window.dispatch_event(&event);
    }
}

fn send<M: Message>(message: &M) {
    dispatch(M::EVENT, Some(&message.encode()));
}

fn listen<M: Message + 'static>(handle: impl Fn(M) + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    EventListener::new(&window, M::EVENT, move |event| {
        let message = event
            .dyn_ref::<web_sys::CustomEvent>()
            .and_then(|event| event.detail().as_string())
            .and_then(|detail| M::decode(&detail));
        if let Some(message) = message {
            handle(message);
        }
    })
    .forget();
}

/// The first half's side: whether the later half is ready, and what waits
/// for it.
#[derive(Default)]
struct Waiting {
    ready: bool,
    asked: bool,
    queue: Vec<ToLater>,
}

thread_local! {
    static WAITING: RefCell<Waiting> = RefCell::default();
}

/// In the first half: whether the later half is there and listening.
pub fn is_later_ready() -> bool {
    WAITING.with_borrow(|waiting| waiting.ready)
}

/// In the first half: has the later half fetched (if it is not yet), once;
/// what waits for it is sent when it says it is ready.
pub fn load_later() {
    let ask = WAITING.with_borrow_mut(|waiting| !std::mem::replace(&mut waiting.asked, true));
    if !ask {
        return;
    }
    if let Some(window) = web_sys::window() {
        EventListener::once(&window, READY_EVENT, |_| {
            let waiting = WAITING.with_borrow_mut(|waiting| {
                waiting.ready = true;
                std::mem::take(&mut waiting.queue)
            });
            for message in &waiting {
                send(message);
            }
        })
        .forget();
    }
    dispatch(LOAD_EVENT, None);
}

/// In the first half: sends a message to the later half, now if it is
/// ready, else once it is (and has it fetched).
pub fn to_later(message: ToLater) {
    if is_later_ready() {
        send(&message);
    } else {
        WAITING.with_borrow_mut(|waiting| waiting.queue.push(message));
        load_later();
    }
}

/// In the first half: handles what the later half tells it.
pub fn from_later(handle: impl Fn(ToFirst) + 'static) {
    listen(handle);
}

/// In the later half: handles what the first half asks, and says it is
/// ready for it.
pub fn from_first(handle: impl Fn(ToLater) + 'static) {
    listen(handle);
    dispatch(READY_EVENT, None);
}

/// In the later half: tells the first half something.
pub fn to_first(message: ToFirst) {
    send(&message);
}

#[cfg(test)]
mod tests {
    use super::{Message, ToFirst, ToLater};

    #[test]
    fn messages_survive_their_encoding() {
        for message in [ToLater::OpenPanel, ToLater::OpenSheet, ToLater::Explain(3)] {
            assert_eq!(ToLater::decode(&message.encode()), Some(message));
        }
        for message in [
            ToFirst::Opened,
            ToFirst::GoToFigure(12),
            ToFirst::Say("已导出 CSV".to_owned()),
            ToFirst::Say("已打开“一、工作回顾\n增长5%：好”".to_owned()),
        ] {
            assert_eq!(ToFirst::decode(&message.encode()), Some(message));
        }
        assert_eq!(ToFirst::decode("figure:x"), None);
        assert_eq!(ToFirst::decode("unknown"), None);
        // Each direction knows only its own messages.
        assert_eq!(ToFirst::decode(&ToLater::OpenPanel.encode()), None);
        assert_eq!(ToLater::decode(&ToFirst::Opened.encode()), None);
    }
}
