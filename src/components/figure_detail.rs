//! Everything the catalogue knows about one figure. The words are `report::figure_text::detail`,
//! which the proofreading sheet prints too; this component only lays them out.
use crate::hooks::use_lang;
use crate::data;
use crate::components::note::note_text;
use crate::components::share_image::ShareImage;
use crate::i18n::{pick, t};
use crate::route::{Page, Route};
use report::figure_text::{detail, FactKind};
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
    // Opened from a figure (Enter on its link): the focus goes into the panel, to its heading;
    // Escape or × closes it and the view returns the focus to the figure.
    {
        use_effect_with(props.id.clone(), |_| {
            if let Some(h) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("figure-detail-title")) {
                crate::components::tree_keys::focus(&h);
            }
        });
    }
    let Some(cat) = data::catalogue().ok() else { return html! {} };
    let Some(f) = cat.figure(&props.id) else { return html! {} };
    let d = detail(f, &cat.counties, lang);
    // The figure as an image to pass on, with a QR code of its sentence.
    let sentence = Page::new(lang, Route::Report).href_to(&f.id);
    let card_image = {
        let id = f.id.clone();
        Callback::from(move |address: String| {
            let cat = data::catalogue().ok()?;
            crate::images::figure_card(cat, cat.figure(&id)?, lang, &address)
        })
    };
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
                <h2 id="figure-detail-title" tabindex="-1">{ crate::i18n::marked(&d.label, lang) }</h2>
                <button type="button" class="close" onclick={close} aria-label={s.close}>{ "×" }</button>
            </div>
            <p class="detail-value">
                <span aria-hidden="true">{ d.value }</span>
                <span class="sr-only">{ d.spoken }</span>
            </p>
            <dl>
                { for d.facts.into_iter().map(|fact| html! {
                    <>
                        <dt>{ fact.term }</dt>
                        if fact.kind == FactKind::Note {
                            <dd>{ note_text(&fact.text) }</dd>
                        } else if fact.kind == FactKind::Derived {
                            // A formula of ids and the report's amounts: code, in no language.
                            <dd><code class="formula">{ fact.text }</code></dd>
                        } else if fact.kind == FactKind::Quote {
                            <dd lang="zh-CN" class="quote">{ fact.text }</dd>
                        } else if fact.kind.is_chinese() {
                            <dd lang="zh-CN">{ fact.text }</dd>
                        } else {
                            <dd>{ fact.text }</dd>
                        }
                    </>
                }) }
            </dl>
            <p class="detail-links">
                if let Some(href) = props.chart.clone() {
                    <a {href}>{ s.show_chart }<span aria-hidden="true">{ " →" }</span></a>
                }
                if !f.is_derived() {
                    <ShareImage image={card_image} href={sentence.clone()} name={format!("jincheng-2024-{}", f.id)}
                        title={d.label.clone()} label={pick(lang, "图片卡片", "Image card")} class="figure-image" />
                }
                if props.link_to_text {
                    <a href={Page::new(lang, Route::Report).href_to(&f.id)}>{ s.show_in_text }<span aria-hidden="true">{ " →" }</span></a>
                }
            </p>
        </aside>
    }
}
