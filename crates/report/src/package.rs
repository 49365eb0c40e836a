//! The data download as a Frictionless Data Package (v1): `datapackage.json` beside the figures
//! (CSV and JSON), the corrections log (CSV), and a README, written by `figures --out DIR` and
//! checked by `figures --check`.
//!
//! Rules:
//! - [`files`] makes the whole package in memory; the `figures` tool writes it and [`validate`]
//!   checks it, so what is checked is byte for byte what is published.
//! - The Table Schemas come from the column definitions of [`crate::export`], the one place that
//!   also writes the CSVs. The README's column tables come from the same definitions.
//! - The package is a `data-package` whose CSVs are `tabular-data-resource`s and whose JSON is a
//!   plain `data-resource` (the whole catalogue, for programs). CSVs are UTF-8 with a byte-order
//!   mark (spreadsheets need it to read Chinese) and `\n` line ends, as the dialect says.
//! - Nothing depends on the clock: `version` and `created` are the date of the last entry of the
//!   corrections log, the last time the published data changed. The same seeds give the same
//!   bytes.
//! - Custom properties (allowed by the specification, documented in the README): `unit` (a
//!   field's fixed unit), `unitField` (the column holding each row's unit) and `citation` (how to
//!   cite the data and the report, in GB/T 7714-2015 and APA 7).
//! - [`validate`] reads the package as an outside user would, from the descriptor: every resource
//!   path exists, JSON parses, and every CSV row fits its schema (header, types, required values,
//!   enums, minimums, unique values and the primary key). It names each problem.

use crate::export::{self, Column, FieldType};
use crate::model::Catalogue;
use serde_json::{json, Value};
use std::collections::{BTreeMap, HashSet};

/// The package's name (Frictionless `name`: lower case, `-`, `.`, `_`, `/`).
pub const NAME: &str = "jincheng-2024-figures";
pub const DESCRIPTOR: &str = "datapackage.json";
pub const README: &str = "README.md";
pub const FIGURES_CSV: &str = "jincheng-2024-figures.csv";
pub const FIGURES_JSON: &str = "jincheng-2024-figures.json";
pub const CORRECTIONS_CSV: &str = "jincheng-2024-corrections.csv";
/// Spreadsheet programs read a CSV as UTF-8 only after this mark.
pub const BOM: &str = "\u{feff}";

pub const TITLE_ZH: &str = "晋城市2024年政府工作报告数据";
pub const TITLE_EN: &str = "Jincheng government work report 2024: The figures";

/// The date of the last change to the published data (the last correction), if any.
fn last_change(c: &Catalogue) -> Option<&str> {
    c.corrections.iter().map(|x| x.date.as_str()).max()
}

/// `2026.12.2` for a last change on 2026-12-02 (a calendar version in semver's shape, which
/// allows no leading zeros); `1.0.0` before any correction.
pub fn version(c: &Catalogue) -> String {
    match last_change(c) {
        Some(d) => {
            let n = |s: &str| s.trim_start_matches('0').to_string();
            format!("{}.{}.{}", &d[0..4], n(&d[5..7]), n(&d[8..10]))
        }
        None => "1.0.0".into(),
    }
}

/// How to cite the data and the report it is drawn from.
#[derive(Debug, Clone, PartialEq)]
pub struct Citations {
    pub data_gbt7714: String,
    pub data_apa: String,
    pub report_gbt7714: String,
    pub report_apa: String,
}

pub fn citations(c: &Catalogue) -> Citations {
    let s = &c.source;
    let v = version(c);
    let year = last_change(c).map_or(s.year.to_string(), |d| d[0..4].to_string());
    Citations {
        // GB/T 7714-2015: a data set without a named author starts with its title; [DS] marks
        // a data set, [R] a report.
        data_gbt7714: format!("{TITLE_ZH}[DS]. {v}版. {year}."),
        report_gbt7714: format!("{}. {}[R]. 晋城: {}, {}.", s.author_zh, s.title_zh, s.author_zh, s.year),
        // APA 7: without an author, the title takes the author's place; a title in another
        // language is followed by its translation in brackets.
        data_apa: format!("{TITLE_EN} (Version {v}) [Data set]. ({year})."),
        report_apa: format!("{}. ({}). {} [{}].", s.author_en, s.year, s.title_zh, s.title_en),
    }
}

