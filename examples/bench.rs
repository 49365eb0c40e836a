//! Timings for `scripts/bench.sh`: headless Chromium under Lighthouse's mobile profile (4× CPU
//! slowdown, 150 ms round trips, 1.6 Mbit/s down), cache disabled, the release `dist/` on
//! loopback. Prints one JSON object; the script adds the sizes and writes BENCHMARKS.md.
//!
//! `cargo run --release --features e2e --example bench`

#[path = "../tests/e2e/harness.rs"]
#[allow(dead_code)]
mod harness;

use fantoccini::wd::WebDriverCompatibleCommand;
use harness::{dist_dir, Browser, Server, PHONE};
use serde_json::{json, Value};

#[derive(Debug)]
struct Cdp(&'static str, Value);
impl WebDriverCompatibleCommand for Cdp {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/goog/cdp/execute", session.unwrap_or_default()))
    }
    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(json!({ "cmd": self.0, "params": self.1 }).to_string()))
    }
}

const RUNS: usize = 5;
const SWITCH_RUNS: usize = 15;
/// Routes with a first screen: the overview (in index.html), a view with charts, the longest view,
/// and the deep links into it (a figure's details, a sentence marked; see `routes`).
const FIRST_SCREENS: [&str; 4] = ["#/", "#/compare", "#/report", "#/report/gdp-2023"];

/// The routes measured: `FIRST_SCREENS` and a sentence's link, to the text's middle sentence.
fn routes() -> Vec<String> {
    let doc = report::document::Document::parse(report::REPORT_TEXT);
    let middle = doc.sentences[doc.sentences.len() / 2].span.start;
    FIRST_SCREENS.iter().map(|r| r.to_string()).chain([format!("#/report/s/{middle}")]).collect()
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v[v.len() / 2]
}

async fn mark(b: &Browser, name: &str) -> f64 {
    b.wait_until(&format!("performance.getEntriesByName('{name}').length > 0")).await;
    b.js(&format!("return performance.getEntriesByName('{name}')[0].startTime;")).await.as_f64().unwrap()
}

/// The page's largest contentful paint so far.
async fn lcp_now(b: &Browser) -> f64 {
    b.client
        .execute_async(
            "const done = arguments[0]; new PerformanceObserver(l => { const e = l.getEntries(); done(e[e.length - 1].startTime); })\
             .observe({ type: 'largest-contentful-paint', buffered: true });",
            vec![],
        )
        .await
        .unwrap()
        .as_f64()
        .unwrap()
}

