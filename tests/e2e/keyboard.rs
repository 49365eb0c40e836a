//! The keyboard: Tab from the top reaches every control that is on screen (the cards' menus
//! open), each shows where the focus is, and the walk is never caught in a part of the page; a
//! chart or the map is one tab stop (and a skip link), and its arrow keys walk its whole tree
//! (issue 17).

use crate::harness::{shared_server, Browser, DESKTOP, PHONE};
use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;
use serde_json::Value;

const ROUTES: &[&str] = &[
    "en/", "en/compare/", "en/sectors/", "en/counties/140522/", "en/report/", "en/about/", "en/404/", "en/embed/gdp-level/", "en/embed/map/",
];

/// Marks the controls a keyboard must reach (visible, enabled, in the tab order; of a radio group
/// only the checked one), focuses the first control (by script, so not counted: a script's focus
/// need not show a ring) and records every focus from there, with whether it is visible. Returns
/// how many controls there are.
const PREPARE: &str = "let n = 0; const key = e => (e.__walk ??= ++n);\
  const sel = 'a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select, textarea, summary, [tabindex]';\
  const want = [...document.querySelectorAll(sel)].filter(e => e.tabIndex >= 0 && e.getClientRects().length > 0\
    && getComputedStyle(e).visibility !== 'hidden' && !e.closest('[hidden], [inert]')\
    && !(e.closest('details:not([open])') && e.tagName !== 'SUMMARY') && !(e.type === 'radio' && e.name && !e.checked));\
  window.__want = want.map(key); window.__key = key; window.__walk = [];\
  document.addEventListener('focusin', ev => { const el = ev.target, cs = getComputedStyle(el);\
    const ring = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;\
    const svgRing = el instanceof SVGElement && cs.stroke !== 'none' && parseFloat(cs.strokeWidth) >= 3;\
    window.__walk.push({ k: key(el), visible: ring || svgRing, what: el.tagName + ' ' + (el.getAttribute('class') || '') + ' ' + (el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30) }); }, true);\
  want[0].focus(); window.__walk = []; return want.length;";

const RESULT: &str = "const seen = new Set(window.__walk.map(w => w.k));\
  const missed = [...document.querySelectorAll('*')].filter(e => e.__walk && window.__want.includes(e.__walk) && !seen.has(e.__walk))\
    .map(e => e.tagName + ' ' + (e.getAttribute('class') || '') + ' ' + (e.textContent || e.getAttribute('aria-label') || '').trim().slice(0, 30));\
  const hidden = window.__walk.filter(w => !w.visible).map(w => w.what);\
  return { missed: missed.slice(0, 5), missed_count: missed.length, invisible: [...new Set(hidden)].slice(0, 5), steps: window.__walk.length };";

async fn walk(size: (u32, u32)) {
    let s = shared_server();
    let b = Browser::open(size).await;
    let mut failures = Vec::new();
    for route in ROUTES {
        b.load(s, route).await;
        // The cards' menus open, so that their items are walked too (closed, only the summary is).
        b.js("document.querySelectorAll('details.actions-menu').forEach(d => d.open = true);").await;
        let count = b.js(PREPARE).await.as_u64().unwrap() as usize;
        assert!(count >= 3, "{route}: only {count} controls");
        // One request with every key press: the page records each focus as it happens. More
        // presses than controls: a chart's tooltip adds a stop (its link), and the walk goes on
        // round to the top.
        let mut keys = KeyActions::new("keyboard".to_string());
        for _ in 0..count + count / 4 + 4 {
            keys = keys.then(KeyAction::Down { value: Key::Tab.into() }).then(KeyAction::Up { value: Key::Tab.into() });
        }
        b.client.perform_actions(keys).await.expect("key presses");
        let r: Value = b.js(RESULT).await;
        if r["missed_count"] != 0 {
            failures.push(format!("{route} {}px: {} controls never reached by Tab (trapped, or out of order): {}", size.0, r["missed_count"], r["missed"]));
        }
        if r["invisible"] != serde_json::json!([]) {
            failures.push(format!("{route} {}px: focus not visible on {}", size.0, r["invisible"]));
        }
        b.assert_clean(&format!("keyboard walk {route}")).await;
    }
    b.close().await;
    assert!(failures.is_empty(), "keyboard walk:\n{}", failures.join("\n"));
}

#[tokio::test]
async fn tab_reaches_every_control_with_visible_focus_on_a_desktop() {
    walk(DESKTOP).await;
}

#[tokio::test]
async fn tab_reaches_every_control_with_visible_focus_on_a_phone() {
    walk(PHONE).await;
}

/// Every drawing on the page, in order: the shown root's id (set for the test when it has none)
/// and the keys that walk its tree depth first from the summary (↓ into a level, → along it,
/// ↑ back), with the treeitem ids in the order the walk meets them.
const PLAN: &str = r#"
const plans = [];
let n = 0;
for (const root of document.querySelectorAll('svg.chart-svg-root, svg.county-map')) {
  if (!root.getClientRects().length) continue;
  if (!root.id) root.id = `walk-root-${n++}`;
  const keys = [], ids = [];
  const kids = el => [...el.querySelectorAll(':scope > [role=group] > [role=treeitem]')].sort((a, b) => a.getAttribute('aria-posinset') - b.getAttribute('aria-posinset'));
  const visit = el => {
    ids.push(el.id);
    const c = kids(el);
    if (!c.length) return;
    keys.push('down'); visit(c[0]);
    for (const k of c.slice(1)) { keys.push('right'); visit(k); }
    keys.push('up');
  };
  const top = root.querySelector('[role=treeitem]');
  visit(top);
  plans.push({ root: root.id, keys, ids });
}
return plans;
"#;

