//! Charts against the real catalogue. Expected numbers are read from the report (the quote is
//! given beside them), not copied from output; geometry is checked by parsing the emitted SVG.

use super::canvas::FONT_STACK;
use super::*;
use std::collections::{BTreeSet, HashMap};
use std::sync::OnceLock;

fn catalogue() -> &'static Catalogue {
    static CAT: OnceLock<Catalogue> = OnceLock::new();
    CAT.get_or_init(|| report::seeds::checked().catalogue)
}

const LANGS: [Lang; 2] = [Lang::Zh, Lang::En];
const LAYOUTS: [Layout; 3] = Layout::ALL;

fn chart(id: &str) -> &'static ChartDef {
    find(id).unwrap_or_else(|| panic!("no chart `{id}`"))
}

fn draw(id: &str, lang: Lang, layout: Layout) -> Rendered {
    render(chart(id), catalogue(), lang, layout).unwrap_or_else(|e| panic!("{e}"))
}

// ---- a small reader for the SVG we emit ----

#[derive(Debug, Clone)]
struct El {
    name: String,
    attrs: HashMap<String, String>,
    /// Raw attribute names in order, to catch duplicates.
    names: Vec<String>,
    text: String,
}

impl El {
    fn num(&self, k: &str) -> f64 {
        self.attrs
            .get(k)
            .unwrap_or_else(|| panic!("<{}> has no {k}", self.name))
            .parse()
            .unwrap()
    }
    fn class(&self) -> &str {
        self.attrs.get("class").map(String::as_str).unwrap_or("")
    }
    fn has_class(&self, c: &str) -> bool {
        self.class().split(' ').any(|x| x == c)
    }
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

fn parse(svg: &str) -> Vec<El> {
    let mut out = Vec::new();
    let mut rest = svg;
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        if rest.starts_with('/') {
            continue;
        }
        let end = rest.find('>').expect("unclosed tag");
        let tag = rest[..end].trim_end_matches('/');
        let name: String = tag.chars().take_while(|c| !c.is_whitespace()).collect();
        let mut attrs = HashMap::new();
        let mut names = Vec::new();
        let mut a = &tag[name.len()..];
        while let Some(eq) = a.find("=\"") {
            let key = a[..eq].trim().to_string();
            let v_end = a[eq + 2..].find('"').expect("unclosed attribute") + eq + 2;
            names.push(key.clone());
            attrs.insert(key, unescape(&a[eq + 2..v_end]));
            a = &a[v_end + 1..];
        }
        rest = &rest[end + 1..];
        let mut text = String::new();
        if name == "text" {
            let close = rest.find("</text>").expect("unclosed text");
            text = unescape(rest[..close].trim());
        }
        out.push(El {
            name,
            attrs,
            names,
            text,
        });
    }
    out
}

/// (x0, y0, x1, y1)
type Box4 = (f64, f64, f64, f64);

/// (x0, y0, x1, y1) of a text element, from its anchor, size and the layout's width estimate.
fn text_box(e: &El) -> Box4 {
    let (x, y, size) = (e.num("x"), e.num("y"), e.num("font-size"));
    assert_eq!(e.attrs["dy"], "0.5ex", "texts are centred on y");
    let w = text::width(&e.text, size);
    let x0 = match e.attrs["text-anchor"].as_str() {
        "start" => x,
        "end" => x - w,
        "middle" => x - w / 2.0,
        a => panic!("anchor {a}"),
    };
    // Centred with dy=0.5ex: the glyphs sit a little above y + 0.5ex.
    (x0, y - 0.65 * size, x0 + w, y + 0.45 * size)
}

fn rect_box(e: &El) -> Box4 {
    let (x, y) = (e.num("x"), e.num("y"));
    (x, y, x + e.num("width"), y + e.num("height"))
}

fn overlap(a: Box4, b: Box4) -> bool {
    const T: f64 = 0.5;
    a.0 < b.2 - T && b.0 < a.2 - T && a.1 < b.3 - T && b.1 < a.3 - T
}

fn root(svg: &str) -> El {
    parse(svg).into_iter().next().expect("a root")
}

fn texts(svg: &str, class: &str) -> Vec<String> {
    parse(svg)
        .into_iter()
        .filter(|e| e.name == "text" && e.has_class(class))
        .map(|e| e.text)
        .collect()
}

fn has_cjk(s: &str) -> bool {
    s.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c))
}

// ---- the registry ----

#[test]
fn every_chart_id_is_unique_kebab_case_and_every_figure_exists() {
    let mut seen = BTreeSet::new();
    for def in all() {
        assert!(seen.insert(def.id), "duplicate chart id {}", def.id);
        assert!(
            def.id
                .split('-')
                .all(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())),
            "{} is not kebab-case",
            def.id
        );
        assert_eq!(find(def.id), Some(def));
        assert!(!def.figure_ids().is_empty());
        for id in def.figure_ids() {
            assert!(
                catalogue().figure(id).is_some(),
                "chart {} names `{id}`, which is not in the catalogue",
                def.id
            );
        }
        let ids = def.figure_ids();
        assert_eq!(
            ids.len(),
            ids.iter().collect::<BTreeSet<_>>().len(),
            "{} draws a figure twice",
            def.id
        );
        assert_eq!(
            def.view == View::Sectors,
            def.sector.is_some(),
            "{}: sector charts name their sector",
            def.id
        );
        assert!(
            def.title.0.chars().any(|c| has_cjk(&c.to_string())) && !has_cjk(def.title.1),
            "{} titles",
            def.id
        );
        assert!(def.source.0.starts_with("来源：2024年晋城市政府工作报告"));
        assert!(def.source.1.starts_with("Source: Jincheng government work report 2024"));
    }
    assert!(find("no-such-chart").is_none());
    assert_eq!(
        in_view(View::Compare).map(|c| c.id).collect::<Vec<_>>(),
        ["compare-results-targets", "targets-growth-2024", "targets-limits-2024"]
    );
    let sectors: BTreeSet<Sector> = in_view(View::Sectors).filter_map(|c| c.sector).collect();
    for s in [
        Sector::Energy,
        Sector::Industry,
        Sector::Investment,
        Sector::Agriculture,
        Sector::Environment,
        Sector::Livelihood,
    ] {
        assert!(sectors.contains(&s), "no chart for {s:?}");
    }
    assert_eq!(
        find_by_figure("sponge-city-projects").map(|c| c.id),
        Some("investment-programmes")
    );
}

