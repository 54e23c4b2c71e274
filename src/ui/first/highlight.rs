//! Search matches marked in the page. The paragraphs are drawn once; a new
//! query wraps its matches in `<mark data-match>` elements, in the blocks
//! whose matches changed only, and unwraps the old ones: no paragraph is
//! redrawn. The blocks on screen (and around the current match) are marked
//! before the next paint, the rest a few at a time after it, so typing
//! stays fast on a long report.

use super::on_page::PageReport;
use super::state::State;
use crate::report::order::sort_by_key;
use crate::report::search::Matches;
use crate::ui::markup::{match_selector, DATA_MATCH, REPORT, TEXT};
use gloo::timers::callback::Timeout;
use leptos::prelude::*;
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Node, Text};

/// How many matches are drawn in the text: a one-character query may match
/// thousands of times; all are counted, these many are drawn.
const MAX_DRAWN: usize = 500;
/// Blocks marked after the first paint, per task.
const BLOCKS_PER_TASK: usize = 40;
/// Blocks either side of the current match's block marked at once.
const AROUND_CURRENT: usize = 6;

/// The marks of one block.
#[derive(Clone, Default, PartialEq)]
struct Shown {
    /// The number of its first hit among all the hits.
    first: usize,
    /// The hits' byte ranges in its text.
    ranges: Vec<Range<usize>>,
}

struct Marker {
    elements: Vec<Option<Element>>,
    /// Blocks on screen or within a screen of it, kept by an observer so
    /// that finding them never forces a layout.
    near: Rc<RefCell<HashSet<usize>>>,
    _observer: Option<web_sys::IntersectionObserver>,
    /// What each block's marks show now.
    shown: HashMap<usize, Shown>,
    /// Blocks still to redo, most urgent first.
    queue: Vec<usize>,
    /// The task that marks the next blocks.
    task: Option<Timeout>,
}

/// Keeps the marks in step with the matches and the current match.
pub fn keep_matches_marked(state: State) {
    let marker: Rc<RefCell<Option<Marker>>> = Rc::new(RefCell::new(None));
    let queued = marker.clone();
    Effect::new(move |shown_for: Option<u32>| {
        state.matches.track();
        let reading = state.on_page().reading;
        let Some(dom) = web_sys::window().and_then(|w| w.document()) else {
            return reading;
        };
        // Another report: its blocks are other elements, unmarked.
        if shown_for.is_some_and(|shown| shown != reading) {
            if let Some(marker) = queued.borrow_mut().take() {
                if let Some(observer) = &marker._observer {
                    observer.disconnect();
                }
            }
        }
        // Nothing marked and nothing to mark (the start, without `?q=`):
        // the observer of every block waits for the first search.
        let idle = queued.borrow().is_none() && state.matches.with_untracked(Matches::is_empty);
        if !idle {
            let mut marker = queued.borrow_mut();
            let marker = marker.get_or_insert_with(|| {
                let elements = block_elements();
                let near = Rc::new(RefCell::new(HashSet::new()));
                let observer = observe(&elements, near.clone());
                Marker {
                    elements,
                    near,
                    _observer: observer,
                    shown: HashMap::new(),
                    queue: Vec::new(),
                    task: None,
                }
            });
            state
                .matches
                .with_untracked(|matches| plan(marker, matches, state));
            let now: Vec<usize> = std::mem::take(&mut marker.queue);
            let centre = current_block(state);
            let near = marker.near.borrow().clone();
            let (urgent, later): (Vec<usize>, Vec<usize>) = now.into_iter().partition(|block| {
                centre.is_some_and(|centre| centre.abs_diff(*block) <= AROUND_CURRENT)
                    || near.contains(block)
            });
            let on_page = state.on_page();
            state.matches.with_untracked(|matches| {
                for block in urgent {
                    redo(marker, &dom, &on_page, matches, block);
                }
            });
            marker.queue = later;
        }
        mark_current(state, &dom);
        schedule(queued.clone(), state);
        reading
    });
    Effect::new(move |_| {
        state.current.track();
        if let Some(dom) = web_sys::window().and_then(|w| w.document()) {
            mark_current(state, &dom);
        }
    });
}

