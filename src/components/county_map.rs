//! The county map with its measure picker and legend; used by the counties pages and the map
//! embeds. One drawing for every screen, with a set of labels per layout (the stylesheet shows
//! one, `Layout::class`; an embed also has the narrow one): the outlines are the page's heaviest
//! part and do not change with the size.

use crate::components::tree_keys;
use crate::hooks::use_lang;
use crate::model::tree_nav;
use charts::chart::Node;
use crate::data;
use crate::route::{Page, Route};
use crate::i18n::pick;
use crate::model::counties::{value, MapMeasure};
use report::format::trim;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Classes of the choropleth; `.fill-0` … `.fill-3` in the stylesheet.
pub const STEPS: usize = 4;

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

/// The map's drawing root an event happened on.
fn root_of(e: &web_sys::Event) -> Option<web_sys::Element> {
    let target = e.target()?.dyn_into::<web_sys::Element>().ok()?;
    target.closest("svg.county-map").ok()?
}

/// A node's id without its prefix: `summary` or an adcode, whatever the order of the counties
/// (it changes with the measure).
fn key_of(id: &str) -> String {
    id.split_once("--").map_or(id, |(_, k)| k).to_string()
}

#[function_component]
pub fn CountyMap(props: &CountyMapProps) -> Html {
    let lang = use_lang();
    let measure = use_state(|| MapMeasure::Plans);
    let map_ref = use_node_ref();
    let ring = use_node_ref();
    // The reader's place in the map's tree (`key_of` a node), and whether the drawing is to take
    // the focus back after it is drawn anew (a county chosen with the keys redraws the SVG).
    let at = use_mut_ref(|| None::<String>);
    let refocus = use_mut_ref(|| false);
    let (Ok(cat), Ok(map)) = (data::catalogue(), data::map()) else { return html! {} };
    let values: Vec<(String, f64)> = cat.counties.iter().map(|c| (c.adcode.clone(), value(cat, &c.adcode, *measure) as f64)).collect();
    let legend = charts::map::legend(&values, STEPS);
    let fills: Vec<(String, String)> = values.iter().map(|(a, v)| (a.clone(), format!("fill-{}", legend.class_of(*v)))).collect();
    // What the map says in words: the most and least, each county's value and rank.
    let (name_zh, name_en, _, _) = measure.describe();
    let unit = measure.unit();
    let tree = charts::map::describe(map, &values, charts::map::MapMeasure { name: (name_zh, name_en), unit }, lang);
    let tree = std::rc::Rc::new(charts::map::with_prefix(tree, "map"));
    let svg = |tree: &Node| {
        let href = |adcode: &str| {
            let adcode = adcode.to_string();
            let route = match props.links {
                MapLinks::Counties => Route::County { adcode },
                MapLinks::Embed => Route::EmbedMapCounty { adcode },
            };
            Page::new(lang, route).href()
        };
        Html::from_html_unchecked(AttrValue::from(charts::map::render_map_linked(map, &fills, props.selected.as_deref(), lang, crate::model::embed::layouts(props.links == MapLinks::Embed), tree, &href)))
    };
    // Makes the node `key` current in the drawing `root`: active descendant and focus ring.
    let go = {
        let (tree, at, ring, map_ref) = (tree.clone(), at.clone(), ring.clone(), map_ref.clone());
        move |root: &web_sys::Element, key: String| {
            let tree = &*tree;
            let node = tree.walk().into_iter().find(|n| key_of(&n.id) == key).unwrap_or(tree);
            tree_keys::mark_active(root, node);
            if let (Some(r), Some(h)) = (ring.cast::<web_sys::HtmlElement>(), map_ref.cast::<web_sys::Element>()) {
                tree_keys::place_ring(&r, &h, root, node.bbox);
            }
            *at.borrow_mut() = Some(key_of(&node.id));
        }
    };
    // After every drawing: the keys as the drawing's description, the current node again (a
    // new SVG has none), and the focus when the reader chose a county with the keys.
    {
        let (go, at, refocus, map_ref) = (go.clone(), at.clone(), refocus.clone(), map_ref.clone());
        use_effect(move || {
            let Some(holder) = map_ref.cast::<web_sys::Element>() else { return };
            tree_keys::describe_roots(&holder, "svg.county-map", "map-keys");
            let Some(root) = tree_keys::visible_root(&holder, "svg.county-map") else { return };
            if *refocus.borrow() {
                *refocus.borrow_mut() = false;
                tree_keys::focus(&root);
            }
            let focused = web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element()).is_some_and(|a| a == root);
            let key = at.borrow().clone();
            if let (true, Some(key)) = (focused, key) {
                go(&root, key);
            }
        });
    }
    let selected_key = props.selected.as_ref().map(|s| s.to_string());
    let onfocusin = {
        let (go, at) = (go.clone(), at.clone());
        let selected = selected_key.clone();
        Callback::from(move |e: FocusEvent| {
            let Some(root) = root_of(&e) else { return };
            if e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|t| t == root) {
                // Where the reader was, else the chosen county, else the summary.
                let key = at.borrow().clone().or_else(|| selected.clone()).unwrap_or_else(|| "summary".into());
                go(&root, key);
            }
        })
    };
    let onfocusout = {
        let (ring, map_ref) = (ring.clone(), map_ref.clone());
        Callback::from(move |e: FocusEvent| {
            let next = e.related_target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
            let inside = map_ref.cast::<web_sys::Node>().zip(next).is_some_and(|(h, n)| h.contains(Some(&n)));
            if !inside {
                if let Some(r) = ring.cast::<web_sys::HtmlElement>() {
                    r.set_hidden(true);
                }
            }
        })
    };
    let onclick = {
        let on_select = props.on_select.clone();
        let at = at.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(a) = county_under(&e) {
                *at.borrow_mut() = Some(a.clone());
                on_select.emit(a);
            }
        })
    };
    let onkeydown = {
        let on_select = props.on_select.clone();
        let selected = selected_key.clone();
        let (go, at, refocus, tree, map_ref) = (go.clone(), at.clone(), refocus.clone(), tree.clone(), map_ref.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.alt_key() || e.ctrl_key() || e.meta_key() {
                return;
            }
            let Some(root) = root_of(&e) else { return };
            let tree = &*tree;
            let key = at.borrow().clone().unwrap_or_else(|| "summary".into());
            let here = tree.walk().into_iter().find(|n| key_of(&n.id) == key).and_then(|n| tree_nav::path_of(tree, &n.id)).unwrap_or_default();
            if let Some(k) = tree_nav::Key::from_event(&e.key()) {
                e.prevent_default();
                match tree_nav::step(tree, &here, k) {
                    tree_nav::Move::To(path) => {
                        if let Some(n) = tree_nav::node_at(tree, &path) {
                            go(&root, key_of(&n.id));
                            if let Some(el) = tree_keys::element(&n.id) {
                                tree_keys::reveal(&el);
                            }
                        }
                    }
                    tree_nav::Move::Leave => {
                        if let Some(h) = map_ref.cast::<web_sys::Element>() {
                            tree_keys::focus_after(&h, &root);
                        }
                    }
                }
                return;
            }
            if (e.key() == "Enter" || e.key() == " ") && key != "summary" {
                e.prevent_default();
                // Only a new selection redraws the map and needs the focus back.
                *refocus.borrow_mut() = selected.as_deref() != Some(key.as_str());
                on_select.emit(key);
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
            <div class="map-svg" ref={map_ref} {onclick} {onkeydown} {onfocusin} {onfocusout}>
                { svg(&tree) }
                <div class="focus-ring" hidden=true ref={ring} aria-hidden="true"></div>
                <span id="map-keys" hidden=true>{ pick(lang,
                    "下箭头进入县区，左右箭头在县区间移动，Home和End到两端，上箭头或Esc返回；回车或空格选择县区。",
                    "Down arrow enters the counties, left and right arrows move between them, Home and End go to the ends, up arrow or Escape goes back; Enter or Space chooses a county.") }</span>
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
