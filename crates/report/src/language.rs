//! Which language a text is in: the one rule by which the catalogue's loader refuses a note in
//! the wrong language and the app's language test judges every text of every page.
//!
//! Rules:
//! - Chinese is Han characters ([`is_han`]): CJK Unified Ideographs, Extension A and the
//!   compatibility ideographs. An English text holds none, except where it is marked Chinese (in
//!   a page, an element with `lang="zh-CN"`; in a note, a “…” run, see below).
//! - English prose in a Chinese text is a run of three or more Latin words ([`latin_prose`]):
//!   words joined only by spaces, digits and ASCII punctuation. Han characters, CJK punctuation
//!   and `/` end a run; so do units and acronyms, which are no prose in either language: words in
//!   capitals (GDP, PM2.5, 5G, SVG, CSV, JSON), the units of [`UNITS`] (km, kW, μg/m³) and
//!   addresses (a word with `://`, `www.` or a dot between letters, obor.nea.gov.cn).
//! - A note (a figure's or a place's, `note_zh` and `note_en`) carries two marks ([`note_runs`]):
//!   a figure id in backticks (`gdp-2023`, shown as code) and the report's words in Chinese
//!   quotation marks (“3年500亿”, shown marked `lang="zh-CN"` when it holds Han). [`note_problems`]
//!   says what is wrong with a note: one language missing, Han outside “…” in the English,
//!   English prose outside backticks in the Chinese, a mark left open.

use crate::model::Label;

/// Whether `c` is a Han character (see the module rules).
pub fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{2FA1F}')
}

/// The first Han character of `text`, if any.
pub fn first_han(text: &str) -> Option<char> {
    text.chars().find(|&c| is_han(c))
}

/// Lower-case units and symbols a Chinese text may use without being English prose.
pub const UNITS: &[&str] = &["km", "kW", "kWh", "kg", "mg", "μg", "m", "g", "t", "h", "vs"];

/// Whether a word is an address (see the module rules).
fn is_address(word: &str) -> bool {
    let b: Vec<char> = word.chars().collect();
    word.contains("://") || word.starts_with("www.") || b.windows(3).any(|w| w[0].is_ascii_alphanumeric() && w[1] == '.' && w[2].is_ascii_alphabetic())
}

/// Whether a word is a unit or an acronym, not prose: capitals (two or more, or one with digits:
/// GDP, PM2.5, 5G) or one of [`UNITS`].
fn is_unit_or_acronym(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    let digits = word.chars().any(|c| c.is_ascii_digit());
    let capitals = !letters.is_empty() && letters.len() <= 6 && letters.iter().all(|c| c.is_uppercase()) && (letters.len() >= 2 || digits);
    capitals || UNITS.contains(&word)
}

/// Whether `c` ends a run of Latin words.
fn breaks_run(c: char) -> bool {
    is_han(c) || c == '/' || ('\u{3000}'..='\u{303F}').contains(&c) || ('\u{FF00}'..='\u{FFEF}').contains(&c) || ('\u{2E80}'..='\u{2FFF}').contains(&c)
}

/// The first run of three or more Latin words in `text` (English prose), if any.
pub fn latin_prose(text: &str) -> Option<String> {
    let mut run: Vec<String> = Vec::new();
    let flush = |run: &mut Vec<String>| -> Option<String> {
        let found = (run.len() >= 3).then(|| run.join(" "));
        run.clear();
        found
    };
    for chunk in text.split(char::is_whitespace) {
        // A chunk may hold breaking characters: each break ends the run.
        for (i, piece) in chunk.split(breaks_run).enumerate() {
            if i > 0 {
                if let Some(f) = flush(&mut run) {
                    return Some(f);
                }
            }
            let piece = piece.trim_matches(|c: char| !c.is_alphanumeric() && c != 'μ');
            if is_address(piece) || is_unit_or_acronym(piece) {
                if let Some(f) = flush(&mut run) {
                    return Some(f);
                }
                continue;
            }
            // Words joined by hyphens or other punctuation are words each (an id is several).
            for word in piece.split(|c: char| !c.is_alphanumeric() && c != 'μ') {
                if !word.chars().any(|c| c.is_ascii_alphabetic()) {
                    // Digits join the words around them.
                    continue;
                }
                if is_unit_or_acronym(word) {
                    if let Some(f) = flush(&mut run) {
                        return Some(f);
                    }
                    continue;
                }
                run.push(word.to_string());
            }
        }
    }
    flush(&mut run)
}