fn description(c: &Catalogue) -> String {
    let stated = c.figures.iter().filter(|f| !f.is_derived()).count();
    format!(
        "《{}》中的全部数字：{}个数据条目，每个都逐字引用原文并标明位置；另有{}个推算数据，注明算法；附更正记录。 \
         Every number of the {} ({}): {} figures, each bound to the report by a verbatim quote and its position, \
         {} derived figures with their formulas, and the corrections log.",
        c.source.title_zh,
        stated,
        c.figures.len() - stated,
        c.source.title_en,
        c.source.title_zh,
        stated,
        c.figures.len() - stated,
    )
}

fn csv_dialect() -> Value {
    json!({"delimiter": ",", "doubleQuote": true, "quoteChar": "\"", "lineTerminator": "\n", "header": true})
}

/// The descriptor, given the bytes of the files it describes (for their sizes).
/// The report as a Frictionless source: its title, and the site that publishes the official text
/// where one is known (`path` is the spec's field for a source's address).
fn source(c: &Catalogue) -> Value {
    let s = &c.source;
    let mut v = json!({ "title": format!("《{}》 · {} ({} · {})", s.title_zh, s.title_en, s.author_zh, s.author_en) });
    if let Some(p) = &s.published {
        v["path"] = json!(p.url);
    }
    v
}

pub fn descriptor(c: &Catalogue, sizes: &BTreeMap<&str, usize>) -> Value {
    let cite = citations(c);
    let date = last_change(c).map_or_else(|| format!("{}-01-01", c.source.year), str::to_string);
    let size = |p: &str| sizes.get(p).copied().unwrap_or(0);
    json!({
        "profile": "data-package",
        "name": NAME,
        "title": format!("{TITLE_ZH} · {TITLE_EN}"),
        "description": description(c),
        "version": version(c),
        "created": format!("{date}T00:00:00Z"),
        "keywords": ["晋城", "Jincheng", "政府工作报告", "government work report", "2024", "Shanxi"],
        "sources": [source(c)],
        "citation": {
            "data": { "GB/T 7714-2015": cite.data_gbt7714, "APA 7": cite.data_apa },
            "report": { "GB/T 7714-2015": cite.report_gbt7714, "APA 7": cite.report_apa },
        },
        "resources": [
            {
                "profile": "tabular-data-resource",
                "name": "figures",
                "path": FIGURES_CSV,
                "title": "数据条目 · Figures",
                "description": "One row per figure: the number, its unit, year, status, qualifier, measure, sector, counties, and the quote that states it with its position in the report text.",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "bytes": size(FIGURES_CSV),
                "dialect": csv_dialect(),
                "schema": export::table_schema(export::FIGURE_COLUMNS, Some("id")),
            },
            {
                "profile": "tabular-data-resource",
                "name": "corrections",
                "path": CORRECTIONS_CSV,
                "title": "更正记录 · Corrections",
                "description": "What changed in the published data, when and why; oldest first.",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "bytes": size(CORRECTIONS_CSV),
                "dialect": csv_dialect(),
                "schema": export::table_schema(export::CORRECTION_COLUMNS, None),
            },
            {
                "profile": "data-resource",
                "name": "catalogue",
                "path": FIGURES_JSON,
                "title": "完整目录 · The whole catalogue (JSON)",
                "description": "The figures with every field (also the numeral's own position, the part and section), the counties, the places the report names and the county each lies in, the sentences that concern each county, the source, and the corrections log.",
                "format": "json",
                "mediatype": "application/json",
                "encoding": "utf-8",
                "bytes": size(FIGURES_JSON),
            },
        ],
    })
}

fn column_table<T>(columns: &[Column<T>]) -> String {
    let mut out = String::from("| column | type | required | meaning |\n|---|---|---|---|\n");
    for c in columns {
        let mut meaning = c.description.to_string();
        let values = (c.values)();
        if !values.is_empty() {
            meaning.push_str(&format!(" One of: {}.", values.iter().map(|v| format!("`{v}`")).collect::<Vec<_>>().join(", ")));
        }
        match c.unit {
            export::Unit::Fixed(u) => meaning.push_str(&format!(" Unit: {u}.")),
            export::Unit::InColumn(col) => meaning.push_str(&format!(" Unit: in `{col}`.")),
            export::Unit::None => {}
        }
        out.push_str(&format!(
            "| `{}` | {} | {} | {} |\n",
            c.name,
            c.field_type.as_str(),
            if c.required { "yes" } else { "" },
            meaning.replace('|', "\\|")
        ));
    }
    out
}

