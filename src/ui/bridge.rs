//! The app comes in two halves, each its own WebAssembly module: the first
//! view (`mount`: the reader, search, the table of contents) and what is
//! fetched after it (`later`: figures explained, the figures panel and its
//! charts, opening another report and drawing it), so that a phone
//! downloads only the first before the report works. The halves talk by
//! events on the window, each a message as text.
//!
//! The first half asks for the later one with `baogao:load` (the start
//! script fetches it, once); until it says it is ready, what the first half
//! tells it waits in a queue.

use gloo::events::EventListener;
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};

/// Events from the first half to the later one, and back.
const TO_LATER: &str = "baogao:to-later";
const TO_FIRST: &str = "baogao:to-first";
/// Asks the start script to fetch the later half.
const LOAD: &str = "baogao:load";

/// A message between the halves.
#[derive(Clone, Debug, PartialEq)]
pub enum Message {
    /// First → later: open the figures panel.
    OpenPanel,
    /// First → later: open the sheet for opening another report.
    OpenSheet,
    /// First → later: back to the report the app was built with.
    BackToDefault,
    /// First → later: figure number N was tapped before the later half was
    /// there to explain it.
    Explain(usize),
    /// Later → first: another report (or the built one again) is drawn on
    /// the page, to be read back from it.
    Opened,
    /// Later → first: ready for messages.
    Ready,
    /// Later → first: go to figure number N in the text.
    GoToFigure(usize),
    /// Later → first: tell the reader this (the message line).
    Say(String),
}

impl Message {
    fn encode(&self) -> String {
        match self {
            Message::OpenPanel => "panel".to_owned(),
            Message::OpenSheet => "sheet".to_owned(),
            Message::BackToDefault => "default".to_owned(),
            Message::Explain(index) => format!("explain:{index}"),
            Message::Opened => "opened".to_owned(),
            Message::Ready => "ready".to_owned(),
            Message::GoToFigure(index) => format!("figure:{index}"),
            Message::Say(words) => format!("say:{words}"),
        }
    }

    fn decode(encoded: &str) -> Option<Message> {
        let (name, rest) = encoded.split_once(':').unwrap_or((encoded, ""));
        Some(match name {
            "panel" => Message::OpenPanel,
            "sheet" => Message::OpenSheet,
            "default" => Message::BackToDefault,
            "explain" => Message::Explain(rest.parse().ok()?),
            "opened" => Message::Opened,
            "ready" => Message::Ready,
            "figure" => Message::GoToFigure(rest.parse().ok()?),
            "say" => Message::Say(rest.to_owned()),
            _ => return None,
        })
    }
}

fn dispatch(kind: &str, detail: Option<&str>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let init = web_sys::CustomEventInit::new();
    if let Some(detail) = detail {
        init.set_detail(&JsValue::from_str(detail));
    }
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(kind, &init) {
        let _ = window.dispatch_event(&event);
    }
}

fn listen(kind: &'static str, handle: impl Fn(Message) + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    EventListener::new(&window, kind, move |event| {
        let message = event
            .dyn_ref::<web_sys::CustomEvent>()
            .and_then(|event| event.detail().as_string())
            .and_then(|detail| Message::decode(&detail));
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
    queue: Vec<Message>,
}

thread_local! {
    static WAITING: RefCell<Waiting> = RefCell::default();
}

/// Whether the later half is there and listening.
pub fn is_later_ready() -> bool {
    WAITING.with_borrow(|waiting| waiting.ready)
}

/// Has the later half fetched (if it is not yet), once; what waits for it
/// is sent when it says it is ready.
pub fn load_later() {
    let ask = WAITING.with_borrow_mut(|waiting| !std::mem::replace(&mut waiting.asked, true));
    if !ask {
        return;
    }
    listen(TO_FIRST, |message| {
        if message != Message::Ready {
            return;
        }
        let waiting = WAITING.with_borrow_mut(|waiting| {
            waiting.ready = true;
            std::mem::take(&mut waiting.queue)
        });
        for message in waiting {
            dispatch(TO_LATER, Some(&message.encode()));
        }
    });
    dispatch(LOAD, None);
}

/// From the first half: sends a message to the later half, now if it is
/// ready, else once it is (and has it fetched).
pub fn to_later(message: Message) {
    let now = WAITING.with_borrow_mut(|waiting| {
        if waiting.ready {
            return true;
        }
        waiting.queue.push(message.clone());
        false
    });
    if now {
        dispatch(TO_LATER, Some(&message.encode()));
    } else {
        load_later();
    }
}

/// In the first half: handles what the later half asks of it.
pub fn from_later(handle: impl Fn(Message) + 'static) {
    listen(TO_FIRST, handle);
}

/// In the later half: handles what the first half sends.
pub fn from_first(handle: impl Fn(Message) + 'static) {
    listen(TO_LATER, handle);
}

/// From the later half to the first.
pub fn to_first(message: Message) {
    dispatch(TO_FIRST, Some(&message.encode()));
}

#[cfg(test)]
mod tests {
    use super::Message;

    #[test]
    fn messages_survive_their_encoding() {
        for message in [
            Message::OpenPanel,
            Message::OpenSheet,
            Message::BackToDefault,
            Message::Explain(3),
            Message::Opened,
            Message::Ready,
            Message::GoToFigure(12),
            Message::Say("已导出 CSV".to_owned()),
            Message::Say("已打开“一、工作回顾\n增长5%：好”".to_owned()),
        ] {
            assert_eq!(Message::decode(&message.encode()), Some(message));
        }
        assert_eq!(Message::decode("figure:x"), None);
        assert_eq!(Message::decode("unknown"), None);
    }
}
