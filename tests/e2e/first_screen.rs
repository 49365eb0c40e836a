//! The first screen: what a reader on a slow network sees before the module has arrived.
//!
//! The build renders every route's first screen with the app's own components (src/prerender.rs):
//! the overview into index.html, every view, embed and deep link from files. There the page is
//! whole without the module, which starts when the reader reaches for something
//! (static/start.template.js); on unknown routes it starts at once and a loading note stands in.

use crate::harness::{copy_build, dist_dir, Browser, Server, DESKTOP, PHONE};

/// The headline values and labels shown in `root`, in order.
const CARDS: &str = "return [...document.querySelectorAll(arguments[0] + ' .card')].map(c => c.getAttribute('data-figure') + ' ' + c.querySelector('.card-value').textContent + ' ' + c.querySelector('.card-label').textContent);";

async fn cards(b: &Browser, root: &str) -> Vec<String> {
    let v = b.client.execute(CARDS, vec![root.into()]).await.expect("script runs");
    serde_json::from_value(v).unwrap()
}

/// What the page itself has fetched so far (the service worker's offline copy is not the page's).
const FETCHED: &str = "return performance.getEntriesByType('resource').map(e => e.name.split('/').pop());";

async fn fetched(b: &Browser) -> Vec<String> {
    serde_json::from_value(b.js(FETCHED).await).unwrap()
}

fn has_module(files: &[String]) -> bool {
    files.iter().any(|f| f.ends_with(".wasm") || f.starts_with("jincheng-report-app"))
}

/// Waits until the page has loaded and settled (the worker registered, nothing more to come),
/// checks that it has not fetched the module, and returns what it fetched.
async fn settled_without_module(b: &Browser, what: &str) -> Vec<String> {
    b.wait_until("document.readyState === 'complete'").await;
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    let files = fetched(b).await;
    assert!(!has_module(&files), "{what}: fetched {files:?}");
    files
}

#[tokio::test]
async fn the_overview_is_whole_without_the_module_until_the_reader_reaches_for_a_link() {
    let s = Server::start(dist_dir());
    let b = Browser::open(PHONE).await;
    for lang in ["zh", "en"] {
        b.client.goto(&s.url(&format!("?lang={lang}#/"))).await.unwrap();
        b.wait_until("document.querySelector('#boot .first-screen:not([hidden]) .card') !== null").await;
        assert_eq!(b.js("return document.querySelectorAll('#boot .first-screen').length;").await, 1, "one language only, so no id is doubled");
        assert_eq!(b.js("return document.querySelector('#boot .first-screen').dataset.lang;").await, lang);
        assert_eq!(b.js("return document.getElementById('boot-loading').hidden;").await, true, "no loading note over content");
        let title = b.js("return document.title;").await;
        let before = cards(&b, "#boot").await;
        assert_eq!(before.len(), 20, "{before:?}");
        // Loaded, the worker registered, and still no module: the page is the first screen.
        settled_without_module(&b, &format!("the overview in {lang}")).await;
        assert_eq!(b.js("return document.getElementById('app').childElementCount;").await, 0);
        // A keyboard reader tabs to the first link of the lede: the module starts, the app
        // replaces the first screen with the same cards, and focus stays on that link.
        b.js("document.querySelector('#boot .intro-links a').focus();").await;
        b.wait_for_app().await;
        assert!(has_module(&fetched(&b).await));
        assert_eq!(b.js("return document.getElementById('boot');").await, serde_json::Value::Null, "replaced by the app");
        assert_eq!(cards(&b, "#app").await, before, "the first screen shows what the app shows");
        b.wait_until("document.activeElement && document.activeElement.matches('#app .intro-links a[href=\"#/compare\"]')").await;
        assert_eq!(b.js("return document.title;").await, title, "the first screen's title is the app's");
        b.assert_clean(&format!("first screen {lang}")).await;
        // A new document for the next language: the service worker now has the module, but the
        // overview still waits for the reader.
        b.client.goto("about:blank").await.unwrap();
    }
    b.close().await;
}

