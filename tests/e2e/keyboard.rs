//! A keyboard walk through every view: Tab from the top reaches every control that is on screen,
//! each shows where the focus is, and the walk is never caught in a part of the page.

use crate::harness::{shared_server, Browser, DESKTOP, PHONE};
use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;
use serde_json::Value;

const ROUTES: &[&str] = &[
    "#/", "#/compare", "#/sectors", "#/counties/140522", "#/report", "#/about", "#/nowhere", "#/embed/gdp-level", "#/embed/map",
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
        b.load(s, &format!("?lang=en{route}")).await;
        let count = b.js(PREPARE).await.as_u64().unwrap() as usize;
        assert!(count > 3, "{route}: only {count} controls");
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
