//! Places → counties: which sentences and figures of the report concern which county.
//!
//! Rules: names are matched longest first and never overlap (泽州县 is one match, not 泽州 + 县);
//! a sentence concerns every county one of whose places it names, but of its figures a county item
//! lists only those attributed to that county (by clause, see `catalogue`). The table
//! (`seeds/places.toml`) marks each mapping the report does not itself state. Names of the whole
//! city or its urban core (市区, 主城区) are not places of any one county.
//! - A place's note, why we put it where the report does not say, is in both languages
//!   (`note_zh` and `note_en`), checked like a figure's (`crate::language`): a note in one
//!   language only is refused.

use crate::document::Document;
use crate::model::{County, CountyItem, Figure, Place, Status};
#[cfg(feature = "catalogue-source")]
use serde::Deserialize;

#[derive(Debug, Clone, Default)]
pub struct Places {
    pub counties: Vec<County>,
    pub places: Vec<Place>,
}

/// `places.toml` as written.
#[cfg(feature = "catalogue-source")]
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PlacesFile {
    #[serde(default)]
    county: Vec<County>,
    #[serde(default)]
    place: Vec<PlaceEntry>,
}

#[cfg(feature = "catalogue-source")]
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PlaceEntry {
    name: String,
    county: String,
    stated: bool,
    note_zh: Option<String>,
    note_en: Option<String>,
    /// The former one-language note: refused with a message saying what replaced it.
    note: Option<toml::Value>,
}

impl Places {
    #[cfg(feature = "catalogue-source")]
    pub fn parse(src: &str) -> (Places, Vec<crate::catalogue::Problem>) {
        use crate::catalogue::Problem;
        let mut problems = Vec::new();
        let file: PlacesFile = match toml::from_str(src) {
            Ok(p) => p,
            Err(e) => {
                problems.push(Problem { entry: "places.toml".into(), message: format!("not a valid places file: {e}") });
                return (Places::default(), problems);
            }
        };
        let mut places = Places { counties: file.county, places: vec![] };
        for p in file.place {
            let entry = format!("places.toml:{}", p.name);
            let mut fail = |m: String| problems.push(Problem { entry: entry.clone(), message: m });
            if places.county(&p.county).is_none() {
                fail(format!("unknown county adcode `{}`", p.county));
            }
            let note = crate::catalogue::entry_note(p.note_zh.as_deref(), p.note_en.as_deref(), p.note.is_some(), &mut fail);
            if !p.stated && note.is_none() {
                fail("a mapping the report does not state needs a note".into());
            }
            places.places.push(Place { name: p.name, county: p.county, stated: p.stated, note });
        }
        (places, problems)
    }

    pub fn county(&self, adcode: &str) -> Option<&County> {
        self.counties.iter().find(|c| c.adcode == adcode)
    }

    /// Non-overlapping place names in `text`, in text order, as (char position, place).
    pub fn find(&self, text: &str) -> Vec<(usize, &Place)> {
        let chars: Vec<char> = text.chars().collect();
        let names: Vec<(Vec<char>, &Place)> = self.places.iter().map(|p| (p.name.chars().collect(), p)).collect();
        let mut out = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            match names.iter().filter(|(n, _)| chars[i..].starts_with(n)).max_by_key(|(n, _)| n.len()) {
                Some((n, p)) => {
                    out.push((i, *p));
                    i += n.len();
                }
                None => i += 1,
            }
        }
        out
    }

    /// Adcodes of the counties named in `text`, sorted, without repeats.
    pub fn counties_named_in(&self, text: &str) -> Vec<String> {
        let mut c: Vec<String> = self.find(text).into_iter().map(|(_, p)| p.county.clone()).collect();
        c.sort();
        c.dedup();
        c
    }
}

