//! One chart as a reader meets it: title, the SVG, a tooltip for hover, tap and keyboard, a
//! one-sentence summary, the data table as its text alternative, the source, and the actions
//! (embed, share, downloads).
//!
//! The page carries the chart in both layouts (phone and desktop) and the stylesheet shows one
//! (`.layout-phone`, `.layout-desktop`): the page is drawn at build time for any screen, and the
//! hidden one is out of the accessibility tree and the tab order.

use crate::hooks::{go_to, use_lang};
use crate::components::chart_actions::ChartActions;
use crate::model::embed::default_height;
use crate::components::message::message;
use crate::data;
use crate::i18n::{pick, t};
use crate::route::{Page, Route};
use charts::chart::{self, Layout, Rendered, View};
use report::figure_text::{derived_mark, status_name, tooltip};
use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Clone, PartialEq)]
struct Tip {
    figure: String,
    x: f64,
    y: f64,
}

#[derive(Properties, PartialEq)]
pub struct ChartFigureProps {
    pub id: AttrValue,
    /// Alone in an iframe: the title is the page's h1 and the actions are fewer.
    #[prop_or_default]
    pub embed: bool,
}

fn figure_under(e: &web_sys::Event) -> Option<(String, web_sys::Element)> {
    let target = e.target()?.dyn_into::<web_sys::Element>().ok()?;
    let el = target.closest("[data-figure]").ok()??;
    Some((el.get_attribute("data-figure")?, el))
}