/// A text of one language cut where the other script runs (`true` for such a run): runs of Han
/// in an English text (with the CJK punctuation and digits between them), runs of Latin words
/// in a Chinese one. For texts written before notes had marks and never rewritten (the
/// corrections log), so that a page can still mark the report's words as Chinese.
pub fn foreign_runs(text: &str, lang: crate::format::Lang) -> Vec<(bool, &str)> {
    use crate::format::Lang;
    let starts = |c: char| match lang {
        Lang::En => is_han(c),
        Lang::Zh => c.is_ascii_alphabetic(),
    };
    let continues = |c: char| match lang {
        Lang::En => is_han(c) || breaks_run(c) && c != '/' || c.is_ascii_digit() || c == '.' || c == '·',
        Lang::Zh => c.is_ascii_alphanumeric() || matches!(c, ' ' | '-' | '\'' | '.' | ','),
    };
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut own_from = 0;
    let mut k = 0;
    while k < chars.len() {
        let (i, c) = chars[k];
        if !starts(c) {
            k += 1;
            continue;
        }
        // The run goes on while it may, and ends after its last char of the other script (or,
        // in English, CJK punctuation that closes: 、 ， ） ”).
        let (mut last, mut last_k) = (i + c.len_utf8(), k + 1);
        let mut m = k + 1;
        while m < chars.len() && continues(chars[m].1) {
            let (j, d) = chars[m];
            if starts(d) || (lang == Lang::En && breaks_run(d) && !matches!(d, '（' | '“')) {
                (last, last_k) = (j + d.len_utf8(), m + 1);
            }
            m += 1;
        }
        if own_from < i {
            out.push((false, &text[own_from..i]));
        }
        out.push((true, &text[i..last]));
        own_from = last;
        k = last_k;
    }
    if own_from < text.len() {
        out.push((false, &text[own_from..]));
    }
    out
}

/// What a stretch of a note is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunKind {
    /// Text in the note's own language.
    Text,
    /// The report's words in “…”, quotation marks included, holding Han: Chinese in any note.
    Chinese,
    /// A figure id, written in backticks (the backticks left out).
    Id,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Run<'a> {
    pub kind: RunKind,
    pub text: &'a str,
}

/// A note cut into its marked stretches (see the module rules). An unclosed mark runs to the end.
pub fn note_runs(note: &str) -> Vec<Run<'_>> {
    let mut out = Vec::new();
    let mut rest = note;
    while !rest.is_empty() {
        let next = rest.find(['`', '“']);
        let Some(at) = next else {
            out.push(Run { kind: RunKind::Text, text: rest });
            break;
        };
        if at > 0 {
            out.push(Run { kind: RunKind::Text, text: &rest[..at] });
        }
        let open = rest[at..].chars().next().unwrap();
        let body = &rest[at + open.len_utf8()..];
        let close = if open == '`' { '`' } else { '”' };
        let end = body.find(close).unwrap_or(body.len());
        if open == '`' {
            out.push(Run { kind: RunKind::Id, text: &body[..end] });
            rest = body.get(end + 1..).unwrap_or("");
        } else {
            let with_marks = &rest[at..at + open.len_utf8() + (end + close.len_utf8()).min(body.len())];
            let kind = if first_han(with_marks).is_some() { RunKind::Chinese } else { RunKind::Text };
            out.push(Run { kind, text: with_marks });
            rest = body.get(end + close.len_utf8()..).unwrap_or("");
        }
    }
    out
}

/// The figure ids a note names (in backticks).
pub fn note_ids(note: &str) -> Vec<&str> {
    note_runs(note).into_iter().filter(|r| r.kind == RunKind::Id).map(|r| r.text).collect()
}

/// A note's two languages from an entry's `note_zh` and `note_en`: none, both, or a problem.
pub fn note_pair(zh: Option<&str>, en: Option<&str>) -> Result<Option<Label>, String> {
    let given = |s: Option<&str>| s.map(str::trim).filter(|s| !s.is_empty()).map(str::to_string);
    match (given(zh), given(en)) {
        (None, None) if zh.is_none() && en.is_none() => Ok(None),
        (Some(zh), Some(en)) => Ok(Some(Label { zh, en })),
        (Some(_), None) => Err("a note in Chinese only: give `note_en` too".into()),
        (None, Some(_)) => Err("a note in English only: give `note_zh` too".into()),
        (None, None) => Err("an empty note: remove `note_zh` and `note_en`, or write both".into()),
    }
}

