//! The report as a document (`seeds/source.toml`): its title and issuer, the session it was
//! delivered to, who delivered it, where the official text is published, and the public pages
//! these facts rest on.
//!
//! Rules:
//! - The text says only whose report it is and which years it covers; every other fact names its
//!   basis by number, and every number is a `[[basis]]` entry (a page, its publisher, its date and
//!   what it says, in both languages). A basis nothing cites is a slip, and so is one cited twice
//!   under the same number.
//! - A speaker no page names for this report itself is marked `inferred`; a publication whose
//!   page was not found says `page_confirmed = false`. The About page words these as what they
//!   are, so the reader never takes an inference for a reported fact.
//! - Dates are ISO calendar dates; a session ends on or after it starts; addresses are http(s).
//! - `chars` and `sha256` are measured from the text, never written in the file.
//! - Like the catalogue, checking never stops at the first problem.

use crate::catalogue::Problem;
use crate::export::is_iso_date;
use crate::model::{Basis, Delivery, Publication, Source, Speaker};
use serde::Deserialize;
use sha2::{Digest, Sha256};

/// The file name under `seeds/`, used in problem messages.
pub const FILE: &str = "source.toml";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SourceFile {
    title_zh: String,
    title_en: String,
    author_zh: String,
    author_en: String,
    year: i32,
    delivered: Option<Delivery>,
    speaker: Option<Speaker>,
    published: Option<Publication>,
    #[serde(default)]
    basis: Vec<Basis>,
}

/// Reads the file and checks it; `text_file` and `text` are the report's file name and contents.
pub fn read(src: &str, text_file: &str, text: &str) -> (Source, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut fail = |m: String| problems.push(Problem { entry: FILE.into(), message: m });
    let file: SourceFile = match toml::from_str(src) {
        Ok(f) => f,
        Err(e) => {
            fail(format!("not a valid source file: {e}"));
            return (measured(Source::default_for(text_file), text), problems);
        }
    };
    for (what, zh, en) in [("title", &file.title_zh, &file.title_en), ("author", &file.author_zh, &file.author_en)] {
        if zh.trim().is_empty() || en.trim().is_empty() {
            fail(format!("the {what} is missing in one language"));
        }
    }
    let mut cited: Vec<u32> = Vec::new();
    if let Some(d) = &file.delivered {
        for date in [&d.from, &d.to] {
            if !is_iso_date(date) {
                fail(format!("delivered: `{date}` is not a date written YYYY-MM-DD"));
            }
        }
        if d.to < d.from {
            fail(format!("delivered: the session ends ({}) before it starts ({})", d.to, d.from));
        }
        if d.session_zh.trim().is_empty() || d.session_en.trim().is_empty() {
            fail("delivered: the session is missing in one language".into());
        }
        if d.basis.is_empty() {
            fail("delivered: names no basis".into());
        }
        cited.extend(&d.basis);
    }
    if let Some(s) = &file.speaker {
        if [&s.name_zh, &s.name_en, &s.role_zh, &s.role_en].iter().any(|x| x.trim().is_empty()) {
            fail("speaker: the name or role is missing in one language".into());
        }
        if s.basis.is_empty() {
            fail("speaker: names no basis".into());
        }
        cited.extend(&s.basis);
    }
    if let Some(p) = &file.published {
        if !is_http(&p.url) {
            fail(format!("published: `{}` is not an http(s) address", p.url));
        }
    }
    for (i, b) in file.basis.iter().enumerate() {
        if file.basis[..i].iter().any(|o| o.id == b.id) {
            fail(format!("basis {} is numbered twice", b.id));
        }
        if !cited.contains(&b.id) {
            fail(format!("basis {} is cited by nothing", b.id));
        }
        if !is_http(&b.url) {
            fail(format!("basis {}: `{}` is not an http(s) address", b.id, b.url));
        }
        if !is_iso_date(&b.date) {
            fail(format!("basis {}: `{}` is not a date written YYYY-MM-DD", b.id, b.date));
        }
        if [&b.publisher_zh, &b.publisher_en, &b.says_zh, &b.says_en].iter().any(|x| x.trim().is_empty()) {
            fail(format!("basis {}: says nothing in one of its languages", b.id));
        }
    }
    for id in cited {
        if !file.basis.iter().any(|b| b.id == id) {
            fail(format!("basis {id} is cited but not given"));
        }
    }
    let source = Source {
        title_zh: file.title_zh,
        title_en: file.title_en,
        author_zh: file.author_zh,
        author_en: file.author_en,
        year: file.year,
        text_file: text_file.into(),
        chars: 0,
        sha256: String::new(),
        delivered: file.delivered,
        speaker: file.speaker,
        published: file.published,
        basis: file.basis,
    };
    (measured(source, text), problems)
}

