//! What the report says about each county, grouped for the details panel and counted for the map.
//!
//! Rules: an item is a sentence that names a place of the county (see `seeds/places.toml`).
//! Achievements are items from the 2023 review, plans items from the 2024 plan. A figure counts
//! for a county only when the catalogue attributes it to the county (its own clause names the
//! county or a place in it): a sentence that names the county may carry other counties' figures.

use report::document::Document;
use report::span::Span;
use report::{Catalogue, County, CountyItem, Place, Status};

/// What the choropleth counts; the reader picks one. Each is something the report says about a
/// county: its 2023 results, its 2024 plans, the figures that are its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MapMeasure {
    /// Sentences of the 2023 review that name the county or a place in it.
    Achievements,
    /// Sentences of the 2024 plan that name the county or a place in it.
    Plans,
    /// Figures the catalogue attributes to the county (their own clause names it).
    Figures,
}

impl MapMeasure {
    pub const ALL: [MapMeasure; 3] = [MapMeasure::Plans, MapMeasure::Achievements, MapMeasure::Figures];
    pub fn key(self) -> &'static str {
        match self {
            MapMeasure::Achievements => "achievements",
            MapMeasure::Plans => "plans",
            MapMeasure::Figures => "figures",
        }
    }
    /// The label and the statement of what is counted, in (zh, en).
    pub fn describe(self) -> (&'static str, &'static str, &'static str, &'static str) {
        match self {
            MapMeasure::Achievements => ("2023年成绩", "2023 results",
                "2023年工作回顾中写到该县区或其境内地点的句子数。", "Sentences of the review of 2023 that name the county or a place in it."),
            MapMeasure::Plans => ("2024年部署", "2024 plans",
                "2024年工作安排中写到该县区或其境内地点的句子数。", "Sentences of the 2024 plan that name the county or a place in it."),
            MapMeasure::Figures => ("归属数据", "Its own figures",
                "归属该县区的数据个数：数据所在分句写到该县区或其境内地点。", "Figures that are the county's: the clause that states each one names the county or a place in it."),
        }
    }
    /// What one unit of the measure is, in (zh, en): 句 / sentences.
    pub fn unit(self) -> (&'static str, &'static str) {
        match self {
            MapMeasure::Achievements | MapMeasure::Plans => ("句", "sentences"),
            MapMeasure::Figures => ("个", "figures"),
        }
    }
}

pub fn items_of<'a>(cat: &'a Catalogue, adcode: &str) -> Vec<&'a CountyItem> {
    cat.county_items.iter().filter(|i| i.county == adcode).collect()
}

/// Ids of the figures the catalogue attributes to the county, in catalogue order.
pub fn figures_of<'a>(cat: &'a Catalogue, adcode: &str) -> Vec<&'a str> {
    cat.figures
        .iter()
        .filter(|f| !f.is_derived() && f.counties.iter().any(|c| c == adcode))
        .map(|f| f.id.as_str())
        .collect()
}

pub fn value(cat: &Catalogue, adcode: &str, m: MapMeasure) -> usize {
    match m {
        MapMeasure::Achievements => items_of(cat, adcode).iter().filter(|i| i.status == Status::Actual).count(),
        MapMeasure::Plans => items_of(cat, adcode).iter().filter(|i| i.status == Status::Target).count(),
        MapMeasure::Figures => figures_of(cat, adcode).len(),
    }
}

pub struct Groups<'a> {
    pub achievements: Vec<&'a CountyItem>,
    pub plans: Vec<&'a CountyItem>,
    /// The places inside the county that the report names (not the county's own name).
    pub places: Vec<&'a Place>,
}

pub fn groups<'a>(cat: &'a Catalogue, county: &County) -> Groups<'a> {
    let items = items_of(cat, &county.adcode);
    let short = county.zh.trim_end_matches(['县', '市', '区']);
    let mut places: Vec<&Place> = cat
        .places
        .iter()
        .filter(|p| p.county == county.adcode && p.name != county.zh && p.name != short)
        .filter(|p| items.iter().any(|i| i.sentence.contains(&p.name)))
        .collect();
    places.dedup_by(|a, b| a.name == b.name);
    Groups {
        achievements: items.iter().copied().filter(|i| i.status == Status::Actual).collect(),
        plans: items.iter().copied().filter(|i| i.status == Status::Target).collect(),
        places,
    }
}

