//! The county map with its measure picker and legend; used by the counties pages and the map
//! embeds. Drawn in both sizes, the stylesheet shows one.

use crate::hooks::use_lang;
use crate::data;
use crate::route::{Page, Route};
use crate::i18n::pick;
use crate::model::counties::{value, MapMeasure};
use report::format::trim;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Classes of the choropleth; `.fill-0` … `.fill-3` in the stylesheet.
const STEPS: usize = 4;

/// The pages a map's counties link to.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum MapLinks {
    /// `counties/<adcode>/`.
    Counties,
    /// `embed/map/<adcode>/`.
    Embed,
}

#[derive(Properties, PartialEq)]
pub struct CountyMapProps {
    pub selected: Option<AttrValue>,
    pub on_select: Callback<String>,
    /// Where a county's link goes (for a page read without the module).
    pub links: MapLinks,
}

fn county_under(e: &web_sys::Event) -> Option<String> {
    let t = e.target()?.dyn_into::<web_sys::Element>().ok()?;
    t.closest("[data-county]").ok()??.get_attribute("data-county")
}

/// Focuses the county's path inside `map` without scrolling (the view reveals the details).
/// Returns whether the path is there and pressed, i.e. the selection has been drawn.
fn focus_county(map: &web_sys::Element, adcode: &str) -> bool {
    // Of the two drawings, the one shown.
    let Ok(all) = map.query_selector_all(&format!("path[data-county=\"{adcode}\"]")) else { return false };
    let Some(path) = (0..all.length()).filter_map(|i| all.item(i)?.dyn_into::<web_sys::Element>().ok()).find(|p| p.get_client_rects().length() > 0) else { return false };
    if path.get_attribute("aria-selected").as_deref() != Some("true") {
        return false;
    }
    // An SVG element: `focus` through JS, as web-sys only binds it on HTMLElement.
    let opts = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&opts, &"preventScroll".into(), &true.into());
    if let Ok(f) = js_sys::Reflect::get(&path, &"focus".into()).and_then(|f| f.dyn_into::<js_sys::Function>()) {
        let _ = f.call1(&path, &opts);
    }
    true
}

#[function_component]
pub fn CountyMap(props: &CountyMapProps) -> Html {
    let lang = use_lang();
    let measure = use_state(|| MapMeasure::Plans);
    let map_ref = use_node_ref();
    // A county chosen with Enter or Space: the SVG is drawn anew for the new selection, which
    // drops the focus, so it is put back on that county's path once the selection shows.
    let refocus = use_mut_ref(|| None::<String>);
    {
        let (map_ref, refocus) = (map_ref.clone(), refocus.clone());
        use_effect(move || {
            let pending = refocus.borrow().clone();
            if let (Some(code), Some(map)) = (pending, map_ref.cast::<web_sys::Element>()) {
                if focus_county(&map, &code) {
                    *refocus.borrow_mut() = None;
                }
            }
        });
    }
    let (Ok(cat), Ok(map)) = (data::catalogue(), data::map()) else { return html! {} };
    let values: Vec<(String, f64)> = cat.counties.iter().map(|c| (c.adcode.clone(), value(cat, &c.adcode, *measure) as f64)).collect();
    let legend = charts::map::legend(&values, STEPS);
    let fills: Vec<(String, String)> = values.iter().map(|(a, v)| (a.clone(), format!("fill-{}", legend.class_of(*v)))).collect();
    // What the map says in words: the most and least, each county's value and rank.
    let (name_zh, name_en, _, _) = measure.describe();
    let unit = measure.unit();
    let tree = charts::map::describe(map, &values, charts::map::MapMeasure { name: (name_zh, name_en), unit }, lang);
    // Both sizes in the page, the stylesheet shows one (as for the charts, `chart_figure`);
    // their ids differ, since each names one element.
    let svg = |display_px: f64, prefix: &str| {
        let tree = charts::map::with_prefix(tree.clone(), prefix);
        let href = |adcode: &str| {
            let adcode = adcode.to_string();
            let route = match props.links {
                MapLinks::Counties => Route::County { adcode },
                MapLinks::Embed => Route::EmbedMapCounty { adcode },
            };
            Page::new(lang, route).href()
        };
        Html::from_html_unchecked(AttrValue::from(charts::map::render_map_linked(map, &fills, props.selected.as_deref(), lang, display_px, &tree, &href)))
    };

    let onclick = {
        let on_select = props.on_select.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(a) = county_under(&e) {
                on_select.emit(a);
            }
        })
    };
    let onkeydown = {
        let on_select = props.on_select.clone();
        let selected = props.selected.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" || e.key() == " " {
                if let Some(a) = county_under(&e) {
                    e.prevent_default();
                    // Only a new selection redraws the map; the focus stays put otherwise.
                    *refocus.borrow_mut() = (selected.as_deref() != Some(a.as_str())).then(|| a.clone());
                    on_select.emit(a);
                }
            }
        })
    };
    let (zh, en, what_zh, what_en) = measure.describe();
    let picker = MapMeasure::ALL.iter().map(|m| {
        let (mzh, men, _, _) = m.describe();
        let m = *m;
        let checked = *measure == m;
        let setter = measure.clone();
        let onchange = Callback::from(move |_: Event| setter.set(m));
        html! {
            <label class="measure-option">
                <input type="radio" name="map-measure" value={m.key()} {checked} {onchange} />
                { pick(lang, mzh, men) }
            </label>
        }
    });
    html! {
        <div class="county-map">
            <fieldset class="measure-picker">
                <legend>{ pick(lang, "地图颜色表示", "Colour the map by") }</legend>
                { for picker }
            </fieldset>
            <p class="measure-what">{ pick(lang, what_zh, what_en) }</p>
            <div class="map-svg" ref={map_ref} {onclick} {onkeydown}>
                <div class="layout-phone">{ svg(360.0, "map-phone") }</div>
                <div class="layout-desktop">{ svg(640.0, "map") }</div>
            </div>
            <div class="map-legend" aria-label={pick(lang, "图例", "Legend")}>
                <span class="legend-title">{ pick(lang, zh, en) }</span>
                <ul>
                { for legend.ranges().iter().enumerate().map(|(i, (from, to))| {
                    let range = if (to - from).abs() < 1e-9 { trim(*from, 1) } else { format!("{}–{}", trim(*from, 1), trim(*to, 1)) };
                    html! { <li><span class={classes!("swatch", format!("fill-{i}"))} aria-hidden="true"></span>{ range }</li> }
                }) }
                </ul>
            </div>
        </div>
    }
}
