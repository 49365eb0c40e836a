//! The English of the report's headings (`seeds/structure.toml`): the three parts, the eight
//! lines of the 2023 review and the ten programmes (the ten battles) of the 2024 plan, for the
//! table of contents of English pages.
//!
//! Rules:
//! - An entry is a `[[heading]]` with `part` (its number in the text, 1–3), `section` (its number
//!   within the part; none for the part itself), `zh` (the heading as the table of contents gives
//!   it, [`crate::document::Section::toc_title`]) and `en`.
//! - Every heading of the document has exactly one entry and there is none for a heading the
//!   document lacks; `zh` must be the document's own words, so an entry cannot drift to another
//!   heading; `en` is English (no Han character, [`crate::language`]).
//! - A programme of the 2024 plan (part 2) also gives `aim_en`, the English of its heading's
//!   second half (what the battle aims at); no other heading does.
//! - The app looks a heading's English up through [`crate::model::Catalogue::heading_en`] and
//!   [`crate::model::Catalogue::aim_en`] only.
//! - Like the catalogue, checking never stops at the first problem.

use crate::catalogue::Problem;
use crate::document::Document;
use crate::model::Heading;
use serde::Deserialize;

/// The file name under `seeds/`, used in problem messages.
pub const FILE: &str = "structure.toml";

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct StructureFile {
    #[serde(default)]
    heading: Vec<Heading>,
}

fn key(h: &Heading) -> String {
    match h.section {
        None => format!("{FILE}:part {}", h.part),
        Some(s) => format!("{FILE}:part {} section {s}", h.part),
    }
}

/// Reads the headings' English and checks it against the document. See the module rules.
pub fn read(src: &str, doc: &Document) -> (Vec<Heading>, Vec<Problem>) {
    let file: StructureFile = match toml::from_str(src) {
        Ok(f) => f,
        Err(e) => return (vec![], vec![Problem { entry: FILE.into(), message: format!("not a valid structure file: {e}") }]),
    };
    // The document's headings, by (part, section), with the words the table of contents shows.
    let mut expected: Vec<(u8, Option<u8>, String)> = Vec::new();
    for p in doc.parts.iter().filter(|p| p.heading.is_some()) {
        expected.push((p.number, None, p.title.clone()));
        for s in &p.sections {
            expected.push((p.number, Some(s.number), s.toc_title().to_string()));
        }
    }
    let mut problems = Vec::new();
    let mut seen: Vec<(u8, Option<u8>)> = Vec::new();
    for h in &file.heading {
        let mut fail = |m: String| problems.push(Problem { entry: key(h), message: m });
        if seen.contains(&(h.part, h.section)) {
            fail("given twice".into());
        }
        seen.push((h.part, h.section));
        match expected.iter().find(|(p, s, _)| *p == h.part && *s == h.section) {
            None => fail("the report has no such heading".into()),
            Some((_, _, zh)) if *zh != h.zh => fail(format!("`zh` is «{}», but the report's heading reads «{zh}»", h.zh)),
            Some(_) => {}
        }
        match (&h.aim_en, h.part == 2 && h.section.is_some()) {
            (None, true) => fail("a programme of the plan needs `aim_en`".into()),
            (Some(_), false) => fail("only a programme of the plan has `aim_en`".into()),
            (Some(a), true) if crate::language::first_han(a).is_some() || a.trim().is_empty() => fail("`aim_en` must be English".into()),
            _ => {}
        }
        if h.en.trim().is_empty() {
            fail("`en` is empty".into());
        } else if let Some(c) = crate::language::first_han(&h.en) {
            fail(format!("`en` holds Chinese ({c})"));
        }
    }
    for (p, s, zh) in &expected {
        if !seen.contains(&(*p, *s)) {
            let h = Heading { part: *p, section: *s, zh: zh.clone(), en: String::new(), aim_en: None };
            problems.push(Problem { entry: key(&h), message: format!("the heading «{zh}» has no English") });
        }
    }
    (file.heading, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "各位代表：\n\n一、2023年工作回顾\n\n一是着力推动产业转型。全年煤炭产量1.47亿吨。\n\n二、2024年工作安排\n\n（一）坚定不移打好产业转型攻坚战，推动高质量发展态势更加稳健\n\n加快转型。";

    fn messages(src: &str) -> Vec<String> {
        read(src, &Document::parse(TEXT)).1.into_iter().map(|p| p.to_string()).collect()
    }

    #[test]
    fn every_heading_has_its_english_and_no_other() {
        let good = r#"
            [[heading]]
            part = 1
            zh = "2023年工作回顾"
            en = "Review of 2023"
            [[heading]]
            part = 1
            section = 1
            zh = "着力推动产业转型"
            en = "Industrial transformation"
            [[heading]]
            part = 2
            zh = "2024年工作安排"
            en = "Work for 2024"
            [[heading]]
            part = 2
            section = 1
            zh = "坚定不移打好产业转型攻坚战"
            en = "The battle for industrial transformation"
            aim_en = "steadier high-quality development"
        "#;
        let (headings, problems) = read(good, &Document::parse(TEXT));
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(headings.len(), 4);
        // A programme without its aim, and an aim where no programme is: both named.
        let without = good.replace("            aim_en = \"steadier high-quality development\"\n", "");
        assert_eq!(messages(&without), ["structure.toml:part 2 section 1: a programme of the plan needs `aim_en`"]);
        let misplaced = good.replacen("en = \"Review of 2023\"", "en = \"Review of 2023\"\n            aim_en = \"x\"", 1);
        assert_eq!(messages(&misplaced), ["structure.toml:part 1: only a programme of the plan has `aim_en`"]);

        let m = messages(r#"
            [[heading]]
            part = 1
            zh = "2023年工作回顾"
            en = "Review of 2023"
            [[heading]]
            part = 1
            zh = "2023年工作回顾"
            en = "Again"
            [[heading]]
            part = 1
            section = 1
            zh = "着力推动产业升级"
            en = "转型"
            [[heading]]
            part = 3
            zh = "政府"
            en = "Government"
        "#);
        assert!(m.contains(&"structure.toml:part 1: given twice".to_string()), "{m:?}");
        assert!(m.iter().any(|p| p.starts_with("structure.toml:part 1 section 1: `zh` is «着力推动产业升级»")), "{m:?}");
        assert!(m.contains(&"structure.toml:part 1 section 1: `en` holds Chinese (转)".to_string()), "{m:?}");
        assert!(m.contains(&"structure.toml:part 3: the report has no such heading".to_string()), "{m:?}");
        assert!(m.contains(&"structure.toml:part 2: the heading «2024年工作安排» has no English".to_string()), "{m:?}");
        assert!(m.contains(&"structure.toml:part 2 section 1: the heading «坚定不移打好产业转型攻坚战» has no English".to_string()), "{m:?}");
        assert!(messages("[[heading]]\npart = 1\nzh = \"x\"\nen = \"y\"\nfr = \"z\"\n")[0].contains("not a valid structure file"));
    }

    #[test]
    fn the_checked_in_file_gives_every_heading_its_english() {
        let c = crate::seeds::checked().catalogue;
        // The three parts, the eight review lines and the ten programmes.
        assert_eq!(c.headings.len(), 3 + 8 + 10);
        assert_eq!(c.heading_en(2, Some(1)), c.headings.iter().find(|h| h.part == 2 && h.section == Some(1)).map(|h| h.en.as_str()));
        assert!(c.heading_en(2, Some(11)).is_none());
    }
}
