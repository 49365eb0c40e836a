//! A chart embedded in a page of another origin: its height messages, and bad input in its URL.

use crate::harness::{shared_server, Browser, Scratch, Server, DESKTOP, PHONE};
use fantoccini::Locator;

/// A news page on another origin (another port) that embeds `src` and keeps every message.
fn host(src: &str) -> Server {
    let dir = Scratch::new("host");
    let page = format!(
        "<!doctype html><html><head><meta charset=utf-8><title>host</title></head><body>\
         <p>An article.</p><iframe id=f src=\"{src}\" width=\"100%\" height=\"300\" style=\"border:0\"></iframe>\
         <script>window.__msgs = []; addEventListener('message', e => window.__msgs.push({{origin: e.origin, data: e.data}}));</script>\
         </body></html>"
    );
    std::fs::write(dir.path().join("index.html"), page).unwrap();
    Server::start_in(dir, "")
}

#[tokio::test]
async fn an_embedded_chart_reports_its_height_in_amp_and_datawrapper_formats() {
    let app = shared_server();
    let src = app.url("zh/embed/investment-programmes/");
    let h = host(&src);
    let b = Browser::open(DESKTOP).await;
    b.client.goto(&h.url("index.html")).await.unwrap();
    // The frame's first message may wait for its page to load whole on a busy machine.
    b.wait_until_within("window.__msgs && window.__msgs.some(m => m.data && m.data.sentinel === 'amp')", std::time::Duration::from_secs(30)).await;
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

/// The embed code as the Embed action gives it, pasted twice into a plain article on another
/// origin: the site's host script sizes the frame to the whole chart at 320, 600 and 900 px, with
/// no scroll bar inside the frame.
#[tokio::test]
async fn the_pasted_snippet_sizes_its_frame_at_every_width() {
    let app = shared_server();
    let b = Browser::open(DESKTOP).await;
    b.load(app, "zh/sectors/").await;
    let chart = "investment-programmes";
    b.click(&format!("[data-chart=\"{chart}\"] .chart-actions summary")).await;
    let button = format!("[data-chart=\"{chart}\"] .chart-actions button[aria-controls]");
    b.wait_until(&format!("document.querySelector('{button}').getClientRects().length > 0")).await;
    b.click(&button).await;
    let area = format!("[data-chart=\"{chart}\"] .embed-panel textarea");
    b.wait_until(&format!("document.querySelector('{area}') !== null")).await;
    let code = b.js(&format!("return document.querySelector('{area}').value;")).await.as_str().unwrap().to_string();
    assert!(code.contains(&format!("<script async src=\"{}\"></script>", app.url("embed.js"))), "{code}");

    // Before the host script's message (here: without the script), at an article's usual width,
    // the frame already starts about as tall as its content: nothing jumps when it is sized.
    let (frame_code, _) = code.split_once('\n').unwrap();
    let start: f64 = frame_code.split("height=\"").nth(1).and_then(|h| h.split('"').next()).and_then(|h| h.parse().ok()).expect("a height");
    let bare_dir = Scratch::new("host-bare");
    std::fs::write(bare_dir.path().join("index.html"), format!("<!doctype html><html><head><meta charset=utf-8><title>host</title></head><body style=\"margin:0\"><div style=\"width:600px\">{frame_code}</div></body></html>")).unwrap();
    let bare = Server::start_in(bare_dir, "");
    b.client.goto(&bare.url("index.html")).await.unwrap();
    let frame = b.client.find(Locator::Css("iframe")).await.unwrap();
    frame.enter_frame().await.unwrap();
    b.wait_until("document.querySelector('[data-chart] svg') !== null && document.fonts.status === 'loaded'").await;
    let content = b.js("return document.body.getBoundingClientRect().height;").await.as_f64().unwrap();
    let inner = b.js("return innerHeight;").await.as_f64().unwrap();
    b.client.enter_parent_frame().await.unwrap();
    assert_eq!(inner, start, "the frame is as tall as the code says, unsized by any script");
    assert!((start - content).abs() <= content * 0.1, "at 600 px the frame starts at {start} px for {content} px of content");

    let dir = Scratch::new("host-pasted");
    let page = format!(
        "<!doctype html><html><head><meta charset=utf-8><title>host</title></head><body style=\"margin:0\">\
         <p>An article.</p><div id=box style=\"width:320px\">{code}\n{code}</div><p>More of the article.</p></body></html>"
    );
    std::fs::write(dir.path().join("index.html"), page).unwrap();
    let host = Server::start_in(dir, "");
    b.client.goto(&host.url("index.html")).await.unwrap();
    assert_eq!(b.js("return document.querySelectorAll('iframe').length;").await.as_i64(), Some(2));
    for width in [320, 600, 900] {
        b.js(&format!("document.getElementById('box').style.width = '{width}px';")).await;
        // The frame's content (read inside it, another origin) against the frame's own height.
        let mut last = (0.0, 0.0);
        for _ in 0..100 {
            let frame = b.client.find(Locator::Css("iframe")).await.unwrap();
            frame.enter_frame().await.unwrap();
            let inside = b.js("return [document.documentElement.scrollHeight, innerHeight, !!document.querySelector('[data-chart] svg')];").await;
            b.client.enter_parent_frame().await.unwrap();
            let (content, box_h, drawn) = (inside[0].as_f64().unwrap(), inside[1].as_f64().unwrap(), inside[2].as_bool().unwrap());
            last = (content, box_h);
            if drawn && content <= box_h + 1.0 && box_h - content <= 2.0 {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        let (content, box_h) = last;
        assert!(content <= box_h + 1.0, "at {width} px the chart is cut off: {content} px in a {box_h} px frame");
        assert!(box_h - content <= 2.0, "at {width} px the frame is {box_h} px for {content} px of chart");
        // The second paste sized its own frame too.
        let heights = b.js("return [...document.querySelectorAll('iframe')].map(f => f.getBoundingClientRect().height);").await;
        assert_eq!(heights[0], heights[1], "at {width} px both frames fit: {heights}");
    }
    b.close().await;
}

/// The embeds a test visits: every chart, the map, and a county's map.
fn every_embed() -> Vec<String> {
    let mut embeds: Vec<String> = charts::chart::all().iter().map(|c| c.id.to_string()).collect();
    embeds.extend(["map".to_string(), "map/140522".to_string()]);
    embeds
}

/// Frame widths from the narrowest article column on a phone to a full-width one on a desktop.
const FRAME_WIDTHS: [u32; 7] = [280, 320, 360, 600, 780, 900, 1280];

/// Makes the window what a frame `width` CSS px wide is to the page inside it, once the host
/// script has made it as tall as its content: no scroll bar takes any of its width (scroll bars
/// overlay, as on a phone). The stylesheet's queries answer to it.
async fn frame_width(b: &Browser, width: u32) {
    b.cdp("Emulation.setDeviceMetricsOverride", serde_json::json!({ "width": width, "height": 900, "deviceScaleFactor": 1, "mobile": true })).await;
    b.wait_until(&format!("innerWidth === {width} && document.documentElement.clientWidth === {width}")).await;
}

/// Text in an embed is never smaller than 12 px at any frame width from 280 px (issue 16): every
/// chart, the map and a county's map, both languages, every element with text of its own that
/// is shown, the SVG's text measured as drawn (its font size times the drawing's scale on
/// screen). Nor is a drawing's text larger than 16 px at any width, however wide the frame
/// (`Layout::max_css_px`), except a big number's figure, which is meant to stand out. And
/// nothing is wider than the frame or cut off: no horizontal scrolling, no drawn text outside
/// its drawing.
#[tokio::test]
async fn no_text_in_any_embed_is_smaller_than_12_px_or_drawn_over_16_px_at_any_width() {
    let app = shared_server();
    let b = Browser::open((600, 900)).await;
    let mut problems = Vec::new();
    for lang in ["zh", "en"] {
        for id in every_embed() {
            b.load(app, &format!("{lang}/embed/{id}/")).await;
            b.wait_until("document.fonts.status === 'loaded'").await;
            for width in FRAME_WIDTHS {
                frame_width(&b, width).await;
                let found = b
                    .js(
                        "const out = [];\
                         const doc = document.documentElement;\
                         if (doc.scrollWidth > innerWidth) out.push('scrolls sideways: ' + doc.scrollWidth + ' px');\
                         for (const el of document.querySelectorAll('body *')) {\
                           if (el.closest('[hidden], .sr-only, .skip-chart') || !el.getClientRects().length) continue;\
                           const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());\
                           if (!own) continue;\
                           const what = el.tagName + ' «' + el.textContent.trim().slice(0, 24) + '»';\
                           let px = parseFloat(getComputedStyle(el).fontSize);\
                           if (el instanceof SVGElement) { const m = el.getScreenCTM(); if (m) px *= Math.hypot(m.a, m.b); }\
                           if (px < 11.95) out.push(what + ' at ' + px.toFixed(1) + ' px');\
                           if (el instanceof SVGElement && !el.closest('.big') && px > 16.05) out.push(what + ' drawn at ' + px.toFixed(1) + ' px');\
                           const r = el.getBoundingClientRect();\
                           if (r.right > innerWidth + 0.5 || r.left < -0.5) out.push(what + ' leaves the frame: ' + r.left.toFixed(1) + '–' + r.right.toFixed(1));\
                           const svg = el instanceof SVGElement && el.ownerSVGElement;\
                           if (svg) { const s = svg.getBoundingClientRect();\
                             if (r.left < s.left - 1 || r.right > s.right + 1 || r.top < s.top - 1 || r.bottom > s.bottom + 1) out.push(what + ' leaves its drawing'); }\
                         }\
                         return out.slice(0, 4);",
                    )
                    .await;
                for f in found.as_array().unwrap() {
                    problems.push(format!("{lang}/embed/{id}/ at {width} px: {}", f.as_str().unwrap()));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
    b.close().await;
}

/// Which drawing a frame shows follows the drawing's own room (`Layout::for_css_width`, by
/// which the frame's starting height is reckoned): the narrow one below the phone layout's least
/// width, the phone one from there, the desktop one from its own; one at a time, drawn no wider
/// than its cap (`Layout::max_css_px`, the map's `max_px` for the names it shows) and starting
/// where the title starts.
#[tokio::test]
async fn an_embed_shows_one_layout_chosen_by_its_width() {
    use charts::chart::Layout;
    let app = shared_server();
    let b = Browser::open((600, 900)).await;
    for id in ["compare-results-targets", "map"] {
        b.load(app, &format!("en/embed/{id}/")).await;
        for width in FRAME_WIDTHS {
            frame_width(&b, width).await;
            let shown = b
                .js(&format!(
                    "const d = document.querySelector('.chart-svg, .map-svg');\
                     const svg = [...d.querySelectorAll('svg')].filter(e => e.getClientRects().length)[0].getBoundingClientRect();\
                     return [[...d.querySelectorAll('{}')].filter(e => e.getClientRects().length).map(e => e.classList[e.classList.length - 1]), d.getBoundingClientRect().width, svg.width, svg.left - document.querySelector('main h1').getBoundingClientRect().left];",
                    Layout::ALL.map(|l| format!(".{}", l.class())).join(", ")
                ))
                .await;
            let (classes, room) = (shown[0].as_array().unwrap(), shown[1].as_f64().unwrap());
            let (drawn, offset) = (shown[2].as_f64().unwrap(), shown[3].as_f64().unwrap());
            let expected = Layout::for_css_width(room);
            assert_eq!(classes.len(), 1, "{id} at {width} px: {classes:?}");
            assert_eq!(classes[0], expected.class(), "{id} at {width} px, {room} px of room");
            let cap = if id == "map" { charts::map::max_px(expected) } else { expected.max_css_px() };
            assert!((drawn - room.min(cap)).abs() < 0.5, "{id} at {width} px: drawn {drawn} px wide in {room} px, capped at {cap}");
            assert!(offset.abs() < 0.5, "{id} at {width} px: the drawing starts {offset} px from the title");
        }
    }
    b.close().await;
}