/// The glossary's terms and units that say something beyond their English, as a table.
fn glossary_table(c: &Catalogue) -> String {
    let g = &c.glossary;
    let mut out = String::from("| 中文 | English | note |\n|---|---|---|\n");
    for t in g.terms.iter().chain(&g.units).filter(|t| !t.en.is_empty() || t.explain_en.is_some()) {
        out.push_str(&format!("| {} | {} | {} |\n", t.zh, t.en, t.explain_en.as_deref().unwrap_or("")));
    }
    out
}

/// The package's README: what each file and column means, how the numbers were bound to the
/// text, and how to cite.
/// The report as a document, for the README: the session, the official text, the checksum. Each
/// fact's basis is in `figures.json` (`source.basis`) and on the app's About page.
fn report_lines(s: &crate::model::Source) -> String {
    let mut out = String::from("\n");
    if let Some(d) = &s.delivered {
        out += &format!("The report was delivered to {} ({}).", d.session_en, crate::format::date_range(&d.from, &d.to, crate::format::Lang::En));
    }
    if let Some(p) = &s.published {
        out += &format!(" The official text is published on {} ({}).", p.site_en, p.url);
    }
    out += &format!(" The text bundled here, `{}`, has the SHA-256 checksum `{}`.\n", s.text_file, s.sha256);
    out
}

pub fn readme(c: &Catalogue) -> String {
    let cite = citations(c);
    let stated = c.figures.iter().filter(|f| !f.is_derived()).count();
    let derived = c.figures.len() - stated;
    let the_report = report_lines(&c.source);
    format!(
        r#"# {TITLE_ZH} · {TITLE_EN}

Every number of the {title_en} ({title_zh}, {author_en}, {year}) as data: {stated} figures,
each bound to the report by a verbatim quote, {derived} figures derived from them, and the
corrections log. Version {version}. A Frictionless Data Package (v1): `{DESCRIPTOR}` describes
every file and column, and any Frictionless tool reads it (`frictionless validate {DESCRIPTOR}`).
{the_report}
## Files

| file | what |
|---|---|
| `{FIGURES_CSV}` | one row per figure (columns below). UTF-8 with a byte-order mark, so that spreadsheet programs read the Chinese; comma-separated, `\n` line ends |
| `{CORRECTIONS_CSV}` | the corrections log: what changed in the published data, when and why (same encoding) |
| `{FIGURES_JSON}` | the whole catalogue for programs: the figures with every field (also `numeral`, where the number itself stands, and `derived_from`), `counties`, `places` (each place the report names, its county, and whether the report itself says so), `county_items` (the sentences that concern each county), `source` and `corrections` |
| `{DESCRIPTOR}` | the package descriptor: the files, their Table Schemas, the source and the citations |
| `{README}` | this file |

The CSV and the JSON hold the same figures. In the CSV a missing value is an empty cell, and a
cell with several values (counties, ids) separates them by spaces.

## Columns of `{FIGURES_CSV}`

{figure_columns}
## Columns of `{CORRECTIONS_CSV}`

{correction_columns}
## How the numbers were bound to the text

- A program reads every numeral of the report (Arabic digits, fractions such as 2/3, and the
  numbers written in words 翻番, N成, 一半, 千亿) with the unit and magnitude that follow it.
  Each figure is a curated entry that quotes the shortest clause stating its number, verbatim;
  the build checks that the quote is in the text (once, or which occurrence is meant), that the
  number is in the quote, and that no two entries claim the same number.
- Completeness: every numeral of the report is either a figure or listed with the reason it is
  not one (years, dates, codes such as 5G, numerals inside names). The build fails when a
  numeral is left over, so the catalogue is the whole report, not a sample.
- `span_start`/`span_end` locate the quote in the report text in Unicode characters (not bytes):
  the text between them is the quote.
- Status and year follow the report's parts: the review of 2023 states results (`actual`,
  2023), the plan for 2024 sets targets (`target`, 2024), unless the text says otherwise. A
  period (`since`) is given only where the report states one.
- Counties: a figure belongs to a county only when its own clause names the county or a place
  in it (`places` in the JSON says where each place lies and on what basis).

## Qualifiers

The report often bounds a number rather than stating it. `qualifier` says how, read from whole
words of the text around the number (约 inside 签约 is not "about"):

| qualifier | the report writes | shown as |
|---|---|---|
| `exact` | the number alone | 7% |
| `about` | 左右 after, 约 or 近 before | ≈6% |
| `at_least` | 以上 after; 超过, 超, 突破, 不低于, 不少于 before; 余, 多 (more than); the lower end of a range | ≥1.4亿吨 |
| `at_most` | 以内, 以下 after; the upper end of a range (2－3年) | ≤3年 |

A qualifier written once after a list (30万元、50万元、100万元以上) applies to every item.

## Derived figures

{derived} figures are not in the report but follow from it, such as the 2022 level implied by a
2023 level and its growth rate. `derived` gives the formula with the inputs' ids and values,
`derived_from` the input ids, and the qualifier is `about` unless the result is a difference of
exact numbers. Growth rates in the report are in comparable prices (real terms) while levels are
nominal, so a baseline or projection from them is an approximation, rounded to what the method
supports; never present one as an official statistic.

## Terms and units in English

One glossary gives each term and unit of the report its one English (`glossary` in the JSON;
the column `unit_en`); `家`, the measure word of firms but also of museums, stations and hotels,
is rendered by what it counts.

{glossary}
## Corrections

`{CORRECTIONS_CSV}` (and `corrections` in the JSON) lists every change to the published data,
oldest first, with the ids affected; ids that no longer exist are listed in `removed`. The
package's `version` and `created` are the date of the last correction ({last}).

## Custom properties in `{DESCRIPTOR}`

The Data Package specification allows properties of one's own; this package uses three:

- `unit` on a field: the unit of every value of the column (`span_start`: character).
- `unitField` on a field: the column that holds each row's unit (`value` is in `unit`,
  `base_value` in `base_unit`), since one column holds amounts of yuan, tonnes and percent.
