//! What the map says to a reader who cannot see it: a summary naming the counties with the most
//! and the least of the chosen measure, and each county with its value and rank, as the same
//! [`Node`] tree the charts give (summary → counties), in the page's language.
//!
//! Ranks count the counties with a larger value: two counties on 9 are both second ("并列第2",
//! "joint 2nd"), and the next is fourth. The tree lists counties from the most to the least, ties
//! in the map's order; the SVG's paths carry the same ids (`map--<adcode>`) and words.

use super::MapData;
use crate::chart::{Node, NodeKind};
use report::format::{trim, Lang};

/// The measure the map is coloured by, as the legend names it in each language, and the
/// units its numbers count (empty when the name says it: "提及次数 9").
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MapMeasure<'a> {
    pub name: (&'a str, &'a str),
    pub unit: (&'a str, &'a str),
}

/// The id of the summary node, and of a county's node.
pub fn node_id(adcode: Option<&str>) -> String {
    match adcode {
        Some(a) => format!("map--{a}"),
        None => "map--summary".to_string(),
    }
}

/// `tree` with its ids starting `prefix` instead of `map`: a page that carries the map twice
/// (its phone and desktop drawings) names each element once.
pub fn with_prefix(mut tree: Node, prefix: &str) -> Node {
    fn walk(n: &mut Node, prefix: &str) {
        if let Some(rest) = n.id.strip_prefix("map--") {
            n.id = format!("{prefix}--{rest}");
        }
        for c in &mut n.children {
            walk(c, prefix);
        }
    }
    walk(&mut tree, prefix);
    tree
}

fn ordinal_en(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// The tree of the map for `values` (adcode → value; counties without one count as 0).
pub fn describe(map: &MapData, values: &[(String, f64)], measure: MapMeasure, lang: Lang) -> Node {
    let pick = |p: (&str, &str)| -> String {
        match lang {
            Lang::Zh => p.0.to_string(),
            Lang::En => p.1.to_string(),
        }
    };
    let (name, unit) = (pick(measure.name), pick(measure.unit));
    let value_of = |adcode: &str| values.iter().find(|(a, _)| a == adcode).map_or(0.0, |(_, v)| *v);
    let mut order: Vec<usize> = (0..map.counties.len()).collect();
    order.sort_by(|&a, &b| value_of(&map.counties[b].adcode).total_cmp(&value_of(&map.counties[a].adcode)).then(a.cmp(&b)));
    let n = order.len();
    let amount = |v: f64| match lang {
        Lang::Zh => format!("{}{unit}", trim(v, 2)),
        Lang::En if unit.is_empty() => trim(v, 2),
        Lang::En => format!("{} {unit}", trim(v, 2)),
    };
    let children: Vec<Node> = order
        .iter()
        .map(|&i| {
            let c = &map.counties[i];
            let v = value_of(&c.adcode);
            let rank = 1 + map.counties.iter().filter(|o| value_of(&o.adcode) > v).count();
            let tied = map.counties.iter().filter(|o| value_of(&o.adcode) == v).count() > 1;
            let label = match lang {
                Lang::Zh => format!("{}，{name}{}，{}第{rank}（共{n}个县区）。", c.zh, amount(v), if tied { "并列" } else { "" }),
                Lang::En => format!(
                    "{}, {} {}, {}{} of {n}.",
                    c.en,
                    name.to_lowercase(),
                    amount(v),
                    if tied { "joint " } else { "" },
                    ordinal_en(rank)
                ),
            };
            Node {
                id: node_id(Some(&c.adcode)),
                kind: NodeKind::Mark,
                level: 2,
                label,
                figure: None,
                bbox: Some((c.bbox.x0, c.bbox.y0, c.bbox.x1 - c.bbox.x0, c.bbox.y1 - c.bbox.y0)),
                children: Vec::new(),
            }
        })
        .collect();
    let vs: Vec<f64> = order.iter().map(|&i| value_of(&map.counties[i].adcode)).collect();
    let (hi, lo) = (vs.first().copied().unwrap_or(0.0), vs.last().copied().unwrap_or(0.0));
    let names_at = |v: f64| -> String {
        let names: Vec<String> = order
            .iter()
            .filter(|&&i| value_of(&map.counties[i].adcode) == v)
            .map(|&i| map.counties[i].name(lang).to_string())
            .collect();
        crate::chart::join_words(&names, lang)
    };
    let summary = if hi == lo {
        match lang {
            Lang::Zh => format!("按{name}，各县区相同，均为{}。", amount(hi)),
            Lang::En => format!("By {}, every county has the same, {}.", name.to_lowercase(), amount(hi)),
        }
    } else {
        match lang {
            Lang::Zh => format!("按{name}，{}最多，为{}；{}最少，为{}。", names_at(hi), amount(hi), names_at(lo), amount(lo)),
            Lang::En => format!(
                "By {}, {} has the most, {}, and {} the fewest, {}.",
                name.to_lowercase(),
                names_at(hi),
                amount(hi),
                names_at(lo),
                amount(lo)
            ),
        }
    };
    Node { id: node_id(None), kind: NodeKind::Summary, level: 1, label: summary, figure: None, bbox: None, children }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::tests::map;

    fn v(pairs: &[(&str, f64)]) -> Vec<(String, f64)> {
        pairs.iter().map(|(k, v)| (k.to_string(), *v)).collect()
    }

    const MENTIONS: MapMeasure = MapMeasure { name: ("提及次数", "Mentions"), unit: ("", "") };

    #[test]
    fn the_summary_names_most_and_least_and_each_county_its_rank() {
        // 泽州 11, 阳城 9, 城区 9, 沁水 7, 陵川 6, 高平 5.
        let values = v(&[("140525", 11.0), ("140522", 9.0), ("140502", 9.0), ("140521", 7.0), ("140524", 6.0), ("140581", 5.0)]);
        let zh = describe(map(), &values, MENTIONS, Lang::Zh);
        assert_eq!(zh.label, "按提及次数，泽州县最多，为11；高平市最少，为5。");
        assert_eq!(zh.children.len(), 6);
        assert_eq!(zh.children[0].id, "map--140525");
        assert_eq!(zh.children[0].label, "泽州县，提及次数11，第1（共6个县区）。");
        // A tie shares the rank, and the next county is fourth.
        let yangcheng = zh.find("map--140522").unwrap();
        assert_eq!(yangcheng.label, "阳城县，提及次数9，并列第2（共6个县区）。");
        assert!(zh.find("map--140521").unwrap().label.contains("第4"));
        let en = describe(map(), &values, MENTIONS, Lang::En);
        assert_eq!(en.label, "By mentions, Zezhou County has the most, 11, and Gaoping City the fewest, 5.");
        assert_eq!(en.find("map--140522").unwrap().label, "Yangcheng County, mentions 9, joint 2nd of 6.");
        // Ties at the top are all named.
        let tied = v(&[("140525", 9.0), ("140522", 9.0)]);
        assert!(describe(map(), &tied, MENTIONS, Lang::Zh).label.starts_with("按提及次数，阳城县和泽州县最多") || describe(map(), &tied, MENTIONS, Lang::Zh).label.starts_with("按提及次数，泽州县和阳城县最多"));
    }
}
