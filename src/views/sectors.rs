use crate::app::use_lang;
use crate::components::chart_figure::ChartFigure;
use crate::components::message::message;
use crate::i18n::{pick, t};
use crate::route::Route;
use crate::views::progressive::{busy, use_effect_unless_taken_over, use_progressive};
use crate::views::reveal_top;
use charts::chart::{self, View};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SectorsProps {
    #[prop_or_default]
    pub chart: Option<AttrValue>,
}

#[function_component]
pub fn SectorsView(props: &SectorsProps) -> Html {
    let lang = use_lang();
    let s = t(lang);
    // An old id (chart::ALIASES) names the chart that now draws its figures.
    let known = props.chart.as_ref().and_then(|c| chart::find(c)).map(|d| AttrValue::from(d.id));
    let unknown = props.chart.as_ref().filter(|_| known.is_none()).cloned();
    use_effect_unless_taken_over(known.clone(), |known| {
        if let Some(id) = known {
            // To its top: a chart taller than a phone screen keeps its title in view.
            reveal_top(&format!("[data-chart=\"{id}\"]"));
        }
    });
    let defs: Vec<_> = chart::all().iter().filter(|d| d.view == View::Sectors).collect();
    let target = known.as_ref().and_then(|id| defs.iter().position(|d| d.id == id.as_str())).map_or(0, |i| i + 1);
    // Two steps: the heading at once (even one chart took the switch past 50 ms on a slow
    // phone), all the charts in the next frame (each step has a fixed cost in the browser, so
    // many small steps add up to more blocking time than one; measured with Lighthouse). A deep
    // link's chart and those above it come in the first step, for the scroll.
    let shown = use_progressive(defs.len(), 0, defs.len(), target);
    html! {
        <div class="charts-view" aria-busy={busy(shown, defs.len())}>
            <h1>{ pick(lang, "行业：报告中的各领域数据", "Sectors: the report's figures, field by field") }</h1>
            if let Some(id) = unknown {
                { message(lang, s.unknown_chart, Some(&*id)) }
            }
            { for defs[..shown].iter().map(|d| html! { <ChartFigure key={d.id} id={d.id} /> }) }
        </div>
    }
}

/// Where a figure is drawn: the first chart that shows it.
pub fn chart_route(figure: &str) -> Option<Route> {
    let def = chart::all().iter().find(|d| d.figure_ids().contains(&figure))?;
    Some(match def.view {
        View::Compare => Route::Compare,
        View::Sectors => Route::SectorChart { chart: def.id.to_string() },
    })
}