/// What is wrong with a note's languages (see the module rules); empty when nothing is.
pub fn note_problems(note: &Label) -> Vec<String> {
    let mut out = Vec::new();
    for (which, text) in [("note_zh", &note.zh), ("note_en", &note.en)] {
        if text.matches('`').count() % 2 == 1 {
            out.push(format!("`{which}` leaves a backtick open"));
        }
        if text.matches('“').count() != text.matches('”').count() {
            out.push(format!("`{which}` leaves a “ or ” unmatched"));
        }
    }
    for r in note_runs(&note.en) {
        if r.kind == RunKind::Text {
            if let Some(c) = first_han(r.text) {
                out.push(format!("`note_en` has Chinese ({c}) outside “…”: «{}»", r.text.trim()));
            }
        }
    }
    for r in note_runs(&note.zh) {
        if r.kind == RunKind::Text {
            if let Some(p) = latin_prose(r.text) {
                out.push(format!("`note_zh` has English prose («{p}»): translate it, or put an id in backticks"));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn han_is_chinese_and_punctuation_alone_is_not() {
        assert_eq!(first_han("Jincheng (晋城)"), Some('晋'));
        assert_eq!(first_han("“about 6%” · ≥ 10 km"), None);
        assert!(!is_han('，') && !is_han('“'));
    }

    #[test]
    fn three_latin_words_are_prose_units_and_acronyms_are_not() {
        assert_eq!(latin_prose("A band: each of five"), Some("A band each of five".into()));
        assert_eq!(latin_prose("全市GDP增长6%，PM2.5降至34.7μg/m³，建成5G基站"), None);
        assert_eq!(latin_prose("下载 SVG、PNG、CSV 或 JSON 文件"), None);
        assert_eq!(latin_prose("精度约100 km，装机120万kW"), None);
        assert_eq!(latin_prose("见 obor.nea.gov.cn/detail2/4906.html 和 https://example.org/a/b"), None);
        // Two words are a name beside its Chinese, not prose; Han ends a run.
        assert_eq!(latin_prose("地图：echarts-china 数据"), None);
        assert!(latin_prose("地图：echarts-china-cities-pypkg 0.0.9").is_some(), "a package name is marked as code");
        assert_eq!(latin_prose("Open Data 标准数据包 Package"), None);
        assert_eq!(latin_prose("标准数据包（Frictionless Data Package）"), Some("Frictionless Data Package".into()));
        // An id is three words unless it is marked (the caller leaves code out).
        assert!(latin_prose("见 urban-job-completion-rank-2023").is_some());
        assert_eq!(latin_prose("grew by 3 times"), Some("grew by times".into()));
    }

    #[test]
    fn the_other_script_is_cut_out() {
        use crate::format::Lang;
        let en = foreign_runs("The 4 parks (台头, 平城) and 30万元、50万元以上 (or more).", Lang::En);
        let marked: Vec<&str> = en.iter().filter(|r| r.0).map(|r| r.1).collect();
        assert_eq!(marked, vec!["台头", "平城", "万元、50万元以上"]);
        assert_eq!(en.iter().map(|r| r.1).collect::<String>(), "The 4 parks (台头, 平城) and 30万元、50万元以上 (or more).");
        let zh = foreign_runs("此前有三种译法（optomechatronics、optics-mechanics-electronics）。", Lang::Zh);
        let marked: Vec<&str> = zh.iter().filter(|r| r.0).map(|r| r.1).collect();
        assert_eq!(marked, vec!["optomechatronics", "optics-mechanics-electronics"]);
    }

    #[test]
    fn a_note_is_cut_at_its_marks() {
        let runs = note_runs("Read “增长3倍” as ×4; see `gdp-2023`. Said “twice”.");
        let kinds: Vec<_> = runs.iter().map(|r| (r.kind, r.text)).collect();
        assert_eq!(kinds, vec![
            (RunKind::Text, "Read "),
            (RunKind::Chinese, "“增长3倍”"),
            (RunKind::Text, " as ×4; see "),
            (RunKind::Id, "gdp-2023"),
            (RunKind::Text, ". Said "),
            (RunKind::Text, "“twice”"),
            (RunKind::Text, "."),
        ]);
        assert_eq!(note_ids("见`a-1`与`b-2`"), vec!["a-1", "b-2"]);
    }

    #[test]
    fn a_note_needs_both_languages_each_in_its_own() {
        assert_eq!(note_pair(None, None), Ok(None));
        assert!(note_pair(Some("说明"), None).unwrap_err().contains("Chinese only"));
        assert!(note_pair(None, Some("Note")).unwrap_err().contains("English only"));
        assert!(note_pair(Some(" "), Some("Note")).is_err());
        let ok = Label { zh: "排名全省第一（`key-rank-2023`）。".into(), en: "Ranked first in the province (“全省第一”, `key-rank-2023`).".into() };
        assert!(note_problems(&ok).is_empty(), "{:?}", note_problems(&ok));
        let bad = Label { zh: "A band: first or second 在全省".into(), en: "泽州 and 高平, “open".into() };
        let p = note_problems(&bad);
        assert!(p.iter().any(|m| m.contains("unmatched")), "{p:?}");
        assert!(p.iter().any(|m| m.contains("`note_en` has Chinese (泽)")), "{p:?}");
        assert!(p.iter().any(|m| m.contains("`note_zh` has English prose")), "{p:?}");
    }
}
