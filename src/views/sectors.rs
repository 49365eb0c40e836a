use crate::components::chart_figure::ChartFigure;
use crate::hooks::use_lang;
use crate::i18n::{pick, Lang};
use crate::route::{Page, Route};
use charts::chart::{self, View};
use yew::prelude::*;

/// Every sector chart; each is a fragment of the page (`zh/sectors/#<chart-id>`).
#[function_component]
pub fn SectorsView() -> Html {
    let lang = use_lang();
    let defs: Vec<_> = chart::all().iter().filter(|d| d.view == View::Sectors).collect();
    html! {
        <div class="charts-view">
            <h1>{ pick(lang, "行业：报告中的各领域数据", "Sectors: the report's figures, field by field") }</h1>
            { for defs.iter().map(|d| html! { <ChartFigure key={d.id} id={d.id} /> }) }
        </div>
    }
}

/// Where a figure is drawn: the first chart that shows it, as a link.
pub fn chart_href(figure: &str, lang: Lang) -> Option<String> {
    let def = chart::all().iter().find(|d| d.figure_ids().contains(&figure))?;
    Some(match def.view {
        View::Compare => Page::new(lang, Route::Compare).href_to(def.id),
        View::Sectors => Page::new(lang, Route::Sectors).href_to(def.id),
    })
}
