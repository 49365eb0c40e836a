//! Drawing the map as SVG text.

use super::geometry::fmt1;
use super::labels::{font_units, label_layout, layout_font_units, LABEL_CSS_PX, PHONE_WIDTH_PX};
use super::reading::node_id;
use super::MapData;
use crate::chart::{Layout, Node, NodeKind};
use crate::svg::escape;
use report::format::Lang;
use std::fmt::Write;

/// The map for a phone-width display (labels sized for [`PHONE_WIDTH_PX`]); see
/// [`render_map_at`].
pub fn render_map(map: &MapData, fills: &[(String, String)], selected: Option<&str>, lang: Lang) -> String {
    render_map_at(map, fills, selected, lang, PHONE_WIDTH_PX)
}

/// Light-theme fallbacks of the classes `fill-0` … `fill-4` (`--map-0` … in styles/main.css,
/// tested equal), for an SVG seen without the stylesheet. Each is at least 3:1 against the page.
pub const MAP_FALLBACKS: [&str; 5] = ["#5b8fc2", "#2f6aa6", "#1b4f86", "#0c3461", "#061c38"];

/// A CSS colour rather than a class name.
fn is_colour(s: &str) -> bool {
    s.starts_with('#') || ["rgb(", "rgba(", "hsl(", "hsla(", "var("].iter().any(|p| s.starts_with(p))
}

/// The map as an SVG string, with labels sized to read at [`LABEL_CSS_PX`] when the SVG is
/// `display_px` CSS px wide (SVG text scales with the viewBox, so the app re-renders on resize).
/// Counties are announced by name only; [`render_map_described`] gives each its value and rank.
pub fn render_map_at(map: &MapData, fills: &[(String, String)], selected: Option<&str>, lang: Lang, display_px: f64) -> String {
    let names = Node {
        id: node_id(None),
        kind: NodeKind::Summary,
        level: 1,
        label: title(lang).to_string(),
        figure: None,
        bbox: None,
        children: map
            .counties
            .iter()
            .map(|c| Node {
                id: node_id(Some(&c.adcode)),
                kind: NodeKind::Mark,
                level: 2,
                label: c.name(lang).to_string(),
                figure: None,
                bbox: None,
                children: Vec::new(),
            })
            .collect(),
    };
    render_map_described(map, fills, selected, lang, display_px, &names)
}

fn title(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "晋城市县（市、区）地图",
        Lang::En => "Map of Jincheng's counties and districts",
    }
}

/// The county's node in `tree` and its place, whatever the tree's ids start with (see
/// `reading::with_prefix`).
fn county_node<'t>(tree: &'t Node, adcode: &str) -> Option<(usize, &'t Node)> {
    let own = node_id(Some(adcode));
    let suffix = &own[own.find("--").unwrap_or(0)..];
    tree.children.iter().enumerate().find(|(_, n)| n.id.ends_with(suffix))
}

/// The map with the tree of [`super::describe`]: the root is the map's one tab stop
/// (`role="tree"`, `tabindex="0"`); the counties' group is the summary's `treeitem`, and each
/// county's path a `treeitem` with the id, words and position of its node, `aria-selected` for
/// the chosen county and `data-county` for the app's handlers. The app moves
/// `aria-activedescendant` on the root with the arrow keys.
///
/// `fills` pairs an adcode with either a CSS class (added to `class="county …"`, preferred:
/// themes and dark mode stay in the stylesheet; `fill-<n>` gets [`MAP_FALLBACKS`] as its
/// attribute) or a colour (`#…`, `rgb(…)`, `hsl(…)`, `var(…)`, set as the `fill`). Counties
/// are painted largest first so that 城区 lies on top of 泽州's hole; a selected county also
/// gets an outline drawn over all the others. Labels are decoration (`aria-hidden`, no pointer
/// events): the paths carry the words.
pub fn render_map_described(
    map: &MapData,
    fills: &[(String, String)],
    selected: Option<&str>,
    lang: Lang,
    display_px: f64,
    tree: &Node,
) -> String {
    render_map_sized(map, fills, selected, lang, &[("", font_units(map, LABEL_CSS_PX, display_px))], tree)
}

