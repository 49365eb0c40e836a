//! One chart as a reader meets it: title, the SVG, a tooltip for hover, tap and keyboard, a
//! one-sentence summary, the data table as its text alternative, the source, and the actions
//! (embed, share, downloads).

use crate::app::use_lang;
use crate::components::chart_actions::ChartActions;
use crate::components::figure_card::status_line;
use crate::model::embed::default_height;
use crate::components::message::message;
use crate::data;
use crate::i18n::{pick, t};
use crate::route::Route;
use charts::chart::{self, Layout, Rendered, View};
use report::format::figure_value;
use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::prelude::*;

/// Phone layout below this width (CSS pixels): the desktop layout keeps its text at 12 px or
/// more only when the chart is drawn at least `Layout::Desktop.min_css_px()` (720) wide, which
/// takes a 780 px window (the page's and the card's padding).
const PHONE_MAX: i32 = 780;

/// At build time there is no window: the prerenderer says which layout it wants. Not a thread
/// local: yew's server renderer draws on threads of its own.
#[cfg(not(target_arch = "wasm32"))]
static ASSUMED_PHONE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

fn measure_layout() -> Layout {
    #[cfg(not(target_arch = "wasm32"))]
    let w = if ASSUMED_PHONE.load(std::sync::atomic::Ordering::Relaxed) { 0.0 } else { 1024.0 };
    #[cfg(target_arch = "wasm32")]
    let w = web_sys::window().and_then(|w| w.inner_width().ok()).and_then(|v| v.as_f64()).unwrap_or(1024.0);
    if (w as i32) < PHONE_MAX {
        Layout::Phone
    } else {
        Layout::Desktop
    }
}

thread_local! {
    /// The layout last measured. Reading the window's width forces the browser to lay out the
    /// page first; done once per chart, a view of 19 charts spent half its time on it.
    static KNOWN_LAYOUT: std::cell::Cell<Option<Layout>> = const { std::cell::Cell::new(None) };
}

fn current_layout() -> Layout {
    #[cfg(not(target_arch = "wasm32"))]
    return measure_layout();
    #[cfg(target_arch = "wasm32")]
    KNOWN_LAYOUT.with(|k| {
        k.get().unwrap_or_else(|| {
            let l = measure_layout();
            k.set(Some(l));
            l
        })
    })
}

/// Renders the charts that follow in `layout`: for the build-time renderer, which writes both
/// (`static/boot.js` picks one by the same `PHONE_MAX` rule).
#[cfg(not(target_arch = "wasm32"))]
pub fn assume_layout(layout: Layout) {
    ASSUMED_PHONE.store(layout == Layout::Phone, std::sync::atomic::Ordering::Relaxed);
}

/// The chart layout for the window's width, following resizes and rotations.
#[hook]
pub fn use_layout() -> Layout {
    let layout = use_state(current_layout);
    {
        let layout = layout.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                gloo::events::EventListener::new(&w, "resize", move |_| {
                    let now = measure_layout();
                    KNOWN_LAYOUT.with(|k| k.set(Some(now)));
                    if now != *layout {
                        layout.set(now);
                    }
                })
            });
            move || drop(listener)
        });
    }
    *layout
}

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
    let layout = use_layout();
    let tip = use_state(|| None::<Tip>);
    let holder = use_node_ref();
    let id = props.id.to_string();
    let rendered = use_memo((id.clone(), lang, layout), |(id, lang, layout)| -> Result<Rendered, String> {
        let def = chart::find(id).ok_or_else(|| id.clone())?;
        let cat = data::catalogue().map_err(str::to_string)?;
        chart::render(def, cat, *lang, *layout)
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
                        nav.push(&Route::ReportFigure { figure });
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

    // The data table is built when first opened: most readers never open it, and a view of 19
    // charts draws noticeably faster without 19 tables nobody sees.
    // At build time it is written out: the prerendered embed opens it without the module.
    let table_open = use_state(|| cfg!(not(target_arch = "wasm32")));
    let on_toggle = {
        let table_open = table_open.clone();
        Callback::from(move |e: Event| {
            let open = e.target_dyn_into::<web_sys::Element>().is_some_and(|d| d.has_attribute("open"));
            if open && !*table_open {
                table_open.set(true);
            }
        })
    };

    // Only after every hook: a hook must run on every render, whatever the outcome.
    let r = match &*rendered {
        Ok(r) => r,
        Err(e) => return message(lang, s.unknown_chart, Some(e.as_str())),
    };

    let tooltip = (*tip).as_ref().and_then(|tp| {
        let f = data::catalogue().ok()?.figure(&tp.figure)?;
        Some(html! {
            <div class="tooltip" role="tooltip" id={format!("tip-{id}")} ref={tip_ref.clone()}>
                <strong>{ pick(lang, &f.label.zh, &f.label.en) }</strong>
                <span class="tooltip-value">{ figure_value(f, lang) }</span>
                <span class="tooltip-status">{ status_line(f, lang) }</span>
                if let Some(formula) = &f.derived { <span class="tooltip-derived">{ formula }</span> }
                <span class="tooltip-quote" lang="zh-CN">{ format!("“{}”", f.quote) }</span>
                if !f.is_derived() {
                    <a href={(Route::ReportFigure { figure: f.id.clone() }).href()}>{ s.show_in_text }</a>
                }
            </div>
        })
    });

    let actions = (!props.embed).then(|| {
        let def = chart::find(&id).expect("rendered, so known");
        let share_url = format!("{}?lang={}#{}", crate::browser::base_url(), lang.code(), match def.view {
            View::Compare => "/compare".to_string(),
            View::Sectors => format!("/sectors/{id}"),
        });
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
            <ChartActions target={id.clone()} title={r.title.clone()} share_url={share_url}
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
        <figure class={classes!("chart", props.embed.then_some("embedded"))} data-chart={id.clone()} aria-labelledby={title_id}>
            { title }
            <p class="chart-summary">{ r.summary.clone() }</p>
            <div class="chart-svg" ref={holder} onmouseover={on_over} onfocusin={on_focus} onfocusout={on_focus_out} onmouseleave={on_leave} onclick={on_click} onkeydown={on_key}>
                { Html::from_html_unchecked(AttrValue::from(r.svg.clone())) }
                { tooltip.unwrap_or_default() }
            </div>
            <details class="chart-table" ontoggle={on_toggle}>
                <summary>{ table_caption }</summary>
                if *table_open {
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
                                    <a href={(Route::ReportFigure { figure: row.figure_id.clone() }).href()}>{ row.label.clone() }</a>
                                }
                            </th>
                            <td>{ row.value.clone() }</td>
                            <td>{ match row.status { report::Status::Actual => s.actual, report::Status::Target => s.target } }{ if row.derived { format!(" · {}", s.derived) } else { String::new() } }</td>
                        </tr>
                    }) }
                    </tbody>
                </table>
                }
            </details>
            <figcaption class="chart-source">{ r.source.clone() }</figcaption>
            { actions.unwrap_or_default() }
        </figure>
    }
}
