//! Numbers as readers write them.
//!
//! Rules: Chinese readers get the report's own form (2333.3亿元) and, for computed amounts, the
//! largest of 万亿/亿/万 that keeps the number at least 1; English readers get million/billion/
//! trillion, thousands separators, and the glossary's English unit (233.33 billion yuan, 100
//! museums). At most two decimals, never trailing zeros. A rank reads as its kind: 第1 / 前10 /
//! 退出后50 and No. 1 / top 10 / out of the bottom 50 — never "No." for a band or a group left.
//!
//! Spoken forms ([`spoken_value`]) are for assistive technology: no mark a voice misreads or
//! skips. The qualifier is a word (约, 不少于; about, at least), a fraction is said as one
//! (2/3 → 三分之二, two thirds) and a unit with a slash or a superscript is spelt out
//! (微克/立方米 → 微克每立方米, μg/m³ → micrograms per cubic metre).

use crate::model::{Figure, Measure, RankKind};
use crate::scanner::Qualifier;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }
    /// Exactly the code of [`Lang::code`]: the form that stands in addresses (`zh/`, `en/`).
    pub fn from_code(s: &str) -> Option<Lang> {
        match s {
            "zh" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
    /// The BCP 47 tag for `lang` attributes: `zh-CN`, `en`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }
    /// The other language.
    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }
    pub fn parse(s: &str) -> Option<Lang> {
        match s {
            "zh" | "zh-CN" | "zh-Hans" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// Up to `places` decimals, trailing zeros trimmed.
pub fn trim(v: f64, places: usize) -> String {
    let s = format!("{:.*}", places, v);
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// 1234567.5 → "1,234,567.5".
pub fn grouped(v: f64, places: usize) -> String {
    let s = trim(v, places);
    let (int, frac) = s.split_once('.').map_or((s.as_str(), None), |(a, b)| (a, Some(b)));
    let (sign, digits) = int.strip_prefix('-').map_or(("", int), |d| ("-", d));
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    match frac {
        Some(f) => format!("{sign}{out}.{f}"),
        None => format!("{sign}{out}"),
    }
}

/// A base amount in Chinese magnitudes: (233330000000, "元") → "2333.3亿元".
pub fn zh_amount(base: f64, base_unit: &str) -> String {
    let unit = if base_unit == "ratio" { "" } else { base_unit };
    let a = base.abs();
    let (div, mag) = if a >= 1e12 {
        (1e12, "万亿")
    } else if a >= 1e8 {
        (1e8, "亿")
    } else if a >= 1e4 && unit != "%" {
        (1e4, "万")
    } else {
        (1.0, "")
    };
    format!("{}{}{}", trim(base / div, 2), mag, unit)
}

/// A base amount for English readers, in the figure's English unit (the glossary's, see
/// [`Figure::unit_en`]): (233330000000, "yuan") → "233.33 billion yuan".
pub fn en_amount(base: f64, unit: &str) -> String {
    let a = base.abs();
    let number = if a >= 1e12 {
        format!("{} trillion", trim(base / 1e12, 2))
    } else if a >= 1e9 {
        format!("{} billion", trim(base / 1e9, 2))
    } else if a >= 1e6 {
        format!("{} million", trim(base / 1e6, 2))
    } else {
        grouped(base, 2)
    };
    match unit {
        "" => number,
        "%" => format!("{number}%"),
        "×" => format!("{number}×"),
        u => format!("{number} {u}"),
    }
}

fn qualifier_word(q: Qualifier, lang: Lang) -> &'static str {
    match (q, lang) {
        (Qualifier::Exact, _) => "",
        (Qualifier::About, Lang::Zh) => "约",
        (Qualifier::AtLeast, Lang::Zh) => "不少于",
        (Qualifier::AtMost, Lang::Zh) => "不超过",
        (Qualifier::About, Lang::En) => "about ",
        (Qualifier::AtLeast, Lang::En) => "at least ",
        (Qualifier::AtMost, Lang::En) => "at most ",
    }
}

/// The figure's number for a card or a tooltip, with its qualifier mark: "≈6%", "≥1.4亿吨",
/// "2333.3亿元" (Chinese: as the report writes it) or "≥140 million tonnes" (English).
pub fn figure_value(f: &Figure, lang: Lang) -> String {
    let number = match (f.measure, f.rank) {
        (Measure::Rank, Some(kind)) => rank_value(kind, f.value, lang),
        _ => amount_value(f, lang),
    };
    format!("{}{}", f.qualifier.symbol(), number)
}

/// A rank in words true to its kind: (Band, 10) → "前10" / "top 10".
pub fn rank_value(kind: RankKind, n: f64, lang: Lang) -> String {
    let n = trim(n, 2);
    match (kind, lang) {
        (RankKind::Place, Lang::Zh) => format!("第{n}"),
        (RankKind::Band, Lang::Zh) => format!("前{n}"),
        (RankKind::LeftBottom, Lang::Zh) => format!("退出后{n}"),
        (RankKind::Place, Lang::En) => format!("No. {n}"),
        (RankKind::Band, Lang::En) => format!("top {n}"),
        (RankKind::LeftBottom, Lang::En) => format!("out of the bottom {n}"),
    }
}

fn amount_value(f: &Figure, lang: Lang) -> String {
    match lang {
        // The report's own notation, except words (翻番) which read better as numbers on a card.
        Lang::Zh if f.written.chars().next().is_some_and(|c| c.is_ascii_digit()) && f.derived.is_none() => {
            format!("{}{}", f.written, f.unit)
        }
        Lang::Zh if f.base_unit == "ratio" => format!("{}%", trim(f.value * 100.0, 1)),
        Lang::Zh => zh_amount(f.base_value, &f.base_unit),
        Lang::En if f.base_unit == "ratio" => f.written.clone(),
        Lang::En => en_amount(f.base_value, &f.unit_en),
    }
}

/// `v` rounded to `digits` significant digits: (18462, 3) → 18500.
pub fn significant(v: f64, digits: i32) -> f64 {
    if v == 0.0 || !v.is_finite() {
        return v;
    }
    let scale = 10f64.powi(digits - 1 - v.abs().log10().floor() as i32);
    (v * scale).round() / scale
}

/// The length of a text for readers, to three significant digits (what counts as a character
/// is fuzzy: line breaks, punctuation): "约1.85万字", "about 18,500 characters".
pub fn text_length(chars: usize, lang: Lang) -> String {
    let n = significant(chars as f64, 3);
    match lang {
        Lang::Zh => format!("约{}", zh_amount(n, "字")),
        Lang::En => format!("about {} characters", grouped(n, 0)),
    }
}

/// An ISO date (`2026-12-02`) as readers write it: "2026年12月2日", "2 December 2026". Anything
/// else is returned as it is.
pub fn date(iso: &str, lang: Lang) -> String {
    const MONTHS: [&str; 12] =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    let parts: Vec<Option<u32>> = iso.splitn(3, '-').map(|p| p.parse().ok()).collect();
    match parts.as_slice() {
        [Some(y), Some(m @ 1..=12), Some(d)] if iso.len() == 10 => match lang {
            Lang::Zh => format!("{y}年{m}月{d}日"),
            Lang::En => format!("{d} {} {y}", MONTHS[*m as usize - 1]),
        },
        _ => iso.to_string(),
    }
}

/// Two ISO dates as a span, the shared year and month said once: "2024年3月19日至22日",
/// "19–22 March 2024"; across months or years each end is written whole.
pub fn date_range(from: &str, to: &str, lang: Lang) -> String {
    let (a, b) = (date(from, lang), date(to, lang));
    if from == to || a == from || b == to {
        return if from == to { a } else { format!("{a}{}{b}", if lang == Lang::Zh { "至" } else { " – " }) };
    }
    let same_month = from.get(..7) == to.get(..7);
    let day = |iso: &str| iso.get(8..).and_then(|d| d.parse::<u32>().ok()).unwrap_or(0);
    match (lang, same_month) {
        (Lang::Zh, true) => format!("{a}至{}日", day(to)),
        (Lang::En, true) => format!("{}–{b}", day(from)),
        (Lang::Zh, false) => format!("{a}至{b}"),
        (Lang::En, false) => format!("{a} – {b}"),
    }
}

/// The qualifier in words, for screen readers and tooltips: "at least ", "约".
pub fn qualifier_text(q: Qualifier, lang: Lang) -> &'static str {
    qualifier_word(q, lang)
}

const ZH_DIGITS: [&str; 11] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
const EN_CARDINALS: [&str; 11] = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
const EN_ORDINALS: [&str; 11] = ["", "", "half", "third", "quarter", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

/// A fraction written n/d (d ≤ 10) in words: "三分之二", "two thirds", "one half".
pub fn fraction_words(written: &str, lang: Lang) -> Option<String> {
    let (n, d) = written.split_once('/')?;
    let (n, d): (usize, usize) = (n.trim().parse().ok()?, d.trim().parse().ok()?);
    if n == 0 || !(2..=10).contains(&d) || n > 10 {
        return None;
    }
    Some(match lang {
        Lang::Zh => format!("{}分之{}", ZH_DIGITS[d], ZH_DIGITS[n]),
        Lang::En => {
            let plural = if n > 1 { if d == 2 { "halves".to_string() } else { format!("{}s", EN_ORDINALS[d]) } } else { EN_ORDINALS[d].to_string() };
            format!("{} {plural}", EN_CARDINALS[n])
        }
    })
}

/// Units spelt out for a voice: the ones whose symbols are read wrongly or not at all.
fn spoken_unit(text: &str, lang: Lang) -> String {
    let table: &[(&str, &str)] = match lang {
        Lang::Zh => &[("/", "每")],
        Lang::En => &[
            ("μg/m³", "micrograms per cubic metre"),
            ("km²", "square kilometres"),
            ("m²", "square metres"),
            (" kW", " kilowatts"),
            ("×", " times"),
            ("No. ", "number "),
        ],
    };
    let mut out = text.to_string();
    for (from, to) in table {
        out = out.replace(from, to);
    }
    out
}

/// The figure's number for a screen reader: "不少于1.4亿吨", "about 6%", "三分之二",
/// "34.7微克每立方米", "at least 140 million tonnes". The same number as [`figure_value`].
pub fn spoken_value(f: &Figure, lang: Lang) -> String {
    let shown = figure_value(f, lang);
    let number = shown.strip_prefix(f.qualifier.symbol()).unwrap_or(&shown);
    let number = match (f.base_unit == "ratio").then(|| fraction_words(&f.written, lang)).flatten() {
        Some(words) => words,
        None => spoken_unit(number, lang),
    };
    format!("{}{number}", qualifier_word(f.qualifier, lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fractions_in_words() {
        assert_eq!(fraction_words("2/3", Lang::Zh).as_deref(), Some("三分之二"));
        assert_eq!(fraction_words("1/2", Lang::Zh).as_deref(), Some("二分之一"));
        assert_eq!(fraction_words("2/3", Lang::En).as_deref(), Some("two thirds"));
        assert_eq!(fraction_words("1/2", Lang::En).as_deref(), Some("one half"));
        assert_eq!(fraction_words("1/3", Lang::En).as_deref(), Some("one third"));
        assert_eq!(fraction_words("3/4", Lang::En).as_deref(), Some("three quarters"));
        assert_eq!(fraction_words("八成", Lang::Zh), None);
    }

    #[test]
    fn units_a_voice_misreads_are_spelt_out() {
        assert_eq!(spoken_unit("34.7微克/立方米", Lang::Zh), "34.7微克每立方米");
        assert_eq!(spoken_unit("34.7 μg/m³", Lang::En), "34.7 micrograms per cubic metre");
        assert_eq!(spoken_unit("2×", Lang::En), "2 times");
        assert_eq!(spoken_unit("20.2 km²", Lang::En), "20.2 square kilometres");
    }

    #[test]
    fn chinese_magnitudes() {
        assert_eq!(zh_amount(233_330_000_000.0, "元"), "2333.3亿元");
        assert_eq!(zh_amount(1.2e12, "元"), "1.2万亿元");
        assert_eq!(zh_amount(85_000.0, "个"), "8.5万个");
        assert_eq!(zh_amount(675.0, "家"), "675家");
        assert_eq!(zh_amount(91.0, "%"), "91%");
    }

    #[test]
    fn english_magnitudes() {
        assert_eq!(en_amount(233_330_000_000.0, "yuan"), "233.33 billion yuan");
        assert_eq!(en_amount(1.2e12, "yuan"), "1.2 trillion yuan");
        assert_eq!(en_amount(147_000_000.0, "tonnes"), "147 million tonnes");
        assert_eq!(en_amount(21_000.0, "person-times"), "21,000 person-times");
        assert_eq!(en_amount(7.0, "%"), "7%");
        assert_eq!(en_amount(2.0, "×"), "2×");
        assert_eq!(en_amount(86.0, ""), "86");
    }

    fn rank(kind: Option<RankKind>, value: f64, written: &str) -> Figure {
        use crate::model::{Label, Sector, Status};
        Figure {
            id: "r".into(), label: Label { zh: String::new(), en: String::new() }, value, written: written.into(),
            unit: String::new(), base_value: value, base_unit: String::new(), year: 2023, since: None,
            status: Status::Actual, qualifier: Qualifier::Exact, measure: Measure::Rank, rank: kind, counts: None, sector: Sector::Economy,
            counties: vec![], quote: String::new(), span: [0, 0], numeral: [0, 0], derived: None, derived_from: vec![],
            note: None, unit_en: String::new(), part: 1, section: None,
        }
    }

    #[test]
    fn ranks_read_as_their_kind_in_both_languages() {
        // 总量保持全省第4
        let place = rank(Some(RankKind::Place), 4.0, "4");
        assert_eq!((figure_value(&place, Lang::Zh), figure_value(&place, Lang::En)), ("第4".into(), "No. 4".into()));
        // 排名全省第一: words read the same as digits.
        let first = rank(Some(RankKind::Place), 1.0, "第一");
        assert_eq!((figure_value(&first, Lang::Zh), figure_value(&first, Lang::En)), ("第1".into(), "No. 1".into()));
        // 进入全省10强: a band, not the tenth place.
        let band = rank(Some(RankKind::Band), 10.0, "10");
        assert_eq!((figure_value(&band, Lang::Zh), figure_value(&band, Lang::En)), ("前10".into(), "top 10".into()));
        // 退出后50名: out of the bottom fifty, not the fiftieth place.
        let left = rank(Some(RankKind::LeftBottom), 50.0, "50");
        assert_eq!((figure_value(&left, Lang::Zh), figure_value(&left, Lang::En)), ("退出后50".into(), "out of the bottom 50".into()));
        // A rank of no known kind claims none: the bare number.
        let unknown = rank(None, 10.0, "10");
        assert_eq!((figure_value(&unknown, Lang::Zh), figure_value(&unknown, Lang::En)), ("10".into(), "10".into()));
    }

    #[test]
    fn text_lengths_are_rounded_for_readers() {
        assert_eq!(significant(18_462.0, 3), 18_500.0);
        assert_eq!(significant(0.012_34, 2), 0.012);
        assert_eq!(text_length(18_462, Lang::Zh), "约1.85万字");
        assert_eq!(text_length(18_462, Lang::En), "about 18,500 characters");
        assert_eq!(text_length(954, Lang::Zh), "约954字");
        assert_eq!(text_length(9_549, Lang::En), "about 9,550 characters");
    }

    #[test]
    fn dates_read_as_readers_write_them() {
        assert_eq!(date("2026-12-02", Lang::Zh), "2026年12月2日");
        assert_eq!(date("2026-12-02", Lang::En), "2 December 2026");
        assert_eq!(date("2024-01-31", Lang::En), "31 January 2024");
        assert_eq!(date("2026-13-02", Lang::En), "2026-13-02");
        assert_eq!(date("soon", Lang::Zh), "soon");
    }

    #[test]
    fn a_span_of_dates_says_the_shared_month_once() {
        assert_eq!(date_range("2024-03-19", "2024-03-22", Lang::Zh), "2024年3月19日至22日");
        assert_eq!(date_range("2024-03-19", "2024-03-22", Lang::En), "19–22 March 2024");
        assert_eq!(date_range("2024-03-30", "2024-04-02", Lang::En), "30 March 2024 – 2 April 2024");
        assert_eq!(date_range("2024-03-30", "2024-04-02", Lang::Zh), "2024年3月30日至2024年4月2日");
        assert_eq!(date_range("2024-03-19", "2024-03-19", Lang::En), "19 March 2024");
    }

    #[test]
    fn grouping() {
        assert_eq!(grouped(1_234_567.5, 2), "1,234,567.5");
        assert_eq!(grouped(999.0, 2), "999");
        assert_eq!(grouped(-4200.0, 0), "-4,200");
    }
}