/// [`render_map_described`] with one set of labels per size the map may be shown at: `(class,
/// font size in viewBox units)`. The outlines do not change with the size, only the labels' size
/// and places, so one drawing serves every screen and the stylesheet shows one set (the
/// `class` of its group).
fn render_map_sized(
    map: &MapData,
    fills: &[(String, String)],
    selected: Option<&str>,
    lang: Lang,
    sizes: &[(&str, f64)],
    tree: &Node,
) -> String {
    let title = title(lang);
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="county-map" viewBox="0 0 {} {}" role="tree" tabindex="0" aria-label="{}">"#,
        fmt1(map.width),
        fmt1(map.height),
        escape(title)
    );
    let _ = write!(
        s,
        r##"<g class="counties" stroke="#ffffff" stroke-width="1" stroke-linejoin="round" id="{}" role="treeitem" aria-level="1" aria-posinset="1" aria-setsize="1" aria-expanded="true" aria-label="{}"><g role="group">"##,
        escape(&tree.id),
        escape(&tree.label)
    );
    let mut order: Vec<usize> = (0..map.counties.len()).collect();
    order.sort_unstable_by(|&a, &b| map.counties[b].area.total_cmp(&map.counties[a].area).then(a.cmp(&b)));
    for &i in &order {
        let c = &map.counties[i];
        let fill = fills.iter().find(|(code, _)| *code == c.adcode).map(|(_, f)| f.as_str());
        // A colour is the fill attribute itself (no style attribute: the CSP allows none);
        // anything else is a class the stylesheet colours.
        let (class, fill) = match fill {
            Some(f) if is_colour(f) => (String::new(), escape(f)),
            Some(f) => {
                let fallback = f
                    .strip_prefix("fill-")
                    .and_then(|n| n.parse::<usize>().ok())
                    .and_then(|n| MAP_FALLBACKS.get(n))
                    .copied()
                    .unwrap_or("#d9d9d9");
                (format!(" {}", escape(f)), fallback.to_string())
            }
            None => (String::new(), "#d9d9d9".to_string()),
        };
        let pressed = selected == Some(c.adcode.as_str());
        let (pos, said, id) = match county_node(tree, &c.adcode) {
            Some((i, n)) => (i + 1, n.label.clone(), n.id.clone()),
            None => (0, c.name(lang).to_string(), node_id(Some(&c.adcode))),
        };
        let _ = write!(
            s,
            r##"<path class="county{class}{sel}" data-county="{code}" d="{d}" fill="{fill}" fill-rule="evenodd" vector-effect="non-scaling-stroke" id="{id}" role="treeitem" aria-level="2" aria-posinset="{pos}" aria-setsize="{size}" aria-label="{said}" aria-selected="{pressed}"/>"##,
            sel = if pressed { " selected" } else { "" },
            code = escape(&c.adcode),
            d = c.drawn(),
            id = escape(&id),
            size = tree.children.len(),
            said = escape(&said),
        );
    }
    s.push_str("</g></g>");
    if let Some(c) = selected.and_then(|code| map.county(code)) {
        let _ = write!(
            s,
            r##"<path class="county-outline" d="{}" fill="none" fill-rule="evenodd" stroke="#222222" stroke-width="2" stroke-linejoin="round" vector-effect="non-scaling-stroke" aria-hidden="true" pointer-events="none"/>"##,
            c.drawn()
        );
    }
    for (i, (class, font)) in sizes.iter().enumerate() {
        if i > 0 {
            s.push_str("</g>");
        }
        let font = *font;
        let class = if class.is_empty() { String::new() } else { format!(" {}", escape(class)) };
        // The label widths are estimated for a sans-serif face; the stylesheet may still override.
        let _ = write!(s, r#"<g class="county-labels{class}" aria-hidden="true" pointer-events="none" font-family="system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif">"#);
        let labels = label_layout(map, font, lang);
        for l in &labels {
            if let Some(((x1, y1), (x2, y2))) = l.leader {
                let _ = write!(
                    s,
                    r##"<line class="county-leader" x1="{}" y1="{}" x2="{}" y2="{}" stroke="#444444" stroke-width="1" vector-effect="non-scaling-stroke"/><circle class="county-leader-dot" cx="{}" cy="{}" r="{}" fill="#444444"/>"##,
                    fmt1(x1),
                    fmt1(y1),
                    fmt1(x2),
                    fmt1(y2),
                    fmt1(x1),
                    fmt1(y1),
                    fmt1((0.12 * font).max(1.0)),
                );
            }
        }
        for l in &labels {
            let _ = write!(
                s,
                // The white halo keeps a name legible over any fill colour and over borders.
                r##"<text class="county-label{sel}" data-county="{code}" x="{x}" y="{y}" dy="0.35em" font-size="{size}" text-anchor="middle" fill="#222222" stroke="#ffffff" stroke-width="{halo}" stroke-linejoin="round" paint-order="stroke">{text}</text>"##,
                sel = if selected == Some(l.adcode.as_str()) { " selected" } else { "" },
                code = escape(&l.adcode),
                x = fmt1(l.x),
                y = fmt1(l.y),
                size = fmt1(l.font),
                halo = fmt1(0.2 * l.font),
                text = escape(&l.text),
            );
        }
    }
    s.push_str("</g></svg>");
    s
}

