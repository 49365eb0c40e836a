//! The DOM side of walking a drawing's tree (`model::tree_nav`), shared by the charts and the map.
//!
//! Rules:
//! - The drawing's root `<svg role="tree" tabindex="0">` keeps the focus; the current node is
//!   `aria-activedescendant` on it and carries the class `active`. Nothing else of the SVG takes
//!   focus, so a drawing is one tab stop.
//! - The focus ring of the current node is an HTML box over the drawing (`.focus-ring`), placed
//!   through the CSSOM (the CSP allows no style attribute) around the node's `bbox`, in viewBox
//!   units scaled to the SVG's box. The summary has no box: the root's own outline shows.
//! - All of this is set on the DOM after hydration and never rendered: the page the build drew
//!   and the first render in the browser stay the same.

use charts::chart::Node;
use wasm_bindgen::JsCast;

/// The drawing root inside `holder` that is shown (the page carries a phone and a desktop one).
pub fn visible_root(holder: &web_sys::Element, selector: &str) -> Option<web_sys::Element> {
    let all = holder.query_selector_all(selector).ok()?;
    (0..all.length()).filter_map(|i| all.item(i)?.dyn_into::<web_sys::Element>().ok()).find(|e| e.get_client_rects().length() > 0)
}

/// Ties every drawing root in `holder` to the (hidden) words on its keys, `aria-describedby`.
pub fn describe_roots(holder: &web_sys::Element, selector: &str, keys_id: &str) {
    if let Ok(all) = holder.query_selector_all(selector) {
        for i in 0..all.length() {
            if let Some(e) = all.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                let _ = e.set_attribute("aria-describedby", keys_id);
            }
        }
    }
}

/// Marks `node` current in the tree of `root`: `aria-activedescendant` and the class `active`.
pub fn mark_active(root: &web_sys::Element, node: &Node) {
    clear_active(root);
    let _ = root.set_attribute("aria-activedescendant", &node.id);
    if let Some(el) = element(&node.id) {
        let _ = el.class_list().add_1("active");
    }
}

/// No current node in `root`.
pub fn clear_active(root: &web_sys::Element) {
    if let Ok(list) = root.query_selector_all(".active") {
        for i in 0..list.length() {
            if let Some(e) = list.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                let _ = e.class_list().remove_1("active");
            }
        }
    }
    let _ = root.remove_attribute("aria-activedescendant");
}

pub fn element(id: &str) -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id(id)
}

/// Focuses an element of any kind (SVG elements have no `focus` in web-sys), without scrolling.
pub fn focus(el: &web_sys::Element) {
    let opts = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&opts, &"preventScroll".into(), &true.into());
    if let Ok(f) = js_sys::Reflect::get(el, &"focus".into()).and_then(|f| f.dyn_into::<js_sys::Function>()) {
        let _ = f.call1(el, &opts);
    }
}

/// Scrolls just enough to show `el`.
pub fn reveal(el: &web_sys::Element) {
    let opts = web_sys::ScrollIntoViewOptions::new();
    opts.set_block(web_sys::ScrollLogicalPosition::Nearest);
    el.scroll_into_view_with_scroll_into_view_options(&opts);
}

/// Places `ring` (absolutely positioned inside `holder`) around `bbox` of the drawing `svg`, or
/// hides it when there is no box.
pub fn place_ring(ring: &web_sys::HtmlElement, holder: &web_sys::Element, svg: &web_sys::Element, bbox: Option<(f64, f64, f64, f64)>) {
    let Some((x, y, w, h)) = bbox else {
        ring.set_hidden(true);
        return;
    };
    let vb: Vec<f64> = svg.get_attribute("viewBox").unwrap_or_default().split_whitespace().filter_map(|v| v.parse().ok()).collect();
    let (Some(&vw), Some(&vh)) = (vb.get(2), vb.get(3)) else { return };
    let (s, o) = (svg.get_bounding_client_rect(), holder.get_bounding_client_rect());
    if s.width() == 0.0 || vw == 0.0 || vh == 0.0 {
        return;
    }
    let (kx, ky) = (s.width() / vw, s.height() / vh);
    // Outside the mark by a few px, so the ring lies on the card, not on the mark's colour.
    const GAP: f64 = 4.0;
    let st = ring.style();
    let _ = st.set_property("left", &format!("{:.1}px", s.left() - o.left() + (x - vb[0]) * kx - GAP));
    let _ = st.set_property("top", &format!("{:.1}px", s.top() - o.top() + (y - vb[1]) * ky - GAP));
    let _ = st.set_property("width", &format!("{:.1}px", w * kx + 2.0 * GAP));
    let _ = st.set_property("height", &format!("{:.1}px", h * ky + 2.0 * GAP));
    ring.set_hidden(false);
}

const FOCUSABLE: &str = "a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select, textarea, summary, [tabindex]";

/// Moves the focus to the first focusable element after `el` (outside it) in the page's order:
/// where Escape at a drawing's summary leaves it. Blurs the drawing if there is none.
pub fn focus_after(el: &web_sys::Element, drawing: &web_sys::Element) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(list) = doc.query_selector_all(FOCUSABLE) else { return };
    let next = (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok()).find(|c| {
        let after = el.compare_document_position(c) & web_sys::Node::DOCUMENT_POSITION_FOLLOWING != 0;
        let inside = el.contains(Some(c));
        let tab = c.get_attribute("tabindex").and_then(|t| t.parse::<i32>().ok()).unwrap_or(0);
        after && !inside && tab >= 0 && c.get_client_rects().length() > 0 && c.closest("details:not([open]) > :not(summary)").ok().flatten().is_none()
    });
    match next {
        Some(n) => focus(&n),
        None => {
            if let Ok(f) = js_sys::Reflect::get(drawing, &"blur".into()).and_then(|f| f.dyn_into::<js_sys::Function>()) {
                let _ = f.call0(drawing);
            }
        }
    }
}