/// A link followed before the module has come: the next view's first screen (a small file, not
/// the module) shows, with the focus on the followed link's place in it, and the app then takes
/// that over. Back to the overview, the overview shows again. A route the build did not draw
/// shows the loading note until the app draws it.
#[tokio::test]
async fn following_a_link_before_the_module_arrives_shows_that_views_first_screen_then_the_app() {
    let s = Server::start(dist_dir());
    s.set_wasm_delay(5000);
    let b = Browser::open(PHONE).await;
    b.client.goto(&s.url("?lang=zh#/")).await.unwrap();
    b.wait_until("document.querySelector('#boot .first-screen:not([hidden])') !== null").await;
    // By keyboard: the link focused (which starts the module), then Enter.
    b.js("document.querySelector('#boot .intro-links a[href=\"#/compare\"]').focus();").await;
    b.client.active_element().await.unwrap().send_keys(&fantoccini::key::Key::Enter.to_string()).await.unwrap();
    b.wait_until("document.querySelector('#boot .first-screen:not([hidden]) main h1') && document.querySelector('#boot .first-screen:not([hidden]) main h1').textContent.includes('对比')").await;
    // All at once, before the module can come.
    let before = b
        .js("const a = document.activeElement; return [location.hash, document.getElementById('app').childElementCount, \
             document.querySelectorAll('#boot .first-screen:not([hidden])').length, document.getElementById('boot-loading').hidden, \
             a.closest('#boot .site-nav') !== null, a.getAttribute('href')];")
        .await;
    assert_eq!(before, serde_json::json!(["#/compare", 0, 1, true, true, "#/compare"]), "[hash, app, screens shown, note hidden, focus in the nav, on]");
    b.wait_for_app().await;
    assert_eq!(b.js("return document.querySelector('#app main h1').textContent.includes('对比');").await, true);
    let focus = "const a = document.activeElement; return [a.closest('#app .site-nav') !== null, a.getAttribute('href')];";
    assert_eq!(b.js(focus).await, serde_json::json!([true, "#/compare"]), "the app keeps the focus");
    b.assert_clean("link before the module").await;
    b.close().await;

    // Fresh browsers from here: the service worker of the one before has the module by now.
    let b = Browser::open(PHONE).await;
    b.client.goto(&s.url("?lang=zh#/")).await.unwrap();
    b.wait_until("document.querySelector('#boot .first-screen:not([hidden]) .card') !== null").await;
    b.js("location.hash = '#/compare';").await;
    b.wait_until("document.querySelector('#boot .first-screen:not([hidden]) main h1') && document.querySelector('#boot .first-screen:not([hidden]) main h1').textContent.includes('对比')").await;
    b.js("history.back();").await;
    b.wait_until("document.querySelector('#boot .first-screen:not([hidden]) .card') !== null").await;
    let back = b.js("return [document.getElementById('app').childElementCount, document.querySelectorAll('#boot .first-screen:not([hidden])').length, document.getElementById('boot-loading').hidden];").await;
    assert_eq!(back, serde_json::json!([0, 1, true]), "[app, screens shown, note hidden]: the overview again, alone");
    b.wait_for_app().await;
    assert!(b.js("return document.querySelector('#app .card') !== null;").await.as_bool().unwrap());
    b.close().await;

    let b = Browser::open(PHONE).await;
    b.client.goto(&s.url("?lang=zh#/")).await.unwrap();
    b.wait_until("document.querySelector('#boot .first-screen:not([hidden])') !== null").await;
    b.js("location.hash = '#/no-such-page';").await;
    b.wait_until("!document.getElementById('boot-loading').hidden && !document.querySelector('#boot .first-screen:not([hidden])')").await;
    b.wait_for_app().await;
    assert!(b.text("#app main h1").await.contains("页面不存在"));
    b.close().await;
}

/// A figure's card on the overview followed while the module comes from the offline copy: the
/// report's first screen and the module race, and whichever comes first, the page ends at the
/// figure (the app, drawing afresh, places it itself; taking over, it keeps the screen's place).
/// The module can even start before the page has handled the hashchange: the overview still
/// shows, but for another address, and must not be taken over (src/lib.rs).
#[tokio::test]
async fn a_deep_link_followed_before_the_module_ends_at_its_target_whichever_comes_first() {
    let s = Server::start(dist_dir());
    let b = Browser::open(PHONE).await;
    for run in 0..3 {
        b.client.goto("about:blank").await.unwrap();
        b.client.goto(&s.url("?lang=zh#/")).await.unwrap();
        b.wait_until("document.querySelector('#boot .first-screen:not([hidden]) a[href=\"#/report/gdp-2023\"]') !== null").await;
        // The offline copy is there (the module comes from it at once).
        b.wait_until("navigator.serviceWorker.controller !== null").await;
        b.click("#boot .first-screen:not([hidden]) a[href='#/report/gdp-2023']").await;
        b.wait_for_app().await;
        b.wait_until("location.hash === '#/report/gdp-2023' && document.querySelector('#app .figure-detail') !== null").await;
        tokio::time::sleep(std::time::Duration::from_millis(600)).await;
        let in_view = b.js("const r = document.querySelector('#app [data-figure=\"gdp-2023\"]').getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight;").await;
        assert_eq!(in_view, true, "run {run}: the figure is in view");
    }
    b.assert_clean("deep link raced").await;
    b.close().await;
}

