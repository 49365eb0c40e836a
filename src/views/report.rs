//! The report reader: the whole text, structured, with every figure a control.

use crate::app::use_lang;
use crate::components::figure_detail::FigureDetail;
use crate::components::message::message;
use crate::data;
use crate::i18n::{pick, t};
use crate::model::reader::{segments, Segment};
use crate::views::progressive::{busy, use_effect_unless_taken_over, use_progressive};
use crate::views::{scroll_to, scroll_to_top};
use report::document::{BlockKind, SectionKind};
use report::span::Span;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReportProps {
    #[prop_or_default]
    pub figure: Option<AttrValue>,
    /// A sentence to show, by the char position where it starts.
    #[prop_or_default]
    pub sentence: Option<usize>,
}

fn part_id(p: usize) -> String {
    format!("part-{p}")
}
fn section_id(p: usize, s: usize) -> String {
    format!("sec-{p}-{s}")
}

#[function_component]
pub fn ReportView(props: &ReportProps) -> Html {
    let lang = use_lang();
    let s = t(lang);
    let cat = match data::catalogue() {
        Ok(c) => c,
        Err(e) => return message(lang, s.data_error, Some(e)),
    };
    // Only an id the catalogue knows reaches a CSS selector.
    let routed = props.figure.as_ref().filter(|id| cat.figure(id).is_some_and(|f| !f.is_derived())).cloned();
    let unknown = props.figure.as_ref().filter(|_| routed.is_none()).cloned();

    let query = use_state(String::new);
    let toc_open = use_state(|| false);
    let toggle_toc = {
        let toc_open = toc_open.clone();
        Callback::from(move |_: MouseEvent| toc_open.set(!*toc_open))
    };
    let current = use_state(|| 0usize);
    let selected = use_state(|| routed.clone());
    let doc = data::document();
    let routed_sentence = props.sentence.and_then(|start| doc.sentences.iter().find(|x| x.span.start == start)).map(|x| x.span);
    let bad_sentence = props.sentence.filter(|_| routed_sentence.is_none());
    // Without a search, a routed sentence is the one highlight.
    let sentence_mode = query.trim().is_empty() && routed_sentence.is_some();
    let hits = use_memo(((*query).clone(), routed_sentence), |(q, sentence)| match sentence {
        Some(span) if q.trim().is_empty() => vec![*span],
        _ => data::search_index().find(q),
    });
    // A deep link's place, unless the app is taking over its first screen: static/boot.js
    // went there already (and focused the figure), and the reader may have moved since.
    use_effect_unless_taken_over(routed_sentence, |span| {
        if span.is_some() {
            scroll_to("mark.sentence", false);
        }
    });
    {
        let selected = selected.clone();
        use_effect_unless_taken_over(routed.clone(), move |routed| {
            if let Some(id) = routed {
                selected.set(Some(id.clone()));
                scroll_to_top(&format!("[data-figure=\"{id}\"]"));
            }
        });
    }
    {
        let hits = hits.clone();
        use_effect_with((*current, hits.len(), sentence_mode), move |(c, n, sentence_mode)| {
            if *n > 0 && !*sentence_mode {
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
    let on_figure = {
        let selected = selected.clone();
        Callback::from(move |id: String| selected.set(Some(id.into())))
    };
    let on_close = {
        let selected = selected.clone();
        Callback::from(move |_| {
            if let Some(id) = (*selected).clone() {
                scroll_to(&format!("[data-figure=\"{id}\"]"), true);
            }
            selected.set(None);
        })
    };

    let marks = data::marks();
    let status = if query.trim().is_empty() {
        String::new()
    } else if hits.is_empty() {
        s.no_hits.to_string()
    } else {
        format!("{} / {}", *current + 1, hits.len())
    };

    let toc: Html = doc
        .parts
        .iter()
        .enumerate()
        .filter(|(_, p)| p.heading.is_some())
        .map(|(pi, p)| {
            let target = part_id(pi);
            let go = Callback::from(move |_: MouseEvent| scroll_to(&format!("#{target}"), true));
            html! {
                <li>
                    <button type="button" class="toc-link" onclick={go}>{ format!("{}、{}", report::document::CHINESE_DIGITS[(p.number as usize).saturating_sub(1)], p.title) }</button>
                    if !p.sections.is_empty() {
                        <ol>
                        { for p.sections.iter().enumerate().map(|(si, sec)| {
                            let target = section_id(pi, si);
                            let go = Callback::from(move |_: MouseEvent| scroll_to(&format!("#{target}"), true));
                            let label = match sec.kind {
                                SectionKind::Programme => format!("（{}）{}", report::document::CHINESE_DIGITS[(sec.number as usize).saturating_sub(1)], sec.title.split('，').next().unwrap_or(&sec.title)),
                                SectionKind::ReviewLine => format!("{}是 {}", report::document::CHINESE_DIGITS[(sec.number as usize).saturating_sub(1)], sec.title),
                            };
                            html! { <li><button type="button" class="toc-link" onclick={go}>{ label }</button></li> }
                        }) }
                        </ol>
                    }
                </li>
            }
        })
        .collect();

    // A deep link's target must be in the first step (see `progressive`).
    let target_at = routed
        .as_ref()
        .and_then(|id| cat.figure(id))
        .map(|f| f.span[0])
        .or(routed_sentence.map(|span| span.start))
        .and_then(|pos| doc.blocks.iter().position(|b| b.span.end > pos))
        .map_or(0, |i| i + 1);
    // The first screenful at once, the rest in one more step (see sectors.rs on why not more).
    let shown = use_progressive(doc.blocks.len(), 12, doc.blocks.len(), target_at);
    let selected_id = (*selected).clone();
    let blocks: Html = doc.blocks[..shown]
        .iter()
        .zip(data::block_sentences())
        .map(|(b, sentences)| {
            let segs = segments(b.span, marks, &hits);
            let content = render_segments(&segs, cat, *current, sentence_mode, routed.as_deref(), selected_id.as_deref(), &on_figure);
            let key = b.span.start;
            // Where the block starts and its sentences: how a sentence's link is marked before
            // the app has come (static/boot.js; see `reader::sentence_offsets`).
            let at = b.span.start.to_string();
            let sentences = AttrValue::Static(sentences.as_str());
            match b.kind {
                // Keyed: the list grows in steps, and yew pairs unkeyed children from the end.
                BlockKind::PartHeading => html! { <h2 key={key} id={part_id(b.part)} tabindex="-1" data-at={at} data-sentences={sentences}>{ content }</h2> },
                BlockKind::SectionHeading => {
                    let si = b.section.unwrap_or(0);
                    html! { <h3 key={key} id={section_id(b.part, si)} tabindex="-1" data-at={at} data-sentences={sentences}>{ content }</h3> }
                }
                BlockKind::Paragraph => {
                    let review = b.section.filter(|&si| doc.parts[b.part].sections[si].kind == SectionKind::ReviewLine);
                    match review {
                        Some(si) => html! { <p key={key} id={section_id(b.part, si)} class="review-line" tabindex="-1" data-at={at} data-sentences={sentences}>{ content }</p> },
                        None => html! { <p key={key} data-at={at} data-sentences={sentences}>{ content }</p> },
                    }
                }
            }
        })
        .collect();

    html! {
        <div class="reader">
            <h1 class="reader-title">{ s.nav_report }</h1>
            if let Some(id) = unknown {
                { message(lang, s.unknown_figure, Some(&*id)) }
            }
            if let Some(pos) = bad_sentence {
                { message(lang, pick(lang, "这个位置没有句子开头：", "No sentence starts at position "), Some(pos.to_string().as_str())) }
            }
            <p class="reader-note">{ pick(lang,
                "点击或按回车查看带下划线的数字：数值、类型和对应图表。",
                "The report is published in Chinese. Select an underlined number (click, tap or Enter) to see it explained in English, with its chart.") }</p>
            <div class="reader-grid">
                <button type="button" class="button small toc-toggle" onclick={toggle_toc}
                    aria-expanded={toc_open.to_string()} aria-controls="toc">{ s.toc }</button>
                <nav id="toc" class={classes!("toc", toc_open.then_some("open"))} aria-label={s.toc}>
                    <h2 class="toc-title">{ s.toc }</h2>
                    <ol>{ toc }</ol>
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
                    <article class="report-text" lang="zh-CN" aria-busy={busy(shown, doc.blocks.len())}>{ blocks }</article>
                </div>
            </div>
            if let Some(id) = selected_id {
                <FigureDetail id={id.clone()} on_close={on_close} chart={crate::views::sectors::chart_route(&id)} />
            }
        </div>
    }
}

fn text_of(span: Span) -> String {
    data::slice(span.start, span.end)
}

fn hit_html(seg: &Segment, current: usize, sentence_mode: bool) -> Html {
    let text = text_of(seg.span);
    match seg.hit {
        Some(_) if sentence_mode => html! { <mark class="sentence">{ text }</mark> },
        Some(h) => html! { <mark class={classes!("hit", (h == current).then_some("current"))} data-hit={h.to_string()}>{ text }</mark> },
        None => html! { { text } },
    }
}

/// Groups consecutive segments of one figure into one button; hits stay marked inside it.
fn render_segments(
    segs: &[Segment],
    cat: &report::Catalogue,
    current: usize,
    sentence_mode: bool,
    routed: Option<&str>,
    selected: Option<&str>,
    on_figure: &Callback<String>,
) -> Html {
    let mut out: Vec<Html> = Vec::new();
    let mut i = 0;
    while i < segs.len() {
        match segs[i].figure {
            None => {
                out.push(hit_html(&segs[i], current, sentence_mode));
                i += 1;
            }
            Some(fi) => {
                let mut j = i;
                while j < segs.len() && segs[j].figure == Some(fi) {
                    j += 1;
                }
                let f = &cat.figures[fi];
                let id = f.id.clone();
                let onclick = on_figure.reform({
                    let id = id.clone();
                    move |_: MouseEvent| id.clone()
                });
                let class = classes!(
                    "fig",
                    f.status.as_str().to_string(),
                    (routed == Some(id.as_str())).then_some("hl"),
                    (selected == Some(id.as_str())).then_some("selected")
                );
                out.push(html! {
                    <button type="button" {class} data-figure={id.clone()} {onclick}
                        aria-expanded={(selected == Some(id.as_str())).to_string()}
                        title={f.label.zh.clone()}>
                        { for segs[i..j].iter().map(|s| hit_html(s, current, sentence_mode)) }
                    </button>
                });
                i = j;
            }
        }
    }
    out.into_iter().collect()
}
