//! If the app ever panics, the reader sees it said, with a way to reload,
//! instead of a page that silently stops answering.

use wasm_bindgen::JsCast;

/// Installs the panic hook: a message at the bottom of the page.
pub fn show_panics() {
    std::panic::set_hook(Box::new(|info| {
        let detail = info.to_string();
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let Some(body) = document.body() else {
            return;
        };
        let Ok(message) = document.create_element("div") else {
            return;
        };
        message.set_class_name("crashed");
        let _ = message.set_attribute("role", "alert");
        let text = document.create_element("p").ok();
        let link = document
            .create_element("a")
            .ok()
            .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok());
        if let (Some(text), Some(link)) = (text, link) {
            text.set_text_content(Some(
                "出错了，页面的部分功能停止响应。报告正文仍可阅读。Something went wrong. ",
            ));
            link.set_href("");
            link.set_text_content(Some("重新加载 Reload"));
            let _ = text.append_child(&link);
            let _ = message.append_child(&text);
        }
        message.set_attribute("title", &detail).ok();
        let _ = body.append_child(&message);
        web_sys::console::error_1(&detail.into());
    }));
}
