//! The county map, `counties/` and `counties/<adcode>/`: six counties named with their value and
//! rank, selection by click, tap and keyboard (one tab stop, the arrow keys between counties,
//! Enter or Space to choose), the details panel, the legend against the colours, and the way
//! from a county's item to its sentence in the report.

use crate::harness::{shared_server, Browser, DESKTOP, PHONE};
use fantoccini::actions::{InputSource, MouseActions, PointerAction, TouchActions, MOUSE_BUTTON_LEFT};
use fantoccini::key::Key;
use serde_json::Value;

/// Adcode, Chinese name, English name (the paths' accessible names).
const COUNTIES: [(&str, &str, &str); 6] = [
    ("140502", "城区", "Chengqu District"),
    ("140521", "沁水县", "Qinshui County"),
    ("140522", "阳城县", "Yangcheng County"),
    ("140524", "陵川县", "Lingchuan County"),
    ("140525", "泽州县", "Zezhou County"),
    ("140581", "高平市", "Gaoping City"),
];

const YANGCHENG: &str = "140522";
const CHENGQU: &str = "140502";
const ZEZHOU: &str = "140525";

/// The county's path in the drawing (one for every screen; only its labels differ).
fn path(adcode: &str) -> String {
    format!(".map-svg path[data-county=\"{adcode}\"]")
}

/// Waits until the map is drawn.
async fn wait_for_map(b: &Browser) {
    b.wait_until("document.querySelectorAll('.map-svg svg path[data-county]').length > 0").await;
}

/// Scrolls the county into view and returns viewport points where a pointer hits its path (and
/// nothing drawn over it), nearest the centre of its box first.
async fn points_in(b: &Browser, adcode: &str) -> Vec<(f64, f64)> {
    let script = format!(
        r#"const p = document.querySelector('{sel}');
        p.scrollIntoView({{block: 'center'}});
        const r = p.getBoundingClientRect();
        const cx = r.left + r.width / 2, cy = r.top + r.height / 2;
        const pts = [];
        const n = 30;
        for (let i = 1; i < n; i++) for (let j = 1; j < n; j++) {{
            const x = Math.round(r.left + r.width * i / n), y = Math.round(r.top + r.height * j / n);
            if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
            if (document.elementFromPoint(x, y) === p) pts.push([x, y]);
        }}
        pts.sort((a, b) => Math.hypot(a[0] - cx, a[1] - cy) - Math.hypot(b[0] - cx, b[1] - cy));
        return pts;"#,
        sel = path(adcode).replace('"', "\\\"")
    );
    let v = b.js(&script).await;
    let pts: Vec<(f64, f64)> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p[0].as_f64().unwrap(), p[1].as_f64().unwrap()))
        .collect();
    assert!(!pts.is_empty(), "no visible point of {adcode} can be hit");
    pts
}

/// A mouse click at a viewport point.
async fn click_at(b: &Browser, (x, y): (f64, f64)) {
    let mouse = MouseActions::new("mouse".into())
        .then(PointerAction::MoveTo { duration: None, x, y })
        .then(PointerAction::Down { button: MOUSE_BUTTON_LEFT })
        .then(PointerAction::Up { button: MOUSE_BUTTON_LEFT });
    b.client.perform_actions(mouse).await.expect("click");
    b.client.release_actions().await.expect("release");
}

/// A finger tap at a viewport point.
async fn tap_at(b: &Browser, (x, y): (f64, f64)) {
    let finger = TouchActions::new("finger".into())
        .then(PointerAction::MoveTo { duration: None, x, y })
        .then(PointerAction::Down { button: MOUSE_BUTTON_LEFT })
        .then(PointerAction::Up { button: MOUSE_BUTTON_LEFT });
    b.client.perform_actions(finger).await.expect("tap");
    b.client.release_actions().await.expect("release");
}

/// The adcodes of the shown paths with `aria-selected="true"`.
async fn pressed(b: &Browser) -> Value {
    b.js("return [...document.querySelectorAll('.map-svg path[data-county][aria-selected=\"true\"]')].map(p => p.dataset.county);").await
}

