//! Every address a real page: whole without the module, hydrated in place with it, every old
//! address answered, no inline script.

use crate::harness::{dist_dir, shared_server, Browser, DESKTOP, PHONE};
use serde_json::Value;
use std::path::Path;

/// Every page the build wrote, as addresses below the site's root (`zh/compare/`).
fn all_pages() -> Vec<String> {
    fn walk(dir: &Path, root: &Path, out: &mut Vec<String>) {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, root, out);
            } else if p.file_name().is_some_and(|n| n == "index.html") {
                let rel = p.parent().unwrap().strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
                out.push(if rel.is_empty() { String::new() } else { format!("{rel}/") });
            }
        }
    }
    let root = dist_dir();
    let mut out = Vec::new();
    walk(&root, &root, &mut out);
    out.sort();
    out
}

/// Whether an address of the site (below its root, fragment and query aside) is a file of the build.
fn exists(rel: &str) -> bool {
    let rel = rel.split(['#', '?']).next().unwrap_or("");
    let p = dist_dir().join(rel);
    if rel.is_empty() || rel.ends_with('/') {
        p.join("index.html").is_file()
    } else {
        p.is_file()
    }
}

#[tokio::test]
async fn every_page_is_whole_without_javascript() {
    let s = shared_server();
    let pages = all_pages();
    assert!(pages.len() > 70, "{} pages", pages.len());
    for size in [PHONE, DESKTOP] {
        let b = Browser::open_without_js(size).await;
        let mut broken = Vec::new();
        for page in &pages {
            b.client.goto(&s.url(page)).await.unwrap();
            let v = b
                .js("const root = document.baseURI;\
                     const links = [...document.querySelectorAll('a[href]')].map(a => new URL(a.getAttribute('href'), root).href).filter(h => h.startsWith(root)).map(h => h.slice(root.length));\
                     const svgs = document.querySelectorAll('#app svg').length;\
                     return { h1: (document.querySelector('#app h1') || {}).textContent || '', fatal: !document.getElementById('fatal').hidden,\
                              links, svgs, switchTo: (document.querySelector('.lang-switch') || {}).getAttribute?.('href') || null,\
                              countyLinks: document.querySelectorAll('.county-links a').length, figs: document.querySelectorAll('a.fig').length };")
                .await;
            let h1 = v["h1"].as_str().unwrap_or("");
            if h1.trim().is_empty() || v["fatal"] == Value::Bool(true) {
                broken.push(format!("{page}: no heading, or the failure message ({v})"));
            }
            for l in v["links"].as_array().unwrap() {
                let l = l.as_str().unwrap();
                if !exists(l) {
                    broken.push(format!("{page}: link to {l}, which the build does not have"));
                }
            }
            // The language link goes to the same place in the other language.
            if let Some(to) = v["switchTo"].as_str() {
                let (lang, rest) = page.split_once('/').unwrap();
                let other = if lang == "zh" { "en" } else { "zh" };
                if to != format!("{other}/{rest}") {
                    broken.push(format!("{page}: the language link goes to {to}"));
                }
            }
            let route = page.split_once('/').map_or("", |(_, r)| r);
            let want_svg = ["compare/", "sectors/", "counties/", "embed/"].iter().any(|p| route.starts_with(p));
            if want_svg && v["svgs"].as_u64().unwrap_or(0) == 0 {
                broken.push(format!("{page}: no chart or map drawn"));
            }
            if (route.starts_with("counties/") || route.starts_with("embed/map/")) && v["countyLinks"].as_u64() != Some(6) {
                broken.push(format!("{page}: the map's counties are not links ({})", v["countyLinks"]));
            }
            if route == "report/" && v["figs"].as_u64().unwrap_or(0) < 200 {
                broken.push(format!("{page}: the report's figures are not links"));
            }
        }
        b.close().await;
        assert!(broken.is_empty(), "{size:?}:\n{}", broken.join("\n"));
    }
}