- `citation` on the package: the citations below, under `data` and `report`, each in
  `GB/T 7714-2015` and `APA 7`.

## How to cite

The data:

- GB/T 7714-2015: {data_gbt}
- APA 7: {data_apa}

The report it is drawn from:

- GB/T 7714-2015: {report_gbt}
- APA 7: {report_apa}

## Source

The report text is a public government document, included unchanged in the app that publishes
this package. Figures in English are our explanation; the report is published in Chinese only.
"#,
        title_en = c.source.title_en,
        title_zh = c.source.title_zh,
        author_en = c.source.author_en,
        year = c.source.year,
        version = version(c),
        figure_columns = column_table(export::FIGURE_COLUMNS),
        glossary = glossary_table(c),
        correction_columns = column_table(export::CORRECTION_COLUMNS),
        last = last_change(c).unwrap_or("none yet"),
        data_gbt = cite.data_gbt7714,
        data_apa = cite.data_apa,
        report_gbt = cite.report_gbt7714,
        report_apa = cite.report_apa,
    )
}

/// Every file of the package, by path, as it is published.
pub fn files(c: &Catalogue) -> BTreeMap<String, Vec<u8>> {
    let mut out: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    out.insert(FIGURES_CSV.into(), format!("{BOM}{}", export::to_csv(&c.figures)).into_bytes());
    out.insert(CORRECTIONS_CSV.into(), format!("{BOM}{}", export::corrections_csv(&c.corrections)).into_bytes());
    out.insert(FIGURES_JSON.into(), (export::to_json(c) + "\n").into_bytes());
    out.insert(README.into(), readme(c).into_bytes());
    let sizes: BTreeMap<&str, usize> = out.iter().map(|(k, v)| (k.as_str(), v.len())).collect();
    let d = serde_json::to_string_pretty(&descriptor(c, &sizes)).expect("the descriptor serializes") + "\n";
    out.insert(DESCRIPTOR.into(), d.into_bytes());
    out
}

/// Splits CSV text into records (RFC 4180: quoted fields may hold commas, quotes doubled, and
/// line breaks). A quote inside an unquoted field, or an unclosed quote, is an error.
pub fn parse_csv(text: &str) -> Result<Vec<Vec<String>>, String> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    let mut started = false; // the current record has begun
    let mut line = 1;
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => {
                    quoted = false;
                    if !matches!(chars.peek(), None | Some(',') | Some('\n') | Some('\r')) {
                        return Err(format!("line {line}: text after a closing quote"));
                    }
                }
                c => {
                    if c == '\n' {
                        line += 1;
                    }
                    field.push(c)
                }
            }
            continue;
        }
        match c {
            '"' if field.is_empty() => {
                quoted = true;
                started = true;
            }
            '"' => return Err(format!("line {line}: a quote inside an unquoted field")),
            ',' => {
                record.push(std::mem::take(&mut field));
                started = true;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
                started = false;
                line += 1;
            }
            c => {
                field.push(c);
                started = true;
            }
        }
    }
    if quoted {
        return Err(format!("line {line}: a quoted field is never closed"));
    }
    if started || !field.is_empty() {
        record.push(field);
        records.push(record);
    }
    Ok(records)
}