/// The route is the county's, its path alone is pressed and the panel is about it.
async fn assert_selected(b: &Browser, adcode: &str, name: &str) {
    b.wait_until(&format!("location.pathname.endsWith('/counties/{adcode}/')")).await;
    b.wait_until(&format!(
        "document.querySelector('#county-details h2') && document.querySelector('#county-details h2').innerText === {name:?}"
    ))
    .await;
    b.wait_until(&format!("[...document.querySelectorAll('path[data-county=\"{adcode}\"]')].every(p => p.getAttribute('aria-selected') === 'true')")).await;
    assert_eq!(pressed(b).await, serde_json::json!([adcode]), "only {name} is pressed");
}

async fn six_counties_named(size: (u32, u32)) {
    let s = shared_server();
    let b = Browser::open(size).await;
    for lang in ["zh", "en"] {
        b.load(s, &format!("{lang}/counties/")).await;
        wait_for_map(&b).await;
        let paths = b
            .js("return [...document.querySelectorAll('.map-svg path[data-county]')].map(p => ({code: p.dataset.county, name: p.getAttribute('aria-label'), role: p.getAttribute('role'), tab: p.getAttribute('tabindex'), pressed: p.getAttribute('aria-selected'), tabbable: p.tabIndex}));")
            .await;
        let paths = paths.as_array().unwrap();
        let mut codes: Vec<&str> = paths.iter().map(|p| p["code"].as_str().unwrap()).collect();
        codes.sort();
        assert_eq!(codes, COUNTIES.map(|c| c.0), "{lang} at {}px: six counties", size.0);
        for (code, zh, en) in COUNTIES {
            let p = paths.iter().find(|p| p["code"] == code).unwrap();
            let want = if lang == "zh" { zh } else { en };
            // Its name, value and rank: 阳城县，提及次数9句，并列第2（共6个县区）。
            let name = p["name"].as_str().unwrap();
            let rank = if lang == "zh" { name.contains('第') && name.contains("（共6个县区）") } else { name.contains(" of 6.") };
            assert!(name.starts_with(want) && rank && name.chars().any(|c| c.is_ascii_digit()), "{lang}: the accessible name of {code}: {name}");
            assert_eq!((p["role"].as_str(), p["tab"].as_str(), p["pressed"].as_str()), (Some("treeitem"), None, Some("false")), "{code}");
            assert_eq!(p["tabbable"].as_i64(), Some(-1), "{code} is no tab stop: the map is one");
        }
        // Six labels, each legible: inside the drawing, clear of each other.
        let labels = b
            .js(r#"const svg = document.querySelector('.map-svg svg').getBoundingClientRect();
            return {svg: [svg.left, svg.top, svg.right, svg.bottom],
                    labels: [...document.querySelectorAll('.map-svg svg .county-labels text')].filter(t => getComputedStyle(t.parentNode).display !== 'none').map(t => {
                        const r = t.getBoundingClientRect();
                        return {text: t.textContent, code: t.dataset.county, box: [r.left, r.top, r.right, r.bottom]};
                    })};"#)
            .await;
        let svg: Vec<f64> = labels["svg"].as_array().unwrap().iter().map(|v| v.as_f64().unwrap()).collect();
        let labels = labels["labels"].as_array().unwrap();
        assert_eq!(labels.len(), 6, "{lang}: six labels");
        let boxes: Vec<(String, [f64; 4])> = labels
            .iter()
            .map(|l| {
                let b = l["box"].as_array().unwrap();
                (l["text"].as_str().unwrap().to_string(), [0, 1, 2, 3].map(|i| b[i].as_f64().unwrap()))
            })
            .collect();
        for (code, zh, en) in COUNTIES {
            let l = labels.iter().find(|l| l["code"] == code).unwrap_or_else(|| panic!("no label for {code}"));
            let text = l["text"].as_str().unwrap();
            if lang == "zh" {
                assert_eq!(text, zh);
            } else {
                assert!(en.starts_with(text) && !text.is_empty(), "{text} labels {en}");
            }
        }
        for (i, (ta, a)) in boxes.iter().enumerate() {
            assert!(a[2] > a[0] && a[3] > a[1], "{ta} is drawn");
            assert!(
                a[0] >= svg[0] - 0.5 && a[1] >= svg[1] - 0.5 && a[2] <= svg[2] + 0.5 && a[3] <= svg[3] + 0.5,
                "{lang} at {}px: {ta} {a:?} leaves the map {svg:?}",
                size.0
            );
            for (tb, c) in &boxes[i + 1..] {
                let overlap = a[0] < c[2] && c[0] < a[2] && a[1] < c[3] && c[1] < a[3];
                assert!(!overlap, "{lang} at {}px: {ta} {a:?} overlaps {tb} {c:?}", size.0);
            }
        }
        b.assert_clean(&format!("counties/ {lang} at {}px", size.0)).await;
    }
    b.close().await;
}

#[tokio::test]
async fn six_named_counties_on_a_phone() {
    six_counties_named(PHONE).await;
}

#[tokio::test]
async fn six_named_counties_on_a_desktop() {
    six_counties_named(DESKTOP).await;
}

/// What the panel must show for 阳城 after it is selected.
async fn assert_yangcheng_details(b: &Browser) {
    b.wait_until("document.querySelector('#county-details').innerText.includes('支持阳城县建设全国新型城镇化试点县城')").await;
    let places = b.text("#county-details .places").await;
    let line = places.lines().find(|l| l.contains("皇城相府")).unwrap_or_else(|| panic!("皇城相府 is listed: {places}"));
    // The report does not say where 皇城相府 is: the note does.
    assert!(line.contains("北留镇"), "{line}");
}

#[tokio::test]
async fn a_click_selects_a_county_on_a_desktop() {
    let s = shared_server();
    let b = Browser::open(DESKTOP).await;
    b.load(s, "zh/counties/").await;
    wait_for_map(&b).await;
    assert_eq!(pressed(&b).await, serde_json::json!([]));
    assert!(b.text("#county-details").await.contains("点选"), "a hint before any choice");
    let p = points_in(&b, YANGCHENG).await[0];
    click_at(&b, p).await;
    assert_selected(&b, YANGCHENG, "阳城县").await;
    assert_yangcheng_details(&b).await;
    // The selected county is outlined over its neighbours.
    assert_eq!(b.js("return document.querySelectorAll('.map-svg .county-outline').length;").await.as_i64(), Some(1));

    // 城区 is small and lies inside 泽州: a click at the centre of its path selects it, and so
    // does a click anywhere on it, never 泽州.
    let (w, h) = (
        b.js(&format!("return document.querySelector('{}').getBoundingClientRect().width;", path(CHENGQU).replace('"', "\\\""))).await,
        b.js(&format!("return document.querySelector('{}').getBoundingClientRect().height;", path(CHENGQU).replace('"', "\\\""))).await,
    );
    assert!(w.as_f64().unwrap() > 10.0 && h.as_f64().unwrap() > 10.0, "城区 is big enough to hit: {w}×{h}");
    b.click(&path(CHENGQU)).await;
    assert_selected(&b, CHENGQU, "城区").await;
    // 泽州's box is centred on 城区, its hole: a point on 泽州 itself.
    let p = points_in(&b, ZEZHOU).await[0];
    click_at(&b, p).await;
    assert_selected(&b, ZEZHOU, "泽州县").await;
    for pick in [0.0, 0.5, 1.0] {
        // Found anew each time: choosing a county may scroll the page to its details.
        let pts = points_in(&b, CHENGQU).await;
        let p = pts[((pts.len() - 1) as f64 * pick) as usize];
        click_at(&b, p).await;
        assert_selected(&b, CHENGQU, "城区").await;
        b.js("history.back();").await;
        assert_selected(&b, ZEZHOU, "泽州县").await;
    }
    b.assert_clean("clicks on the map").await;
    b.close().await;
}

#[tokio::test]
async fn a_tap_selects_a_county_on_a_phone() {
    let s = shared_server();
    let b = Browser::open(PHONE).await;
    b.load(s, "zh/counties/").await;
    wait_for_map(&b).await;
    assert_eq!(b.js("return navigator.maxTouchPoints > 0;").await, Value::Bool(true), "the phone has touch");
    let p = points_in(&b, YANGCHENG).await[0];
    tap_at(&b, p).await;
    assert_selected(&b, YANGCHENG, "阳城县").await;
    assert_yangcheng_details(&b).await;
    // The panel is brought into view below the map.
    b.wait_until("(() => { const r = document.querySelector('#county-details h2').getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })()").await;
    let p = points_in(&b, CHENGQU).await[0];
    tap_at(&b, p).await;
    assert_selected(&b, CHENGQU, "城区").await;
    b.assert_clean("taps on the map").await;
    b.close().await;
}

/// The map's one tab stop: the root holds the tree (summary, then the counties from most to
/// least); the arrow keys move between counties, Enter or Space chooses one, and the focus and
/// the reader's place stay on the map when it is drawn anew for the choice.
#[tokio::test]
async fn the_arrow_keys_move_between_counties_and_enter_or_space_chooses() {
    let s = shared_server();
    let b = Browser::open(DESKTOP).await;
    b.load(s, "en/counties/").await;
    wait_for_map(&b).await;
    let root = ".map-svg svg";
    b.js(&format!("document.querySelector('{root}').focus();")).await;
    let active = "const r = document.activeElement, id = r.getAttribute('aria-activedescendant'), el = id && document.getElementById(id); return el && r.matches('svg.county-map') && el.classList.contains('active') ? [id, el.dataset.county || null, el.getAttribute('aria-label')] : null;";
    b.wait_until("document.activeElement.matches('svg.county-map') && document.activeElement.getAttribute('aria-activedescendant') === 'map--summary'").await;
    let summary = b.js(active).await;
    assert!(summary[2].as_str().unwrap().contains("has the most"), "the summary first: {summary}");
    // ↓ the first county (the most), → the next, End the last (the least).
    let order = b.js(&format!("return [...document.querySelectorAll('{root} path[role=treeitem]')].sort((a, b) => a.getAttribute('aria-posinset') - b.getAttribute('aria-posinset')).map(p => p.dataset.county);")).await;
    let order: Vec<String> = order.as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_string()).collect();
    assert_eq!(order.len(), 6);
    for (k, what, want) in [(Key::Down, "down", 0usize), (Key::Right, "right", 1), (Key::End, "end", 5), (Key::Left, "left", 4), (Key::Home, "home", 0)] {
        b.client.active_element().await.unwrap().send_keys(&k.to_string()).await.unwrap();
        let now = b.js(active).await;
        assert_eq!(now[1].as_str(), Some(order[want].as_str()), "after {what}: {now}");
    }
    // A ring around the current county.
    assert_eq!(b.js("const r = document.querySelector('.map-svg .focus-ring'); return !r.hidden && r.getBoundingClientRect().width > 10;").await, Value::Bool(true));
    // Nothing is chosen by moving.
    assert_eq!(pressed(&b).await, serde_json::json!([]));
    for (step, name, press) in [(Key::Right, 1usize, Key::Enter.to_string()), (Key::Right, 2, " ".to_string()), (Key::Left, 1, Key::Enter.to_string())] {
        b.client.active_element().await.unwrap().send_keys(&step.to_string()).await.unwrap();
        let code = order[name].clone();
        b.client.active_element().await.unwrap().send_keys(&press).await.unwrap();
        let county = COUNTIES.iter().find(|c| c.0 == code).unwrap();
        assert_selected(&b, &code, county.2).await;
        // The focus stays on the map, at the county chosen.
        b.wait_until(&format!("document.activeElement.matches('svg.county-map') && document.getElementById(document.activeElement.getAttribute('aria-activedescendant')).dataset.county === '{code}'")).await;
    }
    // Escape at a county goes up to the summary; again leaves the map.
    b.client.active_element().await.unwrap().send_keys(&Key::Escape.to_string()).await.unwrap();
    b.wait_until("document.activeElement.getAttribute('aria-activedescendant') === 'map--summary'").await;
    b.client.active_element().await.unwrap().send_keys(&Key::Escape.to_string()).await.unwrap();
    b.wait_until("!document.activeElement.matches('svg.county-map')").await;
    b.assert_clean("keyboard on the map").await;
    b.close().await;
}

