//! The catalogue as files anyone can reuse: JSON (the contract) and CSV (UTF-8, one header row),
//! and the Table Schema that describes each CSV.
//!
//! Rules:
//! - Each CSV column is defined once, as a [`Column`]: its name, Table Schema type, title,
//!   description, constraints and unit, and how a record fills it. The CSV writer
//!   ([`to_csv_with`]) and the Table Schema ([`table_schema`]) are both generated from that one
//!   list, so the header, the cells and their documentation cannot drift apart.
//! - A missing value is an empty cell (Table Schema's default `missingValues`), never `null` or
//!   `NA`. Several values in one cell (counties, ids) are separated by single spaces.
//! - Numbers are written without a float's trailing `.0` and never in exponent form.
//! - Closed lists (status, qualifier, measure, sector) are written as their snake_case names and
//!   listed in the schema as `enum` constraints, from the same lists the catalogue checks against.

use crate::model::{Catalogue, Correction, Figure, Measure, RankKind, Sector, Status};
use crate::scanner::Qualifier;
use serde_json::{json, Map, Value};

/// The JSON export: the whole catalogue (corrections log included), pretty-printed.
pub fn to_json(c: &Catalogue) -> String {
    serde_json::to_string_pretty(c).expect("the catalogue serializes")
}

/// The Table Schema types the package uses (a subset of the specification's).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldType {
    String,
    Number,
    Integer,
    /// A calendar year, `2023`.
    Year,
    /// An ISO date, `2026-12-02`.
    Date,
}

impl FieldType {
    pub fn as_str(self) -> &'static str {
        match self {
            FieldType::String => "string",
            FieldType::Number => "number",
            FieldType::Integer => "integer",
            FieldType::Year => "year",
            FieldType::Date => "date",
        }
    }

    pub fn parse(s: &str) -> Option<FieldType> {
        [FieldType::String, FieldType::Number, FieldType::Integer, FieldType::Year, FieldType::Date].into_iter().find(|t| t.as_str() == s)
    }

    /// Whether a (non-missing) cell is in this type's lexical form, as Table Schema defines it
    /// for the default format: integers are an optional sign and digits; numbers may add a
    /// decimal point, an exponent, or be `NaN`, `INF`, `-INF`; a year is four digits (gYear);
    /// a date is `YYYY-MM-DD` and a real calendar day.
    pub fn accepts(self, cell: &str) -> bool {
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        let unsigned = |s: &str| s.strip_prefix(['+', '-']).unwrap_or(s).to_string();
        match self {
            FieldType::String => true,
            FieldType::Integer => digits(&unsigned(cell)),
            FieldType::Year => {
                let y = cell.strip_prefix('-').unwrap_or(cell);
                y.len() == 4 && digits(y)
            }
            FieldType::Date => is_iso_date(cell),
            FieldType::Number => {
                if ["NaN", "INF", "-INF"].contains(&cell) {
                    return true;
                }
                let s = unsigned(cell);
                let (mantissa, exponent) = match s.split_once(['e', 'E']) {
                    Some((m, e)) => (m.to_string(), Some(unsigned(e))),
                    None => (s.clone(), None),
                };
                let mantissa_ok = match mantissa.split_once('.') {
                    Some((i, f)) => (i.is_empty() || digits(i)) && (f.is_empty() || digits(f)) && !(i.is_empty() && f.is_empty()),
                    None => digits(&mantissa),
                };
                mantissa_ok && exponent.is_none_or(|e| digits(&e))
            }
        }
    }
}

/// Whether `s` is a real calendar date written `YYYY-MM-DD`.
pub fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let number = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = &s[r];
        part.bytes().all(|c| c.is_ascii_digit()).then(|| part.parse().ok()).flatten()
    };
    let (Some(y), Some(m), Some(d)) = (number(0..4), number(5..7), number(8..10)) else { return false };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

