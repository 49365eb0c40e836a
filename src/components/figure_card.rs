use crate::i18n::{pick, t, Lang};
use crate::route::{Page, Route};
use report::format::{figure_value, qualifier_text};
use report::{Figure, Status};
use yew::prelude::*;

/// The status line of a figure: "2023年实绩 · 能源".
pub fn status_line(f: &Figure, lang: Lang) -> String {
    let s = t(lang);
    let status = match (f.status, f.year) {
        (Status::Actual, 2023) => s.actual.to_string(),
        (Status::Target, 2024) => s.target.to_string(),
        (Status::Actual, y) => pick(lang, &format!("{y}年实绩"), &format!("{y} result")).to_string(),
        (Status::Target, y) => pick(lang, &format!("{y}年目标"), &format!("target for {y}")).to_string(),
    };
    let derived = if f.is_derived() { format!(" · {}", s.derived) } else { String::new() };
    format!("{status} · {}{derived}", pick(lang, f.sector.zh(), f.sector.en()))
}

/// The value in words for assistive technology: "约6%", "at least 140 million tonnes".
pub fn spoken_value(f: &Figure, lang: Lang) -> String {
    let shown = figure_value(f, lang);
    let bare = shown.trim_start_matches(f.qualifier.symbol());
    format!("{}{}", qualifier_text(f.qualifier, lang), bare)
}

/// The figure in the report's own notation: "≥1.4亿吨", "八成" (words carry their unit).
pub fn written_form(f: &Figure) -> String {
    let unit = if f.written.chars().next().is_some_and(|c| c.is_ascii_digit()) { f.unit.as_str() } else { "" };
    format!("{}{}{}", f.qualifier.symbol(), f.written, unit)
}

/// A figure as a card: the number as written, what it is, and a link to its sentence.
pub fn figure_card(lang: Lang, f: &Figure) -> Html {
    let s = t(lang);
    let status_class = match f.status {
        Status::Actual => "actual",
        Status::Target => "target",
    };
    let as_written = written_form(f);
    let shown = figure_value(f, lang);
    html! {
        <article class={classes!("card", status_class)} data-figure={f.id.clone()}>
            <p class="card-status">{ status_line(f, lang) }</p>
            <p class="card-value">
                <span aria-hidden="true">{ shown.clone() }</span>
                <span class="sr-only">{ spoken_value(f, lang) }</span>
            </p>
            <h3 class="card-label">{ pick(lang, &f.label.zh, &f.label.en) }</h3>
            // English readers also see the report's own notation, where it differs from ours.
            { (lang == Lang::En && as_written != shown.as_str()).then(|| html! { <p class="card-written" lang="zh-CN">{ as_written }</p> }) }
            <p class="card-link">
                <a href={Page::new(lang, Route::Report).href_to(&f.id)}>{ s.in_report }<span aria-hidden="true">{ " →" }</span></a>
            </p>
        </article>
    }
}
