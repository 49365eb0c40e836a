//! The printed page: on A4, black on white whatever the theme, without navigation or controls,
//! every chart and the map whole. (The address and its QR code are written only when the build
//! knows the site's address: `site::tests`.)

use crate::harness::{shared_server, Browser, DESKTOP};
use serde_json::json;

/// A4 at 96 px per inch, less the stylesheet's margins: the width a printed page lays out at.
const A4_CONTENT_PX: u32 = 718;

#[tokio::test]
async fn pages_print_on_a4_in_black_and_white_without_controls() {
    let s = shared_server();
    let b = Browser::open(DESKTOP).await;
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
    std::fs::create_dir_all(&out).unwrap();
    for (name, path) in [("report", "zh/report/"), ("county", "zh/counties/140522/?theme=dark"), ("sectors", "en/sectors/?theme=dark")] {
        b.load(s, path).await;
        b.cdp("Emulation.setDeviceMetricsOverride", json!({"width": A4_CONTENT_PX, "height": 1000, "deviceScaleFactor": 1, "mobile": false})).await;
        b.cdp("Emulation.setEmulatedMedia", json!({"media": "print"})).await;
        let v = b
            .js(r#"const shown = el => el.getClientRects().length > 0;
                   const controls = [...document.querySelectorAll('.site-nav, button, .chart-actions, .skip, .lang-switch, input, .search')].filter(shown);
                   const drawings = [...document.querySelectorAll('.chart-svg svg, svg.county-map')].filter(shown);
                   const cs = getComputedStyle(document.body);
                   return {controls: controls.map(c => c.tagName + '.' + c.className).slice(0, 5), drawings: drawings.length,
                           charts: document.querySelectorAll('figure.chart').length, maps: document.querySelectorAll('svg.county-map').length,
                           bg: cs.backgroundColor, ink: cs.color, wide: document.documentElement.scrollWidth};"#)
            .await;
        assert_eq!(v["controls"], json!([]), "{name}: controls in print");
        assert_eq!(v["bg"], "rgb(255, 255, 255)", "{name}: a white page");
        assert_eq!(v["ink"], "rgb(0, 0, 0)", "{name}: black text");
        let wanted = v["charts"].as_u64().unwrap() + v["maps"].as_u64().unwrap();
        assert_eq!(v["drawings"].as_u64(), Some(wanted), "{name}: each chart and map printed once");
        assert!(v["wide"].as_u64().unwrap() <= A4_CONTENT_PX as u64, "{name}: wider than A4: {}", v["wide"]);
        std::fs::write(out.join(format!("print-{name}.png")), b.client.screenshot().await.unwrap()).unwrap();
        // Chromium's own print to A4 works and makes pages.
        let pdf = b.cdp("Page.printToPDF", json!({"paperWidth": 8.27, "paperHeight": 11.69, "printBackground": true})).await;
        assert!(pdf["data"].as_str().is_some_and(|d| d.len() > 10_000), "{name}: no PDF");
        b.cdp("Emulation.setEmulatedMedia", json!({"media": ""})).await;
        b.cdp("Emulation.clearDeviceMetricsOverride", json!({})).await;
    }
    b.close().await;
}