fn is_name(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-._/".contains(c))
}

/// Checks one tabular resource's CSV against its schema, adding a message per problem.
fn validate_table(resource: &str, schema: &Value, bytes: &[u8], problems: &mut Vec<String>) {
    let mut fail = |m: String| problems.push(format!("{resource}: {m}"));
    let Some(fields) = schema["fields"].as_array().filter(|f| !f.is_empty()) else {
        return fail("the schema has no fields".into());
    };
    let Ok(text) = std::str::from_utf8(bytes) else { return fail("is not UTF-8".into()) };
    let text = text.strip_prefix(BOM).unwrap_or(text);
    let records = match parse_csv(text) {
        Ok(r) => r,
        Err(e) => return fail(format!("is not valid CSV: {e}")),
    };
    struct Field<'a> {
        name: &'a str,
        ty: FieldType,
        required: bool,
        unique: bool,
        values: Option<Vec<&'a str>>,
        minimum: Option<f64>,
    }
    let mut spec = Vec::new();
    for f in fields {
        let name = f["name"].as_str().unwrap_or_default();
        if name.is_empty() {
            fail("a field has no name".into());
        }
        let ty = match f["type"].as_str().map(FieldType::parse) {
            Some(Some(t)) => t,
            // Table Schema's default type.
            None => FieldType::String,
            Some(None) => {
                fail(format!("field `{name}` has a type this validator does not know: {}", f["type"]));
                FieldType::String
            }
        };
        let c = &f["constraints"];
        spec.push(Field {
            name,
            ty,
            required: c["required"].as_bool().unwrap_or(false),
            unique: c["unique"].as_bool().unwrap_or(false),
            values: c["enum"].as_array().map(|v| v.iter().filter_map(Value::as_str).collect()),
            minimum: c["minimum"].as_f64(),
        });
    }
    let missing: Vec<&str> = match schema["missingValues"].as_array() {
        Some(v) => v.iter().filter_map(Value::as_str).collect(),
        None => vec![""],
    };
    let key: Vec<&str> = match &schema["primaryKey"] {
        Value::String(s) => vec![s.as_str()],
        Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
        _ => vec![],
    };
    let key_ix: Vec<usize> = key
        .iter()
        .filter_map(|k| {
            let ix = spec.iter().position(|f| f.name == *k);
            if ix.is_none() {
                fail(format!("primary key `{k}` is not a field"));
            }
            ix
        })
        .collect();
    let Some((header, rows)) = records.split_first() else { return fail("has no header row".into()) };
    let names: Vec<&str> = spec.iter().map(|f| f.name).collect();
    if header.iter().map(String::as_str).ne(names.iter().copied()) {
        return fail(format!("header {} does not match the schema's fields {}", header.join(","), names.join(",")));
    }
    let mut seen: Vec<HashSet<&str>> = spec.iter().map(|_| HashSet::new()).collect();
    let mut keys: HashSet<Vec<&str>> = HashSet::new();
    for (i, row) in rows.iter().enumerate() {
        let n = i + 1;
        if row.len() != spec.len() {
            fail(format!("row {n} has {} cells, the schema {} fields", row.len(), spec.len()));
            continue;
        }
        for ((f, cell), seen) in spec.iter().zip(row).zip(seen.iter_mut()) {
            let at = format!("row {n} ({}), `{}`", row[0], f.name);
            if missing.contains(&cell.as_str()) {
                if f.required {
                    fail(format!("{at}: a value is required"));
                }
                continue;
            }
            if !f.ty.accepts(cell) {
                fail(format!("{at}: «{cell}» is not a {}", f.ty.as_str()));
                continue;
            }
            if let Some(values) = &f.values {
                if !values.contains(&cell.as_str()) {
                    fail(format!("{at}: «{cell}» is not one of {}", values.join(", ")));
                }
            }
            if let (Some(min), Ok(v)) = (f.minimum, cell.parse::<f64>()) {
                if v < min {
                    fail(format!("{at}: {cell} is below the minimum {min}"));
                }
            }
            if f.unique && !seen.insert(cell.as_str()) {
                fail(format!("{at}: «{cell}» is not unique"));
            }
        }
        if !key_ix.is_empty() {
            let k: Vec<&str> = key_ix.iter().map(|&i| row[i].as_str()).collect();
            if !keys.insert(k.clone()) {
                fail(format!("row {n}: primary key ({}) is not unique", k.join(", ")));
            }
        }
    }
}

