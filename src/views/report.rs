//! The report reader: the whole text, structured, with every figure a link.
//!
//! Rules:
//! - Every figure in the text is a link to itself, a fragment of this page (`#gdp-2023`), and
//!   every sentence has an id (`#s-9135`): the browser scrolls to a fragment and the stylesheet
//!   marks it (`:target`), with or without the module. Without it, the figure's short note (what
//!   it is, its kind, its value in the reader's language) shows beside it; with it, the details
//!   panel opens for the figure the fragment names.
//! - The fragment is the only state a link carries: a figure chosen here is the address's
//!   fragment, so Back closes its details, and a shared address opens them.
//! - The search and its hits exist only with the module.

use crate::components::figure_detail::FigureDetail;
use crate::components::message::message;
use crate::data;
use crate::hooks::{use_fragment, use_lang};
use crate::i18n::{pick, t, Lang};
use crate::model::reader::{segments, Segment};
use crate::route::{sentence_fragment, Page, Route};
use crate::views::scroll_to;
use report::document::{BlockKind, SectionKind};
use report::span::Span;
use yew::prelude::*;

/// The language of the report's text, quoted as published in every language of the app.
const TEXT: Lang = Lang::Zh;

fn part_id(p: usize) -> String {
    format!("part-{p}")
}
fn section_id(p: usize, s: usize) -> String {
    format!("sec-{p}-{s}")
}

/// What a fragment of the report names.
#[derive(Debug, Clone, PartialEq)]
enum Target {
    Figure(String),
    Sentence,
    Heading,
    Unknown(String),
}

fn target_of(fragment: &str) -> Target {
    let doc = data::document();
    let stated = data::catalogue().ok().and_then(|c| c.figure(fragment)).is_some_and(|f| !f.is_derived());
    if stated {
        return Target::Figure(fragment.to_string());
    }
    let sentence = fragment.strip_prefix("s-").and_then(|n| n.parse::<usize>().ok()).is_some_and(|n| doc.sentences.iter().any(|s| s.span.start == n));
    if sentence {
        return Target::Sentence;
    }
    if fragment == "main" || fragment.starts_with("part-") || fragment.starts_with("sec-") {
        return Target::Heading;
    }
    Target::Unknown(fragment.to_string())
}

