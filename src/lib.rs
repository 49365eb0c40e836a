//! The visual report of the 2024 Jincheng government work report, as a yew single-page app.
//!
//! Layers: [`data`] (the catalogue and text the build checked and embedded) → [`model`] (pure
//! view models, tested natively) → `charts` crate (SVG) → [`views`] and [`components`] (yew).
//! [`app`] is the shell; [`fatal`] reports a panic outside the yew tree.

pub mod app;
pub mod browser;
pub mod components;
pub mod data;
pub mod embed;
pub mod fatal;
pub mod i18n;
pub mod model;
#[cfg(feature = "prerender")]
pub mod prerender;
pub mod route;
pub mod views;

/// Starts the app in the page's `#app` node.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    fatal::install();
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    match doc.get_element_by_id("app") {
        Some(root) => {
            // A first screen is taken over only if it was drawn for this address (data-hash,
            // static/head.template.js): a link followed a moment ago may not have been answered
            // by the page yet (its hashchange comes later), and this render is for the new one.
            // Said on <html> (data-taken-over) for static/start.template.js, which carries the
            // reader's state over only then.
            let html = doc.document_element();
            let drawn_for = html.as_ref().and_then(|e| e.get_attribute("data-hash"));
            let address = web_sys::window().and_then(|w| w.location().hash().ok());
            let first_screen = doc.query_selector("#boot .first-screen:not([hidden])").ok().flatten().is_some() && drawn_for.is_some() && drawn_for == address;
            if let (true, Some(html)) = (first_screen, &html) {
                let _ = html.set_attribute("data-taken-over", "");
            }
            views::progressive::set_taking_over(first_screen);
            yew::Renderer::<app::App>::with_root(root).render();
            // Only now: the first screen (or loading note) stays until the app's first render
            // replaces it, before the next paint (yew renders within this task's microtasks).
            if let Some(boot) = doc.get_element_by_id("boot") {
                boot.remove();
            }
        }
        None => fatal::show("#app is missing from the page"),
    }
}
