//! The app shell, every route, the language switch and the report reader.

use crate::harness::{shared_server, Browser, DESKTOP, PHONE};
use fantoccini::key::Key;
use fantoccini::Locator;

/// Every route, with text its view must show (in Chinese).
const ROUTES: &[(&str, &str)] = &[
    ("zh/", "2023年主要成绩"),
    ("zh/compare/", "对比"),
    ("zh/sectors/", "行业"),
    ("zh/counties/", "县区"),
    ("zh/report/", "一、2023年工作回顾"),
    ("zh/report/#gdp-2023", "2333.3亿元"),
    ("zh/about/", "关于本页与数据来源"),
    ("zh/404/", "页面不存在"),
];

async fn walk_routes(size: (u32, u32)) {
    let s = shared_server();
    let b = Browser::open(size).await;
    for (route, expected) in ROUTES {
        b.load(s, route).await;
        b.wait_until(&format!("document.querySelector('main').innerText.includes({expected:?})")).await;
        b.assert_clean(&format!("{route} at {}px", size.0)).await;
        let h1 = b.js("return [...document.querySelectorAll('h1')].filter(h => h.offsetParent !== null).length;").await;
        assert_eq!(h1.as_i64(), Some(1), "{route}: one visible h1 per page");
    }
    b.close().await;
}

#[tokio::test]
async fn every_route_renders_on_a_phone() {
    walk_routes(PHONE).await;
}

#[tokio::test]
async fn every_route_renders_on_a_desktop() {
    walk_routes(DESKTOP).await;
}

#[tokio::test]
async fn not_found_page_leads_home() {
    let s = shared_server();
    let b = Browser::open(PHONE).await;
    // An old address naming nothing lands on the not-found page.
    b.load(s, "?lang=en#/nowhere").await;
    b.wait_until("location.pathname.endsWith('/en/404/')").await;
    assert_eq!(b.text("main h1").await, "Page not found");
    b.click("main .not-found a").await;
    b.wait_until("location.pathname.endsWith('/en/')").await;
    b.wait_until("document.querySelector('main h1') !== null").await;
    b.assert_clean("after going home").await;
    b.close().await;
}

#[tokio::test]
async fn language_comes_from_the_url_then_the_last_choice() {
    let s = shared_server();
    let b = Browser::open(DESKTOP).await;
    b.load(s, "?lang=zh").await;
    b.wait_until("location.pathname.endsWith('/zh/')").await;
    assert_eq!(b.text("main h1").await, "晋城市2024年政府工作报告");
    assert_eq!(b.js("return document.documentElement.lang;").await, "zh-CN");
    b.click(".lang-switch").await;
    b.wait_until("document.documentElement.lang === 'en'").await;
    assert_eq!(b.text("main h1").await, "Jincheng Government Work Report 2024");
    // The address now says English, so a shared link opens in English.
    b.wait_until("location.pathname.endsWith('/en/')").await;
    // At the site's root, the reader's last choice wins over the browser's Chinese.
    b.load(s, "").await;
    b.wait_until("location.pathname.endsWith('/en/')").await;
    assert_eq!(b.text("main h1").await, "Jincheng Government Work Report 2024");
    b.assert_clean("language switch").await;
    b.close().await;
}

#[tokio::test]
async fn a_bad_parameter_is_reported_not_fatal() {
    let s = shared_server();
    let b = Browser::open(PHONE).await;
    b.load(s, "zh/?theme=%3Cb%3Epurple").await;
    b.wait_until("document.querySelector('.notice') !== null").await;
    let notice = b.text(".notice").await;
    assert!(notice.contains("theme=<b>purple"), "{notice}");
    // The markup in the parameter stays text.
    assert_eq!(b.js("return document.querySelectorAll('.notice b').length;").await.as_i64(), Some(0));
    b.close().await;
}

