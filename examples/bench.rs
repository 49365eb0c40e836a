//! Timings for `scripts/bench.py`: headless Chromium under Lighthouse's mobile profile (4× CPU
//! slowdown, 150 ms round trips, 1.6 Mbit/s down), gzip, an empty cache and no service worker
//! at the start of every run, the release `dist/` on loopback. Prints one JSON object; the script
//! adds the sizes and writes BENCHMARKS.md.
//!
//! Every address is a page written at build time (src/site.rs) that the module hydrates when the
//! reader reaches for it (static/loader.js). Measured here:
//! - each kind of page: what it fetched until its load event (resource timing; the document is
//!   the navigation), first and largest contentful paint; the root, which sends the reader on
//!   with the module, also what it fetched until it did;
//! - a tap on a county right after `zh/counties/` has loaded, to the county's details on screen:
//!   (a) before the module (the county is a link: a full page load), with the service worker the
//!   page registers at load and without it, (b) after the module has hydrated (client-side);
//! - from reaching for the overview to the module running;
//! - view switches in the hydrated app (a link followed client-side, to the new h1 painted).
//!
//! `cargo run --release --features e2e --example bench`

#[path = "../tests/e2e/harness.rs"]
#[allow(dead_code)]
mod harness;

use fantoccini::wd::WebDriverCompatibleCommand;
use harness::{dist_dir, Browser, Server, PHONE};
use serde_json::{json, Value};
use std::time::Duration;

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

async fn cdp(b: &Browser, cmd: &'static str, params: Value) -> Value {
    b.client.issue_cmd(Cdp(cmd, params)).await.unwrap_or_else(|e| panic!("CDP {cmd}: {e}"))
}

const RUNS: usize = 3;
const TAP_RUNS: usize = 9;
const SWITCH_RUNS: usize = 9;
/// The county tapped: its address and the name its details show.
const COUNTY: (&str, &str) = ("140522", "阳城县");

/// One page of each kind, as `[kind, address under the site's root]`; `make lighthouse`
/// (scripts/lighthouse.mjs) scores the same list.
const PAGES: &str = include_str!("../scripts/pages.json");

/// Runs in every new document before its own scripts (CDP, so no CSP applies): keeps what the
/// page fetched (resource timing names, the part before its load event and all of it) when it is
/// left, for the root, which leaves at once; and, when a county tap is being timed, watches for
/// the county's details from the first frame of the page that answers it.
const ON_NEW_DOCUMENT: &str = r#"window.__benchWatch = (want) => {
  const poll = () => {
    const h = document.querySelector('#county-details h2');
    if (h && h.textContent.trim() === want && h.getClientRects().length) {
      // The frame after the one that had it: it has been painted.
      requestAnimationFrame(() => {
        // Where the time went, when the answer is a page load.
        const o = performance.timeOrigin, nav = performance.getEntriesByType('navigation')[0];
        const css = performance.getEntriesByType('resource').find(e => /\.css$/.test(new URL(e.name).pathname));
        const fcp = performance.getEntriesByName('first-contentful-paint')[0];
        sessionStorage.setItem('bench-county-nav', JSON.stringify({ navigation: o, first_byte: o + nav.responseStart,
          document: o + nav.responseEnd, stylesheet: css ? o + css.responseEnd : null, first_paint: fcp ? o + fcp.startTime : null }));
        sessionStorage.setItem('bench-county-done', String(performance.timeOrigin + performance.now()));
        sessionStorage.removeItem('bench-county');
      });
    } else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
};
(() => {
  addEventListener('pagehide', () => {
    const nav = performance.getEntriesByType('navigation')[0];
    const until = nav && nav.loadEventStart > 0 ? nav.loadEventStart : Infinity;
    const all = performance.getEntriesByType('resource');
    sessionStorage.setItem('bench-left:' + location.pathname, JSON.stringify({
      load: all.filter(e => e.startTime < until).map(e => e.name), all: all.map(e => e.name) }));
  });
  const want = sessionStorage.getItem('bench-county');
  if (want) window.__benchWatch(want);
})();"#;

