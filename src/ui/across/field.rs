//! The search takes the library page's field over: the query the field
//! already holds (typed before this code arrived, or from the address) is
//! answered at once, then each new one, never mid-composition; the order
//! buttons and "more" repaint what is found.

use super::paint::{paint, sort_name, sort_of};
use super::run::{fill_snippets, run_query};
use super::state::{Page, Search, PAGE};
use crate::library::results::Order;
use crate::ui::browser;
use crate::ui::markup::{
    DATA_SEARCH_INDEX, DATA_SORT, DATA_STARTED, LIBRARY_MORE, LIBRARY_RESULTS, LIBRARY_SEARCH,
    LIBRARY_SEARCH_INPUT, LIBRARY_SORT, LIBRARY_STATUS, LIBRARY_TREND, LIBRARY_TREND_VIEW,
};
use gloo::events::EventListener;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

/// The order of the results in the address (`&sort=year`).
const SORT_PARAMETER: &str = "sort";
/// The counts by year and place shown (`&trend=1`).
const TREND_PARAMETER: &str = "trend";

pub fn start() {
    let Some((base, page)) = find_page() else {
        return;
    };
    let order = browser::parameter(SORT_PARAMETER)
        .map(|name| sort_of(&name))
        .unwrap_or_default();
    let search = Rc::new(Search::new(base, page, order));
    search
        .trend
        .set(browser::parameter(TREND_PARAMETER).is_some_and(|on| on == "1"));
    listen_to_field(search.clone());
    listen_to_buttons(search.clone());
    // For tests: the field is the search's now.
    if let Some(form) = browser::element(LIBRARY_SEARCH.name) {
        browser::set_flag(&form, DATA_STARTED.name, true);
    }
    let query = search.page.input.value();
    run_query(search, query);
}

/// The index's folder and the elements, if this is a library's page.
fn find_page() -> Option<(String, Page)> {
    let form = browser::element(LIBRARY_SEARCH.name)?;
    let base = form.get_attribute(DATA_SEARCH_INDEX.name)?;
    let input = browser::element(LIBRARY_SEARCH_INPUT.name)?
        .dyn_into::<HtmlInputElement>()
        .ok()?;
    let page = Page {
        main: form.parent_element()?,
        input,
        status: browser::element(LIBRARY_STATUS.name)?.into(),
        sort: browser::element(LIBRARY_SORT.name)?.into(),
        results: browser::element(LIBRARY_RESULTS.name)?.into(),
        more: browser::element(LIBRARY_MORE.name)?.into(),
        trend_switch: browser::element(LIBRARY_TREND.name)?.into(),
        trend_view: browser::element(LIBRARY_TREND_VIEW.name)?.into(),
    };
    Some((base, page))
}

/// Each query as the reader commits it: typed, pasted or cleared, or
/// composed with an input method (answered once composed).
fn listen_to_field(search: Rc<Search>) {
    let input = search.page.input.clone();
    let composing = Rc::new(Cell::new(false));
    let typed = {
        let (search, composing, field) = (search.clone(), composing.clone(), input.clone());
        EventListener::new(&input, "input", move |event| {
            let mid_composition = event
                .dyn_ref::<web_sys::InputEvent>()
                .is_some_and(|e| e.is_composing());
            if !mid_composition && !composing.get() {
                run_query(search.clone(), field.value());
            }
        })
    };
    let started = {
        let composing = composing.clone();
        EventListener::new(&input, "compositionstart", move |_| composing.set(true))
    };
    let field = input.clone();
    let composed = EventListener::new(&input, "compositionend", move |_| {
        composing.set(false);
        run_query(search.clone(), field.value());
    });
    for listener in [typed, started, composed] {
        listener.forget();
    }
}

/// The order buttons, and "more".
fn listen_to_buttons(search: Rc<Search>) {
    let sorting = search.clone();
    EventListener::new(&search.page.sort, "click", move |event| {
        let Some(button) = browser::closest(event, DATA_SORT.selector) else {
            return;
        };
        let order = sort_of(&button.get_attribute(DATA_SORT.name).unwrap_or_default());
        sorting.current.borrow_mut().order = order;
        // The first order goes without saying.
        let named = if order == Order::default() {
            ""
        } else {
            sort_name(order)
        };
        browser::replace_parameter(SORT_PARAMETER, named);
        show_more(sorting.clone(), 0);
    })
    .forget();
    let more = search.clone();
    EventListener::new(&search.page.more, "click", move |_| {
        show_more(more.clone(), PAGE)
    })
    .forget();
    let trend = search.clone();
    EventListener::new(&search.page.trend_switch, "click", move |_| {
        let on = !trend.trend.get();
        trend.trend.set(on);
        browser::replace_parameter(TREND_PARAMETER, if on { "1" } else { "" });
        paint(&trend);
    })
    .forget();
}

/// Shows `more` results than now, with their snippets.
fn show_more(search: Rc<Search>, more: usize) {
    search.current.borrow_mut().shown += more;
    paint(&search);
    let generation = search.generation();
    wasm_bindgen_futures::spawn_local(fill_snippets(search, generation));
}
