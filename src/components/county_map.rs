//! The county map with its measure picker and legend; used by `#/counties` and the map embed.

use crate::app::use_lang;
use crate::components::chart_figure::use_layout;
use crate::data;
use crate::i18n::pick;
use crate::model::counties::{value, MapMeasure};
use charts::chart::Layout;
use report::format::trim;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Classes of the choropleth; `.fill-0` … `.fill-3` in the stylesheet.
const STEPS: usize = 4;

#[derive(Properties, PartialEq)]
pub struct CountyMapProps {
    pub selected: Option<AttrValue>,
    pub on_select: Callback<String>,
}

fn county_under(e: &web_sys::Event) -> Option<String> {
    let t = e.target()?.dyn_into::<web_sys::Element>().ok()?;
    t.closest("[data-county]").ok()??.get_attribute("data-county")
}

#[function_component]
pub fn CountyMap(props: &CountyMapProps) -> Html {
    let lang = use_lang();
    let layout = use_layout();
    let measure = use_state(|| MapMeasure::Items);
    let (Ok(cat), Ok(map)) = (data::catalogue(), data::map()) else { return html! {} };
    let values: Vec<(String, f64)> = cat.counties.iter().map(|c| (c.adcode.clone(), value(cat, &c.adcode, *measure) as f64)).collect();
    let legend = charts::map::legend(&values, STEPS);
    let fills: Vec<(String, String)> = values.iter().map(|(a, v)| (a.clone(), format!("fill-{}", legend.class_of(*v)))).collect();
    let display_px = if layout == Layout::Phone { 360.0 } else { 640.0 };
    let svg = charts::map::render_map_at(map, &fills, props.selected.as_deref(), lang, display_px);

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
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" || e.key() == " " {
                if let Some(a) = county_under(&e) {
                    e.prevent_default();
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
            <div class="map-svg" {onclick} {onkeydown}>{ Html::from_html_unchecked(AttrValue::from(svg)) }</div>
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
