//! Accessibility: axe-core on every kind of page, light and dark, at phone and desktop widths;
//! every drawing's text alternatives; and the accessibility tree itself (Chromium's, through the
//! DevTools protocol) as a screen reader gets it, for every chart, the map and the report in both
//! languages (issue 17).

use crate::harness::{shared_server, Browser, DESKTOP, PHONE};
use charts::chart::{self, Layout, NodeKind};
use report::format::{qualifier_text, spoken_value, Lang};
use report::scanner::Qualifier;
use report::{Catalogue, Status};
use serde_json::Value;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

fn catalogue() -> &'static Catalogue {
    static CAT: OnceLock<Catalogue> = OnceLock::new();
    CAT.get_or_init(|| report::seeds::checked().catalogue)
}

/// Pages below a language's folder; a fragment after `#`.
const ROUTES: &[&str] = &[
    "", "compare/", "sectors/", "counties/140522/", "report/", "report/#gdp-2023", "about/", "404/",
    "embed/investment-programmes/", "embed/map/140502/",
];

/// Audited as the build wrote them too, as they come (the module waits for the reader, though a
/// scroll to a fragment may start it).
const BEFORE_THE_MODULE: &[&str] = &["compare/", "report/#gdp-2023", "embed/map/140502/"];

/// `zh/report/?theme=dark#gdp-2023`
fn address(lang: &str, route: &str, theme: Option<&str>) -> String {
    let (path, fragment) = route.split_once('#').map_or((route, None), |(p, f)| (p, Some(f)));
    let query = theme.map(|t| format!("?theme={t}")).unwrap_or_default();
    let fragment = fragment.map(|f| format!("#{f}")).unwrap_or_default();
    format!("{lang}/{path}{query}{fragment}")
}

fn axe_source() -> String {
    let path = std::env::var("AXE_JS").map(std::path::PathBuf::from).unwrap_or_else(|_| {
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(".tools/node_modules/axe-core/axe.min.js")
    });
    std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("axe-core is missing at {}: run `make test` (it installs it)", path.display()))
}

async fn run_axe(b: &Browser, axe: &str) -> Vec<Value> {
    // Open what is closed by default, so that it is audited too.
    b.js("document.querySelectorAll('details').forEach(d => d.open = true);").await;
    b.client.execute(&format!("{axe}\nreturn true;"), vec![]).await.expect("axe loads");
    let result: Value = b
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];\
             axe.run(document, { resultTypes: ['violations'] }).then(r => done(r.violations.map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' — ' + (n.failureSummary || '').split('\\n').slice(0, 2).join(' ')) }))));",
            vec![],
        )
        .await
        .expect("axe runs");
    result.as_array().cloned().unwrap_or_default()
}

async fn audit(size: (u32, u32)) {
    let axe = axe_source();
    let s = shared_server();
    let b = Browser::open(size).await;
    let mut failures = Vec::new();
    for lang in ["zh", "en"] {
        for route in BEFORE_THE_MODULE {
            b.client.goto("about:blank").await.unwrap();
            b.client.goto(&s.url(&address(lang, route, None))).await.unwrap();
            b.wait_until("document.querySelector('main') && document.querySelector('main').innerText.length > 20").await;
            for v in run_axe(&b, &axe).await {
                failures.push(format!("before the module {lang}/{route} {}px: {} ({}) {:?}", size.0, v["id"], v["impact"], v["nodes"]));
            }
        }
        for theme in ["light", "dark"] {
            for route in ROUTES {
                b.load(s, &address(lang, route, Some(theme))).await;
                b.wait_until(&format!("document.documentElement.dataset.theme === '{theme}'")).await;
                b.wait_until("document.querySelector('main') && document.querySelector('main').innerText.length > 20").await;
                for v in run_axe(&b, &axe).await {
                    failures.push(format!("{lang}/{route} {theme} {}px: {} ({}) {:?}", size.0, v["id"], v["impact"], v["nodes"]));
                }
            }
        }
    }
    b.close().await;
    assert!(failures.is_empty(), "accessibility violations:\n{}", failures.join("\n"));
}

#[tokio::test]
async fn no_accessibility_violations_on_a_phone() {
    audit(PHONE).await;
}

#[tokio::test]
async fn no_accessibility_violations_on_a_desktop() {
    audit(DESKTOP).await;
}