/// Checks a package as published, from its descriptor. Empty when the package is valid; else
/// one message per problem, naming the file, row and column. See the module rules.
pub fn validate(files: &BTreeMap<String, Vec<u8>>) -> Vec<String> {
    let mut problems = Vec::new();
    let Some(bytes) = files.get(DESCRIPTOR) else { return vec![format!("{DESCRIPTOR} is missing")] };
    let d: Value = match serde_json::from_slice(bytes) {
        Ok(v) => v,
        Err(e) => return vec![format!("{DESCRIPTOR} is not valid JSON: {e}")],
    };
    if !d["name"].as_str().is_some_and(is_name) {
        problems.push(format!("{DESCRIPTOR}: `name` is missing or not lower-case letters, digits, -._/"));
    }
    // RFC 3339, as this package writes it (UTC, whole seconds).
    if let Some(created) = d.get("created") {
        let ok = created.as_str().is_some_and(|c| {
            c.len() == 20 && export::is_iso_date(&c[..10]) && c.as_bytes()[10] == b'T' && c.ends_with('Z') && {
                let t: Vec<Option<u32>> = c[11..19].split(':').map(|p| (p.len() == 2).then(|| p.parse().ok()).flatten()).collect();
                matches!(t.as_slice(), [Some(h), Some(m), Some(s)] if *h < 24 && *m < 60 && *s < 60)
            }
        });
        if !ok {
            problems.push(format!("{DESCRIPTOR}: `created` {created} is not an RFC 3339 date-time (2026-12-02T00:00:00Z)"));
        }
    }
    let Some(resources) = d["resources"].as_array().filter(|r| !r.is_empty()) else {
        problems.push(format!("{DESCRIPTOR}: `resources` is missing or empty"));
        return problems;
    };
    let mut names = HashSet::new();
    for r in resources {
        let name = r["name"].as_str().unwrap_or_default();
        if !is_name(name) {
            problems.push(format!("{DESCRIPTOR}: resource name «{name}» is missing or not lower-case letters, digits, -._/"));
        }
        if !names.insert(name) {
            problems.push(format!("{DESCRIPTOR}: resource name «{name}» is used twice"));
        }
        let Some(path) = r["path"].as_str() else {
            problems.push(format!("{DESCRIPTOR}: resource «{name}» has no path"));
            continue;
        };
        // The specification: a relative POSIX path that does not climb out of the package.
        if path.starts_with('/') || path.split('/').any(|p| p == "..") || path.contains('\\') {
            problems.push(format!("{DESCRIPTOR}: resource «{name}»: path `{path}` must be relative and stay inside the package"));
            continue;
        }
        let Some(data) = files.get(path) else {
            problems.push(format!("resource «{name}»: `{path}` does not exist"));
            continue;
        };
        if let Some(n) = r["bytes"].as_u64() {
            if n as usize != data.len() {
                problems.push(format!("resource «{name}»: `{path}` has {} bytes, the descriptor says {n}", data.len()));
            }
        }
        match r["format"].as_str() {
            Some("json") => {
                if let Err(e) = serde_json::from_slice::<Value>(data) {
                    problems.push(format!("resource «{name}»: `{path}` is not valid JSON: {e}"));
                }
            }
            Some("csv") => match r.get("schema") {
                Some(schema) => validate_table(path, schema, data, &mut problems),
                None => problems.push(format!("resource «{name}»: `{path}` is a table without a schema")),
            },
            _ => {}
        }
        if r["profile"] == "tabular-data-resource" && r["format"] != "csv" {
            problems.push(format!("resource «{name}»: a tabular resource of this package must be CSV"));
        }
    }
    problems
}

#[cfg(all(test, feature = "catalogue-source"))]
mod tests {
    use super::*;

    fn catalogue() -> Catalogue {
        crate::seeds::checked().catalogue
    }

    fn package() -> BTreeMap<String, Vec<u8>> {
        files(&catalogue())
    }