#[tokio::test]
async fn the_first_screen_switches_language_and_skips_to_content_without_the_module() {
    let s = Server::start(dist_dir());
    s.set_wasm_delay(5000);
    let b = Browser::open(DESKTOP).await;
    b.client.goto(&s.url("?lang=zh#/")).await.unwrap();
    b.wait_until("document.querySelector('#boot .first-screen:not([hidden])') !== null").await;
    // The skip link moves focus to the content and keeps the address (the router would read
    // `#main` as a route).
    b.js("document.querySelector('#boot a.skip').click();").await;
    b.wait_until("document.activeElement && document.activeElement.id === 'main'").await;
    assert_eq!(b.js("return location.hash;").await, "#/");
    // The language link is a link: the same page in English, first screen and all.
    b.client.goto("about:blank").await.unwrap();
    b.client.goto(&s.url("?lang=zh#/")).await.unwrap();
    b.wait_until("document.querySelector('#boot .first-screen:not([hidden])') !== null").await;
    b.click("#boot .lang-switch").await;
    b.wait_until("location.search === '?lang=en' && document.querySelector('#boot .first-screen[data-lang=en]:not([hidden])') !== null").await;
    assert_eq!(b.js("return location.hash;").await, "#/");
    assert_eq!(b.js("return document.querySelector('#boot .first-screen h1').textContent.includes('Jincheng');").await, true);
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
        b.start_app().await;
        let app = b.js("return document.documentElement.lang.slice(0, 2);").await;
        assert_eq!((shown.as_str(), app.as_str()), (Some(want), Some(want)), "stored {stored:?}, {url}");
        b.close().await;
    }
}

/// Routes the build did not draw (a position too long to be one, an unknown county, chart or
/// page): the app takes them at once.
#[tokio::test]
async fn routes_without_a_first_screen_show_the_loading_note_not_the_overview() {
    let s = Server::start(dist_dir());
    s.set_wasm_delay(4000);
    let b = Browser::open(PHONE).await;
    // `#/counties-140502` would name a file that exists (counties/140502 as a file name): the
    // head script goes by the listed routes, not file names.
    for route in ["#/report/s/1234567890", "#/counties/999999", "#/counties-140502", "#/embed/no-such-chart", "#/no-such-page"] {
        b.client.goto(&s.url(&format!("?lang=zh{route}"))).await.unwrap();
        b.wait_until("document.getElementById('boot-loading') && !document.getElementById('boot-loading').hidden").await;
        assert_eq!(b.js("return document.querySelectorAll('.first-screen').length;").await, 0, "{route}");
    }
    b.close().await;
}