/// Every chart and the map say in words what they show, wherever they appear: in the views and
/// in every embed, in both languages. A chart: named by its title, a summary, a label on the
/// drawing and on each mark, and a data table listing every marked figure. The map: a label, a
/// name on each county, and the table of the same counts.
#[tokio::test]
async fn every_chart_and_the_map_have_text_alternatives() {
    let s = shared_server();
    let b = Browser::open(DESKTOP).await;
    let mut routes: Vec<String> = vec!["compare/".into(), "sectors/".into(), "counties/".into(), "embed/map/".into()];
    routes.extend(charts::chart::all().iter().map(|d| format!("embed/{}/", d.id)));
    let mut failures = Vec::new();
    for lang in ["zh", "en"] {
        for route in &routes {
            b.load(s, &format!("{lang}/{route}")).await;
            b.js("document.querySelectorAll('details.chart-table').forEach(d => d.open = true);").await;
            let problems = b
                .js("const out = []; const text = e => (e && e.textContent || '').trim();\
                     for (const f of document.querySelectorAll('figure.chart')) {\
                       const id = f.dataset.chart, title = document.getElementById(f.getAttribute('aria-labelledby'));\
                       if (!text(title)) out.push(id + ': no title naming the figure');\
                       if (!text(f.querySelector('.chart-summary'))) out.push(id + ': no summary');\
                       const svg = [...f.querySelectorAll('.chart-svg svg')].find(s => s.getClientRects().length);\
                       if (!svg || !(svg.getAttribute('aria-label') || '').trim()) out.push(id + ': drawing without a label');\
                       const marks = svg ? [...svg.querySelectorAll('.hit[data-figure]')] : [];\
                       if (!marks.length) out.push(id + ': no marks');\
                       for (const m of marks) if (!(m.getAttribute('aria-label') || '').trim()) out.push(id + ': a mark without a label');\
                       const rows = [...f.querySelectorAll('details.chart-table tbody tr')];\
                       const listed = new Set(rows.map(r => r.dataset.rowFigure));\
                       for (const m of marks) if (!listed.has(m.dataset.figure)) out.push(`${id}: ${m.dataset.figure} is not in the table`); }\
                     const map = [...document.querySelectorAll('svg.county-map')].find(s => s.getClientRects().length);\
                     if (map) {\
                       if (!(map.getAttribute('aria-label') || '').trim()) out.push('map: no label');\
                       const counties = [...map.querySelectorAll('path[data-county]')];\
                       if (counties.length !== 6 || counties.some(p => !(p.getAttribute('aria-label') || '').trim())) out.push('map: a county without a name');\
                       const table = document.querySelectorAll('.county-table tbody tr').length;\
                       if (!location.pathname.includes('/embed/') && table !== 6) out.push(`map: ${table} table rows`); }\
                     if (!document.querySelector('figure.chart, svg.county-map')) out.push('nothing drawn');\
                     return out;")
                .await;
            for p in problems.as_array().cloned().unwrap_or_default() {
                failures.push(format!("{lang}/{route}: {}", p.as_str().unwrap_or_default()));
            }
        }
    }
    b.close().await;
    assert!(failures.is_empty(), "text alternatives missing:\n{}", failures.join("\n"));
}

/// What the page says about itself, from the DOM: each drawing's tab stops, the links' names
/// (text less what is hidden from assistive technology) and addresses, and text in the other
/// language without its `lang`.
const PAGE_FACTS: &str = r#"
const shown = e => e.getClientRects().length > 0;
const focusable = 'a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select, textarea, summary, [tabindex]';
const stops = root => [...root.querySelectorAll(focusable)].filter(e => e.tabIndex >= 0 && shown(e));
const out = { charts: [], map: null, links: [], lang_runs: [] };
for (const f of document.querySelectorAll('figure.chart')) {
  const skip = [...f.querySelectorAll('a.skip-chart')].filter(shown).length;
  out.charts.push({ id: f.dataset.chart, skip, drawing: stops(f.querySelector('.chart-svg')).map(e => e.tagName) });
}
const m = document.querySelector('.map-svg');
if (m) out.map = stops(m).map(e => e.tagName);
const name = a => { const c = a.cloneNode(true); c.querySelectorAll('[aria-hidden=true]').forEach(h => h.remove());
  return (a.getAttribute('aria-label') || c.textContent).replace(/\s+/g, ' ').trim(); };
