//! The static dist/ as hosts serve it, and the phone-sized basics.

use crate::harness::{copy_build, dist_dir, shared_server, site_step, Browser, Scratch, Server, DESKTOP, PHONE};

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

/// A host set up as GitHub Pages, Netlify or Cloudflare Pages are: an address the site does not
/// have gets the site's `404.html` (which a build told its address writes) at that address, at
/// any depth and under a sub-path: the not-found view, styled, whose links lead into the site.
#[tokio::test]
async fn the_hosts_not_found_page_holds_at_any_depth() {
    let root = Scratch::new("host-not-found");
    let site = root.path().join("some/path");
    copy_build(&dist_dir(), &site, |_, bytes| bytes);
    let s = Server::start_in(root, "");
    s.set_host_not_found(true);
    site_step(&site, Some(&s.url("some/path/")));
    for size in [PHONE, DESKTOP] {
        let b = Browser::open(size).await;
        // The site's first language at its root; each language's own under its folder (this
        // server, as Cloudflare Pages, serves the nearest 404.html above the address).
        for (addr, title, home, other) in [
            ("some/path/nowhere", "页面不存在", "zh/", "en/404/"),
            ("some/path/zh/no/such/page/", "页面不存在", "zh/", "en/404/"),
            ("some/path/en/counties/140522/more/", "Page not found", "en/", "zh/404/"),
        ] {
            b.client.goto(&s.url(addr)).await.unwrap();
            let v = b
                .js("return [location.pathname, document.querySelector('main h1').textContent, getComputedStyle(document.querySelector('.site-header')).display,\
                     document.querySelector('.site-nav a').href, document.querySelector('.lang-switch').href, document.scripts.length];")
                .await;
            let want = serde_json::json!([format!("/{addr}"), title, "flex", s.url(&format!("some/path/{home}")), s.url(&format!("some/path/{other}")), 0]);
            assert_eq!(v, want, "{addr} at {size:?}");
            // (The browser logs the host's 404 itself.)
            b.console().await;
        }
        // Its way out: the overview, which the module then hydrates as any page.
        b.click("main .not-found a").await;
        b.wait_until("location.pathname === '/some/path/en/'").await;
        b.start_app().await;
        b.assert_clean("home from the host's not-found page").await;
        b.close().await;
    }
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
