//! Images that travel: the long image of the report (一图读懂) and a figure's card, made in the
//! browser and handed to the share sheet or downloaded; every page's link preview.

use crate::harness::{dist_dir, shared_server, Browser, DESKTOP, PHONE};
use serde_json::Value;

/// Keeps every file the page downloads (name, type, size, and a PNG's width and height from
/// its header) instead of letting the browser save it. The page's CSP rightly forbids fetching
/// the blobs back, so they are kept as made.
const CAPTURE: &str = "window.__files = []; window.__blobs = {}; URL.revokeObjectURL = () => {};\
    const make = URL.createObjectURL; URL.createObjectURL = b => { const u = make.call(URL, b); window.__blobs[u] = b; return u; };\
    HTMLAnchorElement.prototype.click = function () {\
      const a = this, b = window.__blobs[a.href];\
      if (!b) return;\
      (async () => { const v = new DataView(await b.slice(0, 24).arrayBuffer());\
        window.__files.push({ name: a.download, type: b.type, size: b.size, png: v.getUint32(0) === 0x89504e47,\
          width: v.getUint32(16), height: v.getUint32(20) }); })(); };";

async fn made(b: &Browser, button: &str) -> Value {
    b.js("window.__files = [];").await;
    b.click(button).await;
    b.wait_until("window.__files.length === 1").await;
    b.js("return window.__files[0];").await
}

/// Chromium on Linux has no share sheet: the image is downloaded, a PNG 1080 px wide, tall, and
/// small enough to send in a chat.
#[tokio::test]
async fn the_overview_makes_its_long_image_without_a_share_sheet() {
    let s = shared_server();
    let b = Browser::open(PHONE).await;
    for lang in ["zh", "en"] {
        b.load(s, &format!("{lang}/")).await;
        b.start_app().await;
        b.wait_until("document.querySelector('.share-image.glance button') !== null").await;
        b.js(CAPTURE).await;
        let f = made(&b, ".share-image.glance button").await;
        assert_eq!(f["name"], format!("jincheng-2024-glance-{lang}.png"));
        assert_eq!((f["type"].as_str(), f["png"].as_bool()), (Some("image/png"), Some(true)));
        assert_eq!(f["width"], 1080);
        assert!(f["height"].as_u64().unwrap() > 3000, "tall: {f}");
        let size = f["size"].as_u64().unwrap();
        assert!((100_000..=500 * 1024).contains(&size), "≤ 500 KB: {size} bytes");
        b.wait_until("document.querySelector('.share-image.glance [role=status]').textContent !== ''").await;
        b.assert_clean("long image").await;
    }
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
    assert!(f["size"].as_u64().unwrap() < 500 * 1024, "{f}");
    // With one that takes files (as on phones): the file, the title and the sentence's address.
    b.js("window.__files = []; window.__shared = null;\
          Object.defineProperty(Navigator.prototype, 'canShare', { configurable: true, value: d => !!(d && d.files && d.files.length) });\
          Object.defineProperty(Navigator.prototype, 'share', { configurable: true, value: async d => {\
            window.__shared = { name: d.files[0].name, type: d.files[0].type, size: d.files[0].size, title: d.title, url: d.url }; } });")
        .await;
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