/// Newsrooms' frames: each embed's first screen is a file the build wrote (src/prerender.rs),
/// drawn without the module; the app takes over when the reader reaches for the chart, with
/// the same drawing, and answers the tap that woke it.
#[tokio::test]
async fn an_embed_is_drawn_without_the_module_and_the_app_answers_the_first_tap() {
    let s = Server::start(dist_dir());
    for (size, layout) in [(PHONE, "phone"), (DESKTOP, "desktop")] {
        let b = Browser::open(size).await;
        for lang in ["zh", "en"] {
            b.client.goto("about:blank").await.unwrap();
            b.client.goto(&s.url(&format!("?lang={lang}#/embed/investment-programmes"))).await.unwrap();
            b.wait_until("document.querySelector('#boot .first-screen [data-chart=\"investment-programmes\"] svg') !== null").await;
            let files = settled_without_module(&b, &format!("{layout} {lang}")).await;
            assert!(files.iter().any(|f| f == &format!("embed-investment-programmes.{lang}.{layout}.html")), "{layout} {lang}: {files:?}");
            assert_eq!(b.js("return document.documentElement.lang.slice(0, 2);").await, lang);
            // The data table is there before the module: a reader can open it.
            const ROWS: &str = "return [...document.querySelectorAll(arguments[0] + ' details.chart-table tbody tr')].map(r => r.textContent);";
            let rows = b.client.execute(ROWS, vec!["#boot".into()]).await.unwrap();
            assert!(rows.as_array().is_some_and(|r| !r.is_empty()), "{layout} {lang}: no table");
            let before = b.js("return document.querySelector('#boot svg').outerHTML;").await;
            // A tap on the first bar: it wakes the module, and the app shows that bar's tooltip.
            let figure = b.js("return document.querySelector('#boot [data-figure][role=button]').dataset.figure;").await;
            b.click("#boot [data-figure][role=button]").await;
            b.wait_for_app().await;
            assert_eq!(b.js("return document.getElementById('boot');").await, serde_json::Value::Null);
            assert_eq!(b.js("return document.querySelector('#app svg').outerHTML;").await, before, "{layout} {lang}: the same drawing");
            b.wait_until("document.querySelector('#app .tooltip') !== null").await;
            let tip = b.text("#app .tooltip").await;
            assert!(!tip.is_empty(), "tooltip for {figure}");
            // The app's table, built when opened, is the one the first screen had.
            b.js("document.querySelector('#app details.chart-table').open = true;").await;
            b.wait_until("document.querySelector('#app details.chart-table tbody tr') !== null").await;
            assert_eq!(b.client.execute(ROWS, vec!["#app".into()]).await.unwrap(), rows, "{layout} {lang}");
            b.assert_clean(&format!("embed first screen {layout} {lang}")).await;
        }
        b.close().await;
    }
}

#[tokio::test]
async fn a_county_tapped_in_the_embedded_map_before_the_module_is_selected_by_the_app() {
    let s = Server::start(dist_dir());
    s.set_wasm_delay(1500);
    let b = Browser::open(PHONE).await;
    b.client.goto(&s.url("?lang=zh#/embed/map")).await.unwrap();
    b.wait_until("document.querySelector('#boot .first-screen [data-county=\"140581\"]') !== null").await;
    b.click("#boot [data-county='140581']").await;
    b.wait_until("location.hash === '#/embed/map/140581'").await;
    b.wait_for_app().await;
    assert!(b.text("#app .embed-county").await.contains("高平"));
    b.assert_clean("map embed tap").await;
    b.close().await;
}

#[tokio::test]
async fn an_embed_the_build_did_not_draw_gets_the_app_and_its_message() {
    let s = Server::start(dist_dir());
    let b = Browser::open(PHONE).await;
    for (route, words) in [("?lang=en#/embed/no-such-chart", "Chart not found"), ("?lang=xx#/embed/gdp-level", "lang=xx")] {
        b.client.goto("about:blank").await.unwrap();
        b.client.goto(&s.url(route)).await.unwrap();
        // No reader action: the module starts by itself.
        b.wait_for_app().await;
        assert!(b.text("#app").await.contains(words), "{route}");
    }
    b.close().await;
}

/// Every view has its first screen (src/prerender.rs): drawn without the module, and taken over
/// by the app in place, with the same text, where the reader had scrolled to.
#[tokio::test]
async fn every_view_is_drawn_without_the_module_and_the_app_takes_over_in_place() {
    let s = Server::start(dist_dir());
    let b = Browser::open(PHONE).await;
    for route in ["#/compare", "#/sectors", "#/counties", "#/counties/140502", "#/report", "#/about"] {
        b.client.goto("about:blank").await.unwrap();
        b.client.goto(&s.url(&format!("?lang=zh{route}"))).await.unwrap();
        b.wait_until("document.querySelector('#boot .first-screen main h1') !== null").await;
        settled_without_module(&b, route).await;
        assert!(b.js("return document.getElementById('boot-loading').hidden;").await.as_bool().unwrap(), "{route}");
        // textContent: innerText leaves out what `content-visibility: auto` has not laid out. The
        // data tables aside: the first screen has them written out, the app builds them when opened.
        const TEXT: &str = "const m = document.querySelector(arguments[0] + ' main').cloneNode(true); m.querySelectorAll('details.chart-table table').forEach(t => t.remove()); return m.textContent;";
        let text = b.client.execute(TEXT, vec!["#boot".into()]).await.unwrap();
        b.js("window.scrollTo(0, Math.floor((document.documentElement.scrollHeight - innerHeight) / 2));").await;
        let y = b.js("return scrollY;").await.as_f64().unwrap();
        b.js("document.querySelector('#boot a[href]:not(.lang-switch)').dispatchEvent(new PointerEvent('pointerdown', {bubbles: true}));").await;
        b.wait_for_app().await;
        assert_eq!(b.client.execute(TEXT, vec!["#app".into()]).await.unwrap(), text, "{route}: the app shows what the first screen showed");
        let after = b.js("return scrollY;").await.as_f64().unwrap();
        assert!((after - y).abs() <= 2.0, "{route}: scrolled to {y}, after the takeover {after}");
        b.assert_clean(route).await;
    }
    b.close().await;
}

