//! One English for each term and unit of the report (`seeds/glossary.toml`).
//!
//! Rules:
//! - A term (光机电) has one English rendering. Every figure whose Chinese label uses the term says
//!   that rendering in its English label; letter case and hyphens do not count ("sponge-city
//!   projects" says "sponge city").
//! - Every unit a figure is counted in has one English name, and a figure's English unit comes
//!   from here ([`Glossary::unit_en`]), so cards, charts and downloads say it the same way. An
//!   empty English unit means the English label names what is counted and the number stands alone.
//! - 家 is the measure word of firms but also of museums, stations and hotels: its English is the
//!   noun of the `counted` entry that the Chinese label ends with (a trailing note in brackets
//!   aside). A 家 figure whose label ends with none is a problem, never "firms" by default.

use crate::model::{Figure, Glossary};

fn normal(s: &str) -> String {
    s.to_lowercase().replace('-', " ")
}

/// The Chinese label without a trailing bracketed note: 规上工业企业（各） → 规上工业企业.
fn label_core(zh: &str) -> &str {
    match zh.strip_suffix('）').and_then(|s| s.rfind('（').map(|i| &s[..i])) {
        Some(core) => core,
        None => zh,
    }
}

impl Glossary {
    #[cfg(feature = "catalogue-source")]
    pub fn parse(src: &str) -> Result<Glossary, String> {
        toml::from_str(src).map_err(|e| format!("not a valid glossary: {e}"))
    }

    /// The English unit of a stated figure, or why there is none.
    pub fn unit_en(&self, f: &Figure) -> Result<String, String> {
        if f.base_unit == "ratio" {
            return Ok(String::new());
        }
        if f.base_unit == "家" {
            let core = label_core(&f.label.zh);
            return self
                .counted
                .iter()
                .filter(|c| core.ends_with(c.zh.as_str()))
                .max_by_key(|c| c.zh.chars().count())
                .map(|c| c.en.clone())
                .ok_or_else(|| format!("what 家 counts in «{}» is not in the glossary's [[counted]] nouns", f.label.zh));
        }
        self.units
            .iter()
            .find(|u| u.zh == f.base_unit)
            .map(|u| u.en.clone())
            .ok_or_else(|| format!("unit `{}` has no English in the glossary", f.base_unit))
    }

    /// Problems of one figure's English label: every term its Chinese label uses must be rendered
    /// as the glossary says.
    pub fn label_problems(&self, f: &Figure) -> Vec<String> {
        let en = normal(&f.label.en);
        self.terms
            .iter()
            .filter(|t| f.label.zh.contains(t.zh.as_str()) && !en.contains(&normal(&t.en)))
            .map(|t| format!("the label says {} but its English does not say “{}”: «{}»", t.zh, t.en, f.label.en))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use crate::model::*;
    use crate::scanner::Qualifier;

    fn glossary() -> Glossary {
        let t = |zh: &str, en: &str| Term { zh: zh.into(), en: en.into(), explain_zh: None, explain_en: None };
        Glossary {
            terms: vec![t("光机电", "optomechatronics"), t("海绵城市", "sponge city")],
            units: vec![t("亩", "mu"), t("个", ""), t("家", "firms")],
            counted: vec![t("企业", "firms"), t("博物馆", "museums"), t("驿站", "stations")],
        }
    }
    fn fig(zh: &str, en: &str, base_unit: &str) -> Figure {
        Figure {
            id: "x".into(), label: Label { zh: zh.into(), en: en.into() }, value: 1.0, written: "1".into(),
            unit: base_unit.into(), base_value: 1.0, base_unit: base_unit.into(), year: 2024, since: None,
            status: Status::Target, qualifier: Qualifier::Exact, measure: Measure::Count, rank: None, sector: Sector::Economy,
            counties: vec![], quote: String::new(), span: [0, 0], numeral: [0, 0], derived: None,
            derived_from: vec![], note: None, unit_en: String::new(), counts: None, part: 2, section: None,
        }
    }

    #[test]
    fn jia_says_what_it_counts() {
        let g = glossary();
        // 建成100家地域特色博物馆: museums, not firms.
        assert_eq!(g.unit_en(&fig("建成地域特色博物馆", "Museums", "家")).unwrap(), "museums");
        assert_eq!(g.unit_en(&fig("建成医保驿站", "Stations", "家")).unwrap(), "stations");
        assert_eq!(g.unit_en(&fig("规上工业企业（各）", "Firms", "家")).unwrap(), "firms");
        assert!(g.unit_en(&fig("特色酒店", "Hotels", "家")).unwrap_err().contains("特色酒店"));
    }

    #[test]
    fn units_come_from_the_glossary() {
        let g = glossary();
        assert_eq!(g.unit_en(&fig("粮食播种面积", "Grain area", "亩")).unwrap(), "mu");
        assert_eq!(g.unit_en(&fig("重大项目", "Major projects", "个")).unwrap(), "");
        assert!(g.unit_en(&fig("产量", "Output", "斤")).unwrap_err().contains("`斤`"));
    }

    #[test]
    fn a_term_is_rendered_one_way() {
        let g = glossary();
        assert!(g.label_problems(&fig("光机电产业产值", "Optomechatronics industry output", "元")).is_empty());
        let p = g.label_problems(&fig("光机电产业产值", "Optics-mechatronics industry output", "元"));
        assert_eq!(p.len(), 1, "{p:?}");
        // Case and hyphens aside.
        assert!(g.label_problems(&fig("海绵城市项目", "Sponge-city projects", "个")).is_empty());
    }
}
