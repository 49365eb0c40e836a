//! The chart views `compare/` and `sectors/`: the layout of every chart at phone and desktop
//! sizes (no chart text overlapping, none outside its chart), tooltips by mouse, touch and
//! keyboard (the tree's keys, Enter to the report, `t` and the skip link to the table), the data
//! table, a chart's link and the embed code.

use crate::harness::{shared_server, Browser, DESKTOP, PHONE};
use charts::chart::{self, Layout, View};
use fantoccini::actions::{InputSource, KeyAction, KeyActions, MouseActions, PointerAction, TouchActions, MOUSE_BUTTON_LEFT};
use fantoccini::key::Key;
use fantoccini::Locator;
use report::format::{figure_value, Lang};
use report::{Catalogue, Figure};
use serde_json::Value;
use std::sync::OnceLock;

fn catalogue() -> &'static Catalogue {
    static CAT: OnceLock<Catalogue> = OnceLock::new();
    CAT.get_or_init(|| report::seeds::checked().catalogue)
}

fn figure(id: &str) -> &'static Figure {
    catalogue().figure(id).unwrap_or_else(|| panic!("no figure `{id}` in the catalogue"))
}

/// The chart ids of a view, in the registry's order.
fn chart_ids(view: View) -> Vec<&'static str> {
    chart::in_view(view).map(|d| d.id).collect()
}

/// `[data-chart="<chart>"] .layout-<shown> .hit[data-figure="<figure>"]`: the mark in the layout
/// shown (the page carries both).
fn mark(chart: &str, figure: &str) -> String {
    format!("[data-chart=\"{chart}\"] .layout-shown .hit[data-figure=\"{figure}\"]")
}

/// Marks the shown layout of every chart `.layout-shown`, for [`mark`].
async fn mark_shown_layouts(b: &Browser) {
    b.js("document.querySelectorAll('.layout-phone, .layout-desktop').forEach(l => l.classList.toggle('layout-shown', l.getClientRects().length > 0));").await;
}

/// Measures every chart on the page. Returns the chart ids in page order, the viewBox widths,
/// the number of texts measured, and a list of problems: a chart without its SVG, two
/// non-empty `<text>`s of one SVG whose boxes overlap by more than 1 px both ways, or a text
/// reaching more than 1 px outside its SVG's box.
const MEASURE: &str = r#"
const tol = 1;
const out = { ids: [], widths: [], texts: 0, problems: [] };
for (const fig of document.querySelectorAll('figure[data-chart]')) {
  const id = fig.dataset.chart;
  out.ids.push(id);
  const svg = [...fig.querySelectorAll('.chart-svg svg')].find(s => s.getClientRects().length);
  if (!svg) { out.problems.push(`${id}: no svg`); continue; }
  if (svg.dataset.chart !== id) out.problems.push(`${id}: the svg is of ${svg.dataset.chart}`);
  out.widths.push(svg.viewBox.baseVal.width);
  const box = svg.getBoundingClientRect();
  if (box.width < 100 || box.height < 50) out.problems.push(`${id}: svg of ${box.width}×${box.height}`);
  const texts = [...svg.querySelectorAll('text')]
    .filter(t => t.textContent.trim() !== '')
    .map(t => ({ s: t.textContent.trim(), r: t.getBoundingClientRect() }));
  out.texts += texts.length;
  const f = r => `[${r.left.toFixed(1)},${r.top.toFixed(1)} ${r.width.toFixed(1)}×${r.height.toFixed(1)}]`;
  for (const t of texts) {
    if (t.r.width === 0 || t.r.height === 0) out.problems.push(`${id}: "${t.s}" is not drawn`);
    if (t.r.left < box.left - tol || t.r.right > box.right + tol || t.r.top < box.top - tol || t.r.bottom > box.bottom + tol)
      out.problems.push(`${id}: "${t.s}" ${f(t.r)} leaves the svg ${f(box)}`);
  }
  for (let i = 0; i < texts.length; i++) for (let j = i + 1; j < texts.length; j++) {
    const a = texts[i].r, b = texts[j].r;
    const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
    const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
    if (w > tol && h > tol) out.problems.push(`${id}: "${texts[i].s}" ${f(a)} overlaps "${texts[j].s}" ${f(b)}`);
  }
}
return out;
"#;