/// Records every change of the active descendant of `#<root>` from now on, starting with the
/// current one.
fn record(root: &str) -> String {
    format!(
        "const r = document.getElementById({root:?}); window.__seen = [r.getAttribute('aria-activedescendant')];\
         window.__obs && window.__obs.disconnect();\
         window.__obs = new MutationObserver(() => {{ const a = r.getAttribute('aria-activedescendant'); if (a && window.__seen[window.__seen.length - 1] !== a) window.__seen.push(a); }});\
         window.__obs.observe(r, {{ attributes: true, attributeFilter: ['aria-activedescendant', 'class'], subtree: true }});"
    )
}

async fn walk_trees(size: (u32, u32), pages: &[&str]) {
    let s = shared_server();
    let b = Browser::open(size).await;
    let mut failures = Vec::new();
    for page in pages {
        b.load(s, page).await;
        let plans = b.js(PLAN).await;
        let plans = plans.as_array().unwrap();
        assert!(!plans.is_empty(), "{page}: no drawing");
        for plan in plans {
            let root = plan["root"].as_str().unwrap();
            // Focused as Tab would; a map with a county chosen starts at that county: up to the
            // summary first.
            b.js(&format!("const r = document.getElementById({root:?}); r.scrollIntoView({{ block: 'center' }}); r.focus();")).await;
            b.wait_until(&format!("document.activeElement === document.getElementById({root:?})")).await;
            let mut up = KeyActions::new("keyboard".to_string());
            for _ in 0..3 {
                up = up.then(KeyAction::Down { value: Key::Up.into() }).then(KeyAction::Up { value: Key::Up.into() });
            }
            b.client.perform_actions(up).await.expect("key presses");
            b.js(&record(root)).await;
            let mut keys = KeyActions::new("keyboard".to_string());
            for k in plan["keys"].as_array().unwrap() {
                let key = match k.as_str().unwrap() {
                    "down" => Key::Down,
                    "right" => Key::Right,
                    _ => Key::Up,
                };
                keys = keys.then(KeyAction::Down { value: key.into() }).then(KeyAction::Up { value: key.into() });
            }
            b.client.perform_actions(keys).await.expect("key presses");
            let seen = b.js("return window.__seen;").await;
            // Each node once on the way down (a return up repeats its parent: left out).
            let mut met: Vec<String> = Vec::new();
            for id in seen.as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_string()) {
                if !met.contains(&id) {
                    met.push(id);
                }
            }
            let want: Vec<String> = plan["ids"].as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_string()).collect();
            if met != want {
                failures.push(format!("{page} {root}: the walk met {} of {} nodes: {:?}", met.len(), want.len(), want.iter().filter(|w| !met.contains(w)).take(3).collect::<Vec<_>>()));
            }
            // The walk ends at the summary; Escape there leaves the drawing for what follows it.
            let active = b.js(&format!("return document.getElementById({root:?}).getAttribute('aria-activedescendant');")).await;
            if active.as_str() != want.first().map(String::as_str) {
                failures.push(format!("{page} {root}: the walk ends at {active}, not the summary"));
            }
            b.client.active_element().await.unwrap().send_keys(&Key::Escape.to_string()).await.unwrap();
            b.wait_until(&format!("document.activeElement !== document.getElementById({root:?})")).await;
            let after = b.js(&format!("return !!(document.getElementById({root:?}).compareDocumentPosition(document.activeElement) & Node.DOCUMENT_POSITION_FOLLOWING);")).await;
            if after != Value::Bool(true) {
                failures.push(format!("{page} {root}: Escape at the summary did not move on past the drawing"));
            }
        }
        b.assert_clean(&format!("tree walk {page}")).await;
    }
    b.close().await;
    assert!(failures.is_empty(), "tree walks:\n{}", failures.join("\n"));
}

#[tokio::test]
async fn the_arrow_keys_walk_every_chart_and_the_map_whole_on_a_desktop() {
    walk_trees(DESKTOP, &["en/compare/", "zh/sectors/", "en/counties/", "zh/embed/map/140502/"]).await;
}

#[tokio::test]
async fn the_arrow_keys_walk_every_chart_and_the_map_whole_on_a_phone() {
    walk_trees(PHONE, &["zh/compare/", "en/sectors/", "zh/counties/"]).await;
}

/// From a chart's heading, Tab meets the skip link, then the drawing, then its table: a chart is
/// two tab stops (three while a mark's tooltip shows its link), however many marks it has.
#[tokio::test]
async fn a_chart_is_one_tab_stop_and_a_skip_link() {
    let s = shared_server();
    let b = Browser::open(DESKTOP).await;
    for page in ["en/compare/", "zh/sectors/"] {
        b.load(s, page).await;
        let ids = b.js("return [...document.querySelectorAll('figure.chart')].map(f => f.id);").await;
        for id in ids.as_array().unwrap().iter().map(|v| v.as_str().unwrap()) {
            b.js(&format!("const h = document.querySelector('#{id} .chart-title'); h.tabIndex = -1; h.scrollIntoView(); h.focus();")).await;
            let mut stops = Vec::new();
            for _ in 0..6 {
                b.client.active_element().await.unwrap().send_keys(&Key::Tab.to_string()).await.unwrap();
                let now = b.js("const a = document.activeElement; return [a.tagName.toLowerCase(), a.getAttribute('class') || ''];").await;
                let what = format!("{} {}", now[0].as_str().unwrap(), now[1].as_str().unwrap());
                if what.starts_with("summary") {
                    break;
                }
                stops.push(what);
            }
            assert_eq!(stops, vec!["a skip-chart".to_string(), "svg chart-svg-root".to_string()], "{page} {id}: the tab stops before its table");
        }
    }
    b.assert_clean("tab stops per chart").await;
    b.close().await;
}
