//! Where the reader is, and moving on without reloading the page.
//!
//! Every link of the app is a plain link to a page (see `route`), which works before and
//! without the module. Once the module runs, [`use_client_navigation`] follows those links in
//! place: a click on a link to another page of the app becomes a router push, so the app stays a
//! single-page app; links to files (the data downloads), to other sites, with a target or a
//! modifier key, and to a fragment of the page already open are left to the browser.

use crate::route::Page;
use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::prelude::*;

/// The page the router is showing.
#[hook]
pub fn use_page() -> Page {
    use_route::<Page>().unwrap_or(Page::Root)
}

fn current_fragment() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let f = crate::model::query::percent_decode(hash.trim_start_matches('#'));
    (!f.is_empty()).then_some(f)
}

/// The address's fragment (a figure or sentence of the report, a chart): none on the first
/// render, as at build time; then the browser's, following every change.
#[hook]
pub fn use_fragment() -> Option<String> {
    let fragment = use_state(|| None::<String>);
    {
        let fragment = fragment.clone();
        use_effect_with((), move |_| {
            fragment.set(current_fragment());
            let listener = web_sys::window().map(|w| EventListener::new(&w, "hashchange", move |_| fragment.set(current_fragment())));
            move || drop(listener)
        });
    }
    (*fragment).clone()
}

/// Shows `page` in place, then moves to `hash` (with its `#`, or empty) once the new view is
/// drawn, so that the browser scrolls to it and the stylesheet marks it.
pub fn go_to(nav: &Navigator, page: &Page, hash: &str) {
    nav.push(page);
    if hash.len() > 1 {
        let Some(loc) = web_sys::window().map(|w| w.location()) else { return };
        let to = format!("{}{hash}", loc.pathname().unwrap_or_default());
        // A task later: the router's render runs in the microtasks after the push.
        Timeout::new(0, move || {
            let _ = loc.replace(&to);
        })
        .forget();
    }
}

/// The path of the site's root as the page's `<base>` gives it: `/`, `/sub/dir/`.
fn root_path(doc: &web_sys::Document) -> Option<String> {
    let base = doc.base_uri().ok()??;
    Some(web_sys::Url::new(&base).ok()?.pathname())
}

fn follow(nav: &Navigator, e: &web_sys::Event) -> Option<()> {
    let e = e.dyn_ref::<web_sys::MouseEvent>()?;
    if e.default_prevented() || e.button() != 0 || e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key() {
        return None;
    }
    let a = e.target()?.dyn_into::<web_sys::Element>().ok()?.closest("a[href]").ok()??;
    if a.has_attribute("target") || a.has_attribute("download") {
        return None;
    }
    let w = web_sys::window()?;
    let doc = w.document()?;
    let url = web_sys::Url::new_with_base(&a.get_attribute("href")?, &doc.base_uri().ok()??).ok()?;
    let loc = w.location();
    if url.origin() != loc.origin().ok()? {
        return None;
    }
    let rest = url.pathname().strip_prefix(&root_path(&doc)?)?.to_string();
    // Pages are folders; anything else (data/…json) is a file for the browser.
    if !(rest.is_empty() || rest.ends_with('/')) {
        return None;
    }
    let page = Page::parse(&rest);
    // The root decides the reader's language on a load of its own.
    if page == Page::Root {
        return None;
    }
    let hash = url.hash();
    if url.pathname() == loc.pathname().ok()? && !hash.is_empty() {
        // A fragment of this page: the browser's own fragment navigation.
        return None;
    }
    e.prevent_default();
    go_to(nav, &page, &hash);
    Some(())
}

/// Follows the app's links in place once the module runs (see the module's rules).
#[hook]
pub fn use_client_navigation() {
    let navigator = use_navigator();
    use_effect_with((), move |_| {
        let listener = navigator.and_then(|nav| {
            let doc = web_sys::window()?.document()?;
            // Not passive: a followed link's own navigation is prevented.
            Some(EventListener::new_with_options(&doc, "click", gloo::events::EventListenerOptions::enable_prevent_default(), move |e| {
                let _ = follow(&nav, e);
            }))
        });
        move || drop(listener)
    });
}
