//! One chart as a reader meets it: title, the SVG, a tooltip for hover, tap and keyboard, a
//! one-sentence summary, the data table as its text alternative, the source, and the actions
//! (embed, share, downloads).
//!
//! The page carries the chart in every layout it may need (phone and desktop; an embed also the
//! narrow one, for frames narrower than any phone's page) and the stylesheet shows one
//! (`Layout::class`): the page is drawn at build time for any screen, and the hidden ones are out
//! of the accessibility tree and the tab order.

use crate::components::tree_keys;
use crate::hooks::{go_to, use_lang, use_page};
use crate::model::tree_nav;
use crate::components::chart_actions::ChartActions;
use crate::model::embed::{default_height, layouts, shown_layout, ARTICLE_PX, BELOW_CHART_PX};
use crate::components::message::message;
use crate::data;
use crate::i18n::{marked, pick, t};
use crate::route::{Page, Route};
use charts::chart::{self, Layout, Node, Rendered};
use report::figure_text::{derived_mark, status_name, tooltip};
use report::format::spoken_value;
use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Clone, PartialEq)]
struct Tip {
    figure: String,
    /// The treeitem it describes (`aria-describedby`), in the layout shown.
    node: String,
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

/// The chart's drawing root an event happened in, and the layout it is drawn in.
fn root_of(e: &web_sys::Event) -> Option<(web_sys::Element, Layout)> {
    let target = e.target()?.dyn_into::<web_sys::Element>().ok()?;
    let root = target.closest("svg.chart-svg-root").ok()??;
    let layout = Layout::ALL.into_iter().find(|l| root.closest(&format!(".{}", l.class())).ok().flatten().is_some())?;
    Some((root, layout))
}

/// The part of the screen a reader sees, top and bottom in CSS px: the window less the site's
/// navigation bar, fixed at the bottom on a phone and sticky at the top on a desktop (main.css).
fn screen_edges() -> (f64, f64) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return (0.0, f64::MAX) };
    let height = doc.document_element().map_or(f64::MAX, |e| f64::from(e.client_height()));
    let nav = doc.query_selector(".site-nav").ok().flatten().map(|n| n.get_bounding_client_rect());
    match nav {
        // At the bottom of the screen: its top is the screen's bottom edge.
        Some(n) if n.height() > 0.0 && n.top() > height / 2.0 => (0.0, n.top().min(height)),
        // At the top, while it covers the top of the screen (it scrolls away on a long page's end).
        Some(n) if n.height() > 0.0 && n.bottom() > 0.0 => (n.bottom(), height),
        _ => (0.0, height),
    }
}

/// The screen's width in CSS px: the root's client width, not `innerWidth`, which a phone widens
/// to take in whatever sticks out of the page (a tooltip before it is moved, for one).
fn screen_width() -> f64 {
    web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()).map_or(f64::MAX, |e| f64::from(e.client_width()))
}

/// Where a tooltip goes: `below` its mark or above it, and `anchor`, the value of its CSS `top`
/// in screen px (the mark's top when above, its bottom when below; the stylesheet adds the gap).
#[derive(Debug, PartialEq)]
struct TipPlace {
    below: bool,
    anchor: f64,
}

/// The gap between a tooltip and its mark, as `.tooltip` and `.tooltip.below` draw it (main.css).
const TIP_GAP: f64 = 8.0;

/// Places a tooltip of `height` for a mark whose top is at `mark_top` and that is `mark_height`
/// tall, within the screen's edges `lo` and `hi` (screen px): above the mark if it fits there,
/// else below it if it fits there, else on the side with more room, moved along the mark until it
/// is inside the edges (its top edge first, if it is taller than the screen).
fn tip_place(mark_top: f64, mark_height: f64, height: f64, lo: f64, hi: f64) -> TipPlace {
    let above = mark_top - TIP_GAP - height;
    let below = mark_top + mark_height + TIP_GAP;
    let fits = |top: f64| top >= lo && top + height <= hi;
    let below_side = !fits(above) && (fits(below) || hi - (mark_top + mark_height) > mark_top - lo);
    let want = if below_side { below } else { above };
    let top = if hi - height >= lo { want.clamp(lo, hi - height) } else { lo };
    TipPlace { below: below_side, anchor: if below_side { top - TIP_GAP } else { top + height + TIP_GAP } }
}