#[function_component]
pub fn ReportView() -> Html {
    let lang = use_lang();
    let s = t(lang);
    let page = Page::new(lang, Route::Report);
    let fragment = use_fragment();
    let query = use_state(String::new);
    let current = use_state(|| 0usize);
    // The figure whose details are open: the fragment's, until the reader closes them.
    let selected = use_state(|| None::<String>);
    {
        let selected = selected.clone();
        use_effect_with(fragment.clone(), move |f| {
            selected.set(match f.as_deref().map(target_of) {
                Some(Target::Figure(id)) => Some(id),
                _ => None,
            });
        });
    }
    let doc = data::document();
    let hits = use_memo((*query).clone(), |q| data::search_index().find(q));
    {
        let hits = hits.clone();
        use_effect_with((*current, hits.len()), move |(c, n)| {
            if *n > 0 {
                scroll_to(&format!("[data-hit=\"{c}\"]"), false);
            }
            let _ = hits;
        });
    }
    let on_input = {
        let query = query.clone();
        let current = current.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            query.set(input.value());
            current.set(0);
        })
    };
    let step = |delta: isize| {
        let current = current.clone();
        let n = hits.len();
        Callback::from(move |_: MouseEvent| {
            if n > 0 {
                current.set(((*current as isize + delta).rem_euclid(n as isize)) as usize);
            }
        })
    };
    let on_submit = {
        let current = current.clone();
        let n = hits.len();
        // Enter in the search box goes to the next hit.
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if n > 0 {
                current.set((*current + 1) % n);
            }
        })
    };
    let on_close = {
        let selected = selected.clone();
        Callback::from(move |_| {
            if let Some(id) = (*selected).clone() {
                // The address without the fragment, without a reload; the figure keeps focus.
                if let Some(w) = web_sys::window() {
                    let loc = w.location();
                    let bare = format!("{}{}", loc.pathname().unwrap_or_default(), loc.search().unwrap_or_default());
                    if let Ok(h) = w.history() {
                        let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&bare));
                    }
                }
                scroll_to(&format!("[id=\"{id}\"]"), true);
            }
            selected.set(None);
        })
    };

    // Only after every hook: a hook must run on every render, whatever the outcome.
    let cat = match data::catalogue() {
        Ok(c) => c,
        Err(e) => return message(lang, s.data_error, Some(e)),
    };
    let status = if query.trim().is_empty() {
        String::new()
    } else if hits.is_empty() {
        s.no_hits.to_string()
    } else {
        format!("{} / {}", *current + 1, hits.len())
    };
    let unknown = match fragment.as_deref().map(target_of) {
        Some(Target::Unknown(f)) => Some(f),
        _ => None,
    };

    // The report's headings are Chinese; an English page gives each its English (the
    // catalogue's, `seeds/structure.toml`) with the Chinese beside it as a subtitle.
    let toc_entry = |href: String, zh: String, en: Option<&str>| match (lang, en) {
        (Lang::En, Some(en)) => html! {
            <a class="toc-link" {href}>{ en.to_string() }<span class="toc-zh" lang="zh-CN">{ zh }</span></a>
        },
        _ => html! { <a class="toc-link" {href}>{ zh }</a> },
    };
    let toc: Html = doc
        .parts
        .iter()
        .enumerate()
        .filter(|(_, p)| p.heading.is_some())
        .map(|(pi, p)| {
            let digit = |n: u8| report::document::CHINESE_DIGITS[(n as usize).saturating_sub(1)];
            html! {
                <li>
                    { toc_entry(page.href_to(&part_id(pi)), format!("{}、{}", digit(p.number), p.title), cat.heading_en(p.number, None)) }
                    if !p.sections.is_empty() {
                        <ol>
                        { for p.sections.iter().enumerate().map(|(si, sec)| {
                            let label = match sec.kind {
                                SectionKind::Programme => format!("（{}）{}", digit(sec.number), sec.toc_title()),
                                SectionKind::ReviewLine => format!("{}是 {}", digit(sec.number), sec.toc_title()),
                            };
                            html! { <li>{ toc_entry(page.href_to(&section_id(pi, si)), label, cat.heading_en(p.number, Some(sec.number))) }</li> }
                        }) }
                        </ol>
                    }
                </li>
            }
        })
        .collect();

    let marks = data::marks();
    let selected_id = (*selected).clone();
    let blocks: Html = doc
        .blocks
        .iter()
        .map(|b| {
            // Sentence by sentence, each a span of its own with its id (a sentence's link is its
            // fragment), and the block's only children: the stylesheet knows a sentence by that.
            let content: Html = doc.sentences[b.sentences.clone()]
                .iter()
                .map(|sentence| {
                    let segs = segments(sentence.span, marks, &hits);
                    html! {
                        <span id={sentence_fragment(sentence.span.start)}>
                            { render_segments(&segs, cat, lang, &page, *current, selected_id.as_deref()) }
                        </span>
                    }
                })
                .collect();
            match b.kind {
                BlockKind::PartHeading => html! { <h2 id={part_id(b.part)} tabindex="-1">{ content }</h2> },
                BlockKind::SectionHeading => {
                    let si = b.section.unwrap_or(0);
                    html! { <h3 id={section_id(b.part, si)} tabindex="-1">{ content }</h3> }
                }
                BlockKind::Paragraph => {
                    let review = b.section.filter(|&si| doc.parts[b.part].sections[si].kind == SectionKind::ReviewLine);
                    match review {
                        Some(si) => html! { <p id={section_id(b.part, si)} class="review-line" tabindex="-1">{ content }</p> },
                        None => html! { <p>{ content }</p> },
                    }
                }
            }
        })
        .collect();

    html! {
        <div class="reader">
            <h1 class="reader-title">{ s.nav_report }</h1>
            if let Some(f) = unknown {
                { message(lang, pick(lang, "报告中没有这个位置：", "Nothing in the report is called "), Some(&f)) }
            }
            <p class="reader-note">{ pick(lang,
                "点击带下划线的数字，查看数值、类型和对应图表。",
                "The report is published in Chinese. Select an underlined number to see it explained in English, with its chart.") }</p>
            <div class="reader-grid">
                <nav id="toc" class="toc" aria-label={s.toc}>
                    <details class="toc-box">
                        <summary class="toc-title">{ s.toc }</summary>
                        // The headings are the report's own, in Chinese.
                        <ol>{ toc }</ol>
                    </details>
                </nav>
                <div class="reader-main">
                    <form class="search" role="search" onsubmit={on_submit}>
                        <label for="search-input">{ s.search }</label>
                        <div class="search-row">
                            <input id="search-input" type="search" value={(*query).clone()} oninput={on_input}
                                placeholder={s.search_placeholder} autocomplete="off" />
                            <button type="button" class="button small" onclick={step(-1)} disabled={hits.is_empty()} aria-label={s.prev}>{ "↑" }</button>
                            <button type="button" class="button small" onclick={step(1)} disabled={hits.is_empty()} aria-label={s.next}>{ "↓" }</button>
                        </div>
                        <p class="search-status" role="status" aria-live="polite">{ status }</p>
                    </form>
                    <article class="report-text" lang={TEXT.tag()}>{ blocks }</article>
                </div>
            </div>
            if let Some(id) = selected_id {
                <FigureDetail id={id.clone()} on_close={on_close} chart={crate::views::sectors::chart_href(&id, lang)} />
            }
        </div>
    }
}

