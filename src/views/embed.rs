//! One chart or the map alone, for an iframe in a news article: title, drawing, source line and
//! a link to the full report, nothing else. The page reports its height to the host page
//! whether or not the module runs (`data-embed` on the page, `site.rs`; `static/loader.js`).

use crate::hooks::use_lang;
use crate::components::chart_figure::ChartFigure;
use crate::components::county_map::{CountyMap, MapLinks};
use crate::components::message::message;
use crate::data;
use crate::i18n::{pick, t};
use crate::model::counties::{value, MapMeasure};
use crate::hooks::go_to;
use crate::route::{Page, Route};
use charts::chart;
use yew::prelude::*;
use yew_router::prelude::*;

/// "The full report" opens the app in a new tab, never inside the host's frame.
fn full_report(page: Page) -> Html {
    let lang = page.lang().unwrap_or_default();
    let href = page.href();
    html! {
        <p class="embed-credit">
            <a {href} target="_blank" rel="noopener">{ pick(lang, "晋城市2024年政府工作报告 · 图解全文", "The full Jincheng 2024 report, visualised") }<span aria-hidden="true">{ " ↗" }</span></a>
        </p>
    }
}

#[derive(Properties, PartialEq)]
pub struct EmbedChartProps {
    pub chart: AttrValue,
}

#[function_component]
pub fn EmbedChart(props: &EmbedChartProps) -> Html {
    let lang = use_lang();
    if chart::find(&props.chart).is_none() {
        return html! {
            <>
                <h1 class="embed-title">{ pick(lang, "图表不存在", "Chart not found") }</h1>
                { message(lang, t(lang).unknown_chart, Some(&props.chart)) }
            </>
        };
    }
    html! {
        <>
            <ChartFigure id={props.chart.clone()} embed=true />
            { full_report(Page::new(lang, Route::Overview)) }
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct EmbedMapProps {
    #[prop_or_default]
    pub adcode: Option<AttrValue>,
}

#[function_component]
pub fn EmbedMap(props: &EmbedMapProps) -> Html {
    let lang = use_lang();
    let s = t(lang);
    let navigator = use_navigator();
    let Ok(cat) = data::catalogue() else { return message(lang, s.data_error, None) };
    let selected = props.adcode.as_ref().and_then(|a| cat.counties.iter().find(|c| c.adcode == a.as_str()));
    let unknown = props.adcode.as_ref().filter(|_| selected.is_none()).cloned();
    let on_select = Callback::from(move |adcode: String| {
        if let Some(n) = &navigator {
            go_to(n, &Page::new(lang, Route::EmbedMapCounty { adcode }), "");
        }
    });
    html! {
        <>
            <h1 class="embed-title">{ pick(lang, "晋城六县区：报告说了什么", "Jincheng's six counties in the 2024 report") }</h1>
            if let Some(a) = unknown {
                { message(lang, s.unknown_county, Some(&*a)) }
            }
            <CountyMap selected={selected.map(|c| AttrValue::from(c.adcode.clone()))} {on_select} links={MapLinks::Embed} />
            if let Some(c) = selected {
                <p class="embed-county">
                    <strong>{ pick(lang, &c.zh, &c.en) }</strong>
                    { pick(lang, "：报告提到", ": named in ") }
                    { value(cat, &c.adcode, MapMeasure::Achievements) + value(cat, &c.adcode, MapMeasure::Plans) }
                    { pick(lang, "句，其中2024年部署", " sentences, of them 2024 plans: ") }
                    { value(cat, &c.adcode, MapMeasure::Plans) }
                    { pick(lang, "句。", ".") }
                </p>
            }
            <p class="chart-source">{ pick(lang, "来源：2024年晋城市政府工作报告；地图：", "Source: Jincheng government work report 2024; map: ") }<code>{ "echarts-china-cities-pypkg" }</code>{ " (MIT)" }</p>
            { full_report(Page::new(lang, selected.map_or(Route::Counties, |c| Route::County { adcode: c.adcode.clone() }))) }
        </>
    }
}
