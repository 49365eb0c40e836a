//! Keeping the reader's place across a language switch.
//!
//! The two languages lay a page out to different heights, so the same scroll offset is not the
//! same place. Before the switch, the first element with a stable name (an `id`, a figure or a
//! chart) at the top of the view is remembered with its distance from the top; after it, the
//! page is scrolled so that the same element is at the same distance.

use std::cell::RefCell;
use wasm_bindgen::JsCast;

thread_local! {
    static PLACE: RefCell<Option<(String, f64)>> = const { RefCell::new(None) };
}

/// Elements named the same in both languages.
const NAMED: &str = "main [id], main [data-figure], main [data-chart]";

fn selector_of(el: &web_sys::Element) -> Option<String> {
    if let Some(f) = el.get_attribute("data-figure") {
        return Some(format!("main [data-figure=\"{f}\"]"));
    }
    if let Some(c) = el.get_attribute("data-chart") {
        return Some(format!("main [data-chart=\"{c}\"]"));
    }
    let id = el.id();
    (!id.is_empty()).then(|| format!("[id=\"{id}\"]"))
}

/// Remembers the first named element whose top is in view (below the sticky header).
pub fn remember_place() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(list) = doc.query_selector_all(NAMED) else { return };
    let found = (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
        .find_map(|el| {
            let top = el.get_bounding_client_rect().top();
            (top >= 0.0 && el.get_client_rects().length() > 0).then(|| selector_of(&el).map(|s| (s, top))).flatten()
        });
    PLACE.with(|p| *p.borrow_mut() = found);
}

/// Scrolls the remembered element back to where it was; false if nothing was remembered.
pub fn restore_place() -> bool {
    let Some((selector, top)) = PLACE.with(|p| p.borrow_mut().take()) else { return false };
    let Some(w) = web_sys::window() else { return false };
    let Some(el) = w.document().and_then(|d| d.query_selector(&selector).ok().flatten()) else { return false };
    let now = el.get_bounding_client_rect().top();
    w.scroll_by_with_x_and_y(0.0, now - top);
    true
}