#[test]
fn every_chart_compares_like_with_like() {
    let cat = catalogue();
    for def in all() {
        for group in def.scale_groups() {
            let figs: Vec<&Figure> = group.iter().map(|id| cat.figure(id).unwrap()).collect();
            like_with_like(&figs).unwrap_or_else(|e| panic!("{}: {e}", def.id));
            // Spelled out, so that the rule itself cannot quietly weaken.
            if figs.len() > 1 {
                let first = figs[0];
                for f in &figs {
                    assert_eq!(f.measure, first.measure, "{}", def.id);
                    assert_eq!(scale_unit(f), scale_unit(first), "{}", def.id);
                    assert_eq!(counted_en(f), counted_en(first), "{}", def.id);
                    assert!(f.counts.is_some() && f.counts == first.counts, "{}: {}", def.id, f.id);
                    assert!(
                        f.status == first.status || indicator_stem(&f.id) == indicator_stem(&first.id),
                        "{}: {} and {}",
                        def.id,
                        first.id,
                        f.id
                    );
                }
            }
        }
        // Every figure drawn is in exactly one scale group or is a count named in a bar's label.
        let grouped: Vec<&str> = def.scale_groups().into_iter().flatten().collect();
        for id in def.figure_ids() {
            let named_count = matches!(def.kind, Kind::Bars { items, .. } if items.iter().any(|i| i.count == Some(id)));
            assert!(grouped.contains(&id) || named_count, "{}: {id} is drawn on no scale", def.id);
        }
    }
}

#[test]
fn the_rule_rejects_what_issue_15_found() {
    let cat = catalogue();
    let f = |id: &str| cat.figure(id).unwrap();
    // «建成医保驿站301家» beside «建成100家地域特色博物馆»: stations and museums.
    let e = like_with_like(&[f("medical-insurance-stations-2023"), f("museums-built-2024")]).unwrap_err();
    assert!(e.contains("stations") && e.contains("museums"), "{e}");
    // «柔性引进全国一流医疗人才108名» counts people, not stations.
    assert!(like_with_like(&[f("medical-insurance-stations-2023"), f("medical-talent-recruited-2023")]).is_err());
    // «规上工业企业达到675家», all there are, against new firms to foster in 2024.
    let e = like_with_like(&[f("industrial-enterprises-2023"), f("tech-smes-registered-2024")]).unwrap_err();
    assert!(e.contains("stock") || e.contains("result of one indicator"), "{e}");
    // «居民消费价格涨幅控制在3％左右» is a ceiling, not a growth target like «增长6％左右».
    let e = like_with_like(&[f("gdp-growth-2024"), f("cpi-growth-2024")]).unwrap_err();
    assert!(e.contains("ceiling"), "{e}");
    // A result of one indicator against the target of another, though both count firms.
    assert!(like_with_like(&[f("high-tech-firms-2023"), f("services-firms-above-scale-2024")]).is_err());
    // One indicator in different years may share a scale: «162家» → «180家», GDP 2023 → 2024 (implied).
    assert!(like_with_like(&[f("high-tech-firms-2023"), f("high-tech-firms-2024")]).is_ok());
    assert!(like_with_like(&[f("gdp-2022"), f("gdp-2023"), f("gdp-2024-implied")]).is_ok());
    // Figures without `counts` may not share a scale at all.
    let mut bare = f("coal-output-2024").clone();
    bare.counts = None;
    assert!(like_with_like(&[f("coal-output-2023"), &bare]).unwrap_err().contains("counts"));
    // And render refuses such a chart.
    let mut cat2 = cat.clone();
    cat2.figures.iter_mut().find(|x| x.id == "cpi-growth-2024").unwrap().counts = Some(report::Counts::Flow);
    let mut cat3 = cat2.clone();
    cat3.figures.iter_mut().find(|x| x.id == "gdp-growth-2024").unwrap().counts = Some(report::Counts::Ceiling);
    assert!(render(chart("targets-growth-2024"), &cat3, Lang::Zh, Layout::Phone).unwrap_err().contains("cannot share a scale"));
}

#[test]
fn removed_ids_resolve_through_the_alias_table() {
    for (old, new) in ALIASES {
        assert!(all().iter().all(|c| c.id != *old), "{old} is still a chart: no alias needed");
        let target = find(new).unwrap_or_else(|| panic!("{old} → {new}, which is no chart"));
        assert_eq!(find(old), Some(target));
    }
    // Coal output's 2023 result and 2024 target are drawn by the chart the old id points to.
    let coal = find("energy-coal-output").unwrap();
    assert!(coal.figure_ids().contains(&"coal-output-2023") && coal.figure_ids().contains(&"coal-output-2024"));
}

// ---- what every rendering must satisfy ----

