use crate::hooks::use_lang;
use crate::components::figure_card::figure_card;
use crate::components::message::message;
use crate::data;
use crate::i18n::{pick, t};
use crate::model::headlines::{resolve, RESULTS_2023, TARGETS_2024};
use crate::model::takeaways::{takeaways, Part};
use crate::route::{Page, Route};
use yew::prelude::*;

#[function_component]
pub fn Overview() -> Html {
    let lang = use_lang();
    let s = t(lang);
    let cat = match data::catalogue() {
        Ok(c) => c,
        Err(e) => return message(lang, s.data_error, Some(e)),
    };
    let (results, targets) = match (resolve(cat, RESULTS_2023), resolve(cat, TARGETS_2024)) {
        (Ok(r), Ok(t)) => (r, t),
        (Err(id), _) | (_, Err(id)) => return message(lang, s.unknown_figure, Some(&*id)),
    };
    let points = match takeaways(cat, lang) {
        Ok(p) => p,
        Err(id) => return message(lang, s.unknown_figure, Some(&id)),
    };
    let report = Page::new(lang, Route::Report);
    let key_points: Html = points
        .iter()
        .map(|p| {
            html! {
                <li>
                    <h3>{ p.title.clone() }</h3>
                    <p>{ for p.parts.iter().map(|part| match part {
                        Part::Text(t) => html! { { t.clone() } },
                        Part::Figure { id, text } => html! { <a href={report.href_to(id)}>{ text.clone() }</a> },
                    }) }</p>
                </li>
            }
        })
        .collect();
    let stated = cat.figures.iter().filter(|f| !f.is_derived()).count();
    let cards = |figs: Vec<&report::Figure>| -> Html {
        figs.into_iter().map(|f| figure_card(lang, f)).collect()
    };
    html! {
        <div class="overview">
            <section class="intro">
                <h1>{ s.title }</h1>
                <p class="lede">{ pick(lang,
                    &format!("报告共{}，我们从中摘录了{stated}个数据，每一个都能追溯到原文的句子。", report::format::text_length(cat.source.chars, lang)),
                    &format!("The report runs to {}. We took {stated} figures from it, each linked to the sentence that states it.", report::format::text_length(cat.source.chars, lang)),
                ) }</p>
                <p class="intro-links">
                    <a href={Page::new(lang, Route::Compare).href()} class="button">{ pick(lang, "2023与2024对比", "2023 against 2024") }</a>
                    <a href={Page::new(lang, Route::Report).href()} class="button secondary">{ pick(lang, "阅读全文", "Read the report") }</a>
                </p>
            </section>
            <section aria-labelledby="points-title" class="key-points">
                <h2 id="points-title">{ pick(lang, "要点", "Key points") }</h2>
                <ol class="takeaways">{ key_points }</ol>
            </section>
            <section aria-labelledby="results-title">
                <h2 id="results-title">{ s.results_2023 }</h2>
                <p class="section-intro">{ s.results_2023_intro }</p>
                <div class="cards">{ cards(results) }</div>
            </section>
            <section aria-labelledby="targets-title">
                <h2 id="targets-title">{ s.targets_2024 }</h2>
                <p class="section-intro">{ s.targets_2024_intro }</p>
                <div class="cards">{ cards(targets) }</div>
            </section>
        </div>
    }
}