#[tokio::test]
async fn a_figure_link_without_javascript_shows_the_figure_and_what_it_is() {
    let s = shared_server();
    let b = Browser::open_without_js(PHONE).await;
    b.client.goto(&s.url("en/report/#coal-output-2024")).await.unwrap();
    let v = b
        .js("const f = document.querySelector(':target'); const r = f.getBoundingClientRect(); const note = f.querySelector('.said');\
             return [f.id, r.top >= 0 && r.bottom <= innerHeight, getComputedStyle(note).display, note.textContent];")
        .await;
    assert_eq!(v[0], "coal-output-2024");
    assert_eq!(v[1], true, "the figure is in view: {v}");
    assert_ne!(v[2], "none", "its note shows");
    // 煤炭产量稳定在1.4亿吨以上, in English.
    assert!(v[3].as_str().unwrap().contains("Coal output") && v[3].as_str().unwrap().contains("at least 140 million tonnes"), "{v}");
    // A sentence is its fragment too, and the stylesheet marks it.
    b.client.goto(&s.url("zh/report/#s-252")).await.unwrap();
    let bg = b.js("return getComputedStyle(document.querySelector(':target')).backgroundColor;").await;
    assert_ne!(bg, "rgba(0, 0, 0, 0)", "the sentence is marked");
    b.close().await;
}

/// The module takes over the page the build wrote: every node stays the same object, and
/// nothing is logged.
#[tokio::test]
async fn the_module_hydrates_every_kind_of_page_in_place() {
    let s = shared_server();
    let pages = [
        "zh/", "en/", "zh/compare/", "en/sectors/", "zh/counties/", "en/counties/140522/", "zh/report/", "en/about/",
        "zh/embed/investment-programmes/", "en/embed/map/", "zh/embed/map/140581/", "en/404/",
    ];
    for size in [PHONE, DESKTOP] {
        let b = Browser::open(size).await;
        for page in pages {
            b.client.goto(&s.url(page)).await.unwrap();
            b.js("window.__before = [...document.querySelectorAll('#app *')]; window.__h1 = document.querySelector('#app h1');").await;
            assert_eq!(b.js("return document.documentElement.hasAttribute('data-hydrated')").await, false, "{page}: waits for the reader");
            b.start_app().await;
            let v = b
                .js("const now = [...document.querySelectorAll('#app *')];\
                     return [__before.length, __before.filter(e => !e.isConnected).length, __h1 === document.querySelector('#app h1'), now.length >= __before.length];")
                .await;
            assert_eq!(v[1], 0, "{page} {size:?}: nodes replaced ({v})");
            assert_eq!(v[2], true, "{page}: the heading is the same element");
            assert_eq!(v[3], true, "{page}: nothing removed");
            b.assert_clean(&format!("{page} {size:?}")).await;
        }
        b.close().await;
    }
}

/// A figure's link followed from the overview while the module starts: it lands on the figure,
/// every time, with its details open.
#[tokio::test]
async fn a_deep_link_followed_while_the_module_starts_lands_on_its_target_every_time() {
    let s = shared_server();
    let b = Browser::open(PHONE).await;
    for attempt in 0..6 {
        b.client.goto("about:blank").await.unwrap();
        b.client.goto(&s.url("zh/")).await.unwrap();
        // The reach that starts the module and the click, at once (or a little later).
        if attempt % 2 == 1 {
            b.js("document.dispatchEvent(new PointerEvent('pointerdown', {bubbles: true}));").await;
        }
        b.js("document.querySelector('.card a[href*=\"report/#\"]').click();").await;
        b.wait_until("location.pathname.endsWith('/zh/report/') && location.hash.length > 1").await;
        let id = b.js("return location.hash.slice(1);").await;
        b.start_app().await;
        b.wait_until(&format!(
            "(() => {{ const f = document.getElementById({id}); const r = f.getBoundingClientRect(); \
             return r.top >= 0 && r.bottom <= innerHeight && document.querySelector('.figure-detail') !== null; }})()"
        ))
        .await;
    }
    b.assert_clean("deep links").await;
    b.close().await;
}