#[test]
fn every_chart_renders_with_a_valid_accessible_root_and_real_figure_ids() {
    let cat = catalogue();
    for def in all() {
        for lang in LANGS {
            for layout in LAYOUTS {
                let r = render(def, cat, lang, layout).unwrap_or_else(|e| panic!("{e}"));
                let ctx = format!("{} {lang:?} {layout:?}", def.id);
                assert!(r.svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""), "{ctx}");
                let el = root(&r.svg);
                assert_eq!(
                    el.attrs["viewBox"],
                    format!("0 0 {} {}", layout.width(), r.height),
                    "{ctx}"
                );
                assert_eq!(r.width, layout.width());
                assert!(
                    !el.attrs.contains_key("width") && !el.attrs.contains_key("height"),
                    "{ctx}: sized by CSS"
                );
                // One tab stop: the root is the tree the app walks with the arrow keys.
                assert_eq!(el.attrs["role"], "tree", "{ctx}");
                assert_eq!(el.attrs["aria-label"], r.title, "{ctx}");
                assert_eq!(r.svg.matches("tabindex=").count(), 1, "{ctx}: one focusable element");
                assert_eq!(el.attrs["tabindex"], "0", "{ctx}");
                assert!(
                    r.summary.ends_with('。') || r.summary.ends_with('.'),
                    "{ctx}: {}",
                    r.summary
                );
                assert!(r.svg.trim_end().ends_with("</svg>"));
                // Plotters' sentinel colours are all replaced.
                assert!(!r.svg.contains("#0BC"), "{ctx}: an unresolved paint");
                let els = parse(&r.svg);
                for e in &els {
                    let unique: BTreeSet<&String> = e.names.iter().collect();
                    assert_eq!(
                        unique.len(),
                        e.names.len(),
                        "{ctx}: repeated attribute in <{}>: {:?}",
                        e.name,
                        e.names
                    );
                }
                // Every data-figure names a figure of this chart, each figure drawn has one.
                let ids = def.figure_ids();
                let hits: Vec<&El> = els.iter().filter(|e| e.attrs.contains_key("data-figure")).collect();
                for h in &hits {
                    let id = &h.attrs["data-figure"];
                    assert!(cat.figure(id).is_some(), "{ctx}: data-figure `{id}` is not a figure");
                    assert!(ids.contains(&id.as_str()), "{ctx}: `{id}` is not in the chart's list");
                    assert!(!h.attrs.contains_key("tabindex"), "{ctx}: marks are not tab stops");
                    assert_eq!(h.attrs["role"], "treeitem");
                    let key = match layout {
                        Layout::Narrow => format!("{}-narrow", def.id),
                        Layout::Phone => format!("{}-phone", def.id),
                        Layout::Desktop => def.id.to_string(),
                    };
                    assert_eq!(h.attrs["id"], format!("{key}--{id}"), "ids differ by layout: a page carries several");
                    let f = cat.figure(id).unwrap();
                    assert!(
                        h.attrs["aria-label"].starts_with(label(f, lang)),
                        "{ctx}: {}",
                        h.attrs["aria-label"]
                    );
                }
                for (i, a) in hits.iter().enumerate() {
                    for b in &hits[i + 1..] {
                        assert!(!overlap(rect_box(a), rect_box(b)), "{ctx}: hit areas overlap");
                    }
                }
                // The data table holds every figure drawn, each once.
                let listed: Vec<&str> = r.rows.iter().map(|r| r.figure_id.as_str()).collect();
                assert_eq!(
                    listed.iter().collect::<BTreeSet<_>>(),
                    ids.iter().collect::<BTreeSet<_>>(),
                    "{ctx}"
                );
                assert_eq!(listed.len(), ids.len());
                for row in &r.rows {
                    let f = cat.figure(&row.figure_id).unwrap();
                    assert_eq!(row.value, figure_value(f, lang));
                    assert_eq!((row.status, row.derived), (f.status, f.is_derived()));
                }
                assert_eq!(r.title, def.title_in(lang));
                assert_eq!(r.source, def.source_in(lang));
                // The app shows the title as a heading, so it is not drawn.
                assert!(!texts(&r.svg, "title").iter().any(|t| t == &r.title), "{ctx}");
            }
        }
    }
}

