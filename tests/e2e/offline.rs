//! After one visit the app works with no network, a new deployment replaces the old one whole,
//! and a damaged copy is refused, said, and cleared by the reader.

use crate::harness::{copy_build, dist_dir, site_step, Browser, Scratch, Server, PHONE};
use std::path::Path;

const PAGES: &[(&str, &str)] = &[
    ("zh/report/#gdp-2023", "2333.3亿元"),
    ("zh/compare/", "对比"),
    ("zh/sectors/", "行业"),
    ("zh/counties/140522/", "阳城县"),
    ("en/about/", "About this page"),
    ("en/embed/map/", "Jincheng"),
];

async fn wait_for_offline_copy(b: &Browser) {
    b.wait_until("navigator.serviceWorker && navigator.serviceWorker.controller !== null").await;
}

#[tokio::test]
async fn the_app_works_offline_after_one_visit() {
    let s = Server::start(dist_dir());
    let b = Browser::open(PHONE).await;
    b.load(&s, "zh/").await;
    wait_for_offline_copy(&b).await;
    s.set_online(false);
    // A fresh load of the page, with the server gone: every page of both languages, loaded
    // afresh, and the module from the copy too.
    b.client.refresh().await.unwrap();
    b.wait_until("document.querySelector('#app main h1') !== null").await;
    for (page, expected) in PAGES {
        b.client.goto("about:blank").await.unwrap();
        b.client.goto(&s.url(page)).await.unwrap();
        b.wait_until(&format!("document.querySelector('#app').innerText.includes({expected:?})")).await;
    }
    b.start_app().await;
    // The old address too: the root and the module that sends the reader on are in the copy.
    b.client.goto(&s.url("?lang=zh#/counties")).await.unwrap();
    b.wait_until("location.pathname.endsWith('/zh/counties/')").await;
    // A page the site does not have says so.
    b.client.goto(&s.url("zh/nowhere/")).await.unwrap();
    b.wait_until("location.pathname.endsWith('/zh/404/')").await;
    b.close().await;
}

/// A second build: the same app with its stylesheet changed, every page written again by the
/// site step (new integrity, a new build id, a new offline list).
fn next_build() -> Scratch {
    let dir = Scratch::new("next-build");
    copy_build(&dist_dir(), dir.path(), |path, mut bytes| {
        if path.extension().is_some_and(|x| x == "css") {
            bytes.extend_from_slice(b"\n/* next build */\n");
        }
        bytes
    });
    site_step(dir.path(), None);
    dir
}

fn build_id(dir: &Path) -> String {
    let page = std::fs::read_to_string(dir.join("zh/index.html")).unwrap();
    page.split("data-sw=\"sw.js?v=").nth(1).unwrap().split(['"', '&']).next().unwrap().to_string()
}

#[tokio::test]
async fn a_new_build_replaces_the_old_cache_whole() {
    let mut s = Server::start(dist_dir());
    let b = Browser::open(PHONE).await;
    b.load(&s, "zh/").await;
    wait_for_offline_copy(&b).await;
    let old = format!("jincheng-report-{}", build_id(&dist_dir()));
    let next = next_build();
    let new = format!("jincheng-report-{}", build_id(next.path()));
    assert_ne!(old, new);
    s.switch_to(next);
    // The reader comes back: the page comes from the network, registers the new build's worker,
    // which takes the new copy whole and drops the old.
    b.client.refresh().await.unwrap();
    b.wait_until("document.querySelector('#app main h1') !== null").await;
    b.wait_until(&format!("(caches.keys().then(k => window.__keys = k), window.__keys && window.__keys.length === 1 && window.__keys[0] === {new:?})")).await;
    b.wait_until(&format!("navigator.serviceWorker.controller && new URL(navigator.serviceWorker.controller.scriptURL).searchParams.get('v') === '{}'", new.trim_start_matches("jincheng-report-"))).await;
    b.close().await;
}

/// The offline copy damaged (a module cut short on a full disk, a cache half written): the
/// integrity check refuses it, the page stays whole with the message above it, and the
/// message's button clears the copy, after which the page starts from the network.
#[tokio::test]
async fn a_damaged_offline_copy_shows_a_message_and_the_way_out() {
    let s = Server::start(dist_dir());
    let b = Browser::open(PHONE).await;
    b.load(&s, "zh/").await;
    wait_for_offline_copy(&b).await;
    let damaged = b
        .js("return (async () => {\
               const name = (await caches.keys()).find(k => k.startsWith('jincheng-report-'));\
               const cache = await caches.open(name);\
               const wasm = (await cache.keys()).find(r => /jincheng-report-app-[0-9a-f]+_bg\\.wasm$/.test(r.url));\
               await cache.put(wasm, new Response(new Uint8Array([0, 97, 115, 109, 1, 0]), { headers: { 'Content-Type': 'application/wasm' } }));\
               return wasm.url; })();")
        .await;
    assert!(damaged.as_str().is_some_and(|u| u.ends_with("_bg.wasm")), "{damaged}");
    b.client.goto("about:blank").await.unwrap();
    b.client.goto(&s.url("zh/compare/")).await.unwrap();
    b.start_app().await;
    assert_eq!(b.js("return document.getElementById('fatal').hidden;").await, false, "the damaged module is refused");
    assert_eq!(b.js("return document.documentElement.hasAttribute('data-hydrated');").await, false);
    assert!(b.text("#app main h1").await.contains("对比"), "the page stays whole under the message");
    b.click("#fatal [data-reset]").await;
    // The button reloads the page without the copy: its module comes from the network.
    b.wait_until("performance.getEntriesByType('navigation')[0].type === 'reload'").await;
    b.start_app().await;
    assert_eq!(b.js("return document.documentElement.hasAttribute('data-hydrated');").await, true);
    assert_eq!(b.js("return document.getElementById('fatal').hidden;").await, true);
    b.close().await;
}