/// A figure of the text as a link says it: "地区生产总值，2023年实绩，2333.3亿元". A figure the
/// report states again in the same words (75周年 at the start and at the close) says so, so
/// that no two links of the page share a name.
fn said(f: &report::Figure, lang: Lang) -> String {
    let words = |f: &report::Figure| charts::chart::announce(f, lang, None).trim_end_matches(['。', '.']).to_string();
    let mine = words(f);
    let cat = data::catalogue().ok();
    let before = cat.map_or(0, |c| c.figures.iter().filter(|o| !o.is_derived() && o.numeral < f.numeral && o.id != f.id && o.label == f.label && words(o) == mine).count());
    match before {
        0 => mine,
        n => format!("{mine}{}", match lang {
            Lang::Zh => format!("（第{}次提及）", n + 1),
            Lang::En => format!(" (mentioned again, {})", n + 1),
        }),
    }
}

fn text_of(span: Span) -> String {
    data::slice(span.start, span.end)
}

fn hit_html(seg: &Segment, current: usize) -> Html {
    let text = text_of(seg.span);
    match seg.hit {
        Some(h) => html! { <mark class={classes!("hit", (h == current).then_some("current"))} data-hit={h.to_string()}>{ text }</mark> },
        None => html! { { text } },
    }
}

/// Groups consecutive segments of one figure into one link; hits stay marked inside it.
fn render_segments(segs: &[Segment], cat: &report::Catalogue, lang: Lang, page: &Page, current: usize, selected: Option<&str>) -> Html {
    let mut out: Vec<Html> = Vec::new();
    let mut i = 0;
    while i < segs.len() {
        match segs[i].figure {
            None => {
                out.push(hit_html(&segs[i], current));
                i += 1;
            }
            Some(fi) => {
                let mut j = i;
                while j < segs.len() && segs[j].figure == Some(fi) {
                    j += 1;
                }
                let f = &cat.figures[fi];
                let class = classes!("fig", f.status.as_str().to_string(), (selected == Some(f.id.as_str())).then_some("selected"));
                // Figures stated for each item of a list (各40家) share this numeral: each keeps
                // an anchor of its own, so that its fragment leads here and opens its details.
                let sharing: Html = cat.figures.iter()
                    .filter(|o| o.numeral == f.numeral && o.id != f.id && !o.is_derived())
                    .map(|o| html! { <span class="fig-anchor" id={o.id.clone()}></span> })
                    .collect();
                out.push(html! {
                    <>
                        // The link says the figure whole (label, year and status, the value
                        // with its qualifier in words; `charts::chart::announce`) in the page's
                        // language; the digits as printed are for the eye. The same words are
                        // the note the stylesheet shows beside a targeted figure when the module
                        // is not there to open its details: one text, not two. One short class
                        // (the stylesheet's selectors end in a class, which keeps the page's
                        // style work small), and a language only where it is not the text's.
                        <a {class} id={f.id.clone()} href={page.href_to(&f.id)}>
                            <span aria-hidden="true">{ for segs[i..j].iter().map(|s| hit_html(s, current)) }</span>
                            <span class="said" lang={(lang != TEXT).then(|| lang.tag())}>{ crate::i18n::marked(&said(f, lang), lang) }</span>
                        </a>
                        { sharing }
                    </>
                });
                i = j;
            }
        }
    }
    out.into_iter().collect()
}