    fn text(p: &BTreeMap<String, Vec<u8>>, path: &str) -> String {
        String::from_utf8(p[path].clone()).unwrap()
    }

    /// The package with one line of a CSV replaced.
    fn with_line(path: &str, starts: &str, edit: impl Fn(&str) -> String) -> BTreeMap<String, Vec<u8>> {
        let mut p = package();
        let csv = text(&p, path);
        let mut hit = false;
        let lines: Vec<String> = csv
            .split('\n')
            .map(|l| if !hit && l.starts_with(starts) { hit = true; edit(l) } else { l.to_string() })
            .collect();
        assert!(hit, "no line starts with {starts}");
        p.insert(path.into(), lines.join("\n").into_bytes());
        p
    }

    /// Problems other than the size check (an edited file no longer has its declared size).
    fn problems(p: &BTreeMap<String, Vec<u8>>) -> Vec<String> {
        validate(p).into_iter().filter(|m| !m.contains("bytes, the descriptor says")).collect()
    }

    #[test]
    fn the_real_package_is_valid() {
        let p = package();
        assert_eq!(validate(&p), Vec::<String>::new());
        for f in [DESCRIPTOR, README, FIGURES_CSV, FIGURES_JSON, CORRECTIONS_CSV] {
            assert!(p.contains_key(f), "{f}");
        }
        assert!(p[FIGURES_CSV].starts_with(BOM.as_bytes()) && p[CORRECTIONS_CSV].starts_with(BOM.as_bytes()));
    }

    #[test]
    fn a_broken_row_fails_naming_row_and_column() {
        // status outside its enum
        let p = with_line(FIGURES_CSV, "gdp-2023,", |l| l.replace(",actual,", ",planned,"));
        let m = problems(&p);
        assert!(m.iter().any(|x| x.contains("(gdp-2023), `status`") && x.contains("«planned» is not one of actual, target")), "{m:?}");
        // a value that is not a number
        let p = with_line(FIGURES_CSV, "gdp-2023,", |l| l.replacen(",2333.3,", ",2333.3亿,", 1));
        let m = problems(&p);
        assert!(m.iter().any(|x| x.contains("`value`: «2333.3亿» is not a number")), "{m:?}");
        // a required value missing
        let p = with_line(FIGURES_CSV, "gdp-2023,", |l| l.replacen("地区生产总值", "", 1));
        assert!(problems(&p).iter().any(|x| x.contains("`label_zh`: a value is required")));
        // a duplicated id breaks unique and the primary key
        let p = with_line(FIGURES_CSV, "gdp-growth-2023,", |l| l.replacen("gdp-growth-2023", "gdp-2023", 1));
        let m = problems(&p);
        assert!(m.iter().any(|x| x.contains("`id`: «gdp-2023» is not unique")), "{m:?}");
        assert!(m.iter().any(|x| x.contains("primary key (gdp-2023) is not unique")), "{m:?}");
        // a cell too many
        let p = with_line(FIGURES_CSV, "gdp-2023,", |l| format!("{l},extra"));
        assert!(problems(&p).iter().any(|x| x.contains("cells, the schema")));
        // a negative position
        let p = with_line(FIGURES_CSV, "gdp-2023,", |l| l.replacen(",252,", ",-252,", 1));
        assert!(problems(&p).iter().any(|x| x.contains("`span_start`: -252 is below the minimum 0")), "{:?}", problems(&p));
        // a header that does not match the schema
        let p = with_line(FIGURES_CSV, "\u{feff}id,", |l| l.replacen("label_zh", "name_zh", 1));
        assert!(problems(&p).iter().any(|x| x.contains("header") && x.contains("does not match")));
        // a bad date in the corrections
        let p = with_line(CORRECTIONS_CSV, "2026-", |l| l.replacen("2026-", "2026/", 1));
        assert!(problems(&p).iter().any(|x| x.contains("`date`") && x.contains("is not a date")), "{:?}", problems(&p));
    }

