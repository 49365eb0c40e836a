//! Reading the curated catalogue (`seeds/figures/*.toml`, `seeds/places.toml`) and binding every
//! entry to the report text.
//!
//! Rules (see `seeds/figures/README.md` for the file format):
//! - An entry binds through its quote: the quote must occur verbatim in the text (exactly once,
//!   or `occurrence` says which), and its value must be one of the quantities the scanner reads in
//!   the quote (exactly once, or `nth` says which). Unit and qualifier come from the scanner unless
//!   the entry corrects them.
//! - Two entries may not claim the same numeral of the text, except a number stated for each item
//!   of a list (各, see the scanner's `each_of`): one entry per item, no more.
//! - A rank says what kind of rank it is (`rank`: place, band or left_bottom): place exactly when
//!   the text writes 第 before the number, which is also the default; any other rank must say.
//!   A figure that is not a rank has no `rank`.
//! - The coverage check ([`Bound::uncovered`]) holds every quantity the scanner reads, in digits or
//!   in words: each is a figure or lies inside a `not_a_figure` quote.
//! - A figure belongs to the counties whose places its own clause names
//!   ([`Document::clause_at`]), unless the entry lists its counties (with a note saying why, for
//!   example when the clause continues a sentence whose subject is a place).
//! - Status and year default from the part of the report: part one is the 2023 review (actual,
//!   2023), the rest is the 2024 plan (target, 2024).
//! - Loading never stops at the first problem: it returns the catalogue it could build together
//!   with every [`Problem`], each naming its entry. Callers that must not ship a wrong catalogue (the
//!   build script, the export, the tests) refuse a non-empty list.

use crate::document::Document;
use crate::model::*;
use crate::places::Places;
use crate::scanner::{self, Kind, Qualifier, Quantity};
use crate::span::Span;
use serde::Deserialize;
use std::collections::{HashMap, HashSet};
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// `file:id`, or the file alone for a file-level problem.
    pub entry: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.entry, self.message)
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum EntryValue {
    Number(f64),
    Written(String),
}

