//! The visual report of the 2024 Jincheng government work report, as a yew single-page app.
//!
//! Layers: [`data`] (the catalogue and text the build checked and embedded) → [`model`] (pure
//! view models, tested natively) → `charts` crate (SVG) → [`views`] and [`components`] (yew),
//! with their [`hooks`]. [`app`] is the shell, [`route`] every address. [`site`] (feature `ssr`,
//! native only) writes every page at build time with the same shell, which the module then
//! hydrates in place ([`start`]); [`fatal`] reports a panic outside the yew tree.

pub mod app;
pub mod browser;
pub mod components;
pub mod data;
pub mod fatal;
pub mod hooks;
pub mod i18n;
pub mod images;
/// The language test (native, with the renderer the build uses).
#[cfg(all(test, feature = "ssr"))]
mod lang_audit;
pub mod model;
/// The indexed-colour encoder of the images the build writes; the browser encodes with its
/// canvas and carries none.
#[cfg(feature = "ssr")]
pub mod png;
pub mod qr;
#[cfg(feature = "ssr")]
pub mod raster;
pub mod root;
pub mod route;
#[cfg(feature = "ssr")]
pub mod site;
pub mod views;

/// Starts the module on the page the build wrote: hydrates it in place, or, at the site's root,
/// sends the reader to their page (`model::legacy`).
#[cfg(target_arch = "wasm32")]
pub fn start() {
    fatal::install();
    let Some(w) = web_sys::window() else { return };
    let Some(doc) = w.document() else { return };
    let loc = w.location();
    let root = doc.base_uri().ok().flatten().and_then(|b| web_sys::Url::new(&b).ok()).map(|u| u.pathname()).unwrap_or_else(|| "/".into());
    let path = loc.pathname().unwrap_or_default();
    let here = route::Page::parse(path.strip_prefix(&root).unwrap_or(&path));
    if here == route::Page::Root {
        // The root has a module of its own (src/bin/root.rs); should the app's ever run there, it
        // does the same.
        return root::send_on(&root);
    }
    match doc.get_element_by_id("app") {
        Some(root) => {
            yew::Renderer::<app::App>::with_root_and_props(root, app::AppProps::browser()).hydrate();
        }
        None => fatal::show("#app is missing from the page"),
    }
}