/// Queues the blocks whose marks differ from the matches, nearest the
/// current match first.
fn plan(marker: &mut Marker, matches: &Matches, state: State) {
    let mut blocks: Vec<usize> = marker
        .shown
        .keys()
        .copied()
        .chain(matches.blocks.iter().copied())
        .collect();
    sort_by_key(&mut blocks, |&block| block as u64);
    blocks.dedup();
    blocks.retain(|&block| {
        marker.shown.get(&block).cloned().unwrap_or_default() != wanted(matches, block)
    });
    let centre = current_block(state).unwrap_or(0);
    sort_by_key(&mut blocks, |&block| block.abs_diff(centre) as u64);
    marker.queue = blocks;
}

/// The marks a block should show.
fn wanted(matches: &Matches, block: usize) -> Shown {
    let (first, hits) = matches.in_block(block);
    let drawn = hits.len().min(MAX_DRAWN.saturating_sub(first));
    Shown {
        first: first.min(MAX_DRAWN),
        ranges: hits[..drawn].iter().map(|h| h.range.clone()).collect(),
    }
}

fn current_block(state: State) -> Option<usize> {
    let current = state.current.get_untracked()?;
    state
        .matches
        .with_untracked(|matches| matches.hits.get(current).map(|hit| hit.block))
}

/// Keeps `near` the set of blocks on screen or within a screen of it.
fn observe(
    elements: &[Option<Element>],
    near: Rc<RefCell<HashSet<usize>>>,
) -> Option<web_sys::IntersectionObserver> {
    // Each element's position among the blocks, for the observer's entries.
    let positions = web_sys::js_sys::Map::new();
    for (position, element) in elements.iter().enumerate() {
        if let Some(element) = element {
            positions.set(element, &(position as f64).into());
        }
    }
    let callback = wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::js_sys::Array)>::new(
        move |entries: web_sys::js_sys::Array| {
            let mut near = near.borrow_mut();
            for entry in entries.iter() {
                let Ok(entry) = entry.dyn_into::<web_sys::IntersectionObserverEntry>() else {
                    continue;
                };
                let Some(block) = positions.get(&entry.target()).as_f64() else {
                    continue;
                };
                let block = block as usize;
                if entry.is_intersecting() {
                    near.insert(block);
                } else {
                    near.remove(&block);
                }
            }
        },
    );
    let options = web_sys::IntersectionObserverInit::new();
    options.set_root_margin("100% 0px");
    let observer = web_sys::IntersectionObserver::new_with_options(
        callback.as_ref().unchecked_ref(),
        &options,
    )
    .ok()?;
    // The page lives as long as the app: the callback with it.
    callback.forget();
    for element in elements.iter().flatten() {
        observer.observe(element);
    }
    Some(observer)
}

/// Marks the queued blocks a few at a time, one task after another, from
/// after the next paint (so that the blocks on screen show first) until
/// the queue is empty; a new query replaces the queue.
fn schedule(marker: Rc<RefCell<Option<Marker>>>, state: State) {
    request_animation_frame(move || {
        let pending = marker.clone();
        let task = Timeout::new(0, move || mark_some(pending, state));
        if let Some(marker) = marker.borrow_mut().as_mut() {
            // Replacing the task cancels the one pending.
            marker.task = Some(task);
        }
    });
}

fn mark_some(marker: Rc<RefCell<Option<Marker>>>, state: State) {
    let Some(dom) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let more = {
        let mut marker = marker.borrow_mut();
        let Some(marker) = marker.as_mut() else {
            return;
        };
        let on_page = state.on_page();
        let batch: Vec<usize> = marker
            .queue
            .drain(..marker.queue.len().min(BLOCKS_PER_TASK))
            .collect();
        state.matches.with_untracked(|matches| {
            for block in batch {
                redo(marker, &dom, &on_page, matches, block);
            }
        });
        !marker.queue.is_empty()
    };
    mark_current(state, &dom);
    if more {
        schedule(marker, state);
    }
}