    #[test]
    fn missing_files_bad_json_and_wrong_sizes_fail() {
        let mut p = package();
        p.remove(CORRECTIONS_CSV);
        assert!(validate(&p).iter().any(|m| m.contains(&format!("`{CORRECTIONS_CSV}` does not exist"))));
        let mut p = package();
        p.insert(FIGURES_JSON.into(), b"{\"figures\": [".to_vec());
        let m = validate(&p);
        assert!(m.iter().any(|x| x.contains("is not valid JSON")), "{m:?}");
        assert!(m.iter().any(|x| x.contains("bytes, the descriptor says")), "{m:?}");
        let mut p = package();
        let d = String::from_utf8(p[DESCRIPTOR].clone()).unwrap().replace("T00:00:00Z", "T24:00:00Z");
        p.insert(DESCRIPTOR.into(), d.into_bytes());
        assert!(validate(&p).iter().any(|m| m.contains("`created`") && m.contains("not an RFC 3339")), "{:?}", validate(&p));
        let mut p = package();
        p.insert(DESCRIPTOR.into(), b"not json".to_vec());
        assert!(validate(&p)[0].contains("datapackage.json is not valid JSON"));
    }

    #[test]
    fn the_descriptor_follows_the_data_package_spec() {
        let p = package();
        let d: Value = serde_json::from_slice(&p[DESCRIPTOR]).unwrap();
        assert_eq!(d["name"], NAME);
        assert!(d["title"].as_str().unwrap().contains(TITLE_ZH) && d["title"].as_str().unwrap().contains(TITLE_EN));
        // created is an RFC 3339 date-time; version and created follow the last correction.
        let c = catalogue();
        let last = c.corrections.last().unwrap().date.clone();
        assert_eq!(d["created"], format!("{last}T00:00:00Z"));
        assert_eq!(d["sources"][0]["title"].as_str().unwrap().contains(&c.source.title_zh), true);
        let resources = d["resources"].as_array().unwrap();
        let paths: Vec<&str> = resources.iter().map(|r| r["path"].as_str().unwrap()).collect();
        assert_eq!(paths, [FIGURES_CSV, CORRECTIONS_CSV, FIGURES_JSON]);
        for r in resources {
            assert_eq!(r["bytes"].as_u64().unwrap() as usize, p[r["path"].as_str().unwrap()].len());
        }
        assert_eq!(resources[0]["schema"], export::table_schema(export::FIGURE_COLUMNS, Some("id")));
        assert_eq!(d["citation"]["report"]["GB/T 7714-2015"], "晋城市人民政府. 2024年晋城市人民政府工作报告[R]. 晋城: 晋城市人民政府, 2024.");
        // The same bytes from the same seeds: nothing depends on the clock.
        assert_eq!(package(), p);
    }

    #[test]
    fn version_is_the_date_of_the_last_change() {
        let mut c = catalogue();
        c.corrections.truncate(0);
        assert_eq!(version(&c), "1.0.0");
        c.corrections.push(crate::model::Correction { date: "2026-12-02".into(), figures: vec![], removed: vec![], zh: "x".into(), en: "x".into() });
        assert_eq!(version(&c), "2026.12.2");
        let cite = citations(&c);
        assert_eq!(cite.data_apa, format!("{TITLE_EN} (Version 2026.12.2) [Data set]. (2026)."));
        assert_eq!(cite.report_apa, "Jincheng Municipal People's Government. (2024). 2024年晋城市人民政府工作报告 [Report on the Work of the Jincheng Municipal Government, 2024].");
    }

    #[test]
    fn the_readme_documents_every_column_and_cites() {
        let c = catalogue();
        let r = readme(&c);
        for col in export::FIGURE_COLUMNS.iter().map(|c| c.name).chain(export::CORRECTION_COLUMNS.iter().map(|c| c.name)) {
            assert!(r.contains(&format!("| `{col}` |")), "{col}");
        }
        let cite = citations(&c);
        assert!(r.contains(&cite.data_gbt7714) && r.contains(&cite.report_apa));
    }

    #[test]
    fn csv_records_follow_rfc_4180() {
        assert_eq!(parse_csv("a,b\n1,\"x,\"\"y\"\"\nz\"\n").unwrap(), vec![vec!["a", "b"], vec!["1", "x,\"y\"\nz"]]);
        assert_eq!(parse_csv("a,b\r\n,\r\n").unwrap(), vec![vec!["a", "b"], vec!["", ""]]);
        assert_eq!(parse_csv("a\nlast").unwrap(), vec![vec!["a"], vec!["last"]]);
        assert!(parse_csv("a,\"b\n").unwrap_err().contains("never closed"));
        assert!(parse_csv("a,b\"c\n").unwrap_err().contains("inside an unquoted field"));
        assert!(parse_csv("\"a\"b\n").unwrap_err().contains("after a closing quote"));
    }
}
