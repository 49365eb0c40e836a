//! One view per route; `switch` maps a route to its view.

pub mod about;
pub mod compare;
pub mod counties;
pub mod embed;
pub mod not_found;
pub mod overview;
pub mod report;
pub mod sectors;

use crate::route::Route;
use yew::prelude::*;

pub fn switch(route: Route) -> Html {
    match route {
        Route::Overview => html! { <overview::Overview /> },
        Route::Compare => html! { <compare::CompareView /> },
        Route::Sectors => html! { <sectors::SectorsView /> },
        Route::Counties => html! { <counties::CountiesView /> },
        Route::County { adcode } => html! { <counties::CountiesView adcode={Some(AttrValue::from(adcode))} /> },
        Route::Report => html! { <report::ReportView /> },
        Route::Embed { chart } => html! { <embed::EmbedChart chart={AttrValue::from(chart)} /> },
        Route::EmbedMap => html! { <embed::EmbedMap /> },
        Route::EmbedMapCounty { adcode } => html! { <embed::EmbedMap adcode={Some(AttrValue::from(adcode))} /> },
        Route::About => html! { <about::About /> },
        Route::NotFound => html! { <not_found::NotFound /> },
    }
}

/// Scrolls the element matching `selector` into view and, if it can take focus, focuses it.
pub fn scroll_to(selector: &str, focus: bool) {
    scroll_to_at(selector, focus, web_sys::ScrollLogicalPosition::Center);
}

/// Scrolls the element to the top of the view (below the sticky bars, by its scroll margin), so
/// that a panel opening at the bottom of a phone screen does not cover it; focuses it.
pub fn scroll_to_top(selector: &str) {
    scroll_to_at(selector, true, web_sys::ScrollLogicalPosition::Start);
}

/// Scrolls the element to the top of the view without moving focus.
pub fn reveal_top(selector: &str) {
    scroll_to_at(selector, false, web_sys::ScrollLogicalPosition::Start);
}

/// Scrolls only as far as needed to show the element (nothing if it is in view).
pub fn reveal(selector: &str) {
    scroll_to_at(selector, false, web_sys::ScrollLogicalPosition::Nearest);
}

fn scroll_to_at(selector: &str, focus: bool, block: web_sys::ScrollLogicalPosition) {
    use wasm_bindgen::JsCast;
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(Some(el)) = doc.query_selector(selector) else { return };
    let opts = web_sys::ScrollIntoViewOptions::new();
    opts.set_block(block);
    el.scroll_into_view_with_scroll_into_view_options(&opts);
    if focus {
        if let Ok(h) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = h.focus();
        }
    }
}