#[tokio::test]
async fn deep_link_scrolls_to_and_highlights_the_figure() {
    let s = shared_server();
    let b = Browser::open(PHONE).await;
    b.load(s, "zh/report/#coal-output-2024").await;
    let sel = "a.fig[id=\"coal-output-2024\"]";
    assert_eq!(b.js("return document.querySelector(':target').id;").await, "coal-output-2024");
    b.wait_until(&format!("document.querySelector('{sel}').classList.contains('selected')")).await;
    // The digits as printed (the whole figure in words is said to assistive technology).
    assert_eq!(b.text(&format!("{sel} [aria-hidden]")).await, "1.4亿吨");
    // In view, and not under the details panel that opens at the bottom of a phone screen.
    b.wait_until("document.querySelector('.figure-detail') !== null").await;
    let in_view = b.js(&format!("const r = document.querySelector('{sel}').getBoundingClientRect(); const p = document.querySelector('.figure-detail').getBoundingClientRect(); return r.top >= 0 && r.bottom <= p.top;")).await;
    assert_eq!(in_view.as_bool(), Some(true));
    // The details of the figure are shown.
    let detail = b.text(".figure-detail").await;
    assert!(detail.contains("煤炭产量") && detail.contains("≥1.4亿吨"), "{detail}");
    b.assert_clean("deep link").await;
    // An unknown id says so and still shows the report.
    b.load(s, "en/report/#not-a-figure").await;
    b.wait_until("document.querySelector('main .message') !== null").await;
    assert!(b.text("main .message").await.contains("not-a-figure"));
    assert!(b.text(".report-text").await.contains("一、2023年工作回顾"));
    b.close().await;
}

#[tokio::test]
async fn figures_in_the_text_open_by_click_and_keyboard() {
    let s = shared_server();
    let b = Browser::open(DESKTOP).await;
    b.load(s, "en/report/").await;
    let count = b.js("return document.querySelectorAll('.report-text a.fig').length;").await;
    assert!(count.as_i64().unwrap() > 200, "every stated figure is marked: {count}");
    b.click("a.fig[id=\"gdp-2023\"]").await;
    b.wait_until("document.querySelector('.figure-detail') !== null").await;
    let detail = b.text(".figure-detail").await;
    assert!(detail.contains("Gross domestic product") && detail.contains("233.33 billion yuan"), "{detail}");
    // Escape closes it and gives focus back to the figure.
    b.client.find(Locator::Css(".figure-detail .close")).await.unwrap().send_keys(&Key::Escape.to_string()).await.unwrap();
    b.wait_until("document.querySelector('.figure-detail') === null").await;
    b.wait_until("document.activeElement.id === 'gdp-2023'").await;
    // Enter on a focused figure opens it.
    b.js("document.querySelector('a.fig[id=\"coal-output-2023\"]').focus();").await;
    b.client.active_element().await.unwrap().send_keys(&Key::Enter.to_string()).await.unwrap();
    b.wait_until("document.querySelector('.figure-detail h2') && document.querySelector('.figure-detail h2').innerText === 'Coal output'").await;
    b.assert_clean("figure details").await;
    b.close().await;
}

/// On a phone the details open as a sheet that leaves the tapped figure in sight, the address
/// names the figure, and Back closes the sheet without leaving the report.
#[tokio::test]
async fn on_a_phone_the_details_leave_the_figure_in_sight_and_back_closes_them() {
    let s = shared_server();
    let b = Browser::open(PHONE).await;
    b.load(s, "zh/report/").await;
    let fig = "a.fig[id=\"coal-output-2024\"]";
    b.click(fig).await;
    b.wait_until("document.querySelector('.figure-detail') !== null").await;
    b.wait_until("location.hash === '#coal-output-2024'").await;
    let v = b
        .js(&format!(
            "const f = document.querySelector('{fig}').getBoundingClientRect(), d = document.querySelector('.figure-detail').getBoundingClientRect();\
             return {{figBottom: f.bottom, figTop: f.top, sheetTop: d.top}};"
        ))
        .await;
    let (top, bottom, sheet) = (v["figTop"].as_f64().unwrap(), v["figBottom"].as_f64().unwrap(), v["sheetTop"].as_f64().unwrap());
    assert!(top >= 0.0 && bottom <= sheet, "the figure is hidden by its details: figure {top}–{bottom}, sheet from {sheet}");
    b.js("history.back();").await;
    b.wait_until("document.querySelector('.figure-detail') === null").await;
    assert!(b.js("return location.pathname;").await.as_str().unwrap().ends_with("/zh/report/"), "Back stays in the report");
    b.assert_clean("phone details").await;
    b.close().await;
}