/// What the page fetched before its load event, as resource timing names.
const FETCHED_UNTIL_LOAD: &str = "const until = performance.getEntriesByType('navigation')[0].loadEventStart;\
     return performance.getEntriesByType('resource').filter(e => e.startTime < until).map(e => e.name);";

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v[v.len() / 2]
}

fn round(v: &[f64]) -> Vec<i64> {
    v.iter().map(|x| x.round() as i64).collect()
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

/// A first visit: nothing cached, no service worker, no storage; from a blank page.
async fn fresh(b: &Browser, s: &Server) {
    b.client.goto("about:blank").await.unwrap();
    cdp(b, "Network.clearBrowserCache", json!({})).await;
    cdp(b, "Storage.clearDataForOrigin", json!({ "origin": s.url("").trim_end_matches('/'), "storageTypes": "all" })).await;
}

async fn load_done(b: &Browser) {
    b.wait_until("document.readyState === 'complete'").await;
}

/// Taps the county on the map of the page (the link in the layout on screen) and waits for its
/// details on screen, in this document (client-side) or the next (a page load); the time from
/// the tap, in ms.
async fn tap_county(b: &Browser) -> (f64, serde_json::Map<String, Value>) {
    let (adcode, name) = COUNTY;
    b.js(&format!(
        "sessionStorage.removeItem('bench-county-done'); sessionStorage.setItem('bench-county', {name:?});\
         const a = [...document.querySelectorAll('.county-links a')].find(a => a.getClientRects().length && a.getAttribute('href').includes({adcode:?}));\
         const r = a.getBoundingClientRect(), at = {{ bubbles: true, cancelable: true, clientX: r.x + r.width / 2, clientY: r.y + r.height / 2 }};\
         sessionStorage.setItem('bench-county-t0', String(performance.timeOrigin + performance.now()));\
         window.__benchWatch({name:?});\
         a.dispatchEvent(new PointerEvent('pointerdown', {{ ...at, pointerType: 'touch', isPrimary: true }}));\
         a.dispatchEvent(new PointerEvent('pointerup', {{ ...at, pointerType: 'touch', isPrimary: true }}));\
         a.dispatchEvent(new MouseEvent('click', at));"
    ))
    .await;
    b.wait_until("sessionStorage.getItem('bench-county-done') !== null").await;
    let v = b.js("return [sessionStorage.getItem('bench-county-t0'), sessionStorage.getItem('bench-county-done'), sessionStorage.getItem('bench-county-nav')];").await;
    let t0: f64 = v[0].as_str().unwrap().parse().unwrap();
    let t1: f64 = v[1].as_str().unwrap().parse().unwrap();
    // The stages of the page load that answered it, from the tap (none when answered in place).
    let nav: Value = serde_json::from_str(v[2].as_str().unwrap()).unwrap();
    let mut stages = serde_json::Map::new();
    if nav["navigation"].as_f64().unwrap() > t0 {
        for (k, at) in nav.as_object().unwrap() {
            if let Some(at) = at.as_f64() {
                stages.insert(k.clone(), json!(at - t0));
            }
        }
    }
    (t1 - t0, stages)
}

#[tokio::main]
async fn main() {
    // Served compressed, as any real host serves it: transfer times are those of the gzip sizes.
    let s = Server::start(dist_dir());
    s.set_gzip(true);
    s.set_immutable(true);
    let b = Browser::open(PHONE).await;
    cdp(&b, "Network.enable", json!({})).await;
    cdp(&b, "Network.emulateNetworkConditions", json!({ "offline": false, "latency": 150, "downloadThroughput": 1_638_400 / 8, "uploadThroughput": 750_000 / 8 })).await;
    cdp(&b, "Emulation.setCPUThrottlingRate", json!({ "rate": 4 })).await;
    cdp(&b, "Page.enable", json!({})).await;
    cdp(&b, "Page.addScriptToEvaluateOnNewDocument", json!({ "source": ON_NEW_DOCUMENT })).await;

    // Each kind of page, as a first visit on a slow phone.
    let mut pages = Vec::new();
    let kinds: Vec<(String, String)> = serde_json::from_str(PAGES).expect("scripts/pages.json: [[kind, path], …]");
    for (kind, path) in kinds.iter().map(|(k, p)| (k.as_str(), p.as_str())) {
        let (mut fcp, mut lcp) = (Vec::new(), Vec::new());
        let mut files = json!([]);
        let mut until_sent_on = Value::Null;
        for _ in 0..RUNS {
            fresh(&b, &s).await;
            b.client.goto(&s.url(path)).await.unwrap();
            if path.is_empty() {
                // The root starts the module at once and sends the reader on (here zh/, the
                // browser's language): what it fetched is kept as it leaves.
                b.wait_until("location.pathname !== '/' && sessionStorage.getItem('bench-left:/') !== null").await;
                let left: Value = serde_json::from_str(b.js("return sessionStorage.getItem('bench-left:/');").await.as_str().unwrap()).unwrap();
                files = left["load"].clone();
                until_sent_on = left["all"].clone();
                continue;
            }
            load_done(&b).await;
            tokio::time::sleep(Duration::from_millis(1000)).await;
            files = b.js(FETCHED_UNTIL_LOAD).await;
            fcp.push(b.js("return performance.getEntriesByName('first-contentful-paint')[0].startTime;").await.as_f64().unwrap());
            lcp.push(lcp_now(&b).await);
        }
        let mut v = json!({ "kind": kind, "path": path, "document": format!("{path}index.html"), "files": files });
        if !fcp.is_empty() {
            v["fcp_ms"] = json!(median(fcp));
            v["lcp_ms"] = json!(median(lcp));
        }
        if !until_sent_on.is_null() {
            v["files_until_sent_on"] = until_sent_on;
        }
        pages.push(v);
        eprintln!("bench: {kind} loaded");
    }

    // (a) A tap on a county right after zh/counties/ has loaded, before the module: the county
    // is a link, so this is a full page load of zh/counties/<adcode>/. With the service worker
    // the page registers at its load event (it then fetches the offline copy meanwhile), and
    // with the worker's script blocked.
    let mut tap_before = Vec::new();
    for (variant, blocked) in [("service worker", json!([])), ("no service worker", json!(["*sw.js*"]))] {
        cdp(&b, "Network.setBlockedURLs", json!({ "urls": blocked })).await;
        let (mut times, mut stages) = (Vec::new(), std::collections::BTreeMap::<String, Vec<f64>>::new());
        for _ in 0..TAP_RUNS {
            fresh(&b, &s).await;
            b.client.goto(&s.url("zh/counties/")).await.unwrap();
            load_done(&b).await;
            let (t, st) = tap_county(&b).await;
            times.push(t);
            for (k, v) in st {
                stages.entry(k).or_default().push(v.as_f64().unwrap());
            }
            assert!(b.js("return location.pathname;").await.as_str().unwrap().ends_with(&format!("/zh/counties/{}/", COUNTY.0)));
        }
        let stages: serde_json::Map<String, Value> = stages.into_iter().map(|(k, v)| (k, json!(median(v)))).collect();
        tap_before.push(json!({ "variant": variant, "median_ms": median(times.clone()), "runs_ms": round(&times), "stages_ms": stages }));
    }
    cdp(&b, "Network.setBlockedURLs", json!({ "urls": [] })).await;
    eprintln!("bench: county taps before the module done");

    // (b) The same tap once the module has hydrated the page (client-side); and from reaching
    // for the page to the module running.
    let (mut tap_after, mut reach) = (Vec::new(), Vec::new());
    for _ in 0..TAP_RUNS {
        fresh(&b, &s).await;
        b.client.goto(&s.url("zh/counties/")).await.unwrap();
        load_done(&b).await;
        let t0 = b.js("document.dispatchEvent(new PointerEvent('pointerdown', {bubbles: true})); return performance.now();").await.as_f64().unwrap();
        b.wait_until("document.documentElement.hasAttribute('data-hydrated')").await;
        let t1 = b.js("return performance.getEntriesByName('app-interactive')[0].startTime;").await.as_f64().unwrap();
        reach.push(t1 - t0);
        tap_after.push(tap_county(&b).await.0);
        assert!(b.js("return document.documentElement.hasAttribute('data-hydrated');").await.as_bool().unwrap(), "the tap was answered in place");
    }
    eprintln!("bench: county taps after the module done");

    // View switches in the hydrated app: a link followed (client-side), from the click to the
    // new page's h1 painted, as the browser reports it (Element Timing: the h1 gets an
    // `elementtiming` attribute the moment it is inserted, before the paint); and, in brackets,
    // to the frame after the first one that had it.
    fresh(&b, &s).await;
    b.load(&s, "zh/about/").await;
    let follow = "const [path, done] = arguments; const url = new URL(path, document.baseURI).href;\
         const before = document.querySelector('main h1'); let painted = null, frame = null;\
         const finish = () => { if (painted !== null && frame !== null) { mo.disconnect(); po.disconnect(); done([painted, frame, location.pathname]); } };\
         const mo = new MutationObserver(() => { const h = document.querySelector('main h1');\
           if (h && h !== before && !h.hasAttribute('elementtiming')) h.setAttribute('elementtiming', 'view-switch'); });\
         mo.observe(document.body, { childList: true, subtree: true, characterData: true });\
         const po = new PerformanceObserver(l => { for (const e of l.getEntries()) if (e.identifier === 'view-switch' && e.renderTime > t0 && painted === null) { painted = e.renderTime - t0; finish(); } });\
         po.observe({ type: 'element' });\
         setTimeout(() => { if (painted === null) { painted = -1; finish(); } }, 5000);\
         let a = [...document.querySelectorAll('a[href]')].find(a => a.href === url && a.getClientRects().length);\
         if (!a) { a = document.createElement('a'); a.href = url; a.textContent = 'bench'; document.body.append(a); }\
         const t0 = performance.now(); a.click(); if (a.textContent === 'bench') a.remove();\
         (function poll() { const h = document.querySelector('main h1');\
           if (h && h !== before) requestAnimationFrame(() => { frame = performance.now() - t0; finish(); }); else requestAnimationFrame(poll); })();";
    let views = ["zh/", "zh/compare/", "zh/sectors/", "zh/counties/", "zh/counties/140522/", "zh/report/", "zh/about/", "en/report/"];
    let mut switches = Vec::new();
    for v in views {
        let (mut times, mut frames) = (Vec::new(), Vec::new());
        for _ in 0..SWITCH_RUNS {
            // From another page each time (the not-found page, small), in place too.
            b.client.execute_async(follow, vec![json!("zh/404/")]).await.unwrap();
            let t = b.client.execute_async(follow, vec![json!(v)]).await.unwrap();
            assert!(t[2].as_str().unwrap().ends_with(&format!("/{v}")), "followed to {v}: {t}");
            let painted = t[0].as_f64().unwrap();
            assert!(painted >= 0.0, "no element timing entry for the heading of {v}");
            times.push(painted);
            frames.push(t[1].as_f64().unwrap());
        }
        assert!(b.js("return document.documentElement.hasAttribute('data-hydrated');").await.as_bool().unwrap(), "still the same document");
        switches.push(json!({ "path": v, "painted_ms": median(times), "next_frame_ms": median(frames) }));
    }
    let out = json!({
        "profile": "4x CPU slowdown, 150 ms RTT, 1.6 Mbit/s, gzip, empty cache, 375x812",
        "runs": RUNS,
        "tap_runs": TAP_RUNS,
        "switch_runs": SWITCH_RUNS,
        "pages": pages,
        "county": COUNTY.1,
        "county_tap_before_module": tap_before,
        "county_tap_after_module": { "median_ms": median(tap_after.clone()), "runs_ms": round(&tap_after) },
        "reach_to_app_ms": median(reach),
        "view_switches": switches,
    });
    println!("{out}");
    b.close().await;
}