#[function_component]
pub fn ChartFigure(props: &ChartFigureProps) -> Html {
    let lang = use_lang();
    let s = t(lang);
    let tip = use_state(|| None::<Tip>);
    let holder = use_node_ref();
    let id = props.id.to_string();
    let rendered = use_memo((id.clone(), lang), |(id, lang)| -> Result<(Rendered, Rendered), String> {
        let def = chart::find(id).ok_or_else(|| id.clone())?;
        let cat = data::catalogue().map_err(str::to_string)?;
        Ok((chart::render(def, cat, *lang, Layout::Phone)?, chart::render(def, cat, *lang, Layout::Desktop)?))
    });
    use_effect_with((), |_| crate::browser::mark_once("first-chart"));
    // Hover, focus and tap all show the tooltip of the mark under them.
    let show = {
        let tip = tip.clone();
        let holder = holder.clone();
        Callback::from(move |e: web_sys::Event| {
            let Some((figure, el)) = figure_under(&e) else { return };
            let Some(box_) = holder.cast::<web_sys::Element>() else { return };
            let (b, m) = (box_.get_bounding_client_rect(), el.get_bounding_client_rect());
            tip.set(Some(Tip { figure, x: m.left() - b.left() + m.width() / 2.0, y: m.top() - b.top() }));
        })
    };
    let on_over = show.reform(|e: MouseEvent| e.into());
    let on_focus = show.reform(|e: FocusEvent| e.into());
    let on_click = {
        let show = show.clone();
        let tip = tip.clone();
        Callback::from(move |e: MouseEvent| {
            if figure_under(&e).is_some() {
                show.emit(e.into());
            } else {
                tip.set(None);
            }
        })
    };
    let on_key = {
        let tip = tip.clone();
        let navigator = use_navigator();
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "Escape" => tip.set(None),
            // Enter on a mark opens its sentence in the report. A derived figure has no sentence
            // of its own (the report view would not know it): its tooltip, with the formula, stays.
            "Enter" | " " => {
                if let (Some((figure, _)), Some(nav)) = (figure_under(&e), navigator.as_ref()) {
                    e.prevent_default();
                    let stated = data::catalogue().ok().and_then(|c| c.figure(&figure)).is_some_and(|f| !f.is_derived());
                    if stated {
                        go_to(nav, &Page::new(lang, Route::Report), &format!("#{figure}"));
                    }
                }
            }
            _ => {}
        })
    };
    // The pointer leaving the chart (the tooltip is inside it, so it can be hovered) and the
    // focus leaving it close the tooltip: one chart's tooltip never lingers beside another's.
    let on_leave = {
        let tip = tip.clone();
        Callback::from(move |_: MouseEvent| tip.set(None))
    };
    let on_focus_out = {
        let tip = tip.clone();
        let holder = holder.clone();
        Callback::from(move |e: FocusEvent| {
            let next = e.related_target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
            let inside = holder.cast::<web_sys::Node>().zip(next).is_some_and(|(h, n)| h.contains(Some(&n)));
            if !inside {
                tip.set(None);
            }
        })
    };
    // A tap or click anywhere else closes the tooltip.
    {
        let tip = tip.clone();
        let holder = holder.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().and_then(|w| w.document()).map(|d| {
                gloo::events::EventListener::new(&d, "click", move |e| {
                    let inside = holder
                        .cast::<web_sys::Node>()
                        .zip(e.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok()))
                        .is_some_and(|(h, t)| h.contains(Some(&t)));
                    if !inside {
                        tip.set(None);
                    }
                })
            });
            move || drop(listener)
        });
    }

    // Placed through the CSSOM, not a style attribute: the page's CSP allows none.
    let tip_ref = use_node_ref();
    {
        let tip_ref = tip_ref.clone();
        use_effect_with((*tip).clone(), move |tip| {
            if let (Some(tp), Some(el)) = (tip, tip_ref.cast::<web_sys::HtmlElement>()) {
                let st = el.style();
                let _ = st.set_property("left", &format!("{:.0}px", tp.x));
                let _ = st.set_property("top", &format!("{:.0}px", tp.y));
            }
        });
    }

    // Only after every hook: a hook must run on every render, whatever the outcome.
    let (phone, r) = match &*rendered {
        Ok((phone, desktop)) => (phone, desktop),
        Err(e) => return message(lang, s.unknown_chart, Some(e.as_str())),
    };

    // The words are `report::figure_text::tooltip`, which the proofreading sheet prints too.
    let tooltip = (*tip).as_ref().and_then(|tp| {
        let f = data::catalogue().ok()?.figure(&tp.figure)?;
        let t = tooltip(f, lang);
        Some(html! {
            <div class="tooltip" role="tooltip" id={format!("tip-{id}")} ref={tip_ref.clone()}>
                <strong>{ t.label }</strong>
                <span class="tooltip-value">{ t.value }</span>
                <span class="tooltip-status">{ t.status }</span>
                if let Some(formula) = t.derived { <span class="tooltip-derived">{ formula }</span> }
                <span class="tooltip-quote" lang="zh-CN">{ t.quote }</span>
                if !f.is_derived() {
                    <a href={Page::new(lang, Route::Report).href_to(&f.id)}>{ s.show_in_text }</a>
                }
            </div>
        })
    });

    let actions = (!props.embed).then(|| {
        let def = chart::find(&id).expect("rendered, so known");
        let share = match def.view {
            View::Compare => Page::new(lang, Route::Compare).href_to(&id),
            View::Sectors => Page::new(lang, Route::Sectors).href_to(&id),
        };
        let svg = Callback::from(move |_: ()| {
            let cat = data::catalogue().ok()?;
            let r = chart::render_standalone(def, cat, lang, Layout::Desktop).ok()?;
            Some((r.svg, r.width, r.height))
        });
        let rows = r.rows.clone();
        let csv = Callback::from(move |_: ()| {
            let mut out = String::from("figure_id,label,value,status,derived\n");
            for row in &rows {
                let cells = [row.figure_id.as_str(), row.label.as_str(), row.value.as_str(), row.status.as_str(), if row.derived { "true" } else { "false" }];
                out.push_str(&cells.map(report::export::csv_field).join(","));
                out.push('\n');
            }
            out
        });
        html! {
            <ChartActions target={id.clone()} embed={Page::new(lang, Route::Embed { chart: id.clone() })} title={r.title.clone()} share={share}
                embed_height={default_height(r.width, r.height)} svg={Some(svg)} csv={Some(csv)} />
        }
    });
    let title_id = format!("chart-title-{id}");
    let title = if props.embed {
        html! { <h1 id={title_id.clone()} class="chart-title">{ r.title.clone() }</h1> }
    } else {
        html! { <h2 id={title_id.clone()} class="chart-title">{ r.title.clone() }</h2> }
    };
    let table_caption = pick(lang, "数据表", "Data table");
    html! {
        <figure class={classes!("chart", props.embed.then_some("embedded"))} id={id.clone()} data-chart={id.clone()} aria-labelledby={title_id}>
            { title }
            <p class="chart-summary">{ r.summary.clone() }</p>
            <div class="chart-svg" ref={holder} onmouseover={on_over} onfocusin={on_focus} onfocusout={on_focus_out} onmouseleave={on_leave} onclick={on_click} onkeydown={on_key}>
                <div class="layout-phone">{ Html::from_html_unchecked(AttrValue::from(phone.svg.clone())) }</div>
                <div class="layout-desktop">{ Html::from_html_unchecked(AttrValue::from(r.svg.clone())) }</div>
                { tooltip.unwrap_or_default() }
            </div>
            <details class="chart-table">
                <summary>{ table_caption }</summary>
                <table>
                    <caption class="sr-only">{ format!("{}：{}", table_caption, r.title) }</caption>
                    <thead><tr>
                        <th scope="col">{ pick(lang, "指标", "Indicator") }</th>
                        <th scope="col">{ s.figure_value }</th>
                        <th scope="col">{ s.figure_status }</th>
                    </tr></thead>
                    <tbody>
                    { for r.rows.iter().map(|row| html! {
                        <tr data-row-figure={row.figure_id.clone()}>
                            <th scope="row">
                                if row.derived { { row.label.clone() } } else {
                                    <a href={Page::new(lang, Route::Report).href_to(&row.figure_id)}>{ row.label.clone() }</a>
                                }
                            </th>
                            <td>{ row.value.clone() }</td>
                            // The status as the figure's card and tooltip name it (a derived 2022
                            // baseline is a 2022 result, not the report's 2023 one).
                            <td>{ data::catalogue().ok().and_then(|c| c.figure(&row.figure_id)).map(|f| format!("{}{}", status_name(f, lang), derived_mark(f, lang))).unwrap_or_default() }</td>
                        </tr>
                    }) }
                    </tbody>
                </table>
            </details>
            <figcaption class="chart-source">{ r.source.clone() }</figcaption>
            { actions.unwrap_or_default() }
        </figure>
    }
}