#[tokio::test]
async fn every_old_address_lands_on_its_new_page() {
    let s = shared_server();
    let b = Browser::open(DESKTOP).await;
    for (old, new) in [
        ("?lang=zh#/", "zh/"),
        ("?lang=en", "en/"),
        ("?lang=zh#/compare", "zh/compare/"),
        ("?lang=en#/sectors", "en/sectors/"),
        ("?lang=zh#/sectors/gdp-level", "zh/sectors/#gdp-level"),
        ("?lang=zh#/counties", "zh/counties/"),
        ("?lang=en#/counties/140522", "en/counties/140522/"),
        ("?lang=zh#/report", "zh/report/"),
        ("?lang=zh#/report/medical-insurance-subsidy-increase-2024", "zh/report/#medical-insurance-subsidy-increase-2024"),
        ("?lang=zh#/report/s/252", "zh/report/#s-252"),
        ("?lang=en#/about", "en/about/"),
        ("?lang=zh#/embed/investment-programmes", "zh/embed/investment-programmes/"),
        ("?lang=zh&theme=dark#/embed/investment-programmes", "zh/embed/investment-programmes/?theme=dark"),
        ("?lang=en#/embed/map", "en/embed/map/"),
        ("?lang=en#/embed/map/140581", "en/embed/map/140581/"),
        ("?lang=en#/embed/energy-coal-output", "en/embed/energy-coal/"),
    ] {
        b.client.goto("about:blank").await.unwrap();
        b.client.goto(&s.url(old)).await.unwrap();
        let want = s.url(new);
        b.wait_until(&format!("location.href === {want:?}")).await;
        b.start_app().await;
        b.wait_until("document.querySelector('#app h1') !== null").await;
    }
    // The reader's last choice of language, then the browser's (Chinese here).
    b.client.goto(&s.url("en/")).await.unwrap();
    b.start_app().await;
    b.click(".lang-switch").await;
    b.wait_until("location.pathname.endsWith('/zh/')").await;
    b.client.goto(&s.url("#/compare")).await.unwrap();
    b.wait_until(&format!("location.href === {:?}", s.url("zh/compare/"))).await;
    b.assert_clean("old addresses").await;
    b.close().await;
}

/// No address stops the app: each hostile one lands on a page that says what is wrong.
#[tokio::test]
async fn no_address_stops_the_app() {
    let s = shared_server();
    let b = Browser::open(PHONE).await;
    let long = format!("?lang=en#/{}", "a".repeat(5000));
    // And random ones (seeded, so a failure repeats): the parser is fuzzed natively
    // (route, model::legacy); here the browser, the loader and the module take them.
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    let alphabet: Vec<char> = "/#?&=%.-_~!$'()*+,;:@ aZ09<>\"\\{}|^`[]中文".chars().collect();
    let random: Vec<String> = (0..12)
        .map(|_| {
            let n = 1 + (seed % 40) as usize;
            (0..n)
                .map(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    alphabet[(seed % alphabet.len() as u64) as usize]
                })
                .collect::<String>()
        })
        .map(|r| format!("?lang=en#/{}", r.replace('#', "%23")))
        .collect();
    for addr in [
        "#//", "?lang=en#/%00", "?lang=en#/report/s/-1", "?lang=en&theme=%3Cb%3Ex%3C/b%3E#/compare",
        "?lang=en#/embed/%3Cimg%20src=x%20onerror=alert(1)%3E", long.as_str(), "?lang=en#/report/no-such-figure",
        "zh/nowhere/", "en/embed/no-such-chart/", "en/report/#no-such-figure", "zh/counties/999999/",
    ]
    .into_iter()
    .chain(random.iter().map(String::as_str))
    {
        b.client.goto("about:blank").await.unwrap();
        b.client.goto(&s.url(addr)).await.unwrap();
        // The root sends the reader on first.
        b.wait_until("location.pathname !== '/'").await;
        // A page of the site, or the host's own not-found for a folder the site does not have.
        let host_404 = b.js("return document.body.textContent.trim() === 'not found';").await;
        if host_404 == Value::Bool(true) {
            // (The browser logs the host's 404 itself.)
            b.console().await;
            continue;
        }
        b.start_app().await;
        let v = b.js("return [!!document.querySelector('#app h1'), document.getElementById('fatal').hidden, document.querySelectorAll('#app img, #app b').length];").await;
        assert_eq!(v, serde_json::json!([true, true, 0]), "{addr}: {v}");
        b.assert_clean(addr).await;
    }
    b.close().await;
}