/// How the numbers of a column are measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    None,
    /// The same unit for every row (written as the field's custom `unit` property).
    Fixed(&'static str),
    /// Each row's unit is in another column (the field's custom `unitField` property).
    InColumn(&'static str),
}

/// One CSV column: everything the writer and the Table Schema need. See the module rules.
pub struct Column<T> {
    pub name: &'static str,
    pub field_type: FieldType,
    pub title: &'static str,
    pub description: &'static str,
    /// Every row has a value (schema constraint `required`).
    pub required: bool,
    /// No two rows share a value (schema constraint `unique`).
    pub unique: bool,
    /// The only values allowed (schema constraint `enum`); empty for any.
    pub values: fn() -> Vec<&'static str>,
    /// The least value allowed, for integers.
    pub minimum: Option<i64>,
    pub unit: Unit,
    /// The cell of one record; empty when the value is missing.
    pub cell: fn(&T) -> String,
}

fn any() -> Vec<&'static str> {
    vec![]
}

/// The qualifiers, in the scanner's order. The match fails to compile when a qualifier is
/// added, so this list cannot silently fall behind.
fn qualifiers() -> Vec<&'static str> {
    const ALL: [Qualifier; 4] = [Qualifier::Exact, Qualifier::About, Qualifier::AtLeast, Qualifier::AtMost];
    let _exhaustive = |q: Qualifier| match q {
        Qualifier::Exact | Qualifier::About | Qualifier::AtLeast | Qualifier::AtMost => (),
    };
    ALL.iter().map(|q| q.as_str()).collect()
}

fn optional<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map(|x| x.to_string()).unwrap_or_default()
}