/// For every measure: each county's fill is its legend swatch's colour, and its number in the
/// table lies in that swatch's range.
async fn legend_matches(size: (u32, u32)) {
    let s = shared_server();
    let b = Browser::open(size).await;
    b.load(s, "en/counties/").await;
    wait_for_map(&b).await;
    let mut titles = Vec::new();
    // In the order of the picker and the table's columns (MapMeasure::ALL).
    for (column, measure) in ["plans", "achievements", "figures"].into_iter().enumerate() {
        let radio = format!("input[name=\"map-measure\"][value=\"{measure}\"]");
        b.click(&radio).await;
        b.wait_until(&format!("document.querySelector('{}').checked", radio.replace('"', "\\\""))).await;
        let title = b.text(".map-legend .legend-title").await;
        assert!(!titles.contains(&title), "{measure}: the legend says what it counts ({title})");
        titles.push(title);
        let v = b
            .js(r#"const table = {};
            for (const tr of document.querySelectorAll('.county-table tbody tr')) {
                const code = tr.querySelector('th a').getAttribute('href').split('/').filter(Boolean).pop();
                table[code] = [...tr.querySelectorAll('td')].map(td => td.innerText.trim());
            }
            return {
                counties: [...document.querySelectorAll('.map-svg path[data-county]')].map(p => ({
                    code: p.dataset.county,
                    classes: [...p.classList].filter(c => /^fill-\d+$/.test(c)),
                    fill: getComputedStyle(p).fill,
                })),
                legend: [...document.querySelectorAll('.map-legend li')].map(li => {
                    const sw = li.querySelector('.swatch');
                    return {classes: [...sw.classList].filter(c => /^fill-\d+$/.test(c)), colour: getComputedStyle(sw).backgroundColor, range: li.innerText.trim()};
                }),
                table,
            };"#)
            .await;
        let legend = v["legend"].as_array().unwrap();
        assert!(legend.len() >= 2, "{measure}: a legend of several classes: {legend:?}");
        let colours: Vec<&str> = legend.iter().map(|l| l["colour"].as_str().unwrap()).collect();
        for (i, c) in colours.iter().enumerate() {
            assert!(!colours[i + 1..].contains(c), "{measure}: two legend entries share the colour {c}");
            assert_ne!(*c, "rgba(0, 0, 0, 0)", "{measure}: swatch {i} has no colour");
        }
        let counties = v["counties"].as_array().unwrap();
        assert_eq!(counties.len(), 6);
        for c in counties {
            let code = c["code"].as_str().unwrap();
            let classes = c["classes"].as_array().unwrap();
            assert_eq!(classes.len(), 1, "{measure}: {code} has one class: {classes:?}");
            let entry = legend
                .iter()
                .find(|l| l["classes"].as_array().unwrap().contains(&classes[0]))
                .unwrap_or_else(|| panic!("{measure}: {code}'s class {} is not in the legend", classes[0]));
            assert_eq!(c["fill"], entry["colour"], "{measure}: {code} is coloured as its legend entry");
            let number: f64 = v["table"][code][column].as_str().unwrap().parse().unwrap_or_else(|_| panic!("{measure}: {code}'s number in the table"));
            let range = entry["range"].as_str().unwrap();
            let bounds: Vec<f64> = range.split('–').map(|x| x.trim().parse().unwrap_or_else(|_| panic!("range {range:?}"))).collect();
            let (lo, hi) = (bounds[0], *bounds.last().unwrap());
            assert!(lo <= number && number <= hi, "{measure}: {code} counts {number}, outside its legend entry {range}");
        }
        // Ranges rise from one entry to the next, without overlapping.
        let ranges: Vec<(f64, f64)> = legend
            .iter()
            .map(|l| {
                let b: Vec<f64> = l["range"].as_str().unwrap().split('–').map(|x| x.trim().parse().unwrap()).collect();
                (b[0], *b.last().unwrap())
            })
            .collect();
        for w in ranges.windows(2) {
            assert!(w[0].1 < w[1].0, "{measure}: legend ranges {ranges:?}");
        }
    }
    b.assert_clean(&format!("legend at {}px", size.0)).await;
    b.close().await;
}

#[tokio::test]
async fn the_legend_matches_the_colours_on_a_phone() {
    legend_matches(PHONE).await;
}

#[tokio::test]
async fn the_legend_matches_the_colours_on_a_desktop() {
    legend_matches(DESKTOP).await;
}

#[tokio::test]
async fn details_show_each_county_towns_role_and_the_top_ten_badge() {
    let s = shared_server();
    let b = Browser::open(DESKTOP).await;
    b.load(s, "zh/counties/").await;
    wait_for_map(&b).await;
    // (adcode, name, words of its county-town role or None, among the top ten)
    let expected: [(&str, &str, Option<&str>, bool); 6] = [
        ("140522", "阳城县", Some("全国新型城镇化试点县城"), true),
        ("140525", "泽州县", Some("城市融合型"), true),
        ("140581", "高平市", Some("专业功能型"), true),
        ("140521", "沁水县", Some("专业功能型"), true),
        ("140524", "陵川县", Some("重点生态功能区"), false),
        ("140502", "城区", None, false),
    ];
    for (code, name, role, top) in expected {
        // Through the table's links, as a reader without the map would.
        b.click(&format!(".county-table th a[href$=\"/counties/{code}/\"]")).await;
        assert_selected(&b, code, name).await;
        let v = b
            .js(r#"const d = document.querySelector('#county-details');
            const h = [...d.querySelectorAll('h3')].find(h => h.innerText.includes('县城建设定位'));
            const badge = d.querySelector('.badge');
            return {role: h ? h.nextElementSibling.innerText : null, badge: badge ? badge.innerText : null,
                    badgeLink: badge && badge.querySelector('a') ? badge.querySelector('a').getAttribute('href') : null};"#)
            .await;
        match role {
            Some(words) => {
                let text = v["role"].as_str().unwrap_or_else(|| panic!("{name} has a county-town role"));
                assert!(text.contains(words) && text.contains(name.trim_end_matches(['县', '市'])), "{name}: {text}");
            }
            None => assert!(v["role"].is_null(), "{name} has no county-town role of its own: {}", v["role"]),
        }
        if top {
            let badge = v["badge"].as_str().unwrap_or_else(|| panic!("{name} carries the top-ten badge"));
            assert!(badge.contains("10强"), "{badge}");
            assert!(v["badgeLink"].as_str().unwrap().ends_with("report/#counties-in-provincial-top-ten-2023"), "{}", v["badgeLink"]);
        } else {
            assert!(v["badge"].is_null(), "{name} is not among the top ten: {}", v["badge"]);
        }
    }
    b.assert_clean("county details").await;
    b.close().await;
}

/// Follows the report link of the panel's item that contains `words` and checks the reader marks
/// that sentence.
async fn follow_item(b: &Browser, words: &str, link_text: &str) {
    let v = b
        .js(&format!(
            r#"const li = [...document.querySelectorAll('#county-details .county-items li')].find(li => li.querySelector('[lang="zh-CN"]').innerText.includes({words:?}));
            if (!li) return null;
            const a = li.querySelector('a.item-link');
            a.setAttribute('data-test-follow', '');
            return {{sentence: li.querySelector('[lang="zh-CN"]').innerText.trim(), href: a.getAttribute('href'), text: a.innerText}};"#
        ))
        .await;
    assert!(!v.is_null(), "an item says {words}");
    let href = v["href"].as_str().unwrap();
    let start: usize = href
        .rsplit_once("report/#s-")
        .unwrap_or_else(|| panic!("the item links to a sentence: {href}"))
        .1
        .parse()
        .unwrap_or_else(|_| panic!("a sentence position: {href}"));
    assert!(v["text"].as_str().unwrap().starts_with(link_text), "{}", v["text"]);
    let sentence = v["sentence"].as_str().unwrap().to_string();
    b.click("[data-test-follow]").await;
    b.wait_until(&format!("location.pathname.endsWith('/report/') && location.hash === '#s-{start}'")).await;
    b.wait_until(&format!("document.getElementById('s-{start}') !== null && document.querySelector(':target') === document.getElementById('s-{start}')")).await;
    // Its text as printed (less what only assistive technology hears, and the figures' notes).
    let marked = b.js(&format!("const c = document.getElementById('s-{start}').cloneNode(true); c.querySelectorAll('.sr-only, .said').forEach(e => e.remove()); return c.textContent;")).await;
    let marked = marked.as_str().unwrap();
    assert!(marked.contains(&sentence) || sentence.contains(marked), "the reader marks «{marked}», the item is «{sentence}»");
    // The sentence is shown: it lies in the viewport.
    b.wait_until(&format!("(() => {{ const r = document.getElementById('s-{start}').getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; }})()")).await;
}

#[tokio::test]
async fn an_items_link_opens_its_sentence_in_the_report() {
    let s = shared_server();
    let b = Browser::open(PHONE).await;
    b.load(s, &format!("zh/counties/{YANGCHENG}/")).await;
    b.wait_until("document.querySelector('#county-details h2') !== null").await;
    follow_item(&b, "支持阳城县建设全国新型城镇化试点县城", "原文").await;
    b.assert_clean("item link (zh)").await;
    b.load(s, "en/counties/140521/").await;
    b.wait_until("document.querySelector('#county-details h2') !== null").await;
    follow_item(&b, "抽水蓄能", "In the report").await;
    b.assert_clean("item link (en)").await;
    b.close().await;
}
