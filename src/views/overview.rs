use crate::hooks::use_lang;
use crate::components::figure_card::figure_card;
use crate::components::message::message;
use crate::components::share_image::ShareFile;
use crate::data;
use crate::i18n::{pick, t};
use crate::model::headlines::{resolve, RESULTS_2023, TARGETS_2024};
use crate::model::battles::{battles, Battle};
use crate::model::takeaways::{takeaways, Part};
use report::figure_text::spoken_value;
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
                    // The long image (一图读懂), written by the build beside this page.
                    <ShareFile href={crate::images::glance_file(lang)} name={crate::images::glance_name(lang)} page={Page::new(lang, Route::Overview).href()}
                        title={format!("{} · {}", pick(lang, "一图读懂", "At a glance"), s.title)} label={pick(lang, "一图读懂（长图）", "At a glance (image)")} class="glance" />
                </p>
            </section>
            <section aria-labelledby="points-title" class="key-points">
                <h2 id="points-title">{ pick(lang, "要点", "Key points") }</h2>
                <ol class="takeaways">{ key_points }</ol>
            </section>
            <section aria-labelledby="battles-title" class="battles">
                <h2 id="battles-title">{ pick(lang, "2024年的十大战役", "The ten battles of 2024") }</h2>
                <p class="section-intro">{ pick(lang,
                    "报告把2024年的工作部署为十大战役。每一项：要达到什么、数字目标、投资，以及它承接的2023年成绩。",
                    "The report sets out the work of 2024 as ten battles. For each: what it aims at, its targets in figures, its investments, and the 2023 results it builds on.") }</p>
                <ol class="battle-list">{ for battles(data::document(), cat).iter().map(|b| battle(b, cat, lang, &report)) }</ol>
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

/// A figure in a battle's lists: what it is and its number, linked to its sentence.
fn figure_item(f: &report::Figure, lang: crate::i18n::Lang, report: &Page) -> Html {
    html! {
        <li>{ pick(lang, &f.label.zh, &f.label.en) }{ pick(lang, "：", ": ") }<a href={report.href_to(&f.id)}>{ spoken_value(f, lang) }</a></li>
    }
}

/// How many of a battle's targets its card lists; the rest are in the report.
const TARGETS_SHOWN: usize = 3;

/// One battle: its name and aim, a few of its targets, its investments, the 2023 results it
/// builds on, and a link to its part of the report.
fn battle(b: &Battle, cat: &report::Catalogue, lang: crate::i18n::Lang, report: &Page) -> Html {
    let numeral = report::document::CHINESE_DIGITS[(b.number as usize).saturating_sub(1)];
    let (name, aim) = match lang {
        crate::i18n::Lang::Zh => (format!("（{numeral}）{}", b.name), b.aim.clone()),
        crate::i18n::Lang::En => (
            cat.heading_en(2, Some(b.number)).unwrap_or(&b.name).to_string(),
            format!("Aim: {}.", cat.aim_en(b.number).unwrap_or_default()),
        ),
    };
    let targets: Vec<&report::Figure> = b.targets.iter().copied().filter(|f| !b.investments.iter().any(|(i, n)| i.id == f.id || n.is_some_and(|n| n.id == f.id))).collect();
    let more = targets.len().saturating_sub(TARGETS_SHOWN);
    // Said with the link, so that each battle's link has a name of its own.
    let name_again = name.clone();
    html! {
        <li class="battle" id={format!("battle-{}", b.number)}>
            <h3>{ name }</h3>
            <p class="battle-aim">{ aim }</p>
            if targets.is_empty() && b.investments.is_empty() {
                <p class="hint">{ pick(lang, "报告没有为这一战役给出数字目标。", "The report gives this battle no target in figures.") }</p>
            }
            if !targets.is_empty() {
                <h4>{ pick(lang, "目标", "Targets") }</h4>
                <ul>{ for targets.iter().take(TARGETS_SHOWN).map(|f| figure_item(f, lang, report)) }</ul>
            }
            if !b.investments.is_empty() {
                <h4>{ pick(lang, "项目与投资", "Projects and investment") }</h4>
                <ul>
                { for b.investments.iter().map(|(total, projects)| html! {
                    <li>
                        { pick(lang, &total.label.zh, &total.label.en) }{ pick(lang, "：", ": ") }
                        <a href={report.href_to(&total.id)}>{ spoken_value(total, lang) }</a>
                        if let Some(n) = projects {
                            { pick(lang, "，", ", ") }<a href={report.href_to(&n.id)}>{ spoken_value(n, lang) }</a>{ pick(lang, "项目", " projects") }
                        }
                    </li>
                }) }
                </ul>
            }
            if !b.builds_on.is_empty() {
                <h4>{ pick(lang, "承接的2023年成绩", "Building on 2023") }</h4>
                <ul>{ for b.builds_on.iter().map(|f| figure_item(f, lang, report)) }</ul>
            }
            <p class="battle-more">
                <a href={report.href_to(&format!("sec-{}-{}", b.part, b.index))}>
                    { match (lang, more) {
                        (crate::i18n::Lang::Zh, 0) => "在原文中阅读这一战役".to_string(),
                        (crate::i18n::Lang::Zh, n) => format!("另有{n}项目标，在原文中阅读"),
                        (crate::i18n::Lang::En, 0) => "Read this battle in the report".to_string(),
                        (crate::i18n::Lang::En, n) => format!("{n} more targets: read it in the report"),
                    } }
                    <span class="sr-only">{ format!("{}{}", pick(lang, "：", ": "), name_again) }</span>
                </a>
            </p>
        </li>
    }
}