/// What a reader does in the report before the module has come is not lost: the words typed
/// into the search box are searched, the figure tapped is opened.
#[tokio::test]
async fn the_report_answers_a_search_and_a_tap_made_before_the_module() {
    let s = Server::start(dist_dir());
    s.set_wasm_delay(1500);
    let b = Browser::open(DESKTOP).await;
    b.client.goto(&s.url("?lang=zh#/report")).await.unwrap();
    b.wait_until("document.querySelector('#boot .first-screen #search-input') !== null").await;
    b.type_into("#search-input", "煤炭").await;
    b.wait_for_app().await;
    b.wait_until("/^1 \\/ \\d+$/.test(document.querySelector('.search-status').innerText)").await;
    assert_eq!(b.js("return document.activeElement.id;").await, "search-input");

    b.client.goto("about:blank").await.unwrap();
    b.client.goto(&s.url("?lang=zh#/report")).await.unwrap();
    b.wait_until("document.querySelector('#boot .first-screen button[data-figure=\"gdp-2023\"]') !== null").await;
    b.click("#boot button[data-figure='gdp-2023']").await;
    b.wait_for_app().await;
    b.wait_until("document.querySelector('.figure-detail') !== null").await;
    assert!(b.text(".figure-detail").await.contains("2333.3"));
    b.assert_clean("report before the module").await;
    b.close().await;
}

/// A tap that only the app can answer, made while the module is still coming, is seen to be
/// waiting (a bar at the top, a busy page), then answered.
#[tokio::test]
async fn a_tap_waiting_for_the_module_shows_that_it_is_coming() {
    let s = Server::start(dist_dir());
    s.set_wasm_delay(2500);
    let b = Browser::open(PHONE).await;
    b.client.goto(&s.url("?lang=zh#/report")).await.unwrap();
    b.wait_until("document.querySelector('#boot .first-screen button[data-figure=\"gdp-2023\"]') !== null").await;
    assert_eq!(b.js("return document.documentElement.hasAttribute('data-waiting');").await, false, "nothing waits yet");
    b.click("#boot button[data-figure='gdp-2023']").await;
    assert_eq!(b.js("return document.documentElement.hasAttribute('data-waiting');").await, true);
    assert_eq!(b.js("return document.getElementById('boot').getAttribute('aria-busy');").await, "true");
    assert_eq!(b.js("return getComputedStyle(document.body, '::before').position;").await, "fixed", "the bar is drawn");
    b.wait_for_app().await;
    b.wait_until("document.querySelector('#app .figure-detail') !== null").await;
    assert_eq!(b.js("return document.documentElement.hasAttribute('data-waiting');").await, false, "answered");
    b.assert_clean("a tap waiting").await;
    b.close().await;
}