for (const a of document.querySelectorAll('a[href]')) {
  if (!shown(a) || a.closest('[aria-hidden=true]')) continue;
  out.links.push([name(a), new URL(a.getAttribute('href'), document.baseURI).href]);
}
const page = document.documentElement.lang;
const walker = document.createTreeWalker(document.getElementById('app'), NodeFilter.SHOW_TEXT);
for (let t = walker.nextNode(); t; t = walker.nextNode()) {
  const el = t.parentElement, s = t.textContent.trim();
  if (!s || !shown(el) || el.closest('[aria-hidden=true], script, style')) continue;
  const lang = (el.closest('[lang]') || document.documentElement).getAttribute('lang');
  const cjk = /[\u4e00-\u9fff]/.test(s), english = /[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}/.test(s);
  if (cjk && !lang.startsWith('zh')) out.lang_runs.push(`${lang}: ${s.slice(0, 60)}`);
  if (!cjk && english && !lang.startsWith('en')) out.lang_runs.push(`${lang}: ${s.slice(0, 60)}`);
}
// Disclosures (a chart's table, a card's actions): a name says which chart's.
out.summaries = [...document.querySelectorAll('summary')].filter(e => shown(e) && !e.closest('[aria-hidden=true]')).map(name);
return out;
"#;

fn status_word(f: &report::Figure, lang: Lang) -> &'static str {
    match (f.is_derived(), f.status, lang) {
        (true, _, Lang::Zh) => "推算",
        (true, _, Lang::En) => "implied",
        (false, Status::Actual, Lang::Zh) => "实绩",
        (false, Status::Actual, Lang::En) => "result",
        (false, Status::Target, Lang::Zh) => "目标",
        (false, Status::Target, Lang::En) => "target",
    }
}

/// A figure's name must say: its label, the value with unit and qualifier in words, its year and
/// status, and no symbol a voice misreads.
fn check_said(what: &str, said: &str, f: &report::Figure, lang: Lang, failures: &mut Vec<String>) {
    let label = if lang == Lang::Zh { &f.label.zh } else { &f.label.en };
    let value = spoken_value(f, lang);
    let mut missing = Vec::new();
    if !said.contains(label.as_str()) {
        missing.push(format!("label «{label}»"));
    }
    if !said.contains(&value) {
        missing.push(format!("value «{value}»"));
    }
    if !said.contains(&f.year.to_string()) {
        missing.push(format!("year {}", f.year));
    }
    if !said.contains(status_word(f, lang)) {
        missing.push(format!("status «{}»", status_word(f, lang)));
    }
    if f.qualifier != Qualifier::Exact && !said.contains(qualifier_text(f.qualifier, lang).trim()) {
        missing.push(format!("qualifier «{}»", qualifier_text(f.qualifier, lang)));
    }
    if !missing.is_empty() {
        failures.push(format!("{what} {}: «{said}» lacks {}", f.id, missing.join(", ")));
    }
    for bad in ['≈', '≥', '≤', '/'] {
        if said.contains(bad) {
            failures.push(format!("{what} {}: «{said}» says «{bad}»", f.id));
        }
    }
}

