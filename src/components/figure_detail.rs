use crate::hooks::use_lang;
use crate::components::figure_card::{spoken_value, status_line, written_form};
use crate::data;
use crate::i18n::{pick, t, Lang};
use crate::route::{Page, Route};
use report::format::{en_amount, figure_value, zh_amount};
use report::scanner::Qualifier;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FigureDetailProps {
    pub id: AttrValue,
    pub on_close: Callback<()>,
    /// Where the figure is drawn, if a chart shows it (a link).
    #[prop_or_default]
    pub chart: Option<String>,
    /// Show a link to the sentence (off inside the reader, where the sentence is right there).
    #[prop_or_default]
    pub link_to_text: bool,
}

/// Everything the catalogue knows about one figure.
#[function_component]
pub fn FigureDetail(props: &FigureDetailProps) -> Html {
    let lang = use_lang();
    let s = t(lang);
    let Some(cat) = data::catalogue().ok() else { return html! {} };
    let Some(f) = cat.figure(&props.id) else { return html! {} };
    let normalised = match lang {
        Lang::Zh => zh_amount(f.base_value, &f.base_unit),
        Lang::En => en_amount(f.base_value, &f.unit_en),
    };
    let qualifier = match f.qualifier {
        Qualifier::Exact => s.exact.to_string(),
        q => format!("{} {}", q.symbol(), report::format::qualifier_text(q, lang).trim()),
    };
    let counties: Vec<String> = f
        .counties
        .iter()
        .filter_map(|a| cat.counties.iter().find(|c| &c.adcode == a))
        .map(|c| pick(lang, &c.zh, &c.en).to_string())
        .collect();
    let close = props.on_close.reform(|_: MouseEvent| ());
    let onkeydown = {
        let on_close = props.on_close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                on_close.emit(());
            }
        })
    };
    html! {
        <aside class="figure-detail" aria-labelledby="figure-detail-title" {onkeydown}>
            <div class="figure-detail-head">
                <h2 id="figure-detail-title">{ pick(lang, &f.label.zh, &f.label.en) }</h2>
                <button type="button" class="close" onclick={close} aria-label={s.close}>{ "×" }</button>
            </div>
            <p class="detail-value">
                <span aria-hidden="true">{ figure_value(f, lang) }</span>
                <span class="sr-only">{ spoken_value(f, lang) }</span>
            </p>
            <dl>
                <dt>{ s.figure_status }</dt><dd>{ status_line(f, lang) }</dd>
                <dt>{ s.figure_value }</dt><dd lang="zh-CN">{ written_form(f) }</dd>
                <dt>{ s.figure_normalised }</dt><dd>{ normalised }</dd>
                <dt>{ s.figure_qualifier }</dt><dd>{ qualifier }</dd>
                <dt>{ s.figure_measure }</dt><dd>{ pick(lang, f.measure.zh(), f.measure.en()) }</dd>
                if !counties.is_empty() {
                    <dt>{ s.figure_counties }</dt><dd>{ counties.join(pick(lang, "、", ", ")) }</dd>
                }
                if let Some(formula) = &f.derived {
                    <dt>{ s.derived }</dt><dd>{ formula }</dd>
                }
                if let Some(note) = &f.note {
                    <dt>{ pick(lang, "说明", "Note") }</dt><dd>{ note }</dd>
                }
                <dt>{ s.figure_quote }</dt><dd lang="zh-CN" class="quote">{ format!("“{}”", f.quote) }</dd>
            </dl>
            <p class="detail-links">
                if let Some(href) = props.chart.clone() {
                    <a {href}>{ s.show_chart }<span aria-hidden="true">{ " →" }</span></a>
                }
                if props.link_to_text {
                    <a href={Page::new(lang, Route::Report).href_to(&f.id)}>{ s.show_in_text }<span aria-hidden="true">{ " →" }</span></a>
                }
            </p>
        </aside>
    }
}
