use crate::components::chart_figure::ChartFigure;
use crate::hooks::use_lang;
use crate::i18n::pick;
use charts::chart::{self, View};
use yew::prelude::*;

#[function_component]
pub fn CompareView() -> Html {
    let lang = use_lang();
    let defs: Vec<_> = chart::all().iter().filter(|d| d.view == View::Compare).collect();
    html! {
        <div class="charts-view">
            <h1>{ pick(lang, "对比：2023年成绩与2024年目标", "Compare: 2023 results against 2024 targets") }</h1>
            // The key to the symbols is for the eye: every mark says its qualifier in words.
            <p class="lede">{ pick(lang,
                "同一指标的2023年实绩（蓝）与2024年目标（橙）并排，每行各用自己的刻度。",
                "Each indicator's 2023 result (blue) beside its 2024 target (orange), every row on its own scale.") }<span aria-hidden="true">{ pick(lang,
                "≈ 表示“左右”，≥ 表示“以上”。",
                " ≈ means 'about', ≥ 'at least'.") }</span></p>
            { for defs.iter().map(|d| html! { <ChartFigure key={d.id} id={d.id} /> }) }
        </div>
    }
}