/// The columns of `figures.csv`, in order.
pub const FIGURE_COLUMNS: &[Column<Figure>] = &[
    Column { name: "id", field_type: FieldType::String, title: "Id / 编号",
        description: "Stable kebab-case id of the figure, unique in the catalogue, saying what and when (gdp-2023). The app's address of a figure is #/report/<id>.",
        required: true, unique: true, values: any, minimum: None, unit: Unit::None, cell: |f| f.id.clone() },
    Column { name: "label_zh", field_type: FieldType::String, title: "Label (Chinese) / 指标",
        description: "What is measured, in Chinese, without the number (地区生产总值).",
        required: true, unique: false, values: any, minimum: None, unit: Unit::None, cell: |f| f.label.zh.clone() },
    Column { name: "label_en", field_type: FieldType::String, title: "Label (English) / 英文指标",
        description: "What is measured, in English, without the number (Gross domestic product).",
        required: true, unique: false, values: any, minimum: None, unit: Unit::None, cell: |f| f.label.en.clone() },
    Column { name: "value", field_type: FieldType::Number, title: "Value / 数值",
        description: "The number in the unit of the `unit` column, as the report writes it (2333.3 for 2333.3亿元). Fractions and numbers in words are read as numbers: 2/3 → 0.666… (unit empty, base_unit ratio), 八成 → 80 (%), 一半 → 50 (%), 翻番 → 2 (倍). For a derived figure, rounded to two decimals.",
        required: true, unique: false, values: any, minimum: None, unit: Unit::InColumn("unit"), cell: |f| plain_number(f.value) },
    Column { name: "written", field_type: FieldType::String, title: "As written / 原文写法",
        description: "The numeral exactly as the report writes it: 2333.3, 2/3, 翻番, 八成 (fullwidth digits made ASCII).",
        required: true, unique: false, values: any, minimum: None, unit: Unit::None, cell: |f| f.written.clone() },
    Column { name: "unit", field_type: FieldType::String, title: "Unit as written / 单位",
        description: "The unit as the report writes it, magnitude included: 亿元, 万吨, %, 个. Empty when the report gives none.",
        required: false, unique: false, values: any, minimum: None, unit: Unit::None, cell: |f| f.unit.clone() },
    Column { name: "base_value", field_type: FieldType::Number, title: "Value in base units / 换算值",
        description: "The value with the magnitude (万, 亿, 万亿) multiplied out, in the unit of `base_unit`: 233330000000 for 2333.3亿元. Compare figures on this column.",
        required: true, unique: false, values: any, minimum: None, unit: Unit::InColumn("base_unit"), cell: |f| plain_number(f.base_value) },
    Column { name: "base_unit", field_type: FieldType::String, title: "Base unit / 基本单位",
        description: "The unit without its magnitude: 元, 吨, %, 个; `ratio` for a fraction (2/3 → 0.666…), `倍` for a multiple. Empty when the report gives none.",
        required: false, unique: false, values: any, minimum: None, unit: Unit::None, cell: |f| f.base_unit.clone() },
    Column { name: "unit_en", field_type: FieldType::String, title: "Unit in English / 英文单位",
        description: "The unit in English, from the glossary (seeds/glossary.toml): yuan, mu, museums (what 家 counts here). Empty when the English label names what is counted.",
        required: false, unique: false, values: any, minimum: None, unit: Unit::None, cell: |f| f.unit_en.clone() },
    Column { name: "year", field_type: FieldType::Year, title: "Year / 年份",
        description: "The year the figure is for: the year of a result, or the year a target is to be met.",
        required: true, unique: false, values: any, minimum: None, unit: Unit::None, cell: |f| f.year.to_string() },
    Column { name: "since", field_type: FieldType::Year, title: "Since / 起始年份",
        description: "First year of a figure that covers several years, only where the report states the period (三年 counted back from `year`). Empty otherwise.",
        required: false, unique: false, values: any, minimum: None, unit: Unit::None, cell: |f| optional(&f.since) },
    Column { name: "status", field_type: FieldType::String, title: "Status / 类型",
        description: "actual: a result the report states; target: a goal it sets.",
        required: true, unique: false, values: || Status::ALL.iter().map(|s| s.as_str()).collect(), minimum: None, unit: Unit::None, cell: |f| f.status.as_str().into() },
    Column { name: "qualifier", field_type: FieldType::String, title: "Qualifier / 限定",
        description: "How the report bounds the number, read from whole words: exact; about (左右, 约, 近); at_least (以上, 超过, 超, 突破, 不低于, 不少于, 余, 多, and the lower end of a range 2－3年); at_most (以内, 以下, and the upper end of a range).",
        required: true, unique: false, values: qualifiers, minimum: None, unit: Unit::None, cell: |f| f.qualifier.as_str().into() },
    Column { name: "measure", field_type: FieldType::String, title: "Measure / 指标性质",
        description: "What kind of number it is: level (an amount), growth (a change), share (a proportion), rank (a place in a ranking), count (a number of things). Never draw two measures on one axis.",
        required: true, unique: false, values: || Measure::ALL.iter().map(|s| s.as_str()).collect(), minimum: None, unit: Unit::None, cell: |f| f.measure.as_str().into() },
    Column { name: "rank", field_type: FieldType::String, title: "Rank kind / 排名类型",
        description: "For a rank only: place (第1, No. 1), band (前10, top 10) or left_bottom (left the bottom group, 退出后50). Empty for every other measure.",
        required: false, unique: false, values: || RankKind::ALL.iter().map(|s| s.as_str()).collect(), minimum: None, unit: Unit::None, cell: |f| f.rank.map(|r| r.as_str().to_string()).unwrap_or_default() },
    Column { name: "sector", field_type: FieldType::String, title: "Sector / 领域",
        description: "The sector of the economy or of government the figure belongs to.",
        required: true, unique: false, values: || Sector::ALL.iter().map(|s| s.as_str()).collect(), minimum: None, unit: Unit::None, cell: |f| f.sector.as_str().into() },
    Column { name: "counties", field_type: FieldType::String, title: "Counties / 县区",
        description: "Administrative codes (GB/T 2260) of the county-level divisions the figure belongs to, separated by spaces (140502 城区, 140521 沁水县, 140522 阳城县, 140524 陵川县, 140525 泽州县, 140581 高平市). Empty for the city as a whole.",
        required: false, unique: false, values: any, minimum: None, unit: Unit::None, cell: |f| f.counties.join(" ") },
    Column { name: "quote", field_type: FieldType::String, title: "Quote / 原文",
        description: "The shortest clause of the report that states the number, verbatim. For a derived figure, the quote of its first input.",
        required: true, unique: false, values: any, minimum: None, unit: Unit::None, cell: |f| f.quote.clone() },
    Column { name: "span_start", field_type: FieldType::Integer, title: "Quote start / 起始位置",
        description: "Where the quote starts in the report text (the text file of the package's source), counted in Unicode characters from 0.",
        required: true, unique: false, values: any, minimum: Some(0), unit: Unit::Fixed("character"), cell: |f| f.span[0].to_string() },
    Column { name: "span_end", field_type: FieldType::Integer, title: "Quote end / 结束位置",
        description: "Where the quote ends (exclusive), in Unicode characters: the text from span_start to span_end is the quote.",
        required: true, unique: false, values: any, minimum: Some(0), unit: Unit::Fixed("character"), cell: |f| f.span[1].to_string() },
    Column { name: "derived", field_type: FieldType::String, title: "Derived / 推算",
        description: "Empty for a number the report states. For a number the report implies, how it is computed (gdp-2023 ÷ (1 + gdp-growth-2023) = 2333.3亿元 ÷ 1.07).",
        required: false, unique: false, values: any, minimum: None, unit: Unit::None, cell: |f| f.derived.clone().unwrap_or_default() },
    Column { name: "derived_from", field_type: FieldType::String, title: "Derived from / 推算依据",
        description: "Ids of the figures a derived figure is computed from, separated by spaces. Empty for a stated figure.",
        required: false, unique: false, values: any, minimum: None, unit: Unit::None, cell: |f| f.derived_from.join(" ") },
    Column { name: "note_zh", field_type: FieldType::String, title: "Note (Chinese) / 说明",
        description: "Why the entry reads as it does, where that is not obvious (how a number was read, what a derived figure can and cannot say), in Chinese. Other figures are named by their id in backticks (`gdp-2023`). Empty when there is no note; a note is always in both languages.",
        required: false, unique: false, values: any, minimum: None, unit: Unit::None, cell: |f| f.note.as_ref().map(|n| n.zh.clone()).unwrap_or_default() },
    Column { name: "note_en", field_type: FieldType::String, title: "Note (English) / 英文说明",
        description: "The same note in English. The report's own words stand in Chinese quotation marks (“3年500亿”), other figures by their id in backticks.",
        required: false, unique: false, values: any, minimum: None, unit: Unit::None, cell: |f| f.note.as_ref().map(|n| n.en.clone()).unwrap_or_default() },
    Column { name: "part", field_type: FieldType::Integer, title: "Part / 部分",
        description: "The part of the report holding the quote: 1 reviews 2023, 2 sets the 2024 tasks, 3 is about the government itself.",
        required: true, unique: false, values: any, minimum: Some(1), unit: Unit::None, cell: |f| f.part.to_string() },
    Column { name: "section", field_type: FieldType::Integer, title: "Section / 节",
        description: "The numbered section within the part, from 1; empty for text outside a numbered section.",
        required: false, unique: false, values: any, minimum: Some(1), unit: Unit::None, cell: |f| optional(&f.section) },
];