/// A figure's link opens the text at that figure, focused, with its details, all before the
/// module (the details are a file the build wrote); the app then takes over with the same.
#[tokio::test]
async fn a_figure_link_shows_its_sentence_and_details_without_the_module() {
    let s = Server::start(dist_dir());
    let b = Browser::open(PHONE).await;
    b.client.goto(&s.url("?lang=en#/report/gdp-2023")).await.unwrap();
    b.wait_until("document.querySelector('#boot .first-screen .figure-detail') !== null").await;
    let in_view = "const r = document.querySelector(arguments[0] + ' [data-figure=\"gdp-2023\"]').getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight;";
    assert_eq!(b.client.execute(in_view, vec!["#boot".into()]).await.unwrap(), true, "scrolled to the figure before the module");
    assert_eq!(b.js("return document.activeElement.dataset.figure || null;").await, "gdp-2023");
    assert_eq!(b.js("return document.activeElement.getAttribute('aria-expanded');").await, "true");
    let detail = b.text("#boot .figure-detail").await;
    assert!(detail.contains("2333.3") && detail.contains("Gross domestic product"), "{detail}");
    assert_eq!(b.js("return document.querySelector('#boot .lang-switch').getAttribute('href');").await, "?lang=zh#/report/gdp-2023");
    // The focus put there returns with the window's (a tab brought to the front): not the reader.
    b.js("document.activeElement.dispatchEvent(new FocusEvent('focusin', {bubbles: true}));").await;
    settled_without_module(&b, "a figure's link").await;
    // Enter on the focused figure, the keyboard reader's first reach: the app comes and keeps it.
    b.client.active_element().await.unwrap().send_keys(&fantoccini::key::Key::Enter.to_string()).await.unwrap();
    b.wait_for_app().await;
    assert_eq!(b.text("#app .figure-detail").await, detail, "the app shows the same details");
    assert_eq!(b.client.execute(in_view, vec!["#app".into()]).await.unwrap(), true, "the app keeps the place");
    assert_eq!(b.js("return document.activeElement.dataset.figure || null;").await, "gdp-2023", "and the focus");
    b.assert_clean("figure link").await;
    b.close().await;
}

/// What is marked, piece by piece, as a sentence (a figure inside it is a piece of its own).
const SENTENCE: &str = "return [...document.querySelectorAll(arguments[0] + ' mark.sentence')].map(m => (m.closest('[data-figure]') ? '[' + m.textContent + ']' : m.textContent));";

/// A sentence's link (the counties view links each county's sentences) opens the text at that
/// sentence, marked as the app marks it, before the module; the app then keeps mark and place.
#[tokio::test]
async fn a_sentence_link_is_marked_without_the_module_as_the_app_marks_it() {
    let s = Server::start(dist_dir());
    let b = Browser::open(PHONE).await;
    b.client.goto(&s.url("?lang=zh#/counties/140525")).await.unwrap();
    b.wait_until("document.querySelector('#boot .first-screen a[href^=\"#/report/s/\"]') !== null").await;
    // A sentence with a figure in it: its mark is cut around the figure's control.
    let href = b.js("return [...document.querySelectorAll('#boot a[href^=\"#/report/s/\"]')].map(a => a.getAttribute('href')).find(h => /[0-9]/.test(document.querySelector('#boot a[href=\"' + h + '\"]').textContent)) || null;").await;
    let href = href.as_str().expect("a county sentence with a number in it").to_string();
    b.client.goto("about:blank").await.unwrap();
    b.client.goto(&s.url(&format!("?lang=zh{href}"))).await.unwrap();
    b.wait_until("document.querySelector('#boot .first-screen mark.sentence') !== null").await;
    let before: Vec<String> = serde_json::from_value(b.client.execute(SENTENCE, vec!["#boot".into()]).await.unwrap()).unwrap();
    assert!(before.iter().any(|p| p.starts_with('[')), "a figure inside the sentence: {before:?}");
    let text: String = before.concat().replace(['[', ']'], "");
    assert!(text.ends_with(['。', '；', '！', '？']), "a whole sentence: {text}");
    let in_view = "const r = document.querySelector(arguments[0] + ' mark.sentence').getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight;";
    assert_eq!(b.client.execute(in_view, vec!["#boot".into()]).await.unwrap(), true);
    settled_without_module(&b, "a sentence's link").await;
    b.start_app().await;
    let after: Vec<String> = serde_json::from_value(b.client.execute(SENTENCE, vec!["#app".into()]).await.unwrap()).unwrap();
    assert_eq!(after, before, "the app marks the same");
    assert_eq!(b.client.execute(in_view, vec!["#app".into()]).await.unwrap(), true, "and keeps the place");
    b.assert_clean("sentence link").await;

    // A position where no sentence starts is the app's to explain.
    b.client.goto("about:blank").await.unwrap();
    b.client.goto(&s.url("?lang=en#/report/s/1")).await.unwrap();
    b.wait_until("document.querySelector('#app .reader') !== null").await;
    assert!(b.text("#app main").await.contains("No sentence starts at position 1"));
    b.close().await;
}

