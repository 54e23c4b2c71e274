//! What the search keeps: the index's pieces fetched so far, the list of
//! reports, the page's elements it paints into, and the query being
//! answered with what is found of it so far.

use super::pieces::{Failure, Pieces};
use crate::library::index::Listing;
use crate::library::results::{Hit, Order, Results};
use crate::library::Snippet;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;
use web_sys::{Element, HtmlInputElement};

/// Results shown at first, and added by each "more".
pub const PAGE: usize = 10;

pub struct Search {
    pub pieces: Pieces,
    pub listing: RefCell<Option<Rc<Listing>>>,
    pub page: Page,
    pub current: RefCell<Current>,
    /// Counts the queries: an older one's answer stops when it sees it.
    generation: Cell<u32>,
    /// The counts by year and place are shown (`&trend=1`).
    pub trend: Cell<bool>,
}

/// The library page's elements the search works.
pub struct Page {
    pub input: HtmlInputElement,
    /// `<main>`: searching or browsing the shelf.
    pub main: Element,
    pub status: Element,
    pub sort: Element,
    pub results: Element,
    pub more: Element,
    pub trend_switch: Element,
    pub trend_view: Element,
}

/// The query being answered.
#[derive(Default)]
pub struct Current {
    pub query: String,
    pub results: Results,
    /// Every group counted.
    pub done: bool,
    /// Why the index could not be read: nothing is counted then.
    pub failed: Option<Failure>,
    pub order: Order,
    pub shown: usize,
    /// By report (its place in the list).
    pub snippets: HashMap<usize, Snippet>,
}

impl Search {
    pub fn new(base: String, page: Page, order: Order) -> Search {
        Search {
            pieces: Pieces::new(base),
            listing: RefCell::new(None),
            page,
            current: RefCell::new(Current {
                order,
                ..Current::default()
            }),
            generation: Cell::new(0),
            trend: Cell::new(false),
        }
    }

    /// A new query: what was found of the last one is forgotten (but the
    /// order asked for).
    pub fn begin(&self, query: &str) -> u32 {
        let generation = self.generation.get() + 1;
        self.generation.set(generation);
        let order = self.order();
        *self.current.borrow_mut() = Current {
            query: query.to_owned(),
            order,
            shown: PAGE,
            ..Current::default()
        };
        generation
    }

    pub fn is_current(&self, generation: u32) -> bool {
        self.generation.get() == generation
    }

    pub fn generation(&self) -> u32 {
        self.generation.get()
    }

    pub fn order(&self) -> Order {
        self.current.borrow().order
    }

    /// The results in the order asked for.
    pub fn ordered(&self) -> Vec<Hit> {
        let listing = self.listing.borrow().clone().unwrap_or_default();
        let current = self.current.borrow();
        current.results.ordered(self.order(), &listing.reports)
    }

    /// The results on screen.
    pub fn shown_hits(&self) -> Vec<Hit> {
        let shown = self.current.borrow().shown;
        self.ordered().into_iter().take(shown).collect()
    }
}