impl EntryValue {
    fn matches(&self, q: &Quantity) -> bool {
        match self {
            EntryValue::Number(n) => q.kind == Kind::Number && (q.value - n).abs() < 1e-9,
            EntryValue::Written(w) => &q.written == w,
        }
    }
    fn describe(&self) -> String {
        match self {
            EntryValue::Number(n) => n.to_string(),
            EntryValue::Written(w) => format!("\"{w}\""),
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FigureEntry {
    pub id: String,
    pub zh: String,
    pub en: String,
    pub quote: String,
    pub value: EntryValue,
    pub sector: String,
    pub measure: String,
    pub rank: Option<String>,
    pub counts: Option<String>,
    pub status: Option<String>,
    pub year: Option<i32>,
    pub since: Option<i32>,
    pub counties: Option<Vec<String>>,
    pub nth: Option<usize>,
    pub occurrence: Option<usize>,
    pub unit: Option<String>,
    pub qualifier: Option<String>,
    pub note_zh: Option<String>,
    pub note_en: Option<String>,
    /// The former one-language note: refused with a message saying what replaced it.
    pub note: Option<toml::Value>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NotAFigure {
    pub quote: String,
    pub reason: String,
    pub occurrence: Option<usize>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DerivedEntry {
    pub id: String,
    pub zh: String,
    pub en: String,
    pub sector: String,
    pub formula: String,
    pub inputs: Vec<String>,
    pub year: i32,
    pub status: String,
    pub note_zh: Option<String>,
    pub note_en: Option<String>,
    /// The former one-language note: refused with a message saying what replaced it.
    pub note: Option<toml::Value>,
}

/// An entry's note in both languages, checked (see [`crate::language`]); problems go to `fail`.
pub(crate) fn entry_note(zh: Option<&str>, en: Option<&str>, legacy: bool, mut fail: impl FnMut(String)) -> Option<Label> {
    if legacy {
        fail("`note` is written in both languages now: `note_zh` and `note_en`".into());
    }
    match crate::language::note_pair(zh, en) {
        Ok(note) => {
            for m in note.iter().flat_map(crate::language::note_problems) {
                fail(m);
            }
            note
        }
        Err(m) => {
            fail(m);
            None
        }
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceFile {
    #[serde(default)]
    pub figure: Vec<FigureEntry>,
    #[serde(default)]
    pub not_a_figure: Vec<NotAFigure>,
    #[serde(default)]
    pub derived: Vec<DerivedEntry>,
}

/// A numeral the catalogue says is not a figure, with where it stands.
#[derive(Debug, Clone, PartialEq)]
pub struct Exclusion {
    pub span: Span,
    pub reason: String,
}

/// The result of binding: the catalogue plus what the coverage check needs.
#[derive(Debug, Clone)]
pub struct Bound {
    pub catalogue: Catalogue,
    pub exclusions: Vec<Exclusion>,
    /// Every numeral of the text, as scanned.
    pub quantities: Vec<Quantity>,
}

impl Bound {
    /// Quantities (in digits or in words) that are neither claimed by a stated figure nor excluded
    /// by the catalogue; what the scanner classifies as a year, date, code, scheme name, ordinal,
    /// list marker, span of time or idiom is no quantity. Empty when the catalogue is complete.
    pub fn uncovered(&self) -> Vec<&Quantity> {
        let claimed: HashSet<[usize; 2]> = self
            .catalogue
            .figures
            .iter()
            .filter(|f| !f.is_derived())
            .map(|f| f.numeral)
            .collect();
        self.quantities
            .iter()
            .filter(|q| q.kind.is_quantity())
            .filter(|q| !claimed.contains(&[q.numeral.start, q.numeral.end]))
            .filter(|q| !self.exclusions.iter().any(|e| e.span.contains(q.numeral)))
            .collect()
    }
}

fn is_kebab(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Locates `quote` in the text: exactly one occurrence, or the `occurrence`-th (1-based).
fn locate(doc: &Document, quote: &str, occurrence: Option<usize>) -> Result<Span, String> {
    let hits = doc.text.find_all(quote);
    match (hits.len(), occurrence) {
        (0, _) => Err(format!("quote «{quote}» is not in the report text verbatim")),
        (1, None) => Ok(hits[0]),
        (n, None) => Err(format!("quote «{quote}» occurs {n} times in the text: lengthen it or set occurrence")),
        (n, Some(k)) if k == 0 || k > n => Err(format!("quote «{quote}» occurs {n} times, not {k}")),
        (_, Some(k)) => Ok(hits[k - 1]),
    }
}

pub struct Sources<'a> {
    pub text: &'a str,
    /// `(file name, contents)`, in the order they are read.
    pub figure_files: Vec<(String, String)>,
    pub places: &'a str,
    pub glossary: &'a str,
}

/// Binds every entry of every file to the text. See the module rules.
pub fn bind(sources: &Sources) -> (Bound, Vec<Problem>) {
    let doc = Document::parse(sources.text);
    let quantities = scanner::scan(&doc.text);
    let mut problems = Vec::new();
    let (places, place_problems) = Places::parse(sources.places);
    problems.extend(place_problems);
    let glossary = Glossary::parse(sources.glossary).unwrap_or_else(|m| {
        problems.push(Problem { entry: "glossary.toml".into(), message: m });
        Glossary::default()
    });

    let mut figures: Vec<Figure> = Vec::new();
    let mut exclusions = Vec::new();
    let mut ids: HashMap<String, String> = HashMap::new();
    let mut claims: HashMap<[usize; 2], Vec<String>> = HashMap::new();
    let mut derived_entries: Vec<(String, DerivedEntry)> = Vec::new();

    for (file, contents) in &sources.figure_files {
        let parsed: SourceFile = match toml::from_str(contents) {
            Ok(p) => p,
            Err(e) => {
                problems.push(Problem { entry: file.clone(), message: format!("not a valid catalogue file: {e}") });
                continue;
            }
        };
        for e in parsed.figure {
            let entry = format!("{file}:{}", e.id);
            let mut fail = |m: String| problems.push(Problem { entry: entry.clone(), message: m });
            if !is_kebab(&e.id) {
                fail(format!("id `{}` is not kebab-case", e.id));
            }
            if let Some(prev) = ids.insert(e.id.clone(), file.clone()) {
                fail(format!("id `{}` is already used in {prev}", e.id));
            }
            let sector = Sector::parse(&e.sector);
            let measure = Measure::parse(&e.measure);
            if sector.is_none() {
                fail(format!("unknown sector `{}`", e.sector));
            }
            if measure.is_none() {
                fail(format!("unknown measure `{}`", e.measure));
            }
            let note = entry_note(e.note_zh.as_deref(), e.note_en.as_deref(), e.note.is_some(), &mut fail);
            let counts = e.counts.as_deref().and_then(|c| {
                let parsed = Counts::parse(c);
                if parsed.is_none() {
                    fail(format!("unknown counts `{c}`: stock, flow or ceiling"));
                }
                parsed
            });
            let status = match e.status.as_deref().map(Status::parse) {
                Some(None) => {
                    fail(format!("unknown status `{}`", e.status.as_deref().unwrap_or_default()));
                    None
                }
                Some(s) => s,
                None => None,
            };
            let qualifier_override = match e.qualifier.as_deref().map(Qualifier::parse) {
                Some(None) => {
                    fail(format!("unknown qualifier `{}`", e.qualifier.as_deref().unwrap_or_default()));
                    None
                }
                Some(q) => q,
                None => None,
            };
            let span = match locate(&doc, &e.quote, e.occurrence) {
                Ok(s) => s,
                Err(m) => {
                    fail(m);
                    continue;
                }
            };
            let candidates: Vec<&Quantity> = quantities
                .iter()
                .filter(|q| span.contains(q.numeral) && q.kind.is_quantity() && e.value.matches(q))
                .collect();
            let q = match (candidates.len(), e.nth) {
                (0, _) => {
                    fail(format!("value {} is not a quantity in the quote «{}»", e.value.describe(), e.quote));
                    continue;
                }
                (1, None) => candidates[0],
                (n, None) => {
                    fail(format!("value {} occurs {n} times in the quote: set nth", e.value.describe()));
                    continue;
                }
                (n, Some(k)) if k == 0 || k > n => {
                    fail(format!("value {} occurs {n} times in the quote, not {k}", e.value.describe()));
                    continue;
                }
                (_, Some(k)) => candidates[k - 1],
            };
            // Corrections only: an override that repeats the scanner hides a later scanner fix.
            if qualifier_override == Some(q.qualifier) {
                fail(format!("qualifier `{}` is what the scanner reads: remove it", q.qualifier.as_str()));
            }
            let numeral = [q.numeral.start, q.numeral.end];
            let claimed = claims.entry(numeral).or_default();
            if claimed.len() >= q.each_of {
                fail(format!("claims the same words for the same number as `{}` ({} at {}..{})", claimed[0], q.written, numeral[0], numeral[1]));
            }
            claimed.push(e.id.clone());
            let (Some(sector), Some(measure)) = (sector, measure) else { continue };
            let rank = match (measure, e.rank.as_deref()) {
                (Measure::Rank, None) if q.ordinal => Some(RankKind::Place),
                (Measure::Rank, None) => {
                    fail("a rank must say its kind: `rank = \"band\"` (前10, 10强) or `\"left_bottom\"` (退出后50名); only 第N is a place by default".into());
                    None
                }
                (Measure::Rank, Some(r)) => match RankKind::parse(r) {
                    None => {
                        fail(format!("unknown rank kind `{r}` (place, band or left_bottom)"));
                        None
                    }
                    Some(RankKind::Place) if !q.ordinal => {
                        fail(format!("rank `place` needs 第 before the number; «{}» gives none", e.quote));
                        None
                    }
                    Some(k) if k != RankKind::Place && q.ordinal => {
                        fail(format!("the text writes 第 before the number: a place, not `{r}`"));
                        None
                    }
                    k => k,
                },
                (_, Some(_)) => {
                    fail(format!("`rank` is only for measure = \"rank\", not `{}`", measure.as_str()));
                    None
                }
                (_, None) => None,
            };
            let loc = doc.locate(span.start);
            let part_ix = loc.map_or(0, |l| l.part);
            let part = doc.parts[part_ix].number;
            let section = loc.and_then(|l| l.section).map(|s| doc.parts[part_ix].sections[s].number);
            let is_review = part == 1;
            let status = status.unwrap_or(if is_review { Status::Actual } else { Status::Target });
            let year = e.year.unwrap_or(if is_review { 2023 } else { 2024 });
            let (unit, base_unit, base_value) = match &e.unit {
                // A corrected unit (亿元 where the report writes “500亿”) is read like a written one.
                Some(u) if *u != q.unit => {
                    let (base, exp) = scanner::split_magnitude(u);
                    (u.clone(), base.to_string(), q.value * 10f64.powi(exp))
                }
                _ => (q.unit.clone(), q.base_unit.clone(), q.base_value),
            };
            let counties = match &e.counties {
                Some(c) => {
                    for a in c {
                        if places.county(a).is_none() {
                            problems.push(Problem { entry: entry.clone(), message: format!("unknown county adcode `{a}`") });
                        }
                    }
                    c.clone()
                }
                // By clause, not by quote or sentence: the figure's own clause names its place.
                None => doc.clause_at(q.numeral.start).map_or_else(Vec::new, |c| places.counties_named_in(doc.text.slice(c))),
            };
            figures.push(Figure {
                id: e.id.clone(),
                label: Label { zh: e.zh.clone(), en: e.en.clone() },
                value: q.value,
                written: q.written.clone(),
                unit,
                base_value,
                base_unit,
                year,
                since: e.since,
                status,
                qualifier: qualifier_override.unwrap_or(q.qualifier),
                measure,
                rank,
                sector,
                counties,
                quote: e.quote.clone(),
                span: [span.start, span.end],
                numeral,
                derived: None,
                derived_from: vec![],
                note,
                unit_en: String::new(),
                counts,
                part,
                section,
            });
            let f = figures.last_mut().expect("just pushed");
            match glossary.unit_en(f) {
                Ok(u) => f.unit_en = u,
                Err(m) => problems.push(Problem { entry: entry.clone(), message: m }),
            }
            for m in glossary.label_problems(f) {
                problems.push(Problem { entry: entry.clone(), message: m });
            }
        }
        for n in parsed.not_a_figure {
            let entry = format!("{file}:not_a_figure «{}»", n.quote);
            match locate(&doc, &n.quote, n.occurrence) {
                Ok(span) => {
                    if !quantities.iter().any(|q| span.contains(q.numeral) && q.kind.is_quantity()) {
                        problems.push(Problem { entry, message: "holds no numeral that needs excluding".into() });
                    }
                    exclusions.push(Exclusion { span, reason: n.reason });
                }
                Err(m) => problems.push(Problem { entry, message: m }),
            }
        }
        for d in parsed.derived {
            if let Some(prev) = ids.insert(d.id.clone(), file.clone()) {
                problems.push(Problem { entry: format!("{file}:{}", d.id), message: format!("id `{}` is already used in {prev}", d.id) });
            }
            derived_entries.push((file.clone(), d));
        }
    }

    for (file, d) in derived_entries {
        let entry = format!("{file}:{}", d.id);
        match crate::derived::derive(&d, &figures) {
            Ok(mut f) => {
                f.note = entry_note(d.note_zh.as_deref(), d.note_en.as_deref(), d.note.is_some(), |m| problems.push(Problem { entry: entry.clone(), message: m }));
                // In its input's unit, the input's English (what 家 counts); else the glossary's.
                let input = figures.iter().find(|i| Some(&i.id) == f.derived_from.first());
                match input.filter(|i| i.base_unit == f.base_unit) {
                    Some(i) => f.unit_en = i.unit_en.clone(),
                    None => match glossary.unit_en(&f) {
                        Ok(u) => f.unit_en = u,
                        Err(m) => problems.push(Problem { entry: entry.clone(), message: m }),
                    },
                }
                for m in glossary.label_problems(&f) {
                    problems.push(Problem { entry: entry.clone(), message: m });
                }
                figures.push(f);
            }
            Err(m) => problems.push(Problem { entry, message: m }),
        }
    }

    // A note names other figures by id (in backticks): each must be one.
    for f in &figures {
        for id in f.note.iter().flat_map(|n| [n.zh.as_str(), n.en.as_str()]).flat_map(crate::language::note_ids) {
            if !figures.iter().any(|o| o.id == id) {
                let file = ids.get(&f.id).cloned().unwrap_or_default();
                problems.push(Problem { entry: format!("{file}:{}", f.id), message: format!("the note names `{id}`, which is no figure") });
            }
        }
    }

    let county_items = crate::places::county_items(&doc, &places, &figures);
    let catalogue = Catalogue {
        // Named and measured from `seeds/source.toml` afterwards (`crate::provenance`).
        source: Source::default_for("000_fcfb6c78775ab0b2.txt"),
        figures,
        counties: places.counties.clone(),
        places: places.places.clone(),
        county_items,
        glossary,
        // Read and checked against the figures afterwards (`crate::corrections`).
        corrections: vec![],
        // Read and checked against the text afterwards (`crate::structure`).
        headings: vec![],
    };
    (Bound { catalogue, exclusions, quantities }, problems)
}