/// A chart's link opens the sectors at that chart, without the module until the reader reaches.
#[tokio::test]
async fn a_chart_link_shows_the_sectors_at_that_chart_without_the_module() {
    let s = Server::start(dist_dir());
    let b = Browser::open(PHONE).await;
    b.client.goto(&s.url("?lang=en#/sectors/investment-programmes")).await.unwrap();
    b.wait_until("document.querySelector('#boot .first-screen [data-chart=\"investment-programmes\"]') !== null").await;
    settled_without_module(&b, "a chart's link").await;
    let top = "return Math.round(document.querySelector(arguments[0] + ' figure[data-chart=\"investment-programmes\"]').getBoundingClientRect().top);";
    let before = b.client.execute(top, vec!["#boot".into()]).await.unwrap().as_i64().unwrap();
    assert!((0..200).contains(&before), "the chart's top is at the top of the screen: {before}");
    b.start_app().await;
    let after = b.client.execute(top, vec!["#app".into()]).await.unwrap().as_i64().unwrap();
    assert!((after - before).abs() <= 2, "the app keeps the place: {before} → {after}");
    b.assert_clean("chart link").await;
    b.close().await;
}

/// State the page keeps by itself (an open data table) survives the takeover, once: the app's
/// twin is opened, not toggled by a replayed click.
#[tokio::test]
async fn a_table_opened_before_the_module_stays_open_in_the_app() {
    let s = Server::start(dist_dir());
    s.set_wasm_delay(1500);
    let b = Browser::open(DESKTOP).await;
    b.client.goto(&s.url("?lang=en#/compare")).await.unwrap();
    b.wait_until("document.querySelector('#boot .first-screen details.chart-table summary') !== null").await;
    b.click("#boot details.chart-table summary").await;
    assert_eq!(b.js("return document.querySelector('#boot details.chart-table').open;").await, true);
    b.wait_for_app().await;
    b.wait_until("document.querySelector('#app details.chart-table').open && document.querySelector('#app details.chart-table tbody tr') !== null").await;
    // Still open a moment later: nothing toggles it back.
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(b.js("return document.querySelector('#app details.chart-table').open;").await, true);
    b.assert_clean("table before the module").await;
    b.close().await;
}

/// The first screen's language link keeps the address and its other parameters, and is
/// remembered, as the app's switch is.
#[tokio::test]
async fn the_language_link_of_a_first_screen_keeps_the_address() {
    let s = Server::start(dist_dir());
    let b = Browser::open(PHONE).await;
    b.client.goto(&s.url("?lang=zh&theme=dark#/sectors/investment-programmes")).await.unwrap();
    b.wait_until("document.querySelector('#boot .first-screen .lang-switch') !== null").await;
    b.click("#boot .lang-switch").await;
    b.wait_until("location.search === '?lang=en&theme=dark' && document.querySelector('#boot .first-screen[data-lang=en]') !== null").await;
    assert_eq!(b.js("return location.hash;").await, "#/sectors/investment-programmes");
    assert_eq!(b.js("return localStorage.getItem('jincheng-report-lang');").await, "en");
    b.close().await;
}

/// A host that answers a missing file with index.html (a single-page-app fallback) must not
/// have that drawn into the page: the app draws the view.
#[tokio::test]
async fn a_first_screen_answered_with_another_page_is_not_used() {
    let dir = std::env::temp_dir().join(format!("jc-spa-fallback-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    // copy_build takes a Copy closure: the page, leaked, is borrowed for the test's length.
    let index: &'static [u8] = Box::leak(std::fs::read(dist_dir().join("index.html")).unwrap().into_boxed_slice());
    copy_build(&dist_dir(), &dir, move |path, bytes| {
        if path.file_name().is_some_and(|n| n.to_string_lossy().starts_with("compare.")) { index.to_vec() } else { bytes }
    });
    let s = Server::start(dir);
    let b = Browser::open(PHONE).await;
    b.client.goto(&s.url("?lang=zh#/compare")).await.unwrap();
    b.wait_for_app().await;
    assert_eq!(b.js("return document.querySelector('#app main h1').textContent.includes('对比');").await, true);
    assert_eq!(b.js("return document.querySelectorAll('#app').length;").await, 1);
    b.close().await;
}
