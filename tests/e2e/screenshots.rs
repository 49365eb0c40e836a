//! Screenshots of every view at phone and desktop widths, light and dark, for people to look at
//! (`make screenshots` writes them to target/screenshots/). Not part of `make test`.

use crate::harness::{shared_server, Browser, DESKTOP, PHONE};

const VIEWS: &[(&str, &str)] = &[
    ("overview", ""),
    ("compare", "compare/"),
    ("sectors", "sectors/"),
    ("counties", "counties/140522/"),
    ("report", "report/#coal-output-2024"),
    ("about", "about/"),
    ("embed", "embed/investment-programmes/"),
    // What a host set up as the README says serves for an address the site does not have.
    ("not-found", "404/"),
];

#[tokio::test]
#[ignore = "writes screenshots for review; run with `make screenshots`"]
async fn screenshots() {
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
    std::fs::create_dir_all(&out).unwrap();
    let only = std::env::var("SHOTS").unwrap_or_default();
    for (size, tag) in [(PHONE, "375"), (DESKTOP, "1280")] {
        let b = Browser::open(size).await;
        for theme in ["light", "dark"] {
            for lang in ["zh", "en"] {
                for (name, route) in VIEWS {
                    if !only.is_empty() && !only.split(',').any(|o| o == *name) {
                        continue;
                    }
                    let (path, fragment) = route.split_once('#').map_or((*route, String::new()), |(p, f)| (p, format!("#{f}")));
                    b.load(shared_server(), &format!("{lang}/{path}?theme={theme}{fragment}")).await;
                    tokio::time::sleep(std::time::Duration::from_millis(400)).await;
                    let png = b.client.screenshot().await.unwrap();
                    std::fs::write(out.join(format!("{name}-{tag}-{lang}-{theme}.png")), png).unwrap();
                }
            }
        }
        b.close().await;
        // Without the module: a figure's fragment shows its note beside it.
        if only.is_empty() || only.split(',').any(|o| o == "report-nojs") {
            let b = Browser::open_without_js(size).await;
            for lang in ["zh", "en"] {
                b.client.goto(&shared_server().url(&format!("{lang}/report/#coal-output-2024"))).await.unwrap();
                let png = b.client.screenshot().await.unwrap();
                std::fs::write(out.join(format!("report-nojs-{tag}-{lang}.png")), png).unwrap();
            }
            // The site's root, which only a reader without the module stays on: its two links.
            b.client.goto(&shared_server().url("")).await.unwrap();
            let png = b.client.screenshot().await.unwrap();
            std::fs::write(out.join(format!("root-nojs-{tag}.png")), png).unwrap();
            b.close().await;
        }
    }
}

/// Embeds as a frame of each width shows them (the viewport is the frame), light and dark, for
/// people to look at: `SHOTS=<embed ids, comma-separated>` picks them (default: a long-labelled
/// bar chart, a dumbbell chart, the map and a county's map).
#[tokio::test]
#[ignore = "writes screenshots for review; run with `make screenshots`"]
async fn embed_screenshots() {
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
    std::fs::create_dir_all(&out).unwrap();
    let shots = std::env::var("SHOTS").unwrap_or_else(|_| "investment-programmes,compare-results-targets,map,map/140522".into());
    let b = Browser::open(DESKTOP).await;
    for id in shots.split(',') {
        for lang in ["zh", "en"] {
            for theme in ["light", "dark"] {
                b.load(shared_server(), &format!("{lang}/embed/{id}/?theme={theme}")).await;
                for width in [280, 320, 600, 900, 1280] {
                    b.cdp("Emulation.setDeviceMetricsOverride", serde_json::json!({ "width": width, "height": 800, "deviceScaleFactor": 1, "mobile": true })).await;
                    tokio::time::sleep(std::time::Duration::from_millis(150)).await;
                    let h = b.js("return document.documentElement.scrollHeight;").await.as_u64().unwrap();
                    b.cdp("Emulation.setDeviceMetricsOverride", serde_json::json!({ "width": width, "height": h, "deviceScaleFactor": 1, "mobile": true })).await;
                    tokio::time::sleep(std::time::Duration::from_millis(150)).await;
                    let png = b.client.screenshot().await.unwrap();
                    std::fs::write(out.join(format!("embed-{}-{width}-{lang}-{theme}.png", id.replace('/', "-"))), png).unwrap();
                }
            }
        }
    }
    b.close().await;
}