#[test]
fn text_stays_inside_the_viewbox_and_never_overlaps() {
    for def in all() {
        for lang in LANGS {
            for layout in LAYOUTS {
                for standalone in [false, true] {
                    let r = if standalone {
                        render_standalone(def, catalogue(), lang, layout, ADDRESS).unwrap()
                    } else {
                        render(def, catalogue(), lang, layout).unwrap()
                    };
                    let ctx = format!("{} {lang:?} {layout:?} standalone={standalone}", def.id);
                    let els = parse(&r.svg);
                    let boxes: Vec<(&El, Box4)> = els
                        .iter()
                        .filter(|e| e.name == "text")
                        .map(|e| (e, text_box(e)))
                        .collect();
                    assert!(!boxes.is_empty());
                    let (w, h) = (r.width as f64, r.height as f64);
                    for (e, b) in &boxes {
                        assert!(
                            b.0 >= 0.0 && b.2 <= w && b.1 >= 0.0 && b.3 <= h,
                            "{ctx}: «{}» at {b:?} leaves 0 0 {w} {h}",
                            e.text
                        );
                    }
                    for (i, (a, ba)) in boxes.iter().enumerate() {
                        for (b, bb) in &boxes[i + 1..] {
                            assert!(
                                !overlap(*ba, *bb),
                                "{ctx}: «{}» {ba:?} overlaps «{}» {bb:?}",
                                a.text,
                                b.text
                            );
                        }
                    }
                    // Labels never run into bars either.
                    for bar in els.iter().filter(|e| e.name == "rect" && e.has_class("bar")) {
                        for (t, tb) in &boxes {
                            assert!(!overlap(rect_box(bar), *tb), "{ctx}: «{}» overlaps a bar", t.text);
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn fonts_are_a_system_stack_at_whole_pixel_sizes() {
    let r = draw("compare-results-targets", Lang::Zh, Layout::Phone);
    let fonts: BTreeSet<String> = parse(&r.svg)
        .iter()
        .filter(|e| e.name == "text")
        .map(|e| e.attrs["font-family"].clone())
        .collect();
    assert_eq!(fonts.into_iter().collect::<Vec<_>>(), [FONT_STACK.to_string()]);
    assert!(FONT_STACK.starts_with("system-ui,") && FONT_STACK.ends_with("sans-serif"));
    // The attribute is valid XML: the quotes inside the stack are escaped.
    assert!(r
        .svg
        .contains("font-family=\"system-ui, -apple-system, &quot;PingFang SC&quot;"));
    let sizes: BTreeSet<String> = parse(&r.svg)
        .iter()
        .filter(|e| e.name == "text")
        .map(|e| e.attrs["font-size"].clone())
        .collect();
    assert!(sizes.len() >= 2, "{sizes:?}");
}

#[test]
fn plotters_writes_text_natively_without_font_features() {
    use plotters::prelude::*;
    use plotters::style::text_anchor::{HPos, Pos, VPos};
    let mut s = String::new();
    {
        let area = SVGBackend::with_string(&mut s, (100, 40)).into_drawing_area();
        let style = TextStyle::from(FontDesc::new(FontFamily::Name(FONT_STACK), 12.0, FontStyle::Normal))
            .pos(Pos::new(HPos::Right, VPos::Center));
        area.draw(&Text::new("煤炭产量", (90, 20), style)).unwrap();
        area.present().unwrap();
    }
    assert!(s.contains("煤炭产量") && s.contains("text-anchor=\"end\""), "{s}");
}

// ---- what the charts say, checked against the report ----

#[test]
fn investment_programmes_are_sorted_with_bars_proportional_to_their_amounts() {
    let cat = catalogue();
    let def = chart("investment-programmes");
    let Kind::Bars { items, .. } = def.kind else {
        panic!("a bar chart")
    };
    // «深入推进总投资1059亿元的165个项目» … «总投资39.24亿元的100个海绵城市项目»
    for layout in LAYOUTS {
        let r = draw(def.id, Lang::Zh, layout);
        let values = texts(&r.svg, "value");
        assert_eq!(values.len(), items.len());
        assert_eq!(values.first().map(String::as_str), Some("1059亿元"));
        assert_eq!(values.last().map(String::as_str), Some("39.24亿元"));
        let labels = texts(&r.svg, "label").concat();
        assert!(labels.contains("165个") && labels.contains("100个"), "project counts are named: {labels}");
        let mut amounts: Vec<f64> = items.iter().map(|i| cat.figure(i.figure).unwrap().base_value).collect();
        amounts.sort_by(|a, b| b.total_cmp(a));
        let rects: Vec<El> = parse(&r.svg).into_iter().filter(|e| e.name == "rect" && e.has_class("bar")).collect();
        assert_eq!(rects.len(), items.len());
        let x0 = rects[0].num("x");
        assert!(rects.iter().all(|e| e.num("x") == x0), "all bars start at zero");
        // Linear from zero: width / amount is one constant (to the pixel).
        let k = rects[0].num("width") / amounts[0];
        for (e, a) in rects.iter().zip(&amounts) {
            assert!((e.num("width") - a * k).abs() <= 1.0, "{layout:?}: width {} for {a}", e.num("width"));
        }
    }
    // The count is part of the bar's announcement: «总投资39.24亿元的100个海绵城市项目».
    let r = draw(def.id, Lang::Zh, Layout::Phone);
    let sponge = r.tree.find("investment-programmes-phone--sponge-city-investment").unwrap();
    assert!(sponge.label.contains("39.24亿元") && sponge.label.contains("100个"), "{}", sponge.label);
    let en = draw(def.id, Lang::En, Layout::Phone);
    let values = texts(&en.svg, "value");
    assert_eq!(values.first().map(String::as_str), Some("105.9 billion yuan"));
    assert_eq!(values.last().map(String::as_str), Some("3.92 billion yuan"));
}

#[test]
fn an_outlier_is_drawn_cut_and_said_so() {
    // Make the largest programme twelve times the next: the bar is cut, never a log scale.
    let mut cat = catalogue().clone();
    let next = cat.figure("service-flagship-projects-investment-2024").unwrap().base_value;
    cat.figures.iter_mut().find(|f| f.id == "industry-chain-projects-investment").unwrap().base_value = 12.0 * next;
    let r = render(chart("investment-programmes"), &cat, Lang::Zh, Layout::Desktop).unwrap();
    let els = parse(&r.svg);
    let broken: Vec<&El> = els.iter().filter(|e| e.has_class("broken")).collect();
    assert_eq!(broken.len(), 2, "the outlier is drawn in two pieces");
    let notes = texts(&r.svg, "note").concat();
    assert!(notes.contains("截断") && notes.contains("12倍"), "{notes}");
}

#[test]
fn compare_chart_pairs_every_result_with_its_target_and_shows_qualifiers() {
    let cat = catalogue();
    let def = chart("compare-results-targets");
    let ids = def.figure_ids();
    // Every indicator the catalogue holds as `<stem>-2023` result and `<stem>-2024` target.
    for f in cat.figures.iter().filter(|f| f.status == Status::Actual && !f.is_derived()) {
        let Some(stem) = f.id.strip_suffix("-2023") else {
            continue;
        };
        if let Some(t) = cat.figure(&format!("{stem}-2024")).filter(|t| t.status == Status::Target) {
            assert!(ids.contains(&f.id.as_str()) && ids.contains(&t.id.as_str()), "{} → {} is missing", f.id, t.id);
        }
    }
    let zh = draw(def.id, Lang::Zh, Layout::Phone);
    let values = texts(&zh.svg, "value").join(" | ");
    // «增长7％» → «增长6％左右»; «1.47亿吨» → «1.4亿吨以上»; «91％» → «95％以上»; «242.98万亩» → «不低于240万亩»
    for v in ["7%", "≈6%", "1.47亿吨", "≥1.4亿吨", "91%", "≥95%", "242.98万亩", "≥240万亩", "13.77亿斤", "≥13亿斤", "162家", "180家", "15所", "18所", "75%"] {
        assert!(values.contains(v), "«{v}» not among {values}");
    }
    // «村集体经济收入达到30万元的村占2/3» beside «75%»: one notation to compare, the report's kept.
    assert!(values.contains("2/3（约67%）"), "{values}");
    let en = texts(&draw(def.id, Lang::En, Layout::Desktop).svg, "value").join(" | ");
    for v in ["≈6%", "≥140 million tonnes", "147 million tonnes", "≥2.4 million mu"] {
        assert!(en.contains(v), "«{v}» not among {en}");
    }
    // Every row on its own scale from zero: the larger of the pair lies at the plot's end,
    // except shares, drawn against 100 %; the two dots are proportional to their values.
    let Kind::Pairs { rows } = def.kind else { panic!() };
    let els = parse(&zh.svg);
    let dots: Vec<&El> = els.iter().filter(|e| e.name == "circle" && e.has_class("dot")).collect();
    let diamonds: Vec<&El> = els.iter().filter(|e| e.name == "polygon" && e.has_class("dot")).collect();
    assert_eq!((dots.len(), diamonds.len()), (rows.len(), rows.len()));
    let axes: Vec<f64> = els.iter().filter(|e| e.has_class("axis")).map(|e| {
        e.attrs["points"].split_whitespace().next().unwrap().split(',').next().unwrap().parse().unwrap()
    }).collect();
    let x0 = axes[0];
    let diamond_x = |e: &El| -> f64 {
        let xs: Vec<f64> = e.attrs["points"].split_whitespace().map(|p| p.split(',').next().unwrap().parse().unwrap()).collect();
        (xs.iter().cloned().fold(f64::MIN, f64::max) + xs.iter().cloned().fold(f64::MAX, f64::min)) / 2.0
    };
    let full = rows.iter().zip(dots.iter().zip(&diamonds)).map(|(_, (d, t))| (d.num("cx") - x0).max(diamond_x(t) - x0)).fold(0.0, f64::max);
    for (p, (d, t)) in rows.iter().zip(dots.iter().zip(&diamonds)) {
        let (a, tg) = (cat.figure(p.actual).unwrap(), cat.figure(p.target).unwrap());
        let (xa, xt) = (d.num("cx") - x0, diamond_x(t) - x0);
        if a.measure == Measure::Share {
            assert!((xa - full * scale_value(a) / 100.0).abs() <= 1.5, "{}", a.id);
            assert!((xt - full * scale_value(tg) / 100.0).abs() <= 1.5, "{}", tg.id);
        } else {
            assert!((xa.max(xt) - full).abs() <= 1.5, "{}: row not on its own scale", a.id);
            assert!((xa / xt - scale_value(a) / scale_value(tg)).abs() < 0.03, "{}: not proportional", a.id);
        }
    }
    // The message names what rises and what falls: «增长6％左右» is below «增长7％», «180家» above «162家».
    let (rise, fall) = zh.summary.split_once('；').expect("rises, then falls");
    assert!(rise.contains("高新技术企业") && fall.contains("地区生产总值增速") && fall.contains("煤炭产量"), "{}", zh.summary);
    assert!(texts(&zh.svg, "note").concat().contains("比例尺"));
}

#[test]
fn growth_targets_hold_every_2024_growth_target_in_percent_sorted() {
    let cat = catalogue();
    let def = chart("targets-growth-2024");
    let expected: BTreeSet<&str> = cat
        .figures
        .iter()
        .filter(|f| {
            f.status == Status::Target
                && f.measure == Measure::Growth
                && f.base_unit == "%"
                && f.year == 2024
                && !f.is_derived()
                && f.counts != Some(report::Counts::Ceiling)
        })
        .map(|f| f.id.as_str())
        .collect();
    assert_eq!(def.figure_ids().into_iter().collect::<BTreeSet<_>>(), expected);
    let r = draw(def.id, Lang::Zh, Layout::Phone);
    let values = texts(&r.svg, "value");
    // «工业类开发区规上工业增加值增长15％» is the highest, «服务业增加值增长5％» the lowest; the
    // CPI ceiling «控制在3％左右» is no growth target and is not among them.
    assert_eq!(values.first().map(String::as_str), Some("15%"));
    assert_eq!(values.last().map(String::as_str), Some("5%"));
    assert!(!def.figure_ids().contains(&"cpi-growth-2024"));
    assert!(r.summary.contains("最低") && r.summary.contains("服务业增加值"), "{}", r.summary);
    assert!(values.contains(&"≈6%".to_string()) && values.contains(&"≥10%".to_string()));
    let nums: Vec<f64> = values
        .iter()
        .map(|v| {
            v.trim_start_matches(['≈', '≥', '≤'])
                .trim_end_matches('%')
                .parse()
                .unwrap()
        })
        .collect();
    assert!(nums.windows(2).all(|w| w[0] >= w[1]), "{values:?}");
}

#[test]
fn derived_figures_are_pale_with_a_dashed_outline() {
    let r = draw("gdp-level", Lang::Zh, Layout::Desktop);
    let els = parse(&r.svg);
    let derived: Vec<&El> = els
        .iter()
        .filter(|e| e.name == "rect" && e.has_class("bar") && e.has_class("derived"))
        .collect();
    assert_eq!(derived.len(), 2, "the 2022 and 2024 levels are implied");
    assert!(derived.iter().all(|e| e.has_class("ink-f-c-actual-soft") || e.has_class("ink-f-c-target-soft")));
    let edges: Vec<&El> = els.iter().filter(|e| e.has_class("edge")).collect();
    assert_eq!(edges.len(), 2);
    assert!(edges
        .iter()
        .all(|e| e.attrs["stroke-dasharray"] == "4 3" && e.attrs["fill"] == "none"));
    assert!(
        els.iter().any(|e| e.has_class("swatch") && e.has_class("derived")),
        "the legend explains the outline"
    );
    let labels = texts(&r.svg, "label");
    assert!(labels.iter().any(|l| l.contains("推算")), "{labels:?}");
    // «全年GDP总量达到2333.3亿元»; 2333.3 ÷ 1.07 and × 1.06, to three significant digits.
    assert_eq!(texts(&r.svg, "value"), ["≈2180亿元", "2333.3亿元", "≈2470亿元"]);
}

#[test]
fn colours_come_from_the_apps_custom_properties_with_fallbacks() {
    let r = draw("compare-results-targets", Lang::Zh, Layout::Phone);
    let els = parse(&r.svg);
    assert!(!r.svg.contains("style="), "no style attributes: the page's CSP allows none");
    let actual = els.iter().find(|e| e.has_class("dot") && e.has_class("actual")).unwrap();
    assert!(actual.has_class("ink-f-c-actual"), "{:?}", actual.attrs);
    assert_eq!(actual.attrs["fill"], "#0072b2");
    let target = els.iter().find(|e| e.has_class("dot") && e.has_class("target") && !e.has_class("derived")).unwrap();
    assert!(target.has_class("ink-f-c-target"));
    assert_eq!(target.attrs["fill"], "#b84a00");
    for e in els.iter().filter(|e| e.name == "text") {
        assert!(e.attrs["class"].split(' ').any(|c| c.starts_with("ink-f-")), "{:?}", e.attrs);
    }
}

#[test]
fn the_stylesheet_has_a_rule_for_every_ink_class() {
    let css = include_str!("../../../../styles/main.css");
    for var in super::canvas::INK_VARS {
        for (attr, prop) in [("fill", "fill"), ("stroke", "stroke")] {
            let rule = format!(".{} {{ {prop}: var({var}); }}", super::canvas::ink_class(attr, var));
            assert!(css.contains(&rule), "styles/main.css lacks `{rule}`");
        }
    }
    // And every ink class a chart uses is one of those.
    for def in all() {
        let svg = draw(def.id, Lang::En, Layout::Desktop).svg;
        for class in svg.split(['"', ' ']).filter(|c| c.starts_with("ink-")) {
            let var = format!("--{}", &class[6..]);
            assert!(super::canvas::INK_VARS.contains(&var.as_str()), "{} uses {class}", def.id);
        }
    }
}

#[test]
fn english_says_billion_and_million_and_chinese_yi_and_wan() {
    for id in ["investment-programmes", "agriculture-land", "compare-results-targets"] {
        let en = draw(id, Lang::En, Layout::Phone);
        let all_text: Vec<String> = parse(&en.svg)
            .into_iter()
            .filter(|e| e.name == "text")
            .map(|e| e.text)
            .collect();
        assert!(
            all_text.iter().all(|t| !has_cjk(t)),
            "{id}: Chinese in English output: {all_text:?}"
        );
        assert!(!has_cjk(&en.summary) && !has_cjk(&en.svg), "{id}");
        let zh = draw(id, Lang::Zh, Layout::Phone);
        let (ev, zv) = (texts(&en.svg, "value").concat(), texts(&zh.svg, "value").concat());
        assert!(ev.contains("billion") || ev.contains("million"), "{id}: {ev}");
        assert!(zv.contains('亿') || zv.contains('万'), "{id}: {zv}");
    }
    let en = texts(&draw("livelihood-jobs-talent", Lang::En, Layout::Phone).svg, "big");
    assert!(en.join(" ").contains("81,000 people"), "«8.1万人» in English: {en:?}");
    let zh = texts(&draw("agriculture-works-2024", Lang::Zh, Layout::Phone).svg, "big");
    assert!(zh.iter().any(|v| v == "11.22万亩"), "{zh:?}");
}

#[test]
fn labels_are_escaped() {
    let mut cat = catalogue().clone();
    let evil = "<script>alert(\"x\")</script> & 'q'";
    for id in ["dev-zone-industrial-value-added-growth-2024", "coal-output-2023"] {
        let f = cat.figures.iter_mut().find(|f| f.id == id).unwrap();
        f.label.zh = evil.to_string();
        f.label.en = evil.to_string();
    }
    for id in ["targets-growth-2024", "compare-results-targets"] {
        for lang in LANGS {
            let r = render(chart(id), &cat, lang, Layout::Phone).unwrap();
            assert!(!r.svg.contains("<script"), "{id}: raw markup in the SVG");
            assert!(r.svg.contains("&lt;script&gt;"), "{id}");
            let els = parse(&r.svg);
            assert!(
                els.iter()
                    .any(|e| e.attrs.get("aria-label").is_some_and(|l| l.contains(evil))),
                "{id}: the label survives, escaped"
            );
        }
    }
    // The summary names the highest growth target, so the summary's treeitem carries it too.
    let r = render(chart("targets-growth-2024"), &cat, Lang::Zh, Layout::Phone).unwrap();
    assert!(r.summary.contains(evil));
    let summary = parse(&r.svg).into_iter().find(|e| e.has_class("summary")).unwrap();
    assert_eq!(summary.attrs["aria-label"], r.summary);
}

#[test]
fn a_missing_figure_is_an_error_naming_it() {
    let mut cat = catalogue().clone();
    cat.figures.retain(|f| f.id != "sponge-city-investment");
    let err = render(chart("investment-programmes"), &cat, Lang::Zh, Layout::Phone).unwrap_err();
    assert!(err.contains("sponge-city-investment"), "{err}");
}

/// Where an exported chart says it is read online.
const ADDRESS: &str = "https://example.org/jincheng/zh/sectors/#investment-programmes";

#[test]
fn standalone_draws_title_source_and_background() {
    for lang in LANGS {
        let def = chart("investment-programmes");
        let r = render_standalone(def, catalogue(), lang, Layout::Desktop, ADDRESS).unwrap();
        let el = root(&r.svg);
        assert_eq!(el.attrs["width"], "760");
        assert_eq!(el.attrs["height"], r.height.to_string());
        let titles = texts(&r.svg, "title").concat();
        let start: String = def.title_in(lang).chars().take(4).collect();
        assert!(titles.contains(&start), "{titles}");
        let notes = texts(&r.svg, "note");
        assert!(notes.iter().any(|t| t.starts_with(&def.source_in(lang)[..9])));
        // The source names the report; the last line is the address, whole (wrapped or not).
        assert!(def.source_in(lang).contains(match lang {
            Lang::Zh => "政府工作报告",
            Lang::En => "work report",
        }), "{}", def.source_in(lang));
        assert!(notes.concat().ends_with(ADDRESS), "{notes:?}");
        let bg = parse(&r.svg)
            .into_iter()
            .find(|e| e.has_class("background"))
            .expect("a background");
        assert_eq!((bg.num("width"), bg.num("height")), (760.0, r.height as f64));
    }
}

/// Writes every chart to `$CHARTS_DUMP/` for a look in a browser: `CHARTS_DUMP=/tmp/charts cargo test -p jincheng-charts dump`.
#[test]
fn dump() {
    let Some(dir) = std::env::var_os("CHARTS_DUMP") else {
        return;
    };
    std::fs::create_dir_all(&dir).unwrap();
    let mut html =
        String::from("<!doctype html><meta charset=utf-8><body style='font-family:system-ui;background:#eee'>");
    for def in all() {
        for lang in LANGS {
            for layout in LAYOUTS {
                let r = render_standalone(def, catalogue(), lang, layout, ADDRESS).unwrap();
                let name = format!("{}-{}-{:?}.svg", def.id, lang.code(), layout).to_lowercase();
                std::fs::write(std::path::Path::new(&dir).join(&name), &r.svg).unwrap();
                html.push_str(&format!(
                    "<div style='display:inline-block;vertical-align:top;margin:4px;width:{}px'>{}</div>",
                    r.width, r.svg
                ));
            }
        }
    }
    std::fs::write(std::path::Path::new(&dir).join("index.html"), html).unwrap();
}

#[test]
fn phone_layout_is_narrow_and_desktop_wide() {
    let p = draw("investment-programmes", Lang::En, Layout::Phone);
    let d = draw("investment-programmes", Lang::En, Layout::Desktop);
    let n = draw("investment-programmes", Lang::En, Layout::Narrow);
    assert_eq!((n.width, p.width, d.width), (264, 340, 760));
    assert!(p.height > d.height, "labels sit above the bars on a phone");
    assert!(n.height as f64 / n.width as f64 >= p.height as f64 / p.width as f64, "and in the narrow layout, taller for its width");
}

// ---- captions, the tree, and what a reader hears ----

#[test]
fn captions_read_as_an_editor_writes_them() {
    for def in all() {
        for lang in LANGS {
            let r = draw(def.id, lang, Layout::Phone);
            let ctx = format!("{} {lang:?}: {}", def.id, r.summary);
            // No machine sentences, no title repeated, no double colon.
            for bad in ["项中", "Of these", "is the largest at", "：：", "::", "：:", ":："] {
                assert!(!r.summary.contains(bad), "{ctx}: «{bad}»");
            }
            assert!(!r.summary.contains(r.title.as_str()), "{ctx}: repeats the title");
            assert!(r.summary.ends_with(pick(lang, "。", ".")), "{ctx}");
            match lang {
                Lang::En => assert!(!has_cjk(&r.summary) && r.summary.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()), "{ctx}"),
                // Chinese prose: Latin only inside names (PM2.5, 5G), never English words.
                Lang::Zh => assert!(
                    !r.summary.split(|c: char| !c.is_ascii_alphabetic()).any(|w| w.len() >= 3),
                    "{ctx}"
                ),
            }
        }
    }
}

#[test]
fn every_mark_is_announced_whole_once_in_the_tree_and_the_svg() {
    let cat = catalogue();
    for def in all() {
        for lang in LANGS {
            let r = draw(def.id, lang, Layout::Phone);
            let ctx = format!("{} {lang:?}", def.id);
            assert_eq!(r.tree.kind, NodeKind::Summary);
            assert_eq!(r.tree.label, r.summary);
            assert_eq!(r.tree.id, format!("{}-phone--summary", def.id));
            let els = parse(&r.svg);
            let by_id: HashMap<&str, &El> = els.iter().filter_map(|e| e.attrs.get("id").map(|i| (i.as_str(), e))).collect();
            let mut figures = BTreeSet::new();
            for n in r.tree.walk() {
                // Each node is a treeitem of the SVG with the same id, level and words.
                let e = by_id.get(n.id.as_str()).unwrap_or_else(|| panic!("{ctx}: no element #{}", n.id));
                assert_eq!(e.attrs["role"], "treeitem", "{ctx}");
                assert_eq!(e.attrs["aria-label"], n.label, "{ctx}");
                assert_eq!(e.attrs["aria-level"], n.level.to_string(), "{ctx}");
                for c in &n.children {
                    assert_eq!(c.level, n.level + 1, "{ctx}");
                }
                // Speakable: no symbol a voice misreads.
                for sym in ['≈', '≥', '≤', '/'] {
                    assert!(!n.label.contains(sym), "{ctx}: «{sym}» in «{}»", n.label);
                }
                if n.kind != NodeKind::Mark {
                    continue;
                }
                let f = cat.figure(n.figure.as_deref().unwrap()).unwrap();
                assert!(figures.insert(f.id.clone()), "{ctx}: {} announced twice", f.id);
                // Label, year, status and the qualifier in words.
                assert!(n.label.starts_with(label(f, lang)), "{ctx}: {}", n.label);
                assert!(n.label.contains(&f.year.to_string()), "{ctx}: {}", n.label);
                let status = match (f.is_derived(), f.status, lang) {
                    (true, _, Lang::Zh) => "推算",
                    (true, _, Lang::En) => "implied",
                    (false, Status::Actual, Lang::Zh) => "实绩",
                    (false, Status::Actual, Lang::En) => "result",
                    (false, Status::Target, Lang::Zh) => "目标",
                    (false, Status::Target, Lang::En) => "target",
                };
                assert!(n.label.contains(status), "{ctx}: no status in {}", n.label);
                let q = report::format::qualifier_text(f.qualifier, lang).trim();
                assert!(n.label.contains(q), "{ctx}: no «{q}» in {}", n.label);
                let (x, y, w, h) = n.bbox.unwrap();
                assert!(x >= 0.0 && y >= 0.0 && x + w <= r.width as f64 + 0.5 && y + h <= r.height as f64 + 0.5, "{ctx}: {} box", n.id);
            }
            // Every figure drawn is a mark, except a count named in its bar's announcement.
            for id in def.figure_ids() {
                let named_count = matches!(def.kind, Kind::Bars { items, .. } if items.iter().any(|i| i.count == Some(id)));
                assert!(figures.contains(id) || named_count, "{ctx}: {id} is not in the tree");
            }
        }
    }
    // A target paired with its result says how it differs: «煤炭产量1.47亿吨» → «1.4亿吨以上».
    let r = draw("energy-coal", Lang::Zh, Layout::Phone);
    let coal = r.tree.find("energy-coal-phone--coal-output-2024").unwrap();
    assert!(coal.label.contains("不少于1.4亿吨") && coal.label.contains("比2023年实绩低约700万吨"), "{}", coal.label);
    let en = draw("energy-coal", Lang::En, Layout::Phone);
    let coal = en.tree.find("energy-coal-phone--coal-output-2024").unwrap();
    assert!(coal.label.contains("at least 140 million tonnes") && coal.label.contains("7 million tonnes below the 2023 result"), "{}", coal.label);
    // «2/3» → «75%»: in words, and the gap in percentage points.
    let share = draw("compare-results-targets", Lang::Zh, Layout::Phone);
    let a = share.tree.find("compare-results-targets-phone--villages-collective-income-300k-share-2023").unwrap();
    assert!(a.label.contains("三分之二"), "{}", a.label);
    let t = share.tree.find("compare-results-targets-phone--villages-collective-income-300k-share-2024").unwrap();
    assert!(t.label.contains("高8.3个百分点"), "{}", t.label);
    let en = draw("compare-results-targets", Lang::En, Layout::Phone);
    assert!(en.tree.find("compare-results-targets-phone--villages-collective-income-300k-share-2023").unwrap().label.contains("two thirds"));
}

#[test]
fn drawn_text_is_hidden_from_assistive_technology() {
    for def in all() {
        for layout in LAYOUTS {
            let r = draw(def.id, Lang::Zh, layout);
            for e in parse(&r.svg).iter().filter(|e| e.name == "text") {
                assert_eq!(e.attrs.get("aria-hidden").map(String::as_str), Some("true"), "{}: «{}»", def.id, e.text);
            }
        }
    }
    // The export is one image named by its summary, with nothing to focus.
    let r = render_standalone(chart("gdp-level"), catalogue(), Lang::En, Layout::Desktop, ADDRESS).unwrap();
    let el = root(&r.svg);
    assert_eq!((el.attrs["role"].as_str(), el.attrs["aria-label"].as_str()), ("img", r.summary.as_str()));
    assert!(!r.svg.contains("tabindex") && !r.svg.contains("treeitem"));
}

#[test]
fn no_chart_text_is_under_12_css_px_at_the_narrowest_width() {
    for def in all() {
        for lang in LANGS {
            for layout in LAYOUTS {
                let r = draw(def.id, lang, layout);
                for e in parse(&r.svg).iter().filter(|e| e.name == "text") {
                    let css = e.num("font-size") * layout.min_css_px() / layout.width() as f64;
                    assert!(css >= 12.0 - 1e-9, "{} {layout:?}: «{}» at {css:.2} px", def.id, e.text);
                }
            }
        }
    }
    // A 360 px phone draws the chart 302 px wide: the phone layout; a wide card the desktop one;
    // an embed's 280 px frame, 264 px wide, the narrow one.
    assert_eq!(Layout::for_css_width(264.0), Layout::Narrow);
    assert_eq!(Layout::for_css_width(301.9), Layout::Narrow);
    assert_eq!(Layout::for_css_width(302.0), Layout::Phone);
    assert_eq!(Layout::for_css_width(600.0), Layout::Phone);
    assert_eq!(Layout::for_css_width(760.0), Layout::Desktop);
    // Each layout is the one chosen at its own least width, and narrower than the next.
    for pair in Layout::ALL.windows(2) {
        assert!(pair[0].width() < pair[1].width() && pair[0].min_css_px() < pair[1].min_css_px(), "{pair:?}");
    }
    for layout in Layout::ALL {
        assert_eq!(Layout::for_css_width(layout.min_css_px()), layout);
    }
}

/// The narrow layout is drawn for a 280 px frame: its text is at its nominal size there, so
/// never under 12 px at any width from 280 px, and a long label wraps instead of shrinking.
#[test]
fn the_narrow_layout_reads_at_12_px_in_a_280_px_frame_and_wraps_long_labels() {
    for def in all() {
        for lang in LANGS {
            let r = draw(def.id, lang, Layout::Narrow);
            assert_eq!(r.width, 264);
            for e in parse(&r.svg).iter().filter(|e| e.name == "text") {
                // One viewBox unit is one CSS px in a 280 px frame (8 px padding a side).
                assert!(e.num("font-size") >= 12.0, "{} {lang:?}: «{}» at {}", def.id, e.text, e.num("font-size"));
            }
        }
    }
    // Nothing runs into the margin either: a frame's edge is right there.
    for def in all() {
        for lang in LANGS {
            let r = draw(def.id, lang, Layout::Narrow);
            for e in parse(&r.svg).iter().filter(|e| e.name == "text") {
                let b = text_box(e);
                assert!(b.0 >= 8.0 - 1e-9 && b.2 <= 264.0 - 8.0 + 1e-9, "{} {lang:?}: «{}» at {b:?} is in the margin", def.id, e.text);
            }
        }
    }
    // Long labels take more lines than on a phone, and never fewer.
    let lines = |layout| -> usize { all().iter().flat_map(|d| LANGS.map(|l| texts(&draw(d.id, l, layout).svg, "label").len())).sum() };
    let (narrow, phone) = (lines(Layout::Narrow), lines(Layout::Phone));
    assert!(narrow > phone, "{narrow} lines of labels against {phone}");
}

/// The stylesheet swaps the phone drawing for the narrow one exactly where the phone layout's
/// text would go under 12 px: below [`Layout::min_css_px`] of the phone layout, measured on the
/// drawing's own box (a container query), so the frame's padding does not enter into it.
#[test]
fn the_stylesheet_shows_the_narrow_layout_below_the_phone_layouts_least_width() {
    let css = include_str!("../../../../styles/main.css");
    let rule = format!(
        "@container (width < {}px) {{ .{} {{ display: block; }} .{} ~ .{} {{ display: none; }} }}",
        Layout::Phone.min_css_px(),
        Layout::Narrow.class(),
        Layout::Narrow.class(),
        Layout::Phone.class()
    );
    assert!(css.contains(&rule), "styles/main.css lacks `{rule}`");
    assert_eq!(css.matches("@container (width < ").count(), 1, "one breakpoint for the narrow layout");
}

/// In an embed the desktop layout, too, is chosen by the drawing's own width, where
/// [`Layout::for_css_width`] chooses it (the frame's starting height is reckoned by that rule),
/// and no layout is drawn wider than [`Layout::max_css_px`], where its labels reach 16 px: the
/// stylesheet says exactly these numbers, and only for embeds.
#[test]
fn the_stylesheet_caps_each_embedded_layout_where_its_labels_reach_16_px() {
    let css = include_str!("../../../../styles/main.css");
    let desktop = format!("@container (width >= {}px) {{ .{} {{ display: none; }} .{} {{ display: block; }}", Layout::Desktop.min_css_px(), Layout::Phone.class(), Layout::Desktop.class());
    assert!(css.contains(&desktop), "styles/main.css lacks `{desktop}`");
    assert_eq!(css.matches("@container (width >= ").count(), 1, "one breakpoint for the desktop layout in embeds");
    for layout in Layout::ALL {
        let rule = format!("main.embed .{} {{ max-width: {}px; }}", layout.class(), layout.max_css_px());
        assert!(css.contains(&rule), "styles/main.css lacks `{rule}`");
        assert_eq!(css.matches(&format!(".{} {{ max-width:", layout.class())).count(), 1, "{layout:?} is capped once, in embeds");
    }
}

/// What the cap is: a layout drawn at its cap has labels and values of at most 16 px, and all its
/// text at least 12 px at its least width (the cap is wider than that, so the layout is shown
/// somewhere).
#[test]
fn a_layout_at_its_cap_has_no_text_over_16_px() {
    for layout in Layout::ALL {
        let (min, max) = (layout.min_css_px(), layout.max_css_px());
        assert!(max > min * 1.15, "{layout:?}: {min}–{max} px");
        for def in all() {
            for lang in LANGS {
                let r = draw(def.id, lang, layout);
                for e in parse(&r.svg).iter().filter(|e| e.name == "text" && !e.has_class("big")) {
                    let px = e.num("font-size") * max / layout.width() as f64;
                    assert!(px <= MAX_CSS_PX + 1e-9, "{} {layout:?} {lang:?}: «{}» at {px:.2} px", def.id, e.text);
                }
            }
        }
    }
}