/// Unmarks a block and marks it again for the current matches.
fn redo(
    marker: &mut Marker,
    dom: &Document,
    on_page: &PageReport,
    matches: &Matches,
    block: usize,
) {
    let wanted = wanted(matches, block);
    let text = on_page.search.text(block);
    let (Some(Some(element)), Some(text)) = (marker.elements.get(block), text) else {
        return;
    };
    unmark(element);
    let hits: Vec<(usize, Range<u32>)> = wanted
        .ranges
        .iter()
        .enumerate()
        .map(|(k, range)| (wanted.first + k, utf16_range(text, range.clone())))
        .collect();
    mark(dom, element, &hits);
    if wanted.ranges.is_empty() {
        marker.shown.remove(&block);
    } else {
        marker.shown.insert(block, wanted);
    }
}

/// Emphasises the current match: one class moved from mark to mark.
fn mark_current(state: State, dom: &Document) {
    let current = state.current.get_untracked();
    if let Ok(Some(previous)) = dom.query_selector("mark.hit.current") {
        let _ = previous.class_list().remove_1("current");
        let _ = previous.remove_attribute("aria-current");
    }
    let selector = current.map(|index| format!("mark{}", match_selector(index)));
    if let Some(Ok(Some(hit))) = selector.map(|s| dom.query_selector(&s)) {
        let _ = hit.class_list().add_1("current");
        let _ = hit.set_attribute("aria-current", "true");
    }
}

/// The text element of every block, by its position among the blocks (the
/// order of the page, which is the model's).
fn block_elements() -> Vec<Option<Element>> {
    let Some(report) = crate::ui::browser::element(REPORT.name) else {
        return Vec::new();
    };
    crate::ui::browser::elements_in(&report, TEXT.selector)
        .into_iter()
        .map(Some)
        .collect()
}

/// Unwraps the marks inside an element, merging its text back together.
fn unmark(container: &Element) {
    let Ok(marks) = container.query_selector_all("mark.hit") else {
        return;
    };
    for i in 0..marks.length() {
        let Some(mark) = marks.item(i) else { continue };
        let Some(parent) = mark.parent_node() else {
            continue;
        };
        while let Some(child) = mark.first_child() {
            let _ = parent.insert_before(&child, Some(&mark));
        }
        let _ = parent.remove_child(&mark);
    }
    container.normalize();
}

/// The text nodes under a node, in order.
fn text_nodes(node: &Node, out: &mut Vec<Text>) {
    let mut child = node.first_child();
    while let Some(current) = child {
        match current.dyn_ref::<Text>() {
            Some(text) => out.push(text.clone()),
            None => text_nodes(&current, out),
        }
        child = current.next_sibling();
    }
}

/// A byte range of a block's text in UTF-16 units, as the DOM counts.
fn utf16_range(text: &str, range: Range<usize>) -> Range<u32> {
    let units = |s: &str| s.encode_utf16().count() as u32;
    let start = units(&text[..range.start]);
    start..start + units(&text[range])
}

/// Wraps each hit (UTF-16 ranges of the block's text) in `<mark>`,
/// splitting text nodes where a hit starts or ends; a hit across elements
/// (a figure) becomes one mark per text node, all with its number. Text
/// node lengths come from the DOM, so no text crosses into Rust.
fn mark(dom: &Document, container: &Element, hits: &[(usize, Range<u32>)]) {
    if hits.is_empty() {
        return;
    }
    let mut nodes = Vec::new();
    text_nodes(container, &mut nodes);
    let mut start = 0;
    for node in nodes {
        let end = start + node.length();
        // Right to left, so that splitting keeps the earlier offsets valid.
        for (index, hit) in hits.iter().rev() {
            let from = hit.start.max(start);
            let to = hit.end.min(end);
            if from < to {
                wrap(dom, &node, from - start, to - from, *index);
            }
        }
        start = end;
    }
}

fn wrap(dom: &Document, node: &Text, at: u32, length: u32, index: usize) {
    let Ok(middle) = node.split_text(at) else {
        return;
    };
    let _ = middle.split_text(length);
    let (Some(parent), Ok(mark)) = (middle.parent_node(), dom.create_element("mark")) else {
        return;
    };
    mark.set_class_name("hit");
    let _ = mark.set_attribute(DATA_MATCH.name, &index.to_string());
    let _ = parent.insert_before(&mark, Some(&middle));
    let _ = mark.append_child(&middle);
}