/// The paragraph of the 2024 plan on county towns opens with these words.
pub const COUNTY_TOWNS: &str = "建设省内一流特色县城。";

/// The sentence of that paragraph that sets the county's role, naming the county itself.
pub fn county_town_role<'a>(cat: &'a Catalogue, doc: &Document, adcode: &str) -> Option<&'a CountyItem> {
    let start = doc.text.find_all(COUNTY_TOWNS).first()?.start;
    let block = doc.blocks.iter().find(|b| b.span.contains_pos(start))?;
    items_of(cat, adcode)
        .into_iter()
        .find(|i| i.stated && block.span.contains(Span::new(i.span[0], i.span[1])) && i.sentence.starts_with("支持"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cat() -> Catalogue {
        report::seeds::checked().catalogue
    }

    #[test]
    fn county_town_roles_follow_the_plan() {
        let c = cat();
        let d = Document::parse(report::REPORT_TEXT);
        let county_town_role = |c, a| county_town_role(c, &d, a);
        // 支持阳城县建设全国新型城镇化试点县城。
        assert!(county_town_role(&c, "140522").unwrap().sentence.contains("全国新型城镇化试点县城"));
        // 支持泽州县围绕城市融合型定位…
        assert!(county_town_role(&c, "140525").unwrap().sentence.contains("城市融合型"));
        // 支持高平市、沁水县围绕专业功能型定位…: one sentence, both counties.
        assert!(county_town_role(&c, "140581").unwrap().sentence.contains("专业功能型"));
        assert!(county_town_role(&c, "140521").unwrap().sentence.contains("专业功能型"));
        assert!(county_town_role(&c, "140524").unwrap().sentence.contains("重点生态功能区"));
        // 城区 is only reached through 主城区 in 泽州's sentence: no role of its own.
        assert!(county_town_role(&c, "140502").is_none());
    }

    #[test]
    fn groups_split_results_from_plans_and_list_places() {
        let c = cat();
        let yang = c.counties.iter().find(|x| x.adcode == "140522").unwrap();
        let g = groups(&c, yang);
        // 阳城县入选“中国天然氧吧” is a 2023 result; 支持阳城县建设… a plan.
        assert!(g.achievements.iter().any(|i| i.sentence.contains("中国天然氧吧")));
        assert!(g.plans.iter().any(|i| i.sentence.contains("试点县城")));
        let names: Vec<&str> = g.places.iter().map(|p| p.name.as_str()).collect();
        assert!(names.contains(&"皇城相府") && names.contains(&"析城山"), "{names:?}");
        assert!(!names.contains(&"阳城"));
    }

    #[test]
    fn measures_count_what_they_say() {
        let c = cat();
        for county in &c.counties {
            let done = value(&c, &county.adcode, MapMeasure::Achievements);
            let plans = value(&c, &county.adcode, MapMeasure::Plans);
            // Every sentence that names the county is of the review or of the plan.
            assert_eq!(done + plans, c.county_items.iter().filter(|i| i.county == county.adcode).count());
        }
        // 沁水: 华能120万千瓦抽水蓄能 is a figure in a sentence that names the county.
        assert!(figures_of(&c, "140521").contains(&"qinshui-pumped-storage-capacity"));
        // …推动阳城蟒河、陵川抽水蓄能项目纳入…: the same sentence names them, the figure is not theirs.
        assert!(!figures_of(&c, "140522").contains(&"qinshui-pumped-storage-capacity"));
        assert!(!figures_of(&c, "140524").contains(&"qinshui-pumped-storage-capacity"));
        // The four strong counties carry the top-ten figure; 城区 and 陵川 do not.
        assert!(figures_of(&c, "140581").contains(&"counties-in-provincial-top-ten-2023"));
        assert!(!figures_of(&c, "140524").contains(&"counties-in-provincial-top-ten-2023"));
    }
}
