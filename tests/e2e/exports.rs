//! What a reader downloads: a chart as SVG and PNG with its title drawn in, its data as CSV,
//! and the whole catalogue as JSON and CSV.

use crate::harness::{shared_server, Browser, DESKTOP};
use serde_json::Value;

/// Keeps every file the page hands out (name, type, size, and text for text files), instead of
/// letting the browser save it. The blobs are kept as made: the page's CSP rightly forbids
/// fetching them back.
const CAPTURE: &str = "window.__files = []; window.__blobs = {}; URL.revokeObjectURL = () => {};\
    const make = URL.createObjectURL; URL.createObjectURL = b => { const u = make.call(URL, b); window.__blobs[u] = b; return u; };\
    HTMLAnchorElement.prototype.click = function () {\
      const a = this, b = window.__blobs[a.href];\
      (async () => window.__files.push({ name: a.download, type: b.type, size: b.size,\
        text: b.type.startsWith('image/png') ? '' : await b.text() }))(); };";

async fn download(b: &Browser, button: &str) -> Value {
    b.js("window.__files = [];").await;
    b.click(button).await;
    b.wait_until("window.__files.length === 1").await;
    b.js("return window.__files[0];").await
}

#[tokio::test]
async fn a_chart_downloads_as_svg_png_and_csv() {
    let s = shared_server();
    let b = Browser::open(DESKTOP).await;
    b.load(s, "?lang=zh#/sectors/investment-programmes").await;
    b.wait_until("document.querySelector('[data-chart=\"investment-programmes\"] .chart-actions') !== null").await;
    b.js(CAPTURE).await;
    // Behind the card's one menu: Embed, then the downloads.
    b.click("[data-chart=\"investment-programmes\"] .chart-actions summary").await;
    let chart = "[data-chart=\"investment-programmes\"] .actions-row button";
    let svg = download(&b, &format!("{chart}:nth-of-type(2)")).await;
    assert_eq!(svg["name"], "jincheng-2024-investment-programmes.svg");
    let text = svg["text"].as_str().unwrap();
    assert!(text.starts_with("<svg") && text.contains("width=") && text.contains("项目群总投资与项目数"), "title drawn in");
    assert!(text.contains("来源") && text.contains("政府工作报告"), "source line drawn in");
    // The page's address drawn in, so that an image passed on leads back (the line may wrap).
    let drawn: String = text.split("<text").skip(1).filter_map(|t| Some(t[t.find('>')? + 1..t.find("</text>")?].to_string())).collect();
    assert!(drawn.contains(&s.url("zh/sectors/#investment-programmes")), "address drawn in: {drawn}");
    let png = download(&b, &format!("{chart}:nth-of-type(3)")).await;
    assert_eq!((png["name"].as_str(), png["type"].as_str()), (Some("jincheng-2024-investment-programmes.png"), Some("image/png")));
    assert!(png["size"].as_u64().unwrap() > 10_000, "a real picture at 2x: {}", png["size"]);
    let csv = download(&b, &format!("{chart}:nth-of-type(4)")).await;
    let text = csv["text"].as_str().unwrap().trim_start_matches('\u{FEFF}');
    assert!(text.starts_with("figure_id,label,value,status,derived\n"));
    assert!(text.contains("sponge-city-investment,") && text.contains("39.24亿元"), "{text}");
    b.assert_clean("chart downloads").await;
    b.close().await;
}

#[tokio::test]
async fn the_catalogue_downloads_as_json_and_csv() {
    let s = shared_server();
    let b = Browser::open(DESKTOP).await;
    b.load(s, "?lang=en#/about").await;
    b.wait_until("document.querySelectorAll('.downloads a[download]').length === 2").await;
    // The links are plain files next to index.html: fetch what they point at, as the browser would save it.
    let got = |n: usize| {
        let b = &b;
        async move {
            b.js(&format!(
                "return (async () => {{ const a = document.querySelectorAll('.downloads a[download]')[{n}];\
                 const r = await fetch(a.href);\
                 const bytes = new Uint8Array(await r.arrayBuffer());\
                 return {{ name: a.download, status: r.status, head: [...bytes.slice(0, 3)], text: new TextDecoder().decode(bytes) }}; }})();"
            ))
            .await
        }
    };
    let json = got(0).await;
    assert_eq!((json["name"].as_str(), json["status"].as_u64()), (Some("jincheng-2024-figures.json"), Some(200)));
    let v: Value = serde_json::from_str(json["text"].as_str().unwrap()).expect("valid JSON");
    assert!(v["figures"].as_array().unwrap().len() > 200);
    assert_eq!(v["figures"][0]["id"], "gdp-2023");
    assert_eq!(v["figures"][0]["quote"], "全年GDP总量达到2333.3亿元", "quotes are in the download, not only spans");
    let csv = got(1).await;
    assert_eq!((csv["name"].as_str(), csv["status"].as_u64()), (Some("jincheng-2024-figures.csv"), Some(200)));
    assert_eq!(csv["head"], serde_json::json!([0xEF, 0xBB, 0xBF]), "a byte-order mark, so spreadsheets read UTF-8");
    let text = csv["text"].as_str().unwrap();
    assert!(text.lines().next().unwrap().starts_with("id,label_zh,label_en,value,"));
    assert!(text.lines().count() > 200);
    b.assert_clean("catalogue downloads").await;
    b.close().await;
}