fn is_http(url: &str) -> bool {
    (url.starts_with("https://") || url.starts_with("http://")) && !url.contains(char::is_whitespace)
}

fn measured(mut source: Source, text: &str) -> Source {
    source.chars = text.chars().count();
    source.sha256 = Sha256::digest(text.as_bytes()).iter().map(|b| format!("{b:02x}")).collect();
    source
}

impl Source {
    /// A source that names only its file, for a catalogue bound without `source.toml`.
    pub fn default_for(text_file: &str) -> Source {
        Source {
            title_zh: String::new(),
            title_en: String::new(),
            author_zh: String::new(),
            author_en: String::new(),
            year: 0,
            text_file: text_file.into(),
            chars: 0,
            sha256: String::new(),
            delivered: None,
            speaker: None,
            published: None,
            basis: vec![],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
title_zh = "报告"
title_en = "Report"
author_zh = "政府"
author_en = "Government"
year = 2024
[delivered]
session_zh = "会议"
session_en = "Session"
from = "2024-03-19"
to = "2024-03-22"
basis = [1]
[[basis]]
id = 1
url = "https://example.org/a"
publisher_zh = "网站"
publisher_en = "Site"
date = "2024-03-18"
says_zh = "会议召开。"
says_en = "The session meets."
"#;

    #[test]
    fn the_checked_in_file_reads_without_problems() {
        let src = std::fs::read_to_string(crate::seeds::default_dir().join(FILE)).unwrap();
        let (source, problems) = read(&src, "000.txt", crate::REPORT_TEXT);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(source.chars, crate::REPORT_TEXT.chars().count());
        assert!(source.delivered.is_some() && source.speaker.is_some() && source.published.is_some());
    }

    #[test]
    fn length_and_checksum_are_measured_from_the_text() {
        let (source, problems) = read(GOOD, "t.txt", "各位代表");
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(source.chars, 4);
        // The SHA-256 of the empty string is well known; of a text it must change with the text.
        let (empty, _) = read(GOOD, "t.txt", "");
        assert_eq!(empty.sha256, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assert_ne!(source.sha256, empty.sha256);
        assert_eq!(source.sha256.len(), 64);
    }

    #[test]
    fn every_fact_needs_a_basis_that_exists_and_every_basis_a_fact() {
        let uncited = GOOD.replace("basis = [1]", "basis = [2]");
        let (_, problems) = read(&uncited, "t.txt", "");
        let msgs: Vec<String> = problems.iter().map(|p| p.message.clone()).collect();
        assert!(msgs.iter().any(|m| m == "basis 2 is cited but not given"), "{msgs:?}");
        assert!(msgs.iter().any(|m| m == "basis 1 is cited by nothing"), "{msgs:?}");
    }

    #[test]
    fn bad_dates_addresses_and_missing_languages_are_all_reported() {
        let bad = GOOD
            .replace("to = \"2024-03-22\"", "to = \"2024-03-02\"")
            .replace("https://example.org/a", "example.org/a")
            .replace("says_en = \"The session meets.\"", "says_en = \" \"");
        let (_, problems) = read(&bad, "t.txt", "");
        let msgs: Vec<String> = problems.iter().map(|p| p.message.clone()).collect();
        assert_eq!(msgs.len(), 3, "{msgs:?}");
        assert!(msgs[0].contains("ends (2024-03-02) before it starts"));
        assert!(msgs[1].contains("not an http(s) address"));
        assert!(msgs[2].contains("says nothing in one of its languages"));
    }
}
