//! The static dist/ as hosts serve it, and the phone-sized basics.

use crate::harness::{copy_build, dist_dir, shared_server, Browser, Scratch, Server, PHONE};

#[tokio::test]
async fn dist_works_under_a_sub_path() {
    let root = Scratch::new("subpath");
    copy_build(&dist_dir(), &root.path().join("some/path"), |_, bytes| bytes);
    let s = Server::start_in(root, "");
    let b = Browser::open(PHONE).await;
    // An old address, then the page it lands on: links, the router and the offline copy all
    // work below the sub-path.
    b.load(&s, "some/path/?lang=zh#/report/gdp-2023").await;
    b.wait_until("location.pathname === '/some/path/zh/report/' && document.querySelector(':target')?.id === 'gdp-2023'").await;
    b.click(".site-nav a[href='zh/compare/']").await;
    b.wait_until("location.pathname === '/some/path/zh/compare/' && document.querySelector('#app h1').textContent.startsWith('对比')").await;
    b.wait_until("navigator.serviceWorker && navigator.serviceWorker.controller !== null").await;
    let scope = b.js("return navigator.serviceWorker.getRegistration().then(r => r.scope);").await;
    assert!(scope.as_str().unwrap().ends_with("/some/path/"), "{scope}");
    b.assert_clean("under /some/path/").await;
    b.close().await;
}

/// A host that compresses (as every real host does): the module still streams in, the checks on
/// its integrity still pass, and the downloads arrive whole.
#[tokio::test]
async fn dist_works_from_a_host_that_compresses() {
    let s = Server::start(dist_dir());
    s.set_gzip(true);
    let b = Browser::open(PHONE).await;
    b.load(&s, "?lang=en#/compare").await;
    b.wait_until("document.querySelector('[data-chart] svg') !== null").await;
    let encoding = b
        .js("return (async () => { const r = await fetch(performance.getEntriesByType('resource').find(e => e.name.endsWith('.wasm')).name);\
             return [r.headers.get('content-encoding'), WebAssembly.validate(await r.arrayBuffer())]; })();")
        .await;
    assert_eq!(encoding, serde_json::json!(["gzip", true]), "served compressed, and whole");
    b.assert_clean("gzip host").await;
    b.close().await;
}

/// Controls a thumb must hit: at least 44 CSS px both ways. Numbers inside the report's sentences
/// and links inside running text are inline targets, which WCAG exempts.
#[tokio::test]
async fn touch_targets_are_at_least_44_px_on_a_phone() {
    let s = shared_server();
    let b = Browser::open(PHONE).await;
    let mut small = Vec::new();
    for route in ["#/", "#/compare", "#/sectors", "#/counties/140522", "#/report", "#/about", "#/nowhere"] {
        b.load(s, &format!("?lang=en{route}")).await;
        b.wait_until("document.querySelector('main h1') !== null").await;
        let found = b
            .js("return [...document.querySelectorAll('a, button, input, summary, select, textarea')]\
                 .filter(e => !e.closest('.report-text, p.lede, .prose p, .county-items li span, .fatal, .county-links, .takeaways p, .battle li, .skip-chart'))\
                 .filter(e => e.offsetParent !== null && getComputedStyle(e).visibility !== 'hidden')\
                 .filter(e => !(e.type === 'radio' && e.closest('label')))\
                 .map(e => { const r = (e.closest('label') || e).getBoundingClientRect(); return [e.outerHTML.slice(0, 80), Math.round(r.width), Math.round(r.height)]; })\
                 .filter(([_, w, h]) => w < 44 || h < 44);")
            .await;
        for x in found.as_array().cloned().unwrap_or_default() {
            small.push(format!("{route}: {x}"));
        }
    }
    b.close().await;
    assert!(small.is_empty(), "targets under 44 px:\n{}", small.join("\n"));
}

#[tokio::test]
async fn nothing_scrolls_sideways_at_360_px() {
    let s = shared_server();
    let b = Browser::open((360, 740)).await;
    for route in ["#/", "#/compare", "#/sectors", "#/counties/140525", "#/report", "#/about", "#/embed/investment-programmes"] {
        b.load(s, &format!("?lang=en{route}")).await;
        b.wait_until("document.querySelector('main h1') !== null").await;
        b.assert_clean(&format!("{route} at 360 px")).await;
    }
    b.close().await;
}
