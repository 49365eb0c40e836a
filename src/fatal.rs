//! The last line of defence: a message outside the yew tree.
//!
//! A wasm panic aborts the whole module, so nothing rendered by yew can report it. The panic
//! hook writes into `#fatal`, a static node of every page (`site.rs`) that the app never manages.

#[cfg(target_arch = "wasm32")]
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show(&info.to_string());
    }));
}

/// Reveals the static error box with `detail` (as text, never as markup).
#[cfg(target_arch = "wasm32")]
pub fn show(detail: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(el) = doc.get_element_by_id("fatal") else { return };
    let _ = el.remove_attribute("hidden");
    if let Ok(Some(d)) = el.query_selector("[data-detail]") {
        d.set_text_content(Some(detail));
    }
}
