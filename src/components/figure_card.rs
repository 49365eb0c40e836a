//! A figure as a card. The words are `report::figure_text::card`, which the proofreading sheet
//! prints too; this component only lays them out.
use crate::i18n::{t, Lang};
use crate::route::{Page, Route};
use report::figure_text::card;
use report::{Figure, Status};
use yew::prelude::*;

/// A figure as a card: the number as written, what it is, and a link to its sentence.
pub fn figure_card(lang: Lang, f: &Figure) -> Html {
    let s = t(lang);
    let status_class = match f.status {
        Status::Actual => "actual",
        Status::Target => "target",
    };
    let c = card(f, lang);
    html! {
        <article class={classes!("card", status_class)} data-figure={f.id.clone()}>
            <p class="card-status">{ c.status }</p>
            <p class="card-value">
                <span aria-hidden="true">{ c.value }</span>
                <span class="sr-only">{ c.spoken }</span>
            </p>
            <h3 class="card-label">{ crate::i18n::marked(&c.label, lang) }</h3>
            // English readers also see the report's own notation, where it differs from ours.
            // (Hidden from assistive technology: the value is said in words above, and "≥" read aloud
            // is noise.)
            { c.written.map(|w| html! { <p class="card-written" lang="zh-CN" aria-hidden="true">{ w }</p> }) }
            <p class="card-link">
                <a href={Page::new(lang, Route::Report).href_to(&f.id)}>{ s.in_report }<span class="sr-only">{ if lang == Lang::Zh { "：" } else { ": " } }{ c.label.clone() }</span><span aria-hidden="true">{ " →" }</span></a>
            </p>
        </article>
    }
}