/// The map with a set of names per layout (each in a group of the layout's class, narrowest
/// first, sized by [`layout_font_units`]) and each county also a link to `href(adcode)`, for a page read
/// without the module: a transparent layer of links over the counties (each its county's path
/// again, by reference), out of the tab order and
/// hidden from assistive technology (the tree and the page's table of counties carry the words;
/// the stylesheet lets pointers through the layer once the module runs, `.county-links`).
pub fn render_map_linked(
    map: &MapData,
    fills: &[(String, String)],
    selected: Option<&str>,
    lang: Lang,
    layouts: &[Layout],
    tree: &Node,
    href: &dyn Fn(&str) -> String,
) -> String {
    let sizes: Vec<(&str, f64)> = layouts.iter().map(|l| (l.class(), layout_font_units(map, *l))).collect();
    let mut s = render_map_sized(map, fills, selected, lang, &sizes, tree);
    let end = s.len() - "</svg>".len();
    // Each link reuses its county's path (`<use>`), so the outline is not written twice; the
    // layer is transparent but still takes the pointer.
    let mut links = String::from(r#"<g class="county-links" aria-hidden="true" opacity="0">"#);
    for c in &map.counties {
        let id = county_node(tree, &c.adcode).map_or_else(|| node_id(Some(&c.adcode)), |(_, n)| n.id.clone());
        let _ = write!(links, r##"<a href="{}" tabindex="-1"><use href="#{}"/></a>"##, escape(&href(&c.adcode)), escape(&id));
    }
    links.push_str("</g>");
    s.insert_str(end, &links);
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::tests::map;

    #[test]
    fn a_linked_map_links_every_county_out_of_the_tab_order() {
        let m = map();
        let tree = crate::map::describe(&m, &[], crate::map::MapMeasure { name: ("x", "x"), unit: ("", "") }, Lang::Zh);
        let svg = render_map_linked(&m, &[], None, Lang::Zh, &Layout::ALL, &tree, &|a| format!("zh/counties/{a}/"));
        for c in &m.counties {
            // The link draws the county's own path: the id it refers to is the path's.
            let link = format!(r##"<a href="zh/counties/{}/" tabindex="-1"><use href="#"##, c.adcode);
            let at = svg.find(&link).unwrap_or_else(|| panic!("no link to {}", c.adcode)) + link.len();
            let id = &svg[at..at + svg[at..].find('"').unwrap()];
            let path = &svg[svg.find(&format!(r#"data-county="{}" d=""#, c.adcode)).unwrap()..];
            assert!(path[..path.find("/>").unwrap()].contains(&format!(r#"id="{id}""#)), "{id} names the path of {}", c.adcode);
            // The outline is written once.
            assert_eq!(svg.matches(&c.drawn()).count(), 1);
        }
        assert!(svg.contains(r#"<g class="county-links" aria-hidden="true" opacity="0">"#) && svg.ends_with("</g></svg>"));
        // One drawing for every screen: a set of labels per size, larger for the smaller screen.
        let sizes: Vec<f64> = Layout::ALL
            .iter()
            .map(|layout| {
                let class = layout.class();
                let group = &svg[svg.find(&format!(r#"<g class="county-labels {class}""#)).unwrap()..];
                let group = &group[..group.find("</g>").unwrap()];
                assert_eq!(group.matches("<text ").count(), m.counties.len(), "{class}");
                let at = group.find(r#"font-size=""#).unwrap() + 11;
                group[at..at + group[at..].find('"').unwrap()].parse().unwrap()
            })
            .collect();
        assert!(sizes[0] > sizes[1] && sizes[1] > sizes[2], "{sizes:?}");
        // Narrowest first: the stylesheet swaps a set for the one after it.
        let at = |l: Layout| svg.find(&format!(r#"<g class="county-labels {}""#, l.class())).unwrap();
        assert!(at(Layout::Narrow) < at(Layout::Phone) && at(Layout::Phone) < at(Layout::Desktop));
        // Still one tab stop: the tree.
        assert_eq!(svg.matches(r#"tabindex="0""#).count(), 1);
    }

    fn paths(svg: &str) -> Vec<&str> {
        svg.split("<path ").skip(1).map(|p| &p[..p.find("/>").unwrap()]).filter(|p| p.contains("data-county")).collect()
    }

    #[test]
    fn one_accessible_path_per_county() {
        let m = map();
        let svg = render_map(m, &[], None, Lang::Zh);
        assert!(svg.starts_with("<svg ") && svg.ends_with("</svg>"));
        assert!(svg.contains(r#"role="tree""#) && svg.contains(r#"aria-label="晋城市县（市、区）地图""#));
        // One tab stop: the root.
        assert_eq!(svg.matches("tabindex=").count(), 1);
        assert!(svg.starts_with(r#"<svg xmlns="http://www.w3.org/2000/svg" class="county-map" viewBox"#) && svg.contains(r#"role="tree" tabindex="0""#));
        let ps = paths(&svg);
        assert_eq!(ps.len(), 6);
        for c in &m.counties {
            let p = ps.iter().find(|p| p.contains(&format!(r#"data-county="{}""#, c.adcode))).unwrap();
            assert!(p.contains(&format!(r#"aria-label="{}""#, c.zh)));
            assert!(!p.contains("tabindex"), "{}: counties are not tab stops", c.zh);
            assert!(p.contains(&format!(r#"id="map--{}""#, c.adcode)));
            for attr in [r#"role="treeitem""#, r#"aria-level="2""#, r#"fill-rule="evenodd""#, r#"aria-selected="false""#, r#"class="county""#] {
                assert!(p.contains(attr), "{} lacks {attr}", c.zh);
            }
        }
        // 城区 is painted after (over) 泽州.
        assert!(svg.find(r#"data-county="140525""#).unwrap() < svg.find(r#"data-county="140502""#).unwrap());
        assert_eq!(svg.matches("<text ").count(), 6);
        assert!(svg.contains(r#"<g class="county-labels" aria-hidden="true" pointer-events="none""#));
    }

    #[test]
    fn english_names_selection_and_fills() {
        let m = map();
        let fills = vec![("140525".to_string(), "fill-3".to_string()), ("140502".to_string(), "#08519c".to_string())];
        let svg = render_map(m, &fills, Some("140525"), Lang::En);
        let ps = paths(&svg);
        let zezhou = ps.iter().find(|p| p.contains(r#"data-county="140525""#)).unwrap();
        assert!(zezhou.contains(r#"class="county fill-3 selected""#));
        assert!(zezhou.contains(r#"aria-selected="true""#));
        // A class `fill-n` has the light theme's colour as its attribute.
        assert!(zezhou.contains(&format!(r#"fill="{}""#, MAP_FALLBACKS[3])));
        assert!(zezhou.contains(r#"aria-label="Zezhou County""#));
        let chengqu = ps.iter().find(|p| p.contains(r#"data-county="140502""#)).unwrap();
        assert!(chengqu.contains(r##"fill="#08519c""##) && chengqu.contains(r#"aria-selected="false""#));
        assert!(!svg.contains("style="), "no style attributes: the page's CSP allows none");
        assert_eq!(svg.matches(r#"aria-selected="true""#).count(), 1);
        assert!(svg.contains(r#"class="county-outline""#));
        assert!(svg.contains(">Zezhou</text>"));
        assert!(svg.contains(r#"aria-label="Map of Jincheng&#39;s counties and districts""#));
    }

    #[test]
    fn described_counties_say_value_and_rank_in_tree_order() {
        let m = map();
        let values: Vec<(String, f64)> = m.counties.iter().enumerate().map(|(i, c)| (c.adcode.clone(), i as f64)).collect();
        let measure = super::super::MapMeasure { name: ("相关数据", "Figures"), unit: ("个", "") };
        let tree = super::super::describe(m, &values, measure, Lang::Zh);
        let svg = render_map_described(m, &[], None, Lang::Zh, 360.0, &tree);
        assert!(svg.contains(&format!(r#"id="map--summary" role="treeitem" aria-level="1" aria-posinset="1" aria-setsize="1" aria-expanded="true" aria-label="{}""#, tree.label)));
        for (i, n) in tree.children.iter().enumerate() {
            let p = paths(&svg).into_iter().find(|p| p.contains(&format!(r#"id="{}""#, n.id))).unwrap();
            assert!(p.contains(&format!(r#"aria-posinset="{}""#, i + 1)) && p.contains(&format!(r#"aria-label="{}""#, n.label)));
        }
        // The last county in the source has the largest value: first in the tree.
        assert_eq!(tree.children[0].id, format!("map--{}", m.counties[5].adcode));
    }

    #[test]
    fn text_is_escaped() {
        let mut m = map().clone();
        m.counties[0].en = "<b>\"x\"</b> County".into();
        let fills = vec![(m.counties[0].adcode.clone(), "a\"><script>".to_string())];
        let svg = render_map(&m, &fills, None, Lang::En);
        assert!(!svg.contains("<b>") && !svg.contains("<script>"));
        assert!(svg.contains("&lt;b&gt;&quot;x&quot;&lt;/b&gt;"));
    }

    #[test]
    fn phone_labels_in_the_svg_are_about_13_px() {
        let m = map();
        let svg = render_map(m, &[], None, Lang::Zh);
        let size = fmt1(font_units(m, 13.0, 360.0));
        assert_eq!(svg.matches(&format!(r#"font-size="{size}""#)).count(), 6);
    }
}
