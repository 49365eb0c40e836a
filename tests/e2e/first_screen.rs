//! The first screen: what a reader on a slow network sees before the module has arrived.
//!
//! The build renders the overview into index.html with the app's own components (src/prerender.rs);
//! these tests hold the module back on the server and look at the page meanwhile.

use crate::harness::{dist_dir, Browser, Server, PHONE};

/// The headline values and labels shown in `root`, in order.
const CARDS: &str = "return [...document.querySelectorAll(arguments[0] + ' .card')].map(c => c.getAttribute('data-figure') + ' ' + c.querySelector('.card-value').textContent + ' ' + c.querySelector('.card-label').textContent);";

async fn cards(b: &Browser, root: &str) -> Vec<String> {
    let v = b.client.execute(CARDS, vec![root.into()]).await.expect("script runs");
    serde_json::from_value(v).unwrap()
}

#[tokio::test]
async fn the_overview_is_readable_before_the_module_arrives_and_matches_the_app() {
    let s = Server::start(dist_dir());
    s.set_wasm_delay(4000);
    let b = Browser::open(PHONE).await;
    for lang in ["zh", "en"] {
        b.client.goto(&s.url(&format!("?lang={lang}#/"))).await.unwrap();
        b.wait_until("document.querySelector('#boot .first-screen:not([hidden]) .card') !== null").await;
        assert_eq!(b.js("return document.querySelectorAll('#boot .first-screen').length;").await, 1, "one language only, so no id is doubled");
        assert_eq!(b.js("return document.querySelector('#boot .first-screen').dataset.lang;").await, lang);
        assert_eq!(b.js("return document.getElementById('app').childElementCount;").await, 0, "the module is still held back");
        assert_eq!(b.js("return document.getElementById('boot-loading').hidden;").await, true, "no loading note over content");
        let before = cards(&b, "#boot").await;
        assert_eq!(before.len(), 20, "{before:?}");
        // The nav links work before the app does: they are the hash router's own links.
        assert_eq!(b.js("return document.querySelector('#boot .site-nav a[href=\"#/report\"]') !== null;").await, true);
        b.wait_for_app().await;
        assert_eq!(b.js("return document.getElementById('boot');").await, serde_json::Value::Null, "replaced by the app");
        assert_eq!(cards(&b, "#app").await, before, "the first screen shows what the app shows");
        b.assert_clean(&format!("first screen {lang}")).await;
    }
    b.close().await;
}

/// The inline script that picks the first screen repeats the app's rule for the language (URL,
/// then the last choice, then the browser, see `app::initial_lang`): both must agree.
#[tokio::test]
async fn the_first_screen_and_the_app_pick_the_same_language() {
    let s = Server::start(dist_dir());
    s.set_wasm_delay(2000);
    // A browser each: after one visit the service worker would serve the module at once, and
    // there would be no first screen to look at. `None` expects the browser's own language.
    for (stored, url, want) in [(Some("en"), "#/", Some("en")), (Some("zh"), "#/", Some("zh")), (None, "#/", None), (Some("en"), "?lang=zh#/", Some("zh"))] {
        let b = Browser::open(PHONE).await;
        b.client.goto(&s.url("#/nowhere")).await.unwrap();
        if let Some(l) = stored {
            b.js(&format!("localStorage.setItem('jincheng-report-lang', '{l}');")).await;
        }
        // A new document: a change of fragment alone would not reload the page.
        b.client.goto("about:blank").await.unwrap();
        b.client.goto(&s.url(url)).await.unwrap();
        b.wait_until("document.querySelector('#boot .first-screen:not([hidden])') !== null").await;
        let shown = b.js("return document.querySelector('#boot .first-screen').dataset.lang;").await;
        let browser = b.js("return /^zh/.test(navigator.language) ? 'zh' : 'en';").await;
        let want = want.unwrap_or(browser.as_str().unwrap());
        b.wait_for_app().await;
        let app = b.js("return document.documentElement.lang.slice(0, 2);").await;
        assert_eq!((shown.as_str(), app.as_str()), (Some(want), Some(want)), "stored {stored:?}, {url}");
        b.close().await;
    }
}

#[tokio::test]
async fn other_routes_show_the_loading_note_not_the_overview() {
    let s = Server::start(dist_dir());
    s.set_wasm_delay(4000);
    let b = Browser::open(PHONE).await;
    for route in ["#/report", "#/embed/gdp-level", "#/no-such-page"] {
        b.client.goto(&s.url(&format!("?lang=zh{route}"))).await.unwrap();
        b.wait_until("document.getElementById('boot-loading') && !document.getElementById('boot-loading').hidden").await;
        assert_eq!(b.js("return document.querySelectorAll('.first-screen').length;").await, 0, "{route}");
    }
    b.close().await;
}
