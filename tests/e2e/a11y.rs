//! axe-core on every view, light and dark, at phone and desktop widths: no violation.

use crate::harness::{shared_server, Browser, DESKTOP, PHONE};
use serde_json::Value;

const ROUTES: &[&str] = &[
    "#/", "#/compare", "#/sectors", "#/counties/140522", "#/report", "#/report/gdp-2023", "#/about",
    "#/nowhere", "#/embed/investment-programmes", "#/embed/map/140502",
];

/// Before the module: the overview, a view with charts, a figure's link with its details, embeds
/// (see tests/e2e/first_screen.rs).
const FIRST_SCREENS: &[&str] = &["first screen #/", "first screen #/compare", "first screen #/report/gdp-2023", "first screen #/embed/investment-programmes", "first screen #/embed/map/140502"];

fn axe_source() -> String {
    let path = std::env::var("AXE_JS").map(std::path::PathBuf::from).unwrap_or_else(|_| {
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(".tools/node_modules/axe-core/axe.min.js")
    });
    std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("axe-core is missing at {}: run `make test` (it installs it)", path.display()))
}

async fn audit(size: (u32, u32)) {
    let axe = axe_source();
    let s = shared_server();
    let b = Browser::open(size).await;
    let mut failures = Vec::new();
    for theme in ["light", "dark"] {
        for lang in ["zh", "en"] {
            // The prerendered first screens, before the module starts, are audited as such too.
            for route in FIRST_SCREENS.iter().chain(ROUTES) {
                if let Some(path) = route.strip_prefix("first screen ") {
                    b.client.goto("about:blank").await.unwrap();
                    b.client.goto(&s.url(&format!("?lang={lang}&theme={theme}{path}"))).await.unwrap();
                    b.wait_until(&format!("document.querySelector('#boot .first-screen:not([hidden]) main') && document.documentElement.dataset.theme === '{theme}'")).await;
                    assert_eq!(b.js("return document.getElementById('app').childElementCount;").await, 0);
                } else {
                    b.load(s, &format!("?lang={lang}&theme={theme}{route}")).await;
                }
                b.wait_until("document.querySelector('main') && document.querySelector('main').innerText.length > 20").await;
                // Open what is closed by default, so that it is audited too.
                b.js("document.querySelectorAll('details').forEach(d => d.open = true);").await;
                // A chart's data table is built when its details first open.
                b.wait_until("[...document.querySelectorAll('details.chart-table')].every(d => d.querySelector('table'))").await;
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
                for v in result.as_array().cloned().unwrap_or_default() {
                    failures.push(format!("{route} {lang} {theme} {}px: {} ({}) {:?}", size.0, v["id"], v["impact"], v["nodes"]));
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
/// in every embed, in both languages. A chart: named by its title, a summary sentence, a label on
/// the drawing and on each mark, and a data table (built when opened) listing every marked figure
/// (a mark may speak for two, as a programme's amount and project count). The
/// map: a label, a name on each county, and the table of the same counts.
#[tokio::test]
async fn every_chart_and_the_map_have_text_alternatives() {
    let s = shared_server();
    let b = Browser::open(DESKTOP).await;
    let mut routes: Vec<String> = vec!["#/compare".into(), "#/sectors".into(), "#/counties".into(), "#/embed/map".into()];
    routes.extend(charts::chart::all().iter().map(|d| format!("#/embed/{}", d.id)));
    let mut failures = Vec::new();
    for lang in ["zh", "en"] {
        for route in &routes {
            b.load(s, &format!("?lang={lang}{route}")).await;
            b.js("document.querySelectorAll('details.chart-table').forEach(d => d.open = true);").await;
            b.wait_until("[...document.querySelectorAll('details.chart-table')].every(d => d.querySelector('table'))").await;
            let problems = b
                .js("const out = []; const text = e => (e && e.textContent || '').trim();\
                     for (const f of document.querySelectorAll('figure.chart')) {\
                       const id = f.dataset.chart, title = document.getElementById(f.getAttribute('aria-labelledby'));\
                       if (!text(title)) out.push(id + ': no title naming the figure');\
                       if (!text(f.querySelector('.chart-summary'))) out.push(id + ': no summary');\
                       const svg = f.querySelector('.chart-svg svg');\
                       if (!svg || !(svg.getAttribute('aria-label') || '').trim()) out.push(id + ': drawing without a label');\
                       const marks = [...f.querySelectorAll('.hit')];\
                       if (!marks.length) out.push(id + ': no marks');\
                       for (const m of marks) if (!(m.getAttribute('aria-label') || '').trim()) out.push(id + ': a mark without a label');\
                       const rows = [...f.querySelectorAll('details.chart-table tbody tr')];\
                       const listed = new Set(rows.map(r => r.dataset.rowFigure));\
                       for (const m of marks) if (!listed.has(m.dataset.figure)) out.push(`${id}: ${m.dataset.figure} is not in the table`); }\
                     const map = document.querySelector('svg.county-map');\
                     if (map) {\
                       if (!(map.getAttribute('aria-label') || '').trim()) out.push('map: no label');\
                       const counties = [...map.querySelectorAll('path[data-county]')];\
                       if (counties.length !== 6 || counties.some(p => !(p.getAttribute('aria-label') || '').trim())) out.push('map: a county without a name');\
                       const table = document.querySelectorAll('.county-table tbody tr').length;\
                       if (!location.hash.startsWith('#/embed') && table !== 6) out.push(`map: ${table} table rows`); }\
                     if (!document.querySelector('figure.chart, svg.county-map')) out.push('nothing drawn');\
                     return out;")
                .await;
            for p in problems.as_array().cloned().unwrap_or_default() {
                failures.push(format!("{route} {lang}: {}", p.as_str().unwrap_or_default()));
            }
        }
    }
    b.close().await;
    assert!(failures.is_empty(), "text alternatives missing:\n{}", failures.join("\n"));
}
