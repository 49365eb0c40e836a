//! After one visit the app works with no network, and a new deployment replaces the old one whole.

use crate::harness::{copy_build, dist_dir, Browser, Server, PHONE};
use std::path::{Path, PathBuf};
use std::process::Command;

const ROUTES: &[(&str, &str)] = &[
    ("#/", "2023年主要成绩"),
    ("#/report/gdp-2023", "2333.3亿元"),
    ("#/compare", "对比"),
    ("#/sectors", "行业"),
    ("#/counties", "县区"),
    ("#/about", "关于本页与数据来源"),
];

async fn wait_for_offline_copy(b: &Browser) {
    b.wait_until("navigator.serviceWorker && navigator.serviceWorker.controller !== null").await;
}

#[tokio::test]
async fn the_app_works_offline_after_one_visit() {
    let s = Server::start(dist_dir());
    let b = Browser::open(PHONE).await;
    b.load(&s, "?lang=zh#/").await;
    wait_for_offline_copy(&b).await;
    s.set_online(false);
    // A fresh load of the page, with the server gone.
    b.client.refresh().await.unwrap();
    // The overview is the prerendered first screen; each change of route below starts the
    // module from the offline copy (the first one before the app exists at all).
    b.wait_until("document.querySelector('#boot .first-screen:not([hidden])') !== null").await;
    for (route, expected) in ROUTES {
        b.js(&format!("location.hash = {:?};", route.trim_start_matches('#'))).await;
        b.wait_until(&format!("document.querySelector('main') && document.querySelector('main').innerText.includes({expected:?})")).await;
    }
    // A view opened afresh: its first screen is not in the offline copy; the module draws it.
    b.client.goto("about:blank").await.unwrap();
    b.client.goto(&s.url("?lang=zh#/compare")).await.unwrap();
    b.wait_for_app().await;
    b.wait_until("document.querySelector('#app main h1').innerText.includes('对比')").await;
    b.close().await;
}

/// A second build: the same app with one file changed, its service worker regenerated.
fn next_build() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("jc-next-build-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    copy_build(&dist_dir(), &dir, |path, mut bytes| {
        if path.extension().is_some_and(|x| x == "css") {
            bytes.extend_from_slice(b"\n/* next build */\n");
        }
        bytes
    });
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/service-worker.sh");
    let ok = Command::new("bash").arg(script).env("TRUNK_STAGING_DIR", &dir).status().unwrap().success();
    assert!(ok, "service-worker.sh regenerates sw.js");
    dir
}

fn build_id(dir: &Path) -> String {
    let sw = std::fs::read_to_string(dir.join("sw.js")).unwrap();
    sw.lines().find_map(|l| l.strip_prefix("const BUILD = \"").map(|r| r.trim_end_matches("\";").to_string())).unwrap()
}

#[tokio::test]
async fn a_new_build_replaces_the_old_cache_whole() {
    let s = Server::start(dist_dir());
    let b = Browser::open(PHONE).await;
    b.load(&s, "?lang=zh#/").await;
    wait_for_offline_copy(&b).await;
    let old = format!("jincheng-report-{}", build_id(&dist_dir()));
    let next = next_build();
    let new = format!("jincheng-report-{}", build_id(&next));
    assert_ne!(old, new);
    s.set_root(next);
    b.js("navigator.serviceWorker.getRegistration().then(r => r.update());").await;
    // The open page offers the new build; accepting reloads into it.
    b.wait_until("document.getElementById('update') !== null").await;
    b.click("#update button").await;
    b.start_app().await;
    // Asked again at each poll: the new worker deletes the old cache when it activates, which
    // may come a little after the page has reloaded.
    b.wait_until(&format!("(caches.keys().then(k => window.__keys = k), window.__keys && window.__keys.length === 1 && window.__keys[0] === {new:?})")).await;
    b.close().await;
}
