//! A module that cannot start never leaves a blank page.

use crate::harness::{copy_build, dist_dir, Browser, Scratch, Server, DESKTOP};

/// Serves a copy of the build without `file`.
fn serve_without(name: &str, file: &str) -> Server {
    let dir = Scratch::new(name);
    copy_build(&dist_dir(), dir.path(), |_, bytes| bytes);
    std::fs::remove_file(dir.path().join(file)).unwrap();
    Server::start_in(dir, "")
}

/// Serves a copy of the build whose module has gone through `edit`.
fn serve_with_module(name: &str, edit: fn(&mut Vec<u8>)) -> Server {
    let dir = Scratch::new(name);
    copy_build(&dist_dir(), dir.path(), move |path, mut bytes| {
        if path.extension().is_some_and(|x| x == "wasm") {
            edit(&mut bytes);
        }
        bytes
    });
    Server::start_in(dir, "")
}

/// Reaches for the page as a reader would, which starts the module (static/loader.js).
const REACH: &str = "document.dispatchEvent(new PointerEvent('pointerdown', {bubbles: true}));";

#[tokio::test]
async fn a_corrupt_module_shows_a_message_and_a_way_out() {
    // Half a module: what a broken download or a damaged cache leaves.
    let s = serve_with_module("corrupt-build", |bytes| bytes.truncate(bytes.len() / 2));
    let b = Browser::open(DESKTOP).await;
    b.client.goto(&s.url("en/")).await.unwrap();
    b.js("window.scrollTo(0, 600);").await;
    b.js(REACH).await;
    b.wait_until("!document.getElementById('fatal').hidden").await;
    // The page being read stays, whole; the message is above it, in view.
    assert_eq!(b.js("return document.querySelectorAll('#app .card').length > 10;").await, true, "the page stays");
    assert_eq!(b.js("return document.documentElement.hasAttribute('data-hydrated');").await, false);
    assert_eq!(b.js("const r = document.getElementById('fatal').getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight;").await, true, "the message is in view");
    let text = b.text("#fatal").await;
    assert!(text.contains("Something went wrong") && text.contains("页面出错了"), "{text}");
    assert!(b.js("return document.querySelector('#fatal [data-detail]').textContent.length > 0;").await.as_bool().unwrap());
    assert!(b.text("#fatal [data-reset]").await.contains("Clear the offline copy"));
    b.close().await;
}

#[tokio::test]
async fn a_changed_module_is_refused_by_its_integrity_check() {
    // Still a valid module (a custom section appended), so only the integrity check can stop it:
    // what a tampering proxy or a mixed-up deployment would serve.
    let s = serve_with_module("tampered-build", |bytes| bytes.extend_from_slice(&[0, 4, 1, b'x', 0, 0]));
    let b = Browser::open(DESKTOP).await;
    // The site's root starts the module at once.
    b.client.goto(&s.url("?lang=en#/compare")).await.unwrap();
    b.wait_until("!document.getElementById('fatal').hidden").await;
    assert_eq!(b.js("return location.hash;").await, "#/compare", "the changed module never ran (it would have sent the reader on)");
    let detail = b.text("#fatal [data-detail]").await;
    assert!(detail.to_lowercase().contains("integrity") || detail.contains("Failed to fetch"), "{detail}");
    // And only the check stopped it: the module served is a valid one.
    let valid = b
        .js("return (async () => { const href = performance.getEntriesByType('resource').find(e => e.name.endsWith('.wasm')).name;\
             return WebAssembly.validate(await (await fetch(href)).arrayBuffer()); })();")
        .await;
    assert_eq!(valid, serde_json::Value::Bool(true));
    b.close().await;
}

/// A module that could not be fetched (the connection dropped) is fetched again when the reader
/// next reaches for something, and the app then takes over and clears the message.
#[tokio::test]
async fn a_start_that_failed_on_a_dropped_connection_is_tried_again_at_the_next_reach() {
    // No service worker: its offline copy would answer in place of the network.
    let s = serve_without("no-worker", "sw.js");
    let b = Browser::open(DESKTOP).await;
    b.client.goto(&s.url("en/compare/")).await.unwrap();
    b.wait_until("document.querySelector('#app main h1') !== null").await;
    s.set_online(false);
    b.js(REACH).await;
    b.wait_until("!document.getElementById('fatal').hidden").await;
    assert_eq!(b.js("return document.documentElement.hasAttribute('data-hydrated');").await, false);
    s.set_online(true);
    b.js(REACH).await;
    b.wait_until("document.documentElement.hasAttribute('data-hydrated')").await;
    b.wait_until("document.getElementById('fatal').hidden").await;
    assert!(b.text("#app main h1").await.contains("2023"), "the view is the app's");
    b.close().await;
}

#[tokio::test]
async fn a_missing_icon_is_no_failure() {
    let s = serve_without("no-icon", "icon.svg");
    let b = Browser::open(DESKTOP).await;
    b.load(&s, "en/").await;
    b.wait_until("document.querySelector('main h1') !== null").await;
    assert_eq!(b.js("return document.getElementById('fatal').hidden;").await, true);
    b.close().await;
}