#[tokio::main]
async fn main() {
    // Served compressed, as any real host serves it: transfer times are those of the gzip sizes.
    let s = Server::start(dist_dir());
    s.set_gzip(true);
    let b = Browser::open(PHONE).await;
    b.client.issue_cmd(Cdp("Network.enable", json!({}))).await.expect("CDP");
    b.client.issue_cmd(Cdp("Network.setCacheDisabled", json!({ "cacheDisabled": true }))).await.unwrap();
    b.client
        .issue_cmd(Cdp("Network.emulateNetworkConditions", json!({ "offline": false, "latency": 150, "downloadThroughput": 1_638_400 / 8, "uploadThroughput": 750_000 / 8 })))
        .await
        .unwrap();
    b.client.issue_cmd(Cdp("Emulation.setCPUThrottlingRate", json!({ "rate": 4 }))).await.unwrap();
    // No service worker: every run loads from the network.
    b.client.issue_cmd(Cdp("Network.setBypassServiceWorker", json!({ "bypass": true }))).await.unwrap();
    // What the page itself fetched, as paths under dist/ (resource timing: the worker's offline
    // copy is not in it).
    const FETCHED: &str = "return performance.getEntriesByType('resource').map(e => new URL(e.name).pathname.slice(1));";
    // From navigation to the app interactive, for a reader who reaches for a link as soon as
    // the overview's first screen is there (the earliest the module starts on a first screen).
    let mut interactive = Vec::new();
    for _ in 0..RUNS {
        // From a blank page each time: a URL that differs only in its fragment would not reload.
        b.client.goto("about:blank").await.unwrap();
        b.client.goto(&s.url("?lang=zh#/")).await.unwrap();
        b.start_app().await;
        interactive.push(mark(&b, "app-interactive").await);
    }
    // Routes with a first screen (the overview in the page, the others fetched), as a reader on a
    // slow phone sees them: first paint with content, the largest contentful paint, and what the
    // page fetched until it had loaded and settled. Then the cost of the deferred module: from
    // reaching for a link to the app running.
    let mut loads = serde_json::Map::new();
    let mut reach = Vec::new();
    for route in routes() {
        let (mut fcp, mut lcp) = (Vec::new(), Vec::new());
        let mut files = json!([]);
        for _ in 0..RUNS {
            b.client.goto("about:blank").await.unwrap();
            b.client.goto(&s.url(&format!("?lang=zh{route}"))).await.unwrap();
            b.wait_until("document.readyState === 'complete' && document.querySelector('#boot .first-screen:not([hidden]) main') !== null").await;
            tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
            files = b.js(FETCHED).await;
            fcp.push(b.js("return performance.getEntriesByName('first-contentful-paint')[0].startTime;").await.as_f64().unwrap());
            lcp.push(lcp_now(&b).await);
            if route == "#/" {
                let t0 = b
                    .js("const t = performance.now(); document.querySelector('#boot a.brand').dispatchEvent(new PointerEvent('pointerdown', {bubbles: true})); return t;")
                    .await
                    .as_f64()
                    .unwrap();
                reach.push(mark(&b, "app-interactive").await - t0);
            }
        }
        loads.insert(route.clone(), json!({ "fcp_ms": median(fcp), "lcp_ms": median(lcp), "files": files }));
    }
    // A link followed on the overview before the module has come: from the hash change to the
    // next view's heading on screen (its first screen, fetched; or the app, if that came first).
    let mut follow = Vec::new();
    for _ in 0..RUNS {
        b.client.goto("about:blank").await.unwrap();
        b.client.goto(&s.url("?lang=zh#/")).await.unwrap();
        b.wait_until("document.readyState === 'complete' && document.querySelector('#boot .first-screen:not([hidden]) main') !== null").await;
        let t = b
            .client
            .execute_async(
                "const done = arguments[0]; const t0 = performance.now(); location.hash = '#/compare';\
                 (function poll() { const h = document.querySelector('.first-screen:not([hidden]) main h1, #app main h1');\
                   if (h && h.textContent.includes('对比')) requestAnimationFrame(() => done(performance.now() - t0)); else requestAnimationFrame(poll); })();",
                vec![],
            )
            .await
            .unwrap();
        follow.push(t.as_f64().unwrap());
    }
    // The app, for the view switches.
    b.start_app().await;
    // View switches in the loaded app: from the hash change to the new view's h1 painted, as the
    // browser reports it (Element Timing: the h1 gets an `elementtiming` attribute the moment it
    // is inserted, before the paint). Also, more conservatively, to the frame after the one that
    // first had it: that frame waits for whatever work the view scheduled next (the second step
    // of a long view, which waits two frames for this reason), so it may measure more than the switch.
    let views = ["#/", "#/compare", "#/sectors", "#/counties/140522", "#/report", "#/about"];
    let (mut switches, mut next_frames) = (serde_json::Map::new(), serde_json::Map::new());
    for v in views {
        let (mut times, mut frames) = (Vec::new(), Vec::new());
        // More runs than for loads: a switch is quick to repeat and its median is noisy.
        for _ in 0..SWITCH_RUNS {
            b.js("location.hash = '#/nowhere';").await;
            b.wait_until("document.querySelector('main h1') && location.hash === '#/nowhere'").await;
            let t = b
                .client
                .execute_async(
                    "const [hash, done] = arguments; const before = document.querySelector('main h1'); let painted = null, frame = null;\
                     const finish = () => { if (painted !== null && frame !== null) { mo.disconnect(); po.disconnect(); done([painted, frame]); } };\
                     const mo = new MutationObserver(() => { const h = document.querySelector('main h1');\
                       if (h && h !== before && !h.hasAttribute('elementtiming')) h.setAttribute('elementtiming', 'view-switch'); });\
                     mo.observe(document.body, { childList: true, subtree: true });\
                     const po = new PerformanceObserver(l => { for (const e of l.getEntries()) if (e.identifier === 'view-switch' && e.renderTime > t0 && painted === null) { painted = e.renderTime - t0; finish(); } });\
                     po.observe({ type: 'element' });\
                     setTimeout(() => { if (painted === null) { painted = -1; finish(); } }, 5000);\
                     const t0 = performance.now(); location.hash = hash;\
                     (function poll() { const h = document.querySelector('main h1');\
                       if (h && h !== before) requestAnimationFrame(() => { frame = performance.now() - t0; finish(); }); else requestAnimationFrame(poll); })();",
                    vec![json!(v)],
                )
                .await
                .unwrap();
            let painted = t[0].as_f64().unwrap();
            assert!(painted >= 0.0, "no element timing entry for the heading of {v}");
            times.push(painted);
            frames.push(t[1].as_f64().unwrap());
        }
        switches.insert(v.to_string(), json!(median(times)));
        next_frames.insert(v.to_string(), json!(median(frames)));
    }
    let out = json!({
        "profile": "4x CPU slowdown, 150 ms RTT, 1.6 Mbit/s, gzip, cache disabled, 375x812",
        "runs": RUNS,
        "switch_runs": SWITCH_RUNS,
        "interactive_ms": median(interactive),
        "loads": loads,
        "overview_reach_to_app_ms": median(reach),
        "link_followed_before_module_ms": median(follow),
        "view_switch_ms": switches,
        "view_switch_next_frame_ms": next_frames,
    });
    println!("{out}");
    b.close().await;
}