/// The pages as files: no inline script, one policy without hashes, integrity on every script,
/// the stylesheet and the module, and each page's own head.
#[test]
fn every_page_has_its_own_head_and_no_inline_script() {
    let mut titles = std::collections::HashSet::new();
    for page in all_pages() {
        let html = std::fs::read_to_string(dist_dir().join(&page).join("index.html")).unwrap();
        let scripts: Vec<&str> = html.split("<script").skip(1).map(|s| &s[..s.find('>').unwrap()]).collect();
        assert_eq!(scripts.len(), 1, "{page}: one script");
        assert!(scripts[0].contains(" src=\"loader.js\"") && scripts[0].contains("integrity=\"sha384-"), "{page}");
        assert!(scripts[0].contains("data-glue-integrity=\"sha384-") && scripts[0].contains("data-wasm-integrity=\"sha384-"), "{page}");
        let csp = html.split("http-equiv=\"Content-Security-Policy\" content=\"").nth(1).unwrap().split('"').next().unwrap();
        assert!(csp.contains("script-src 'self' 'wasm-unsafe-eval';") && !csp.contains("sha256") && !csp.contains("unsafe-inline"), "{page}: {csp}");
        assert!(html.contains("<link rel=\"stylesheet\" href=\"main-") && html.contains("\" integrity=\"sha384-"), "{page}");
        let title = html.split("<title>").nth(1).unwrap().split("</title>").next().unwrap().to_string();
        assert!(html.contains("<meta name=\"description\" content=\"") && html.contains("<meta property=\"og:title\""), "{page}");
        assert!(titles.insert(title.clone()), "{page}: the title {title} is another page's too");
    }
}

#[tokio::test]
async fn a_language_switch_lands_at_the_same_place() {
    let s = shared_server();
    let b = Browser::open(PHONE).await;
    b.load(s, "zh/sectors/").await;
    b.js("document.querySelectorAll('main figure.chart')[6].scrollIntoView();").await;
    let top = "[...document.querySelectorAll('main figure.chart')].find(e => e.getBoundingClientRect().bottom > 80).id";
    let before = b.js(&format!("return {top};")).await;
    b.js("document.querySelector('.lang-switch').click();").await;
    b.wait_until("location.pathname.endsWith('/en/sectors/') && document.documentElement.lang === 'en'").await;
    let after = b.js(&format!("return {top};")).await;
    assert_eq!(before, after, "the same chart at the top in English");
    assert!(b.js("return scrollY;").await.as_f64().unwrap() > 2000.0);
    b.assert_clean("language switch").await;
    b.close().await;
}

/// A tap on a county right after the page came, module or not, opens that county.
#[tokio::test]
async fn a_county_tapped_before_the_module_opens_its_page() {
    let s = shared_server();
    let b = Browser::open(PHONE).await;
    b.client.goto(&s.url("zh/counties/")).await.unwrap();
    b.js("const a = [...document.querySelectorAll('.county-links a')].find(a => a.getClientRects().length && a.getAttribute('href').includes('140522')); a.dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true}));").await;
    b.wait_until("location.pathname.endsWith('/zh/counties/140522/')").await;
    b.wait_until("document.querySelector('#county-details h2')?.textContent === '阳城县'").await;
    b.close().await;
}