#[tokio::test]
async fn search_finds_words_and_numbers_and_steps_through_hits() {
    let s = shared_server();
    let b = Browser::open(PHONE).await;
    b.load(s, "zh/report/").await;
    let input = b.client.find(Locator::Css("#search-input")).await.unwrap();
    b.type_into("#search-input", "煤炭").await;
    // 煤炭 stands three times in the report.
    b.wait_until("document.querySelectorAll('mark.hit').length === 3").await;
    let n = b.js("return document.querySelectorAll('mark.hit').length;").await.as_i64().unwrap();
    assert_eq!(b.text(".search-status").await, format!("1 / {n}"));
    input.send_keys(&Key::Enter.to_string()).await.unwrap();
    b.wait_until(&format!("document.querySelector('.search-status').innerText === '2 / {n}'")).await;
    assert_eq!(b.js("return document.querySelector('mark.hit.current').dataset.hit;").await, "1");
    // A number typed with an ASCII % finds the report's fullwidth ％.
    input.clear().await.unwrap();
    input.send_keys("91%").await.unwrap();
    b.wait_until("document.querySelector('.search-status').innerText === '1 / 1'").await;
    // Markup in the box is searched for as text, never inserted.
    input.clear().await.unwrap();
    input.send_keys("<img src=x onerror=alert(1)>").await.unwrap();
    b.wait_until("document.querySelector('.search-status').innerText === '没有找到'").await;
    assert_eq!(b.js("return document.querySelectorAll('.report-text img').length;").await.as_i64(), Some(0));
    b.assert_clean("search").await;
    b.close().await;
}

#[tokio::test]
async fn overview_cards_link_to_their_sentences() {
    let s = shared_server();
    let b = Browser::open(PHONE).await;
    b.load(s, "en/").await;
    let cards = b.js("return document.querySelectorAll('.card[data-figure]').length;").await;
    assert_eq!(cards.as_i64(), Some(20));
    let gdp = b.text(".card[data-figure=\"gdp-2023\"] .card-value").await;
    assert!(gdp.contains("233.33 billion yuan"), "{gdp}");
    let growth = b.text(".card[data-figure=\"gdp-growth-2024\"] .card-value").await;
    assert!(growth.contains("≈6%"), "{growth}");
    b.click(".card[data-figure=\"gdp-growth-2024\"] .card-link a").await;
    b.wait_until("location.pathname.endsWith('/en/report/') && location.hash === '#gdp-growth-2024'").await;
    b.wait_until("document.querySelector(':target')?.id === 'gdp-growth-2024' && document.querySelector('.figure-detail') !== null").await;
    b.close().await;
}

#[tokio::test]
async fn a_new_view_starts_at_its_top() {
    let s = shared_server();
    let b = Browser::open(PHONE).await;
    b.load(s, "en/report/").await;
    b.js("window.scrollTo(0, document.body.scrollHeight);").await;
    b.wait_until("window.scrollY > 1000").await;
    b.click(".site-nav a[href='en/compare/']").await;
    b.wait_until("location.pathname.endsWith('/en/compare/')").await;
    b.wait_until("window.scrollY === 0").await;
    b.close().await;
}
