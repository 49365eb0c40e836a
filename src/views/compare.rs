use crate::app::use_lang;
use crate::components::chart_figure::ChartFigure;
use crate::i18n::pick;
use crate::views::progressive::{busy, use_progressive};
use charts::chart::{self, View};
use yew::prelude::*;

#[function_component]
pub fn CompareView() -> Html {
    let lang = use_lang();
    let defs: Vec<_> = chart::all().iter().filter(|d| d.view == View::Compare).collect();
    // The heading at once, the two charts in the next frame (as in the sectors view).
    let shown = use_progressive(defs.len(), 0, defs.len(), 0);
    html! {
        <div class="charts-view" aria-busy={busy(shown, defs.len())}>
            <h1>{ pick(lang, "对比：2023年成绩与2024年目标", "Compare: 2023 results against 2024 targets") }</h1>
            <p class="lede">{ pick(lang,
                "同一指标的2023年实绩（蓝）与2024年目标（橙）并排，每行各用自己的刻度；≈ 表示“左右”，≥ 表示“以上”。",
                "Each indicator's 2023 result (blue) beside its 2024 target (orange), every row on its own scale; ≈ means 'about', ≥ 'at least'.") }</p>
            { for defs[..shown].iter().map(|d| html! { <ChartFigure key={d.id} id={d.id} /> }) }
        </div>
    }
}
