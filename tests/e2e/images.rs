//! Images that travel: the long image of the report (一图读懂), written at build time and
//! linked from the overview, and a figure's card, made in the browser; both handed to the share
//! sheet or downloaded; every page's link preview.

use crate::harness::{dist_dir, shared_server, Browser, Scratch, DESKTOP, PHONE};
use jincheng_report_app::i18n::Lang;
use jincheng_report_app::images::{glance_file, glance_name, MAX_BYTES};
use serde_json::Value;

/// Keeps every file the page downloads (name, type, size, and a PNG's width and height from
/// its header) instead of letting the browser save it. The page's CSP rightly forbids fetching
/// the blobs back, so they are kept as made (`window.__blobs`).
const CAPTURE: &str = "window.__files = []; window.__blobs = {}; URL.revokeObjectURL = () => {};\
    const make = URL.createObjectURL; URL.createObjectURL = b => { const u = make.call(URL, b); window.__blobs[u] = b; return u; };\
    HTMLAnchorElement.prototype.click = function () {\
      const a = this, b = window.__blobs[a.href];\
      if (!b) return;\
      (async () => { const v = new DataView(await b.slice(0, 24).arrayBuffer());\
        window.__bytes = Array.from(new Uint8Array(await b.arrayBuffer()));\
        window.__files.push({ name: a.download, type: b.type, size: b.size, png: v.getUint32(0) === 0x89504e47,\
          width: v.getUint32(16), height: v.getUint32(20), href: a.href }); })(); };";

/// A share sheet that takes files, as phones have: it keeps what it was given.
const SHARE_SHEET: &str = "window.__shared = null;\
    Object.defineProperty(Navigator.prototype, 'canShare', { configurable: true, value: d => !!(d && d.files && d.files.length && d.files.every(f => f.type === 'image/png')) });\
    Object.defineProperty(Navigator.prototype, 'share', { configurable: true, value: async d => {\
      const f = d.files[0], v = new DataView(await f.slice(0, 24).arrayBuffer());\
      window.__shared = { name: f.name, type: f.type, size: f.size, title: d.title, url: d.url, width: v.getUint32(16) }; } });";

/// Whether a click reached the page's end with its default (the link's own download) left to
/// the browser; the default is then stopped, so that nothing is saved during the test.
const CLICKS: &str = "window.__clicks = []; if (!window.__clicking) { window.__clicking = true;\
    window.addEventListener('click', e => { window.__clicks.push(e.defaultPrevented); e.preventDefault(); }); }";

async fn made(b: &Browser, button: &str) -> Value {
    b.js("window.__files = [];").await;
    b.click(button).await;
    b.wait_until("window.__files.length === 1").await;
    b.js("return window.__files[0];").await
}

fn png_size(png: &[u8]) -> (u32, u32) {
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "a PNG");
    (u32::from_be_bytes(png[16..20].try_into().unwrap()), u32::from_be_bytes(png[20..24].try_into().unwrap()))
}

const LINK: &str = ".share-image.glance a[download]";

