//! A chart embedded in a page of another origin: its height messages, and bad input in its URL.

use crate::harness::{shared_server, Browser, Server, DESKTOP, PHONE};
use fantoccini::Locator;

/// A news page on another origin (another port) that embeds `src` and keeps every message.
fn host(src: &str) -> Server {
    let dir = std::env::temp_dir().join(format!("jc-host-{}-{}", std::process::id(), src.len() + src.bytes().map(|b| b as usize).sum::<usize>()));
    std::fs::create_dir_all(&dir).unwrap();
    let page = format!(
        "<!doctype html><html><head><meta charset=utf-8><title>host</title></head><body>\
         <p>An article.</p><iframe id=f src=\"{src}\" width=\"100%\" height=\"300\" style=\"border:0\"></iframe>\
         <script>window.__msgs = []; addEventListener('message', e => window.__msgs.push({{origin: e.origin, data: e.data}}));</script>\
         </body></html>"
    );
    std::fs::write(dir.join("index.html"), page).unwrap();
    Server::start(dir)
}

#[tokio::test]
async fn an_embedded_chart_reports_its_height_in_amp_and_datawrapper_formats() {
    let app = shared_server();
    let src = app.url("zh/embed/investment-programmes/");
    let h = host(&src);
    let b = Browser::open(DESKTOP).await;
    b.client.goto(&h.url("index.html")).await.unwrap();
    b.wait_until("window.__msgs && window.__msgs.some(m => m.data && m.data.sentinel === 'amp')").await;
    b.wait_until("window.__msgs.some(m => m.data && m.data['datawrapper-height'])").await;
    let amp = b.js("return window.__msgs.filter(m => m.data.sentinel === 'amp').pop();").await;
    assert_eq!(amp["data"]["type"], "embed-size");
    let height = amp["data"]["height"].as_f64().unwrap();
    assert!(height > 300.0, "the chart is taller than the default frame: {height}");
    let origin = format!("http://127.0.0.1:{}", app.port);
    assert_eq!(amp["origin"], origin.as_str(), "the message comes from the app's origin");
    let dw = b.js("return window.__msgs.filter(m => m.data['datawrapper-height']).pop().data['datawrapper-height'];").await;
    assert_eq!(dw["investment-programmes"].as_f64(), Some(height));
    // Without the module, from the page as built; and still with it.
    assert_eq!(b.js("return document.getElementById('f').contentDocument === null;").await, true, "another origin");
    // Inside the frame: the chart alone, with title, source and a link to the full report.
    let frame = b.client.find(Locator::Id("f")).await.unwrap();
    frame.enter_frame().await.unwrap();
    b.wait_until("document.querySelector('[data-chart=\"investment-programmes\"] svg') !== null").await;
    assert_eq!(b.js("return document.querySelectorAll('.site-nav, .site-header, .site-footer').length;").await.as_i64(), Some(0));
    assert!(b.text("main h1").await.contains("项目"));
    assert!(b.text(".chart-source").await.contains("来源"));
    assert_eq!(b.js("return document.querySelector('.embed-credit a').target;").await, "_blank");
    // As tall as its content says: the host can size the frame without scroll bars.
    let scroll = b.js("return document.documentElement.scrollHeight;").await.as_f64().unwrap();
    assert!((scroll - height).abs() <= 2.0, "{scroll} vs {height}");
    b.close().await;
}

#[tokio::test]
async fn an_embed_fits_a_280_px_frame() {
    let app = shared_server();
    let b = Browser::open(PHONE).await;
    b.load(app, "en/embed/compare-results-targets/").await;
    b.wait_until("document.querySelector('[data-chart] svg') !== null").await;
    b.js("document.body.style.width = '280px';").await;
    let over = b.js("return document.body.scrollWidth - 280;").await.as_f64().unwrap();
    assert!(over <= 0.0, "wider than 280 px by {over}");
    b.assert_clean("embed at 280 px").await;
    b.close().await;
}

#[tokio::test]
async fn bad_embed_input_shows_a_message_inside_the_frame() {
    let app = shared_server();
    let b = Browser::open(PHONE).await;
    // An old embed address with an unknown chart lands on the not-found page.
    b.load(app, "?lang=en#/embed/no-such-chart").await;
    b.wait_until("location.pathname.endsWith('/en/404/')").await;
    assert_eq!(b.text("main h1").await, "Page not found");
    b.load(app, "en/embed/targets-growth-2024/?theme=purple").await;
    b.wait_until("document.querySelector('main .notice') !== null").await;
    assert!(b.text("main .notice").await.contains("theme=purple"));
    b.wait_until("document.querySelector('[data-chart=\"targets-growth-2024\"] svg') !== null").await;
    // An unknown county in an old embed address: the map without it.
    b.load(app, "?lang=en#/embed/map/000000").await;
    b.wait_until("location.pathname.endsWith('/en/404/') || location.pathname.endsWith('/en/embed/map/')").await;
    b.load(app, "?lang=zh&theme=dark#/embed/map/140522").await;
    assert_eq!(b.js("return document.documentElement.dataset.theme;").await, "dark");
    assert!(b.text(".embed-county").await.contains("阳城县"));
    b.assert_clean("embeds").await;
    b.close().await;
}