/// The id of a chart's data table (one per chart, whichever layout shows).
pub fn table_id(chart: &str) -> String {
    format!("{chart}-table")
}

/// Opens the chart's data table and moves the focus to it.
fn open_table(chart: &str) {
    let Some(details) = tree_keys::element(&table_id(chart)) else { return };
    let _ = details.set_attribute("open", "");
    if let Ok(Some(summary)) = details.query_selector("summary") {
        tree_keys::reveal(&summary);
        tree_keys::focus(&summary);
    }
}

#[function_component]
pub fn ChartFigure(props: &ChartFigureProps) -> Html {
    let lang = use_lang();
    let page = use_page();
    let s = t(lang);
    let tip = use_state(|| None::<Tip>);
    let holder = use_node_ref();
    let ring = use_node_ref();
    // Where the reader is in the chart's tree (`model::tree_nav`): kept while they are away, so
    // that Tab back into the chart returns to the same mark.
    let at = use_mut_ref(Vec::<usize>::new);
    let id = props.id.to_string();
    let rendered = use_memo((id.clone(), lang, props.embed), |(id, lang, embed)| -> Result<Vec<(Layout, Rendered)>, String> {
        let def = chart::find(id).ok_or_else(|| id.clone())?;
        let cat = data::catalogue().map_err(str::to_string)?;
        layouts(*embed).iter().map(|l| Ok((*l, chart::render(def, cat, *lang, *l)?))).collect()
    });
    // The keys, said once the reader is on the drawing (its description; the root SVG is the
    // crate's markup, so the reference is set after hydration).
    {
        let (holder, keys) = (holder.clone(), format!("{id}-keys"));
        use_effect_with((), move |_| {
            crate::browser::mark_once("first-chart");
            if let Some(h) = holder.cast::<web_sys::Element>() {
                tree_keys::describe_roots(&h, "svg.chart-svg-root", &keys);
            }
        });
    }
    let tree_of = {
        let rendered = rendered.clone();
        move |layout: Layout| -> Option<Node> {
            let all = rendered.as_ref().as_ref().ok()?;
            all.iter().find(|(l, _)| *l == layout).map(|(_, r)| r.tree.clone())
        }
    };
    // The tooltip of the mark `el` (of figure `figure`), above it.
    let tip_for = {
        let holder = holder.clone();
        move |figure: String, el: &web_sys::Element| -> Option<Tip> {
            let box_ = holder.cast::<web_sys::Element>()?;
            let (b, m) = (box_.get_bounding_client_rect(), el.get_bounding_client_rect());
            Some(Tip { figure, node: el.id(), x: m.left() - b.left() + m.width() / 2.0, y: m.top() - b.top() })
        }
    };
    // Makes the node at `path` current: active descendant, focus ring, its tooltip if a mark.
    let go = {
        let (tip, holder, ring, at, tip_for, tree_of) = (tip.clone(), holder.clone(), ring.clone(), at.clone(), tip_for.clone(), tree_of.clone());
        move |root: &web_sys::Element, layout: Layout, path: Vec<usize>| {
            let Some(tree) = tree_of(layout) else { return };
            let Some(node) = tree_nav::node_at(&tree, &path) else { return };
            tree_keys::mark_active(root, node);
            if let (Some(r), Some(h)) = (ring.cast::<web_sys::HtmlElement>(), holder.cast::<web_sys::Element>()) {
                tree_keys::place_ring(&r, &h, root, node.bbox);
            }
            let el = tree_keys::element(&node.id);
            if let Some(el) = &el {
                if node.bbox.is_some() {
                    tree_keys::reveal(el);
                }
            }
            tip.set(match (&node.figure, &el) {
                (Some(f), Some(el)) => tip_for(f.clone(), el),
                _ => None,
            });
            *at.borrow_mut() = path;
        }
    };
    // Hover and tap show the tooltip of the mark under them.
    let on_over = {
        let (tip, tip_for) = (tip.clone(), tip_for.clone());
        Callback::from(move |e: MouseEvent| {
            if let Some((figure, el)) = figure_under(&e) {
                if let Some(t) = tip_for(figure, &el) {
                    tip.set(Some(t));
                }
            }
        })
    };
    // Tab onto the chart: the tree's current node (the summary at first).
    let on_focus = {
        let (go, at) = (go.clone(), at.clone());
        Callback::from(move |e: FocusEvent| {
            let Some((root, layout)) = root_of(&e) else { return };
            let is_root = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|t| t == root);
            if is_root {
                let path = at.borrow().clone();
                go(&root, layout, path);
            }
        })
    };
    let on_click = {
        let (tip, go, tree_of) = (tip.clone(), go.clone(), tree_of.clone());
        Callback::from(move |e: MouseEvent| {
            match (figure_under(&e), root_of(&e)) {
                (Some((_, el)), Some((root, layout))) => {
                    // The mark clicked becomes the tree's current node (the root took the focus).
                    if let Some(path) = tree_of(layout).and_then(|t| tree_nav::path_of(&t, &el.id())) {
                        go(&root, layout, path);
                    }
                }
                _ if e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|t| t.closest(".tooltip").ok().flatten().is_some()) => {}
                _ => tip.set(None),
            }
        })
    };
    let on_key = {
        let (go, at, tree_of, holder) = (go.clone(), at.clone(), tree_of.clone(), holder.clone());
        let navigator = use_navigator();
        let chart_id = id.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.alt_key() || e.ctrl_key() || e.meta_key() {
                return;
            }
            let Some((root, layout)) = root_of(&e) else { return };
            // Keys of the tree only on the drawing itself (not on the tooltip's link).
            if e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_none_or(|t| t != root) {
                return;
            }
            let Some(tree) = tree_of(layout) else { return };
            let here = at.borrow().clone();
            if let Some(key) = tree_nav::Key::from_event(&e.key()) {
                e.prevent_default();
                match tree_nav::step(&tree, &here, key) {
                    tree_nav::Move::To(path) => go(&root, layout, path),
                    tree_nav::Move::Leave => {
                        if let Some(h) = holder.cast::<web_sys::Element>() {
                            tree_keys::focus_after(&h, &root);
                        }
                    }
                }
                return;
            }
            match e.key().as_str() {
                "t" | "T" => {
                    e.prevent_default();
                    open_table(&chart_id);
                }
                // Enter on a mark opens its sentence in the report (its tooltip says so). A
                // derived figure has no sentence of its own: its tooltip, with the formula, stays.
                "Enter" | " " => {
                    e.prevent_default();
                    let figure = tree_nav::node_at(&tree, &here).and_then(|n| n.figure.clone());
                    let stated = figure.as_deref().and_then(|f| data::catalogue().ok()?.figure(f)).filter(|f| !f.is_derived());
                    match (stated, navigator.as_ref()) {
                        (Some(f), Some(nav)) => go_to(nav, &Page::new(lang, Route::Report), &format!("#{}", f.id)),
                        _ => go(&root, layout, here),
                    }
                }
                _ => {}
            }
        })
    };
    // The pointer leaving the chart (the tooltip is inside it, so it can be hovered) and the
    // focus leaving it close the tooltip: one chart's tooltip never lingers beside another's.
    let on_leave = {
        let tip = tip.clone();
        let holder = holder.clone();
        Callback::from(move |_: MouseEvent| {
            // Not while the reader is in the chart with the keys: the tooltip is the active mark's.
            let focused = holder.cast::<web_sys::Node>().zip(web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element()));
            if !focused.is_some_and(|(h, a)| h.contains(Some(&a))) {
                tip.set(None);
            }
        })
    };
    let on_focus_out = {
        let tip = tip.clone();
        let holder = holder.clone();
        let ring = ring.clone();
        Callback::from(move |e: FocusEvent| {
            let next = e.related_target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
            let inside = holder.cast::<web_sys::Node>().zip(next).is_some_and(|(h, n)| h.contains(Some(&n)));
            if !inside {
                tip.set(None);
                if let Some(r) = ring.cast::<web_sys::HtmlElement>() {
                    r.set_hidden(true);
                }
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

    /// The least room, in CSS px, between a tooltip and the screen's edge.
    const EDGE: f64 = 4.0;
    // Placed through the CSSOM, not a style attribute: the page's CSP allows none. The tooltip
    // describes its mark (`aria-describedby`), and only that one.
    let tip_ref = use_node_ref();
    {
        let (tip_ref, holder) = (tip_ref.clone(), holder.clone());
        use_effect_with((*tip).clone(), move |tip| {
            if let Some(h) = holder.cast::<web_sys::Element>() {
                if let Ok(list) = h.query_selector_all("[aria-describedby^=\"tip-\"]") {
                    for i in 0..list.length() {
                        if let Some(e) = list.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                            let _ = e.remove_attribute("aria-describedby");
                        }
                    }
                }
            }
            if let (Some(tp), Some(el)) = (tip, tip_ref.cast::<web_sys::HtmlElement>()) {
                let st = el.style();
                let _ = el.class_list().remove_1("below");
                let _ = st.set_property("left", &format!("{:.0}px", tp.x));
                let _ = st.set_property("top", &format!("{:.0}px", tp.y));
                let mark = tree_keys::element(&tp.node);
                // Never cut off by the screen's edges, nor under the navigation bar: moved
                // sideways to fit; above its mark, or below it when there is no room above,
                // and moved along the mark when there is room on neither side.
                let width = screen_width();
                let r = el.get_bounding_client_rect();
                let dx = if r.left() < EDGE { EDGE - r.left() } else if r.right() > width - EDGE { (width - EDGE - r.right()).max(EDGE - r.left()) } else { 0.0 };
                if dx != 0.0 {
                    let _ = st.set_property("left", &format!("{:.0}px", tp.x + dx));
                }
                let (top_edge, bottom_edge) = screen_edges();
                let holder_top = holder.cast::<web_sys::Element>().map_or(0.0, |h| h.get_bounding_client_rect().top());
                let mark_height = mark.as_ref().map_or(0.0, |m| m.get_bounding_client_rect().height());
                // Measured again: moved sideways, its lines may have wrapped differently.
                let height = el.get_bounding_client_rect().height();
                let place = tip_place(holder_top + tp.y, mark_height, height, top_edge + EDGE, bottom_edge - EDGE);
                if place.below {
                    let _ = el.class_list().add_1("below");
                }
                let _ = st.set_property("top", &format!("{:.0}px", place.anchor - holder_top));
                if let Some(mark) = mark {
                    let _ = mark.set_attribute("aria-describedby", &el.id());
                }
            }
        });
    }

    // Only after every hook: a hook must run on every render, whatever the outcome.
    let (all, r) = match &*rendered {
        Ok(all) => (all, &all.last().expect("a desktop layout").1),
        Err(e) => return message(lang, s.unknown_chart, Some(e.as_str())),
    };

    // The words are `report::figure_text::tooltip`, which the proofreading sheet prints too.
    let tip_id = format!("tip-{id}");
    let tooltip = (*tip).as_ref().and_then(|tp| {
        let f = data::catalogue().ok()?.figure(&tp.figure)?;
        let t = tooltip(f, lang);
        Some(html! {
            <div class="tooltip" role="tooltip" id={tip_id.clone()} ref={tip_ref.clone()}>
                <strong>{ marked(&t.label, lang) }</strong>
                <span class="tooltip-value"><span aria-hidden="true">{ t.value }</span><span class="sr-only">{ spoken_value(f, lang) }</span></span>
                <span class="tooltip-status">{ t.status }</span>
                if let Some(formula) = t.derived { <span class="tooltip-derived">{ formula }</span> }
                <span class="tooltip-quote" lang="zh-CN">{ t.quote }</span>
                if !f.is_derived() {
                    // What Enter does on the mark, said with the mark (this is its description).
                    <span class="sr-only">{ pick(lang, "按回车在原文中查看。", "Enter: see it in the report.") }</span>
                    <a href={Page::new(lang, Route::Report).href_to(&f.id)}>{ s.show_in_text }<span class="sr-only">{ pick(lang, "：", ": ") }{ t.label }</span></a>
                }
            </div>
        })
    });

    let actions = (!props.embed).then(|| {
        let def = chart::find(&id).expect("rendered, so known");
        let share = crate::images::chart_href(def, lang);
        let address = share.clone();
        let svg = Callback::from(move |_: ()| {
            let cat = data::catalogue().ok()?;
            // The address is the site's in the browser (known only there, when exporting).
            let r = chart::render_standalone(def, cat, lang, Layout::Desktop, &format!("{}{address}", crate::browser::base_url())).ok()?;
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
        // The embed's starting height: the drawing a frame in an article shows (this page carries
        // it; an article's frame is wider than the narrow layout's range).
        let shown = shown_layout(ARTICLE_PX);
        let d = all.iter().find(|(l, _)| *l == shown).map_or(r, |(_, d)| d);
        let embed_height = default_height((d.width, d.height), shown.max_css_px(), &r.title, &r.summary, BELOW_CHART_PX);
        html! {
            <ChartActions target={id.clone()} embed={Page::new(lang, Route::Embed { chart: id.clone() })} title={r.title.clone()} share={share}
                {embed_height} svg={Some(svg)} csv={Some(csv)} />
        }
    });
    let title_id = format!("chart-title-{id}");
    let title = if props.embed {
        html! { <h1 id={title_id.clone()} class="chart-title">{ marked(&r.title, lang) }</h1> }
    } else {
        html! { <h2 id={title_id.clone()} class="chart-title">{ marked(&r.title, lang) }</h2> }
    };
    let table_caption = pick(lang, "数据表", "Data table");
    // The summary is the tree's first node, said when the reader reaches the chart: the
    // paragraph that shows it is hidden from assistive technology so it is not heard twice.
    let summary_in_tree = all.iter().all(|(_, d)| d.tree.label == r.summary);
    let table = table_id(&id);
    let skip = {
        let chart = id.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            open_table(&chart);
        })
    };
    html! {
        <figure class={classes!("chart", props.embed.then_some("embedded"))} id={id.clone()} data-chart={id.clone()} aria-labelledby={title_id}>
            { title }
            <p class="chart-summary" aria-hidden={summary_in_tree.then_some("true")}>{ r.summary.clone() }</p>
            <a class="skip-chart" href={page.href_to(&table)} onclick={skip}>
                { pick(lang, "跳过图表，看数据表", "Skip the chart, see its table") }<span class="sr-only">{ pick(lang, "：", ": ") }{ r.title.clone() }</span>
            </a>
            <div class="chart-svg" ref={holder} onmouseover={on_over} onfocusin={on_focus} onfocusout={on_focus_out} onmouseleave={on_leave} onclick={on_click} onkeydown={on_key}>
                { for all.iter().map(|(l, d)| html! {
                    <div class={l.class()}>{ Html::from_html_unchecked(AttrValue::from(d.svg.clone())) }</div>
                }) }
                <div class="focus-ring" hidden=true ref={ring} aria-hidden="true"></div>
                <span id={format!("{id}-keys")} hidden=true>{ pick(lang,
                    "下箭头进入下一层，上箭头或Esc返回上一层，左右箭头在同层移动，Home和End到两端；T键打开数据表；在数据上按回车到原文中查看。",
                    "Down arrow enters a level, up arrow or Escape goes back up, left and right arrows move along it, Home and End go to the ends; T opens the data table; Enter on a figure shows it in the report.") }</span>
                { tooltip.unwrap_or_default() }
            </div>
            <details class="chart-table" id={table}>
                <summary>{ table_caption }<span class="sr-only">{ pick(lang, "：", ": ") }{ r.title.clone() }</span></summary>
                <table>
                    <caption class="sr-only">{ format!("{}{}{}", table_caption, pick(lang, "：", ": "), r.title) }</caption>
                    <thead><tr>
                        <th scope="col">{ pick(lang, "指标", "Indicator") }</th>
                        <th scope="col">{ s.figure_value }</th>
                        <th scope="col">{ s.figure_status }</th>
                    </tr></thead>
                    <tbody>
                    { for r.rows.iter().map(|row| {
                        let f = data::catalogue().ok().and_then(|c| c.figure(&row.figure_id));
                        // The status as the figure's card and tooltip name it (a derived 2022
                        // baseline is a 2022 result, not the report's 2023 one).
                        let status = f.map(|f| format!("{}{}", status_name(f, lang), derived_mark(f, lang))).unwrap_or_default();
                        let spoken = f.map(|f| spoken_value(f, lang)).unwrap_or_else(|| row.value.clone());
                        html! {
                            <tr data-row-figure={row.figure_id.clone()}>
                                <th scope="row">
                                    if row.derived { { marked(&row.label, lang) } } else {
                                        // The year and status make the name unique: one label may
                                        // stand for several years of an indicator.
                                        <a href={Page::new(lang, Route::Report).href_to(&row.figure_id)}>{ marked(&row.label, lang) }<span class="sr-only">{ pick(lang, "，", ", ") }{ f.map(|f| status_name(f, lang)).unwrap_or_default() }</span></a>
                                    }
                                </th>
                                <td>
                                    if spoken == row.value { { row.value.clone() } } else {
                                        <span class="value-shown" aria-hidden="true">{ row.value.clone() }</span><span class="sr-only">{ spoken }</span>
                                    }
                                </td>
                                <td>{ status }</td>
                            </tr>
                        }
                    }) }
                    </tbody>
                </table>
            </details>
            <figcaption class="chart-source">{ r.source.clone() }</figcaption>
            { actions.unwrap_or_default() }
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tooltip's box on the screen, (top, bottom), as the stylesheet draws a place.
    fn drawn(p: &TipPlace, height: f64) -> (f64, f64) {
        let top = if p.below { p.anchor + TIP_GAP } else { p.anchor - TIP_GAP - height };
        (top, top + height)
    }

    #[test]
    fn a_tooltip_goes_above_its_mark_when_it_fits() {
        let p = tip_place(400.0, 20.0, 150.0, 4.0, 748.0);
        assert_eq!(p, TipPlace { below: false, anchor: 400.0 });
        assert_eq!(drawn(&p, 150.0), (242.0, 392.0));
    }

    #[test]
    fn a_tooltip_goes_below_a_mark_at_the_top_of_the_screen() {
        let p = tip_place(60.0, 20.0, 150.0, 4.0, 748.0);
        assert!(p.below);
        assert_eq!(drawn(&p, 150.0), (88.0, 238.0));
    }

    /// A phone: 812 px tall, the navigation bar's top at 752, so the edge is at 748. A tall bar
    /// at the top of the screen: below it, the tooltip would end under the bar.
    #[test]
    fn a_tooltip_never_reaches_under_the_bottom_navigation() {
        let (lo, hi) = (4.0, 748.0);
        for (mark_top, mark_height, height) in [(10.0, 600.0, 220.0), (-100.0, 900.0, 220.0), (30.0, 560.0, 300.0), (740.0, 10.0, 200.0), (760.0, 30.0, 200.0)] {
            let p = tip_place(mark_top, mark_height, height, lo, hi);
            let (top, bottom) = drawn(&p, height);
            assert!(top >= lo && bottom <= hi, "mark {mark_top}+{mark_height}, tooltip {height}: drawn at {top}..{bottom} ({p:?})");
        }
    }

    #[test]
    fn a_tooltip_taller_than_the_screen_shows_its_top() {
        let p = tip_place(300.0, 20.0, 900.0, 4.0, 748.0);
        assert_eq!(drawn(&p, 900.0).0, 4.0);
    }
}