/// The columns of `corrections.csv`, in order.
pub const CORRECTION_COLUMNS: &[Column<Correction>] = &[
    Column { name: "date", field_type: FieldType::Date, title: "Date / 日期",
        description: "When the change was published.",
        required: true, unique: false, values: any, minimum: None, unit: Unit::None, cell: |c| c.date.clone() },
    Column { name: "figures", field_type: FieldType::String, title: "Figures / 涉及数据",
        description: "Ids of the figures the change affects, separated by spaces; empty for a change to the data as a whole.",
        required: false, unique: false, values: any, minimum: None, unit: Unit::None, cell: |c| c.figures.join(" ") },
    Column { name: "removed", field_type: FieldType::String, title: "Removed ids / 已删除编号",
        description: "Which of those ids no longer exist (a figure removed, or renamed: its new id is in `figures`), separated by spaces.",
        required: false, unique: false, values: any, minimum: None, unit: Unit::None, cell: |c| c.removed.join(" ") },
    Column { name: "zh", field_type: FieldType::String, title: "Correction (Chinese) / 更正说明",
        description: "What changed and why, in Chinese.",
        required: true, unique: false, values: any, minimum: None, unit: Unit::None, cell: |c| c.zh.clone() },
    Column { name: "en", field_type: FieldType::String, title: "Correction (English) / 英文说明",
        description: "What changed and why, in English.",
        required: true, unique: false, values: any, minimum: None, unit: Unit::None, cell: |c| c.en.clone() },
];