/// The overview's 一图读懂 is a link in the page the build wrote, to the long image the build
/// wrote beside it: without JavaScript a click downloads the PNG, 1080 px wide, tall, and small
/// enough to send in a chat, under the name the link gives.
#[tokio::test]
async fn the_overview_links_its_long_image_without_javascript() {
    let s = shared_server();
    let dist = dist_dir();
    let b = Browser::open_without_js(PHONE).await;
    let scratch = Scratch::new("downloads");
    let downloads = scratch.path();
    for lang in [Lang::Zh, Lang::En] {
        b.client.goto(&s.url(&format!("{}/", lang.code()))).await.unwrap();
        let link = b
            .js(&format!("const a = document.querySelector({LINK:?}); const r = a.getBoundingClientRect();\
                 return {{ href: a.getAttribute('href'), download: a.download, text: a.textContent, type: a.type, shown: r.width > 0 && r.height > 0,\
                          hydrated: document.documentElement.hasAttribute('data-hydrated') }};"))
            .await;
        assert_eq!(link["hydrated"], false, "no module ran");
        assert_eq!(link["href"].as_str(), Some(glance_file(lang).as_str()));
        assert_eq!(link["download"].as_str(), Some(glance_name(lang).as_str()));
        assert_eq!(link["text"].as_str(), Some(if lang == Lang::Zh { "一图读懂（长图）" } else { "At a glance (image)" }));
        assert_eq!((link["type"].as_str(), link["shown"].as_bool()), (Some("image/png"), Some(true)));
        // The browser saves it where told: the file a reader gets. The link is activated from
        // the test's script (the page's own scripts are off): chromedriver's click waits for a
        // navigation that a download never finishes.
        b.cdp("Browser.setDownloadBehavior", serde_json::json!({ "behavior": "allow", "downloadPath": downloads.to_string_lossy() })).await;
        b.js(&format!("document.querySelector({LINK:?}).click();")).await;
        let saved = downloads.join(glance_name(lang));
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while !saved.exists() && std::time::Instant::now() < deadline {
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        let png = std::fs::read(&saved).unwrap_or_else(|_| panic!("{} was not downloaded", saved.display()));
        assert_eq!(png, std::fs::read(dist.join(glance_file(lang))).unwrap(), "the build's file");
        let (w, h) = png_size(&png);
        assert_eq!(w, 1080);
        assert!(h > 3 * w, "tall: {h}");
        assert!(png.len() <= MAX_BYTES && png.len() > 100_000, "≤ 500 KB: {} bytes", png.len());
        assert_eq!(b.client.current_url().await.unwrap().as_str(), s.url(&format!("{}/", lang.code())), "downloaded, not opened");
    }
    b.close().await;
}

/// With the module, where the browser's share sheet takes files, a click (or Enter) on the link
/// hands the build's file itself to it, with the overview's address, and downloads nothing;
/// where it does not (Chromium on Linux), the click is left to the link, which downloads it.
#[tokio::test]
async fn the_long_image_goes_to_the_share_sheet_where_there_is_one() {
    let s = shared_server();
    let dist = dist_dir();
    let b = Browser::open(PHONE).await;
    for lang in [Lang::Zh, Lang::En] {
        b.load(s, &format!("{}/", lang.code())).await;
        b.js(CLICKS).await;
        // No share sheet: the link's own download.
        b.click(LINK).await;
        b.wait_until("window.__clicks.length === 1").await;
        assert_eq!(b.js("return window.__clicks;").await, serde_json::json!([false]), "left to the link");
        // A share sheet that takes files.
        b.js(CLICKS).await;
        b.js(SHARE_SHEET).await;
        if lang == Lang::Zh {
            b.click(LINK).await;
        } else {
            // From the keyboard, as a reader without a pointer would.
            b.client.find(fantoccini::Locator::Css(LINK)).await.unwrap().send_keys("\u{E007}").await.unwrap();
        }
        b.wait_until("window.__shared !== null").await;
        let shared = b.js("return window.__shared;").await;
        let file = std::fs::read(dist.join(glance_file(lang))).unwrap();
        assert_eq!((shared["name"].as_str(), shared["type"].as_str()), (Some(glance_name(lang).as_str()), Some("image/png")), "{shared}");
        assert_eq!((shared["size"].as_u64(), shared["width"].as_u64()), (Some(file.len() as u64), Some(1080)), "the build's file: {shared}");
        assert_eq!(shared["url"], s.url(&format!("{}/", lang.code())));
        assert!(shared["title"].as_str().unwrap().contains(if lang == Lang::Zh { "一图读懂" } else { "At a glance" }), "{shared}");
        assert_eq!(b.js("return window.__clicks;").await, serde_json::json!([true]), "shared, not downloaded");
        b.assert_clean("long image shared").await;
    }
    b.close().await;
}

/// A figure's card is drawn in the browser and encoded by the canvas (the module carries no PNG
/// encoder): a card with one of the report's longest sentences and labels stays under 500 KB in
/// both languages. `IMAGES_OUT=dir` keeps them to look at.
#[tokio::test]
async fn a_figure_card_is_small_enough_to_send() {
    let s = shared_server();
    let b = Browser::open(DESKTOP).await;
    for lang in ["zh", "en"] {
        for id in ["villages-collective-income-500k-share-2024", "gdp-2023"] {
            b.load(s, &format!("{lang}/report/")).await;
            b.click(&format!("a.fig[id=\"{id}\"]")).await;
            b.wait_until("document.querySelector('.figure-detail .share-image button') !== null").await;
            b.js(CAPTURE).await;
            let f = made(&b, ".figure-detail .share-image button").await;
            assert_eq!((f["name"].as_str(), f["type"].as_str(), f["png"].as_bool()), (Some(format!("jincheng-2024-{id}.png").as_str()), Some("image/png"), Some(true)));
            assert_eq!(f["width"], 1080);
            let size = f["size"].as_u64().unwrap();
            assert!(size <= MAX_BYTES as u64, "{lang} {id}: {size} bytes");
            eprintln!("card {lang} {id}: {size} bytes, {}×{}", f["width"], f["height"]);
            if let Ok(dir) = std::env::var("IMAGES_OUT") {
                let bytes: Vec<u8> = serde_json::from_value(b.js("return window.__bytes;").await).unwrap();
                std::fs::write(format!("{dir}/card-{lang}-{id}.png"), bytes).unwrap();
            }
        }
    }
    b.assert_clean("figure cards").await;
    b.close().await;
}

/// Where the browser can share files, the card goes to the share sheet itself, with the
/// figure's sentence as its address; nothing is downloaded.
#[tokio::test]
async fn a_figure_card_goes_to_the_share_sheet_where_there_is_one() {
    let s = shared_server();
    let b = Browser::open(DESKTOP).await;
    b.load(s, "en/report/").await;
    b.start_app().await;
    b.click("a.fig[id=\"gdp-2023\"]").await;
    b.wait_until("document.querySelector('.figure-detail .share-image button') !== null").await;
    b.js(CAPTURE).await;
    // Without a share sheet: downloaded.
    let f = made(&b, ".figure-detail .share-image button").await;
    assert_eq!((f["name"].as_str(), f["type"].as_str(), f["width"].as_u64()), (Some("jincheng-2024-gdp-2023.png"), Some("image/png"), Some(1080)));
    // With one that takes files (as on phones): the file, the title and the sentence's address.
    b.js("window.__files = [];").await;
    b.js(SHARE_SHEET).await;
    b.click(".figure-detail .share-image button").await;
    b.wait_until("window.__shared !== null").await;
    let shared = b.js("return window.__shared;").await;
    assert_eq!((shared["name"].as_str(), shared["type"].as_str()), (Some("jincheng-2024-gdp-2023.png"), Some("image/png")), "{shared}");
    assert_eq!(shared["url"], s.url("en/report/#gdp-2023"));
    assert_eq!(shared["title"], "Gross domestic product");
    assert_eq!(b.js("return window.__files.length;").await, 0, "shared, not downloaded");
    b.assert_clean("figure card").await;
    b.close().await;
}

/// Every page's head names its link preview when the build knew the site's address (absolute,
/// sized, described), and the image is in dist/ at that size; a build that did not know it
/// claims none.
#[test]
fn every_page_has_a_link_preview_of_its_own() {
    let dist = dist_dir();
    let mut pages = Vec::new();
    let mut stack = vec![dist.clone()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.file_name().is_some_and(|n| n == "index.html") {
                pages.push(p);
            }
        }
    }
    assert!(pages.len() > 80, "{}", pages.len());
    let meta = |html: &str, key: &str| html.split(&format!("{key}\" content=\"")).nth(1).map(|r| r[..r.find('"').unwrap()].to_string());
    let mut images = std::collections::HashSet::new();
    for page in &pages {
        let html = std::fs::read_to_string(page).unwrap();
        let Some(canonical) = html.split("<link rel=\"canonical\" href=\"").nth(1).map(|r| r[..r.find('"').unwrap()].to_string()) else {
            assert!(!html.contains("og:image"), "{}: no address, so no preview", page.display());
            continue;
        };
        let rel = page.strip_prefix(&dist).unwrap().to_string_lossy().trim_end_matches("index.html").to_string();
        let site = canonical.strip_suffix(&rel).unwrap_or_else(|| panic!("{canonical} ends with {rel}"));
        let image = meta(&html, "og:image").unwrap_or_else(|| panic!("{}: no og:image", page.display()));
        let path = image.strip_prefix(site).unwrap_or_else(|| panic!("{image} is not under {site}"));
        assert_eq!(meta(&html, "og:image:width").as_deref(), Some("1200"));
        assert_eq!(meta(&html, "og:image:height").as_deref(), Some("630"));
        assert!(meta(&html, "og:image:alt").is_some_and(|a| a.len() > 10), "{}", page.display());
        assert_eq!(meta(&html, "twitter:image").as_deref(), Some(image.as_str()));
        let png = std::fs::read(dist.join(path)).unwrap_or_else(|_| panic!("{path} missing from dist/"));
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        assert_eq!((u32::from_be_bytes(png[16..20].try_into().unwrap()), u32::from_be_bytes(png[20..24].try_into().unwrap())), (1200, 630), "{path}");
        images.insert(path.to_string());
    }
    // A page of its own: charts, counties and views each have theirs.
    assert!(images.is_empty() || images.len() > 60, "{}", images.len());
}