/// For every chart, the map and the report, in both languages: one tab stop per drawing (and
/// its skip link), every mark in the tree named whole, nothing heard twice, no raw symbols,
/// unique link and disclosure names, `lang` on the other language's text.
#[tokio::test]
async fn the_accessibility_tree_says_every_mark_whole_and_once() {
    let s = shared_server();
    let b = Browser::open(DESKTOP).await;
    let cat = catalogue();
    let mut failures = Vec::new();
    for (lang, code) in [(Lang::Zh, "zh"), (Lang::En, "en")] {
        for route in ["compare/", "sectors/", "counties/", "counties/140522/", "report/", "embed/gdp-level/"] {
            let what = format!("{code}/{route}");
            b.load(s, &what).await;
            // The tree as the page is, scrolled to its top: a chart far below the screen is in it
            // whole (no `content-visibility`, which keeps off-screen content out of Chromium's tree).
            let ax = b.ax_tree().await;
            let order = ax.browse_order();
            let facts = b.js(PAGE_FACTS).await;

            // Tab stops: the skip link and the drawing; the map, one.
            for c in facts["charts"].as_array().unwrap() {
                let drawing = c["drawing"].as_array().unwrap();
                if drawing.len() != 1 || c["skip"] != 1 {
                    failures.push(format!("{what} {}: {} tab stops in the drawing ({drawing:?}), {} skip links", c["id"], drawing.len(), c["skip"]));
                }
            }
            if let Some(m) = facts["map"].as_array() {
                if m.len() != 1 {
                    failures.push(format!("{what} map: {} tab stops ({m:?})", m.len()));
                }
            }

            // Each tree: focusable itself, nothing inside it focusable, no drawn text exposed.
            let static_texts: HashSet<&str> = order.iter().filter(|n| n.role == "StaticText").map(|n| n.name.trim()).collect();
            let mut treeitems: HashSet<&str> = HashSet::new();
            let mut trees = 0;
            for t in order.iter().filter(|n| n.role == "tree") {
                trees += 1;
                if t.properties.get("focusable") != Some(&Value::Bool(true)) {
                    failures.push(format!("{what}: the tree «{}» takes no focus", t.name));
                }
                for n in ax.below(t) {
                    if n.role == "StaticText" {
                        failures.push(format!("{what}: drawn text «{}» is exposed in «{}»", n.name, t.name));
                    }
                    if n.properties.get("focusable") == Some(&Value::Bool(true)) {
                        failures.push(format!("{what}: «{}» ({}) is a tab stop inside «{}»", n.name, n.role, t.name));
                    }
                    if n.role == "treeitem" {
                        treeitems.insert(n.name.as_str());
                    }
                }
            }
            // Nothing heard twice: no node of the tree repeats a text of the page.
            for n in &treeitems {
                if static_texts.contains(n.trim()) {
                    failures.push(format!("{what}: «{n}» is said by the tree and as text"));
                }
            }
            // Every mark of every chart on the page, named whole.
            for def in chart::all() {
                if !facts["charts"].as_array().unwrap().iter().any(|c| c["id"] == def.id) {
                    continue;
                }
                let r = chart::render(def, cat, lang, Layout::Desktop).unwrap();
                for n in r.tree.walk() {
                    if !treeitems.contains(n.label.as_str()) {
                        failures.push(format!("{what} {}: «{}» is not in the accessibility tree", def.id, n.label));
                    }
                    if n.kind == NodeKind::Mark {
                        let f = cat.figure(n.figure.as_deref().unwrap()).unwrap();
                        check_said(&format!("{what} {}", def.id), &n.label, f, lang, &mut failures);
                    }
                }
            }
            if route.starts_with("counties") {
                assert_eq!(trees, 1, "{what}: the map is one tree");
                let counties: Vec<&&str> = treeitems.iter().filter(|n| n.contains(if lang == Lang::Zh { "（共6个县区）" } else { " of 6." })).collect();
                assert_eq!(counties.len(), 6, "{what}: six counties with value and rank: {treeitems:?}");
            }

            // The report's figures: each link says the figure whole.
            if route == "report/" {
                let links: HashSet<&str> = order.iter().filter(|n| n.role == "link").map(|n| n.name.as_str()).collect();
                let ids = b.js("return [...document.querySelectorAll('a.fig')].map(a => a.id);").await;
                let ids: Vec<&str> = ids.as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
                assert!(ids.len() > 200, "{what}: {} figures", ids.len());
                for id in ids {
                    let f = cat.figure(id).unwrap();
                    let said = chart::announce(f, lang, None);
                    let said = said.trim_end_matches(['。', '.']);
                    // (A figure stated again in the same words says so after them.)
                    if !links.contains(said) && !links.iter().any(|l| l.starts_with(said)) {
                        failures.push(format!("{what}: no link says «{said}»"));
                    }
                    check_said(&what, said, f, lang, &mut failures);
                }
                if let Some(bare) = links.iter().find(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_digit() || c == '.' || c == '%')) {
                    failures.push(format!("{what}: a link says only «{bare}»"));
                }
            }

            // No symbol a voice misreads, anywhere it is said.
            for n in &order {
                if ["StaticText", "treeitem", "link", "cell", "rowheader", "tree"].contains(&n.role.as_str()) && (n.name.contains('≈') || n.name.contains('≥')) {
                    failures.push(format!("{what}: {} says «{}»", n.role, n.name));
                }
            }

            // Link names: one name, one destination.
            let mut by_name: HashMap<String, HashSet<String>> = HashMap::new();
            for l in facts["links"].as_array().unwrap() {
                by_name.entry(l[0].as_str().unwrap().to_string()).or_default().insert(l[1].as_str().unwrap().to_string());
            }
            for (name, hrefs) in by_name {
                if hrefs.len() > 1 {
                    failures.push(format!("{what}: the link name «{name}» leads to {} places: {hrefs:?}", hrefs.len()));
                }
            }
            // Disclosure names: one name, one disclosure (two "Share & download" would not say which chart).
            let mut seen = HashSet::new();
            for n in facts["summaries"].as_array().unwrap().iter().filter_map(|n| n.as_str()) {
                if !seen.insert(n) {
                    failures.push(format!("{what}: two disclosures are named «{n}»"));
                }
            }
            for run in facts["lang_runs"].as_array().unwrap() {
                failures.push(format!("{what}: text in the other language without its lang: {}", run.as_str().unwrap()));
            }
        }
    }
    b.close().await;
    assert!(failures.is_empty(), "{} problems:\n{}", failures.len(), failures.join("\n"));
}