/// The header names of a column list.
pub fn names<T>(columns: &[Column<T>]) -> Vec<&'static str> {
    columns.iter().map(|c| c.name).collect()
}

/// Quotes a CSV field when it holds a comma, a quote or a line break (RFC 4180).
pub fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// A number without a float's trailing `.0`: 233330000000, 2333.3.
pub fn plain_number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e17 {
        format!("{}", v as i128)
    } else {
        format!("{v}")
    }
}

/// A CSV of `rows` with `columns`: one header row, `\n` line ends, no byte-order mark.
pub fn to_csv_with<T>(columns: &[Column<T>], rows: &[T]) -> String {
    let mut out = names(columns).join(",");
    out.push('\n');
    for r in rows {
        let cells: Vec<String> = columns.iter().map(|c| csv_field(&(c.cell)(r))).collect();
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    out
}

/// The CSV export of the figures.
pub fn to_csv(figures: &[Figure]) -> String {
    to_csv_with(FIGURE_COLUMNS, figures)
}

/// The CSV of the corrections log.
pub fn corrections_csv(corrections: &[Correction]) -> String {
    to_csv_with(CORRECTION_COLUMNS, corrections)
}

/// The Table Schema (Frictionless, v1) of a column list: every field with `name`, `type`,
/// `title`, `description` and its constraints; `unit` or `unitField` (custom properties) where
/// the column holds measured numbers; the primary key if any.
pub fn table_schema<T>(columns: &[Column<T>], primary_key: Option<&str>) -> Value {
    let fields: Vec<Value> = columns
        .iter()
        .map(|c| {
            let mut field = Map::new();
            field.insert("name".into(), json!(c.name));
            field.insert("type".into(), json!(c.field_type.as_str()));
            field.insert("title".into(), json!(c.title));
            field.insert("description".into(), json!(c.description));
            let mut constraints = Map::new();
            if c.required {
                constraints.insert("required".into(), json!(true));
            }
            if c.unique {
                constraints.insert("unique".into(), json!(true));
            }
            let values = (c.values)();
            if !values.is_empty() {
                constraints.insert("enum".into(), json!(values));
            }
            if let Some(m) = c.minimum {
                constraints.insert("minimum".into(), json!(m));
            }
            if !constraints.is_empty() {
                field.insert("constraints".into(), Value::Object(constraints));
            }
            match c.unit {
                Unit::None => {}
                Unit::Fixed(u) => {
                    field.insert("unit".into(), json!(u));
                }
                Unit::InColumn(col) => {
                    field.insert("unitField".into(), json!(col));
                }
            }
            Value::Object(field)
        })
        .collect();
    let mut schema = Map::new();
    schema.insert("fields".into(), Value::Array(fields));
    schema.insert("missingValues".into(), json!([""]));
    if let Some(k) = primary_key {
        schema.insert("primaryKey".into(), json!([k]));
    }
    Value::Object(schema)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_only_when_needed() {
        assert_eq!(csv_field("亿元"), "亿元");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("他说“好”\"x\""), "\"他说“好”\"\"x\"\"\"");
    }

    #[test]
    fn numbers_lose_float_noise() {
        assert_eq!(plain_number(233_330_000_000.0), "233330000000");
        assert_eq!(plain_number(2333.3), "2333.3");
        assert_eq!(plain_number(7.0), "7");
        // Very small and very large numbers stay out of exponent form, which Table Schema's
        // number accepts but many spreadsheets misread.
        assert!(!plain_number(1e-7).contains('e'));
        assert!(FieldType::Number.accepts(&plain_number(1e-7)));
    }

    #[test]
    fn lexical_forms_follow_table_schema() {
        for ok in ["0", "7", "-3", "+3", "2333.3", ".5", "5.", "1e9", "1.5E-3", "NaN", "INF", "-INF"] {
            assert!(FieldType::Number.accepts(ok), "number {ok}");
        }
        for bad in ["", ".", "1,000", "2/3", "七", "1e", "e9", "1.2.3", "nan", "１"] {
            assert!(!FieldType::Number.accepts(bad), "number {bad}");
        }
        assert!(FieldType::Integer.accepts("-12") && !FieldType::Integer.accepts("1.0") && !FieldType::Integer.accepts("-"));
        assert!(FieldType::Year.accepts("2023") && !FieldType::Year.accepts("23") && !FieldType::Year.accepts("2023年"));
        assert!(FieldType::Date.accepts("2026-12-02") && !FieldType::Date.accepts("2026-12-32"));
        assert_eq!(FieldType::parse("year"), Some(FieldType::Year));
        assert_eq!(FieldType::parse("datetime"), None);
    }

    #[test]
    fn dates_must_be_real_calendar_dates() {
        assert!(is_iso_date("2026-12-02"));
        assert!(is_iso_date("2024-02-29"), "2024 is a leap year");
        assert!(!is_iso_date("2023-02-29"));
        assert!(!is_iso_date("1900-02-29"), "1900 is not a leap year");
        assert!(is_iso_date("2000-02-29"), "2000 is");
        assert!(!is_iso_date("2026-13-01"));
        assert!(!is_iso_date("2026-04-31"));
        assert!(!is_iso_date("2026-12-2"));
        assert!(!is_iso_date("2026/12/02"));
        assert!(!is_iso_date("２０２６-12-02"));
    }

    #[test]
    fn the_schema_describes_every_column_the_writer_writes() {
        let schema = table_schema(FIGURE_COLUMNS, Some("id"));
        let fields = schema["fields"].as_array().unwrap();
        let header = to_csv(&[]);
        let written: Vec<&str> = header.trim_end().split(',').collect();
        let described: Vec<&str> = fields.iter().map(|f| f["name"].as_str().unwrap()).collect();
        assert_eq!(written, described);
        for f in fields {
            for key in ["name", "type", "title", "description"] {
                assert!(f[key].as_str().is_some_and(|s| !s.is_empty()), "{} lacks {key}", f["name"]);
            }
            assert!(FieldType::parse(f["type"].as_str().unwrap()).is_some());
        }
        assert_eq!(schema["primaryKey"], json!(["id"]));
        let field = |n: &str| fields.iter().find(|f| f["name"] == n).unwrap().clone();
        assert_eq!(field("id")["constraints"], json!({"required": true, "unique": true}));
        assert_eq!(field("status")["constraints"]["enum"], json!(["actual", "target"]));
        assert_eq!(field("qualifier")["constraints"]["enum"], json!(["exact", "about", "at_least", "at_most"]));
        assert_eq!(field("measure")["constraints"]["enum"], json!(["level", "growth", "share", "rank", "count"]));
        assert_eq!(field("sector")["constraints"]["enum"].as_array().unwrap().len(), Sector::ALL.len());
        // Numbers say where their unit is; positions say what they count.
        assert_eq!(field("value")["unitField"], "unit");
        assert_eq!(field("base_value")["unitField"], "base_unit");
        assert_eq!(field("span_start")["unit"], "character");
        assert_eq!((field("year")["type"].as_str(), field("span_end")["type"].as_str()), (Some("year"), Some("integer")));
        assert!(field("since").get("constraints").is_none(), "since may be empty");
        // A note is in both languages, one column each.
        assert!(described.windows(2).any(|w| w == ["note_zh", "note_en"]), "{described:?}");
        assert!(!described.contains(&"note"));
    }

    #[test]
    fn corrections_have_a_schema_of_their_own() {
        let schema = table_schema(CORRECTION_COLUMNS, None);
        assert!(schema.get("primaryKey").is_none());
        assert_eq!(schema["fields"][0]["type"], "date");
        let c = Correction { date: "2026-12-02".into(), figures: vec!["a".into(), "b".into()], removed: vec!["b".into()], zh: "改，因为".into(), en: "Changed, because".into() };
        assert_eq!(corrections_csv(&[c]), "date,figures,removed,zh,en\n2026-12-02,a b,b,改，因为,\"Changed, because\"\n");
    }
}