/// One item per (sentence, county) pair where the sentence names a place of the county.
pub fn county_items(doc: &Document, places: &Places, figures: &[Figure]) -> Vec<CountyItem> {
    let mut items = Vec::new();
    for s in &doc.sentences {
        let text = doc.text.slice(s.span);
        let mut seen: Vec<&str> = Vec::new();
        for (_, p) in places.find(text) {
            if seen.contains(&p.county.as_str()) {
                continue;
            }
            seen.push(&p.county);
            let part = doc.parts[doc.blocks[s.block].part].number;
            items.push(CountyItem {
                county: p.county.clone(),
                place: p.name.clone(),
                stated: p.stated,
                status: if part == 1 { Status::Actual } else { Status::Target },
                sentence: text.to_string(),
                span: [s.span.start, s.span.end],
                // Only the sentence's figures that belong to this county: a sentence about 沁水
                // may carry 阳城's figure in its next clause.
                figures: figures
                    .iter()
                    .filter(|f| !f.is_derived() && s.span.start <= f.numeral[0] && f.numeral[1] <= s.span.end)
                    .filter(|f| f.counties.contains(&p.county))
                    .map(|f| f.id.clone())
                    .collect(),
            });
        }
    }
    items
}

#[cfg(all(test, feature = "catalogue-source"))]
mod tests {
    use super::*;

    const FIXTURE: &str = r#"
[[county]]
adcode = "140525"
zh = "泽州县"
en = "Zezhou County"
[[county]]
adcode = "140522"
zh = "阳城县"
en = "Yangcheng County"
[[place]]
name = "泽州"
county = "140525"
stated = true
[[place]]
name = "泽州县"
county = "140525"
stated = true
[[place]]
name = "皇城相府"
county = "140522"
stated = false
note_zh = "在阳城县北留镇。"
note_en = "In Beiliu (“北留镇”), Yangcheng County."
"#;

    #[test]
    fn longest_names_win_and_do_not_overlap() {
        let (p, problems) = Places::parse(FIXTURE);
        assert!(problems.is_empty(), "{problems:?}");
        let found: Vec<_> = p.find("泽州县入选，抓好皇城相府、泽州铸造").into_iter().map(|(i, p)| (i, p.name.as_str())).collect();
        assert_eq!(found, vec![(0, "泽州县"), (8, "皇城相府"), (13, "泽州")]);
        assert_eq!(p.counties_named_in("抓好皇城相府建设"), vec!["140522".to_string()]);
    }

    #[test]
    fn unstated_mapping_needs_a_note_and_a_known_county() {
        let bad = "[[county]]\nadcode = \"140522\"\nzh = \"阳城县\"\nen = \"Yangcheng\"\n[[place]]\nname = \"析城山\"\ncounty = \"140522\"\nstated = false\n[[place]]\nname = \"某地\"\ncounty = \"999999\"\nstated = true\n";
        let (_, problems) = Places::parse(bad);
        let msgs: Vec<_> = problems.iter().map(|p| p.to_string()).collect();
        assert_eq!(msgs, vec![
            "places.toml:析城山: a mapping the report does not state needs a note".to_string(),
            "places.toml:某地: unknown county adcode `999999`".to_string(),
        ]);
    }

    #[test]
    fn a_place_note_is_in_both_languages_each_in_its_own() {
        let head = "[[county]]\nadcode = \"140522\"\nzh = \"阳城县\"\nen = \"Yangcheng\"\n[[place]]\nname = \"析城山\"\ncounty = \"140522\"\nstated = false\n";
        let msgs = |extra: &str| Places::parse(&format!("{head}{extra}")).1.into_iter().map(|p| p.message).collect::<Vec<_>>();
        assert!(msgs("note_en = \"A mountain of Yangcheng.\"\n").iter().any(|m| m.contains("English only")));
        assert!(msgs("note = \"A mountain.\"\n").iter().any(|m| m.contains("`note_zh` and `note_en`")));
        assert!(msgs("note_zh = \"阳城县西南的山。\"\nnote_en = \"A mountain of 阳城县.\"\n").iter().any(|m| m.contains("`note_en` has Chinese")));
        let (p, problems) = Places::parse(&format!("{head}note_zh = \"阳城县西南的山。\"\nnote_en = \"A mountain in the south-west of Yangcheng County.\"\n"));
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(p.places[0].note.as_ref().map(|n| n.zh.as_str()), Some("阳城县西南的山。"));
    }
}