async fn views_lay_out_cleanly(size: (u32, u32)) {
    let s = shared_server();
    let b = Browser::open(size).await;
    let width = if size.0 < 780 { Layout::Phone.width() } else { Layout::Desktop.width() };
    for lang in ["zh", "en"] {
        for (route, view) in [("compare/", View::Compare), ("sectors/", View::Sectors)] {
            let what = format!("{route} in {lang} at {}px", size.0);
            let expected = chart_ids(view);
            b.load(s, &format!("{lang}/{route}")).await;
            b.wait_until(&format!("document.querySelectorAll('figure[data-chart] .chart-svg svg').length === {}", 2 * expected.len())).await;
            b.wait_until("document.fonts.status === 'loaded'").await;
            let m = b.js(MEASURE).await;
            let ids: Vec<&str> = m["ids"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
            assert_eq!(ids, expected, "{what}: the charts of the view, in order");
            let problems: Vec<&str> = m["problems"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
            assert!(problems.is_empty(), "{what}: {} problems:\n{}", problems.len(), problems.join("\n"));
            // The layout follows the window: the phone drawing at 375 px, the wide one at 1280.
            assert!(m["widths"].as_array().unwrap().iter().all(|w| w.as_f64() == Some(width as f64)), "{what}: viewBox widths {}", m["widths"]);
            // A label and a value per mark at least, and a legend.
            assert!(m["texts"].as_u64().unwrap() >= 6 * expected.len() as u64, "{what}: only {} texts measured", m["texts"]);
            b.assert_clean(&what).await;
        }
    }
    b.close().await;
}

#[tokio::test]
async fn chart_views_lay_out_cleanly_on_a_phone() {
    views_lay_out_cleanly(PHONE).await;
}

#[tokio::test]
async fn chart_views_lay_out_cleanly_on_a_desktop() {
    views_lay_out_cleanly(DESKTOP).await;
}

/// The text of the open tooltips on the page (normally zero or one).
async fn tooltips(b: &Browser) -> Vec<String> {
    let v = b.js("return [...document.querySelectorAll('.tooltip')].map(t => t.innerText);").await;
    v.as_array().unwrap().iter().map(|t| t.as_str().unwrap().to_string()).collect()
}

/// Waits for exactly one tooltip, in `chart`, for `figure`, and checks that it shows the
/// figure's label and value as the report writes them, and lies inside the viewport's width.
async fn assert_tooltip(b: &Browser, chart: &str, figure_id: &str, lang: Lang) {
    let f = figure(figure_id);
    let (label, value) = (if lang == Lang::Zh { &f.label.zh } else { &f.label.en }, figure_value(f, lang));
    b.wait_until(&format!(
        "document.querySelectorAll('.tooltip').length === 1 && document.querySelector('[data-chart=\"{chart}\"] .tooltip .tooltip-value') \
         && document.querySelector('[data-chart=\"{chart}\"] .tooltip .tooltip-value [aria-hidden]').innerText === {value:?}"
    ))
    .await;
    let tip = b.text(&format!("[data-chart=\"{chart}\"] .tooltip")).await;
    assert!(tip.contains(label.as_str()), "tooltip of {figure_id} lacks its label {label:?}: {tip:?}");
    assert_eq!(b.text(&format!("[data-chart=\"{chart}\"] .tooltip strong")).await, *label);
    // It describes its mark, and only that one.
    let described = b.js("return [...document.querySelectorAll('[aria-describedby^=\"tip-\"]')].map(e => [e.dataset.figure, e.getAttribute('aria-describedby')]);").await;
    assert_eq!(described, serde_json::json!([[figure_id, format!("tip-{chart}")]]), "the tooltip of {figure_id} describes it");
    let inside = b.js("const r = document.querySelector('.tooltip').getBoundingClientRect(); return [r.left, r.right, innerWidth];").await;
    let (l, r, w) = (inside[0].as_f64().unwrap(), inside[1].as_f64().unwrap(), inside[2].as_f64().unwrap());
    assert!(l >= 0.0 && r <= w, "the tooltip of {figure_id} runs off the screen: {l}..{r} of {w}");
}

async fn wait_closed(b: &Browser) {
    b.wait_until("document.querySelectorAll('.tooltip').length === 0").await;
}

/// Scrolls `selector` to the middle of the viewport and returns it.
async fn in_view(b: &Browser, selector: &str) -> fantoccini::elements::Element {
    in_view_at(b, selector, "center").await
}

/// Scrolls `selector` into view at `block` (`center`, `start`: as `scrollIntoView` places it).
async fn in_view_at(b: &Browser, selector: &str, block: &str) -> fantoccini::elements::Element {
    b.js(&format!("document.querySelector({selector:?}).scrollIntoView({{block: '{block}'}});")).await;
    b.client.find(Locator::Css(selector)).await.unwrap_or_else(|_| panic!("no element `{selector}`"))
}

async fn hover(b: &Browser, selector: &str) {
    hover_at(b, selector, "center").await
}

async fn hover_at(b: &Browser, selector: &str, block: &str) {
    let el = in_view_at(b, selector, block).await;
    let mouse = MouseActions::new("mouse".into()).then(PointerAction::MoveToElement { element: el, duration: None, x: 0.0, y: 0.0 });
    b.client.perform_actions(mouse).await.expect("the pointer moves");
}

async fn mouse_click(b: &Browser, selector: &str) {
    let el = in_view(b, selector).await;
    let mouse = MouseActions::new("mouse".into())
        .then(PointerAction::MoveToElement { element: el, duration: None, x: 0.0, y: 0.0 })
        .then(PointerAction::Down { button: MOUSE_BUTTON_LEFT })
        .then(PointerAction::Up { button: MOUSE_BUTTON_LEFT });
    b.client.perform_actions(mouse).await.expect("the mouse clicks");
}

async fn tap(b: &Browser, selector: &str) {
    tap_at(b, selector, "center").await
}

async fn tap_at(b: &Browser, selector: &str, block: &str) {
    let el = in_view_at(b, selector, block).await;
    let finger = TouchActions::new("finger".into())
        .then(PointerAction::MoveToElement { element: el, duration: None, x: 0.0, y: 0.0 })
        .then(PointerAction::Down { button: MOUSE_BUTTON_LEFT })
        .then(PointerAction::Up { button: MOUSE_BUTTON_LEFT });
    b.client.perform_actions(finger).await.expect("the finger taps");
}

#[tokio::test]
async fn tooltip_follows_the_mouse_and_closes_on_a_click_elsewhere() {
    let s = shared_server();
    let b = Browser::open(DESKTOP).await;
    b.load(s, "zh/compare/").await;
    mark_shown_layouts(&b).await;
    let chart = "targets-growth-2024";
    b.wait_until(&format!("document.querySelector({:?}) !== null", mark(chart, "gdp-growth-2024"))).await;
    assert!(tooltips(&b).await.is_empty(), "no tooltip before the pointer comes");
    hover(&b, &mark(chart, "gdp-growth-2024")).await;
    assert_tooltip(&b, chart, "gdp-growth-2024", Lang::Zh).await;
    assert_eq!(b.text(&format!("[data-chart=\"{chart}\"] .tooltip-value [aria-hidden]")).await, "≈6%");
    assert_eq!(b.js(&format!("return document.querySelector('[data-chart=\"{chart}\"] .tooltip-value .sr-only').textContent;")).await, "约6%", "said in words");
    // It follows the pointer to the next mark.
    // (A mark below: the tooltip stands above its mark and may cover the one above.)
    let rows = chart::render(chart::find(chart).unwrap(), catalogue(), Lang::Zh, Layout::Desktop).unwrap().rows;
    let below = rows.last().unwrap().figure_id.clone();
    hover(&b, &mark(chart, &below)).await;
    assert_tooltip(&b, chart, &below, Lang::Zh).await;
    // A click on the page outside the chart closes it.
    mouse_click(&b, &format!("[data-chart=\"{chart}\"] .chart-summary")).await;
    wait_closed(&b).await;
    // Clicking a mark opens it, and a click on the chart's blank area (not a mark) closes it.
    mouse_click(&b, &mark(chart, "retail-sales-growth-2024")).await;
    assert_tooltip(&b, chart, "retail-sales-growth-2024", Lang::Zh).await;
    mouse_click(&b, "main h1").await;
    wait_closed(&b).await;
    // Moving from one chart to another leaves one tooltip, the one under the pointer.
    let other = "compare-results-targets";
    hover(&b, &mark(other, "coal-output-2024")).await;
    assert_tooltip(&b, other, "coal-output-2024", Lang::Zh).await;
    hover(&b, &mark(chart, "gdp-growth-2024")).await;
    assert_tooltip(&b, chart, "gdp-growth-2024", Lang::Zh).await;
    // Leaving the chart for the page closes it.
    hover(&b, "main h1").await;
    wait_closed(&b).await;
    b.assert_clean("tooltips by mouse").await;
    b.close().await;
}

#[tokio::test]
async fn tooltip_opens_and_closes_by_touch() {
    let s = shared_server();
    let b = Browser::open(PHONE).await;
    b.load(s, "zh/sectors/").await;
    mark_shown_layouts(&b).await;
    let chart = "energy-coal";
    b.wait_until(&format!("document.querySelector({:?}) !== null", mark(chart, "coal-output-2024"))).await;
    assert_eq!(b.js("return matchMedia('(pointer: coarse)').matches && navigator.maxTouchPoints > 0;").await, Value::Bool(true), "a touch screen");
    tap(&b, &mark(chart, "coal-output-2023")).await;
    assert_tooltip(&b, chart, "coal-output-2023", Lang::Zh).await;
    // Another mark of the same chart (below: the tooltip stands above its mark).
    tap(&b, &mark(chart, "coal-output-2024")).await;
    assert_tooltip(&b, chart, "coal-output-2024", Lang::Zh).await;
    assert_eq!(b.text(&format!("[data-chart=\"{chart}\"] .tooltip-value [aria-hidden]")).await, "≥1.4亿吨");
    // A tap elsewhere on the page closes it.
    tap(&b, &format!("[data-chart=\"{chart}\"] .chart-summary")).await;
    wait_closed(&b).await;
    // A mark of another chart, then the page heading.
    tap(&b, &mark("gdp-level", "gdp-2023")).await;
    assert_tooltip(&b, "gdp-level", "gdp-2023", Lang::Zh).await;
    tap(&b, "main h1").await;
    wait_closed(&b).await;
    b.assert_clean("tooltips by touch").await;
    b.close().await;
}

async fn press(b: &Browser, key: Key) {
    b.client.active_element().await.unwrap().send_keys(&key.to_string()).await.unwrap();
}

/// The shown drawing root of `chart`, focused as Tab would (its current node is the summary).
async fn focus_chart(b: &Browser, chart: &str) {
    b.js(&format!("const r = document.querySelector('[data-chart=\"{chart}\"] .layout-shown svg'); r.scrollIntoView({{block: 'center'}}); r.focus();")).await;
    b.wait_until(&format!("document.activeElement === document.querySelector('[data-chart=\"{chart}\"] .layout-shown svg')")).await;
}

/// The id of the current node of the focused drawing, checked to carry the class `active`.
async fn active(b: &Browser) -> String {
    let v = b.js("const r = document.activeElement, id = r.getAttribute('aria-activedescendant'), el = id && document.getElementById(id);\
                  return el && el.classList.contains('active') && r.querySelectorAll('.active').length === 1 ? id : 'none: ' + id;").await;
    v.as_str().unwrap().to_string()
}

#[tokio::test]
async fn the_tree_keys_show_the_tooltip_and_enter_opens_the_figure_in_the_report() {
    let s = shared_server();
    let b = Browser::open(DESKTOP).await;
    b.load(s, "en/compare/").await;
    mark_shown_layouts(&b).await;
    let chart = "targets-growth-2024";
    let def = chart::find(chart).unwrap();
    let rendered = chart::render(def, catalogue(), Lang::En, Layout::Desktop).unwrap();
    let marks = rendered.marks();
    focus_chart(&b, chart).await;
    // The summary first: the chart's message before its points.
    assert_eq!(active(&b).await, rendered.tree.id);
    assert!(tooltips(&b).await.is_empty(), "no tooltip for the summary");
    // ↓ enters the marks: the first, with its tooltip and its focus ring.
    press(&b, Key::Down).await;
    b.wait_until(&format!("document.activeElement.getAttribute('aria-activedescendant') === {:?}", marks[0].id)).await;
    assert_eq!(active(&b).await, marks[0].id);
    assert_tooltip(&b, chart, marks[0].figure.as_deref().unwrap(), Lang::En).await;
    let ring = b.js(&format!("const r = document.querySelector('[data-chart=\"{chart}\"] .focus-ring'), m = document.getElementById({:?});\
        const a = r.getBoundingClientRect(), c = m.getBoundingClientRect();\
        return !r.hidden && getComputedStyle(r).borderTopWidth === '3px' && a.left <= c.left && a.right >= c.right && a.top <= c.top && a.bottom >= c.bottom;", marks[0].id)).await;
    assert_eq!(ring, Value::Bool(true), "a ring around the current mark");
    // → the next, End the last, Home the first, ← stays at the first.
    press(&b, Key::Right).await;
    assert_eq!(active(&b).await, marks[1].id);
    assert_tooltip(&b, chart, marks[1].figure.as_deref().unwrap(), Lang::En).await;
    press(&b, Key::End).await;
    assert_eq!(active(&b).await, marks[marks.len() - 1].id);
    press(&b, Key::Home).await;
    press(&b, Key::Left).await;
    assert_eq!(active(&b).await, marks[0].id);
    // Escape goes up to the summary and closes the tooltip; the focus stays on the chart.
    press(&b, Key::Escape).await;
    assert_eq!(active(&b).await, rendered.tree.id);
    wait_closed(&b).await;
    // `t` opens the data table and moves there.
    press(&b, Key::Down).await;
    b.client.active_element().await.unwrap().send_keys("t").await.unwrap();
    b.wait_until(&format!("document.getElementById('{chart}-table').open && document.activeElement === document.querySelector('#{chart}-table summary')")).await;
    wait_closed(&b).await;
    // Back on the chart, the reader is where they were.
    focus_chart(&b, chart).await;
    assert_eq!(active(&b).await, marks[0].id);
    // A derived figure is not in the report's text: Enter keeps its tooltip, with its formula.
    let pairs = "compare-results-targets";
    let derived = "gdp-2024-implied";
    assert!(figure(derived).derived.is_some());
    focus_chart(&b, pairs).await;
    press(&b, Key::Down).await;
    press(&b, Key::Down).await;
    press(&b, Key::Right).await;
    assert!(active(&b).await.ends_with(derived));
    assert_tooltip(&b, pairs, derived, Lang::En).await;
    let hint = b.js(&format!("return document.querySelector('#tip-{pairs}').textContent;")).await;
    assert!(!hint.as_str().unwrap().contains("Enter"), "no promise of a sentence it has not: {hint}");
    press(&b, Key::Enter).await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert!(b.js("return location.pathname;").await.as_str().unwrap().ends_with("/en/compare/"), "Enter on a derived figure stays");
    assert!(b.text(&format!("[data-chart=\"{pairs}\"] .tooltip-derived")).await.contains('×'));
    // Enter on a stated figure says where it goes (its tooltip describes it), then opens its
    // sentence in the report, with its details.
    let target = marks[1].figure.clone().unwrap();
    focus_chart(&b, chart).await;
    press(&b, Key::Right).await;
    assert_tooltip(&b, chart, &target, Lang::En).await;
    assert!(b.js(&format!("return document.querySelector('#tip-{chart}').textContent;")).await.as_str().unwrap().contains("Enter: see it in the report"));
    press(&b, Key::Enter).await;
    b.wait_until(&format!("location.pathname.endsWith('/en/report/') && location.hash === '#{target}'")).await;
    b.wait_until(&format!("document.querySelector('.figure-detail') && document.activeElement === document.getElementById('figure-detail-title') && document.getElementById('figure-detail-title').textContent === {:?}", figure(&target).label.en)).await;
    // Back leads to the chart view.
    b.js("history.back();").await;
    b.wait_until("location.pathname.endsWith('/en/compare/')").await;
    b.assert_clean("the tree's keys").await;
    b.close().await;
}

/// Before each chart, a link past it to its table; with the module it opens the table.
#[tokio::test]
async fn the_skip_link_leads_past_the_chart_to_its_open_table() {
    let s = shared_server();
    let b = Browser::open(PHONE).await;
    b.load(s, "zh/sectors/").await;
    let chart = "energy-coal";
    let link = format!("[data-chart=\"{chart}\"] a.skip-chart");
    let v = b.js(&format!("const a = document.querySelector('{}'); return [a.getAttribute('href'), a.textContent, a.getBoundingClientRect().width];", link.replace('"', "\\\""))).await;
    assert_eq!(v[0], format!("zh/sectors/#{chart}-table"));
    assert!(v[1].as_str().unwrap().starts_with("跳过图表，看数据表"), "{v}");
    assert!(v[2].as_f64().unwrap() <= 1.0, "out of sight until focused");
    b.js(&format!("document.querySelector('{}').focus();", link.replace('"', "\\\""))).await;
    assert!(b.js(&format!("return document.querySelector('{}').getBoundingClientRect().width;", link.replace('"', "\\\""))).await.as_f64().unwrap() > 40.0, "shown when focused");
    press(&b, Key::Enter).await;
    b.wait_until(&format!("document.getElementById('{chart}-table').open && document.activeElement === document.querySelector('#{chart}-table summary')")).await;
    b.assert_clean("skip link").await;
    b.close().await;
}

#[tokio::test]
async fn the_data_table_lists_the_values_of_the_marks() {
    let s = shared_server();
    let b = Browser::open(PHONE).await;
    b.load(s, "zh/compare/").await;
    mark_shown_layouts(&b).await;
    let chart = "targets-growth-2024";
    let table = format!("[data-chart=\"{chart}\"] details.chart-table");
    b.wait_until(&format!("document.querySelector('{table}') !== null")).await;
    assert_eq!(b.js(&format!("return document.querySelector('{table}').open;")).await, Value::Bool(false), "closed at first");
    b.click(&format!("{table} summary")).await;
    b.wait_until(&format!("document.querySelector('{table}').open && document.querySelector('{table} table')?.offsetParent != null")).await;
    // The table: the figure each row links to, its label and its value as shown, and as said.
    let rows = b.js(&format!(
        "const shown = e => {{ const c = e.cloneNode(true); c.querySelectorAll('.sr-only').forEach(h => h.remove()); return c.textContent.trim(); }};\
         return [...document.querySelectorAll('{table} tbody tr')].map(tr => [\
           (tr.querySelector('th a') ? tr.querySelector('th a').getAttribute('href') : ''), shown(tr.querySelector('th')), shown(tr.querySelector('td')),\
           (tr.querySelector('td .sr-only') || tr.querySelector('td')).textContent.trim()]);"
    )).await;
    // The chart: each mark's figure and the value label drawn beside its bar.
    let marks = b.js(&format!(
        "return [...document.querySelectorAll('[data-chart=\"{chart}\"] .layout-shown .hit[data-figure]')].map(h => h.dataset.figure);"
    )).await;
    let values = b.js(&format!(
        "return [...document.querySelectorAll('[data-chart=\"{chart}\"] .layout-shown svg text.value')].map(t => t.textContent.trim());"
    )).await;
    let rows = rows.as_array().unwrap();
    let marks: Vec<&str> = marks.as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
    let values: Vec<&str> = values.as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
    assert_eq!(rows.len(), marks.len(), "one row per mark: {rows:?} against {marks:?}");
    assert_eq!(values.len(), marks.len(), "one value label per mark");
    for ((row, id), value) in rows.iter().zip(&marks).zip(&values) {
        let f = figure(id);
        assert!(row[0].as_str().unwrap().ends_with(&format!("report/#{id}")), "row {row:?} links to {id}");
        assert_eq!(row[1].as_str().unwrap(), f.label.zh);
        assert_eq!(row[2].as_str().unwrap(), *value, "the table and the chart agree for {id}");
        assert_eq!(*value, figure_value(f, Lang::Zh), "as the report writes it");
        assert_eq!(row[3].as_str().unwrap(), report::format::spoken_value(f, Lang::Zh), "said in words");
    }
    assert!(values.contains(&"≈6%"), "{values:?}");
    b.assert_clean("data table").await;
    b.close().await;
}

#[tokio::test]
async fn a_charts_link_lands_on_that_chart() {
    let s = shared_server();
    let b = Browser::open(PHONE).await;
    b.load(s, "en/sectors/#livelihood-schools").await;
    b.wait_until("(() => { const r = document.querySelector('[data-chart=\"livelihood-schools\"]').getBoundingClientRect(); return r.top < innerHeight / 2 && r.bottom > innerHeight / 2; })()").await;
    assert_eq!(b.js("return document.querySelectorAll('main .message').length;").await.as_i64(), Some(0));
    b.assert_clean("chart links").await;
    b.close().await;
}

#[tokio::test]
async fn the_embed_action_gives_the_iframe_code() {
    let s = shared_server();
    let b = Browser::open(DESKTOP).await;
    b.load(s, "zh/sectors/").await;
    let chart = "investment-programmes";
    // The card's actions are behind its one menu.
    b.click(&format!("[data-chart=\"{chart}\"] .chart-actions summary")).await;
    let button = format!("[data-chart=\"{chart}\"] .chart-actions button[aria-controls]");
    b.wait_until(&format!("document.querySelector('{button}').getClientRects().length > 0")).await;
    assert_eq!(b.text(&button).await, "嵌入");
    assert_eq!(b.js(&format!("return document.querySelector('{button}').getAttribute('aria-expanded');")).await, "false");
    b.click(&button).await;
    let area = format!("[data-chart=\"{chart}\"] .embed-panel textarea");
    b.wait_until(&format!("document.querySelector('{area}') !== null")).await;
    assert_eq!(b.js(&format!("return document.querySelector('{button}').getAttribute('aria-expanded');")).await, "true");
    let code = b.js(&format!("return document.querySelector('{area}').value;")).await;
    let code = code.as_str().unwrap();
    let src = format!("<iframe src=\"{}", s.url(""));
    assert!(code.starts_with(&src), "{code}");
    assert!(code.contains(&format!("zh/embed/{chart}/\"")), "{code}");
    let title = chart::find(chart).unwrap().title.0;
    assert!(code.contains(&format!("title=\"{title}\"")), "the frame is titled for screen readers: {code}");
    // The preview link is the same address.
    let preview = b.js(&format!("return document.querySelector('[data-chart=\"{chart}\"] .embed-panel a').href;")).await;
    assert!(code.contains(&format!("src=\"{}\"", preview.as_str().unwrap().replace('&', "&amp;"))), "{code} vs {preview}");
    // Only this chart's panel opened, and the button closes it again.
    assert_eq!(b.js("return document.querySelectorAll('.embed-panel').length;").await.as_i64(), Some(1));
    b.click(&button).await;
    b.wait_until("document.querySelectorAll('.embed-panel').length === 0").await;
    b.assert_clean("embed action").await;
    b.close().await;
}

/// The controls of a card's actions that show, as `tag text` (hidden words included). Shown is
/// `checkVisibility()`: a closed `<details>` keeps its content laid out, only not rendered.
const ACTION_CONTROLS: &str = "return [...document.querySelectorAll(arguments[0] + ' .chart-actions :is(a[href], button, summary)')]\
    .filter(e => e.checkVisibility()).map(e => e.tagName.toLowerCase() + ' ' + e.textContent.trim());";

async fn action_controls(b: &Browser, card: &str) -> Vec<String> {
    let v = b.client.execute(ACTION_CONTROLS, vec![Value::from(card)]).await.expect("script runs");
    v.as_array().unwrap().iter().map(|c| c.as_str().unwrap().to_string()).collect()
}

/// What the focus is on: `tag text`.
async fn focused(b: &Browser) -> String {
    b.js("const a = document.activeElement; return a.tagName.toLowerCase() + ' ' + a.textContent.trim();").await.as_str().unwrap().to_string()
}

/// A card's actions are one control until opened (issue 15): its summary opens with Enter or
/// Space, Tab walks the items in order, Escape closes the menu and gives the focus back to its
/// summary, and each item does its work.
#[tokio::test]
async fn a_cards_actions_are_one_menu_that_the_keyboard_opens_and_closes() {
    let s = shared_server();
    let chart = "investment-programmes";
    let card = format!("[data-chart=\"{chart}\"]");
    for size in [PHONE, DESKTOP] {
        let b = Browser::open(size).await;
        b.load(s, "en/sectors/").await;
        let title = b.text(&format!("{card} .chart-title")).await;
        // Every card: one control, named with its chart (the names differ across the page).
        let names = b.js("return [...document.querySelectorAll('figure.chart')].map(f => [...f.querySelectorAll('.chart-actions :is(a[href], button, summary)')].filter(e => e.checkVisibility()).map(e => e.textContent.trim()));").await;
        let names: Vec<Vec<String>> = serde_json::from_value(names).unwrap();
        assert!(names.len() > 10 && names.iter().all(|n| n.len() == 1 && n[0].starts_with("Share & download")), "{size:?}: {names:?}");
        let unique: std::collections::HashSet<&String> = names.iter().map(|n| &n[0]).collect();
        assert_eq!(unique.len(), names.len(), "one name per menu: {names:?}");
        assert_eq!(action_controls(&b, &card).await, vec![format!("summary Share & download: {title}")]);

        // Enter on the summary opens it; Tab walks its items in order.
        b.js(&format!("const m = document.querySelector('{card} .chart-actions summary'); m.scrollIntoView({{block: 'center'}}); m.focus();")).await;
        press(&b, Key::Enter).await;
        b.wait_until(&format!("document.querySelector('{card} details.actions-menu').open")).await;
        let items = vec![
            format!("summary Share & download: {title}"),
            "button Embed".to_string(),
            format!("a Share: {title}"),
            "button SVG image".to_string(),
            "button PNG image".to_string(),
            "button Data CSV".to_string(),
        ];
        assert_eq!(action_controls(&b, &card).await, items);
        let mut walked = Vec::new();
        for _ in 1..items.len() {
            press(&b, Key::Tab).await;
            walked.push(focused(&b).await);
        }
        assert_eq!(walked, items[1..].to_vec(), "{size:?}: Tab walks the items");
        // Escape, from an item, closes the menu and gives the focus back to its summary.
        press(&b, Key::Escape).await;
        b.wait_until(&format!("!document.querySelector('{card} details.actions-menu').open && document.activeElement === document.querySelector('{card} .chart-actions summary')")).await;
        assert_eq!(action_controls(&b, &card).await.len(), 1, "closed again");
        // Space opens it too.
        press(&b, Key::Space).await;
        b.wait_until(&format!("document.querySelector('{card} details.actions-menu').open")).await;

        // The items work. Embed: the code, with the site's address.
        press(&b, Key::Tab).await;
        press(&b, Key::Enter).await;
        b.wait_until(&format!("(document.querySelector('{card} .embed-panel textarea') || {{}}).value?.startsWith('<iframe')")).await;
        // Share: the share sheet (stood in for here) gets the chart's address, and the page stays.
        b.js("window.__shared = null; navigator.share = async d => { window.__shared = d; };").await;
        let before = b.js("return location.href;").await;
        b.js(&format!("document.querySelector('{card} .actions-row a').focus();")).await;
        press(&b, Key::Enter).await;
        b.wait_until("window.__shared !== null").await;
        let shared = b.js("return window.__shared;").await;
        assert_eq!(shared["url"].as_str(), Some(s.url(&format!("en/sectors/#{chart}")).as_str()), "{shared}");
        assert_eq!(b.js("return location.href;").await, before, "the link is not followed");
        // A share sheet that takes files (as on phones) gets the chart's image, titled and
        // addressed, with the same address.
        b.js("window.__shared = null;\
              Object.defineProperty(Navigator.prototype, 'canShare', { configurable: true, value: d => !!(d && d.files && d.files.length) });\
              navigator.share = async d => { window.__shared = { files: (d.files || []).map(f => [f.name, f.type, f.size]), url: d.url }; };").await;
        b.js(&format!("document.querySelector('{card} .actions-row a').focus();")).await;
        press(&b, Key::Enter).await;
        b.wait_until("window.__shared !== null").await;
        let shared = b.js("return window.__shared;").await;
        assert_eq!(shared["files"][0][0].as_str(), Some(format!("jincheng-2024-{chart}.png").as_str()), "{shared}");
        assert_eq!(shared["files"][0][1].as_str(), Some("image/png"), "{shared}");
        assert!(shared["files"][0][2].as_u64().unwrap() > 1000, "{shared}");
        assert_eq!(shared["url"].as_str(), Some(s.url(&format!("en/sectors/#{chart}")).as_str()), "{shared}");
        // CSV: a file of the chart's rows.
        b.js("window.__saved = []; HTMLAnchorElement.prototype.click = function () { window.__saved.push(this.download); };").await;
        b.js(&format!("document.querySelector('{card} .actions-row button:nth-of-type(4)').focus();")).await;
        press(&b, Key::Enter).await;
        b.wait_until("window.__saved.length === 1").await;
        assert_eq!(b.js("return window.__saved[0];").await, format!("jincheng-2024-{chart}.csv"));
        b.assert_clean(&format!("actions menu {size:?}")).await;
        b.close().await;
    }
}

/// Enter on the focused element, as the keyboard sends it (no script of the page involved).
async fn enter(b: &Browser) {
    let keys = KeyActions::new("keyboard".to_string()).then(KeyAction::Down { value: Key::Enter.into() }).then(KeyAction::Up { value: Key::Enter.into() });
    b.client.perform_actions(keys).await.expect("key presses");
}

/// Without the module the menu offers what works without it (the chart's link) and says where
/// the rest is; a menu opened while the module starts stays open and gains its buttons.
#[tokio::test]
async fn the_actions_menu_without_the_module_has_no_dead_buttons() {
    let s = shared_server();
    let card = "[data-chart=\"investment-programmes\"]";
    let b = Browser::open_without_js(PHONE).await;
    b.client.goto(&s.url("zh/sectors/")).await.unwrap();
    // By the keyboard: chromedriver's click does not answer on a page without JavaScript.
    b.js(&format!("document.querySelector('{card} .chart-actions summary').focus();")).await;
    enter(&b).await;
    let title = b.text(&format!("{card} .chart-title")).await;
    assert_eq!(action_controls(&b, card).await, vec![format!("summary 分享与下载：{title}"), format!("a 分享：{title}")]);
    let note = b.js(&format!("const n = document.querySelector('{card} .before-module'); return n.checkVisibility() && n.textContent;")).await;
    assert!(note.as_str().is_some_and(|n| n.contains("数据表")), "{note}");
    // The link leads to the chart.
    b.js(&format!("document.querySelector('{card} .actions-row a').focus();")).await;
    enter(&b).await;
    b.wait_until("location.hash === '#investment-programmes'").await;
    b.close().await;

    let b = Browser::open(PHONE).await;
    b.client.goto(&s.url("zh/sectors/")).await.unwrap();
    // The tap that opens the menu is the reach that starts the module.
    b.click(&format!("{card} .chart-actions summary")).await;
    b.wait_until("document.documentElement.hasAttribute('data-hydrated')").await;
    assert_eq!(b.js(&format!("return document.querySelector('{card} details.actions-menu').open;")).await, true, "still open");
    assert_eq!(action_controls(&b, card).await.len(), 6, "summary and five items");
    assert_eq!(b.js(&format!("return document.querySelector('{card} .before-module').checkVisibility();")).await, false);
    b.assert_clean("menu before the module").await;
    b.close().await;
}

/// Marks are coloured by class from the theme's custom properties (no style attributes, which the
/// CSP forbids): in light and dark mode every mark has the colour of its variable, not the
/// light-mode fallback written into the SVG.
#[tokio::test]
async fn marks_take_their_colours_from_the_theme() {
    let s = shared_server();
    let b = Browser::open(DESKTOP).await;
    for theme in ["light", "dark"] {
        b.load(s, &format!("en/sectors/?theme={theme}")).await;
        b.wait_until(&format!("document.documentElement.dataset.theme === '{theme}'")).await;
        let report = b
            .js("const svg = document.querySelector('[data-chart] svg');\
                 const probe = document.createElementNS('http://www.w3.org/2000/svg', 'rect'); svg.appendChild(probe);\
                 const resolve = (prop, name) => { probe.style[prop] = `var(--${name})`; return getComputedStyle(probe)[prop]; };\
                 let checked = 0; const wrong = [];\
                 for (const el of document.querySelectorAll('[data-chart] svg [class*=\"ink-\"]')) {\
                   for (const c of el.classList) { const m = /^ink-([fs])-(.+)$/.exec(c); if (!m) continue;\
                     const prop = m[1] === 'f' ? 'fill' : 'stroke'; const want = resolve(prop, m[2]), got = getComputedStyle(el)[prop];\
                     checked++; if (got !== want) wrong.push(`${el.getAttribute('class')}: ${got} not ${want}`); } }\
                 probe.remove(); return { checked, wrong: wrong.slice(0, 5) };")
            .await;
        assert!(report["checked"].as_u64().unwrap() > 200, "{theme}: {report}");
        assert_eq!(report["wrong"], serde_json::json!([]), "{theme}");
        b.assert_clean(&format!("chart colours, {theme}")).await;
    }
    b.close().await;
}

/// No tooltip is cut off: every chart's first and last mark, by mouse on a desktop and by touch
/// on a phone, shows a tooltip whose four edges are the tooltip itself (points inside its rounded
/// corners): nothing clips or covers it, not its card's edge, not another chart, not the site's
/// navigation (at the bottom of a phone's screen, at the top of a desktop's), and it is on the
/// screen. Each mark in the middle of the screen, and (the first marks) at its top, where the
/// tooltip goes below its mark and, below a tall bar, would reach the phone's navigation bar.
/// No tooltip is taller than half the screen (laid out in what is left of the chart beside its
/// mark, a tooltip becomes a narrow column with room neither above nor below its mark).
async fn tooltips_are_never_clipped(size: (u32, u32), phone: bool) {
    let s = shared_server();
    let b = Browser::open(size).await;
    let mut clipped = Vec::new();
    // The first marks of every chart, then (the page loaded again, so that no open tooltip
    // covers the next mark) the last ones.
    for (view, which, block) in [
        ("zh/compare/", 1, "center"),
        ("zh/compare/", 2, "center"),
        ("en/sectors/", 1, "center"),
        ("en/sectors/", 2, "center"),
        ("zh/compare/", 1, "start"),
        ("en/sectors/", 1, "start"),
    ] {
        b.load(s, view).await;
        mark_shown_layouts(&b).await;
        let marks = b
            .js("return [...document.querySelectorAll('figure[data-chart]')].map(f => { const h = [...f.querySelectorAll('.layout-shown .hit[data-figure]')].map(e => e.dataset.figure); return [f.dataset.chart, h[0], h[h.length - 1]]; }).filter(m => m[1]);")
            .await;
        for m in marks.as_array().unwrap() {
            let chart = m[0].as_str().unwrap();
            {
                let figure = m[which].as_str().unwrap();
                let sel = mark(chart, figure);
                b.wait_until(&format!("document.querySelector({sel:?}) !== null")).await;
                if phone {
                    tap_at(&b, &sel, block).await;
                } else {
                    hover_at(&b, &sel, block).await;
                }
                // This mark's tooltip (the one before it in the chart is replaced, not closed).
                b.wait_until(&format!(
                    "document.querySelector('[data-chart=\"{chart}\"] .tooltip') !== null && (document.querySelector('[aria-describedby=\"tip-{chart}\"]') || {{}}).dataset?.figure === '{figure}'"
                ))
                .await;
                let v = b
                    .js(&format!(
                        "const t = document.querySelector('[data-chart=\"{chart}\"] .tooltip'), r = t.getBoundingClientRect();\
                         const n = document.querySelector('.site-nav').getBoundingClientRect();\
                         const cx = (r.left + r.right) / 2, cy = (r.top + r.bottom) / 2;\
                         const out = [[cx, r.top + 3], [cx, r.bottom - 3], [r.left + 3, cy], [r.right - 3, cy]]\
                           .map(([x, y], i) => [['top', 'bottom', 'left', 'right'][i], document.elementFromPoint(x, y)])\
                           .filter(([side, e]) => !e || !t.contains(e)).map(([side, e]) => side + ' under ' + (e ? e.tagName + '.' + (e.getAttribute('class') || '') : 'nothing (off screen)'));\
                         if (r.top < n.bottom && r.bottom > n.top) out.push(`over the navigation: ${{r.top}}..${{r.bottom}} against ${{n.top}}..${{n.bottom}}`);\
                         if (r.height > innerHeight / 2) out.push(`a column ${{r.width}} px wide, ${{r.height}} px tall`);\
                         return out;"
                    ))
                    .await;
                if v.as_array().is_none_or(|a| !a.is_empty()) {
                    clipped.push(format!("{view} {chart} {figure} ({block}): {v}"));
                }
            }
        }
    }
    b.close().await;
    assert!(clipped.is_empty(), "{size:?}:\n{}", clipped.join("\n"));
}

#[tokio::test]
async fn tooltips_are_never_clipped_on_a_desktop() {
    tooltips_are_never_clipped(DESKTOP, false).await;
}

#[tokio::test]
async fn tooltips_are_never_clipped_on_a_phone() {
    tooltips_are_never_clipped(PHONE, true).await;
}
