//! axe-core on every view, light and dark, at phone and desktop widths: no violation.

use crate::harness::{shared_server, Browser, DESKTOP, PHONE};
use serde_json::Value;

const ROUTES: &[&str] = &[
    "#/", "#/compare", "#/sectors", "#/counties/140522", "#/report", "#/report/gdp-2023", "#/about",
    "#/nowhere", "#/embed/investment-programmes", "#/embed/map/140502",
];

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
            for route in ROUTES {
                b.load(s, &format!("?lang={lang}&theme={theme}{route}")).await;
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
