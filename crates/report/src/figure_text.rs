//! A figure in words, as a reader meets it: the text of its card, its chart tooltip and its
//! details panel, in either language.
//!
//! Rules:
//! - This module is the one place that words a figure. The app's components only lay these
//!   texts out (`src/components/figure_card.rs`, `chart_figure.rs`, `figure_detail.rs`), and the
//!   proofreading sheet ([`crate::review`]) prints the same texts, so what an editor reads there
//!   is what a reader sees.
//! - Numbers come from [`crate::format`]; the words around them (status, sector, qualifier,
//!   measure, county names) from the catalogue's closed lists and records. Nothing here knows a
//!   particular figure.
//! - The status names the year: the report's own pair reads "2023年实绩" / "2024年目标"; any other
//!   year is spelled out ("2022年实绩", "target for 2025"), so a derived 2022 baseline never reads
//!   as a 2023 result.

use crate::format::{en_amount, figure_value, qualifier_text, zh_amount, Lang};
use crate::model::{County, Figure, Status};
use crate::scanner::Qualifier;

/// The names of a figure's facts, as the details panel and the proofreading sheet label them.
pub struct Terms {
    pub status: &'static str,
    pub value: &'static str,
    pub normalised: &'static str,
    pub qualifier: &'static str,
    pub measure: &'static str,
    pub counties: &'static str,
    pub derived: &'static str,
    pub note: &'static str,
    pub quote: &'static str,
    /// The qualifier of a number the report gives exactly.
    pub exact: &'static str,
}

pub const TERMS_ZH: Terms = Terms {
    status: "类型",
    value: "数值",
    normalised: "换算",
    qualifier: "限定",
    measure: "指标性质",
    counties: "涉及县区",
    derived: "推算",
    note: "说明",
    quote: "原文",
    exact: "确数",
};

pub const TERMS_EN: Terms = Terms {
    status: "Kind",
    value: "Value",
    normalised: "In base units",
    qualifier: "Qualifier",
    measure: "Measure",
    counties: "Counties",
    derived: "derived",
    note: "Note",
    quote: "Original words",
    exact: "exact",
};

pub fn terms(lang: Lang) -> &'static Terms {
    match lang {
        Lang::Zh => &TERMS_ZH,
        Lang::En => &TERMS_EN,
    }
}

fn pick<'a>(lang: Lang, zh: &'a str, en: &'a str) -> &'a str {
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

/// The status in words, naming the year: "2023年实绩", "2024 target", "target for 2028".
pub fn status_name(f: &Figure, lang: Lang) -> String {
    match (f.status, f.year) {
        (Status::Actual, 2023) | (Status::Target, 2024) => pick(lang, f.status.zh(), f.status.en()).to_string(),
        (Status::Actual, y) => match lang {
            Lang::Zh => format!("{y}年实绩"),
            Lang::En => format!("{y} result"),
        },
        (Status::Target, y) => match lang {
            Lang::Zh => format!("{y}年目标"),
            Lang::En => format!("target for {y}"),
        },
    }
}

/// " · 推算" after the status of a derived figure; nothing for a stated one.
pub fn derived_mark(f: &Figure, lang: Lang) -> String {
    if f.is_derived() { format!(" · {}", terms(lang).derived) } else { String::new() }
}

/// The status line of a figure: "2023年实绩 · 能源", "2022 result · Economy · derived".
pub fn status_line(f: &Figure, lang: Lang) -> String {
    format!("{} · {}{}", status_name(f, lang), pick(lang, f.sector.zh(), f.sector.en()), derived_mark(f, lang))
}

/// The value in words for assistive technology: "约6%", "at least 140 million tonnes",
/// "三分之二". One implementation: [`crate::format::spoken_value`].
pub fn spoken_value(f: &Figure, lang: Lang) -> String {
    crate::format::spoken_value(f, lang)
}

/// The figure in the report's own notation: "≥1.4亿吨", "八成" (words carry their unit).
pub fn written_form(f: &Figure) -> String {
    let unit = if f.written.chars().next().is_some_and(|c| c.is_ascii_digit()) { f.unit.as_str() } else { "" };
    format!("{}{}{}", f.qualifier.symbol(), f.written, unit)
}

/// The qualifier in words, with its mark: "≥ 不少于", "exact".
pub fn qualifier_line(q: Qualifier, lang: Lang) -> String {
    match q {
        Qualifier::Exact => terms(lang).exact.to_string(),
        q => format!("{} {}", q.symbol(), qualifier_text(q, lang).trim()),
    }
}

/// The figure's value with the magnitude multiplied out: "2333.3亿元", "233.33 billion yuan".
pub fn normalised(f: &Figure, lang: Lang) -> String {
    match lang {
        Lang::Zh => zh_amount(f.base_value, &f.base_unit),
        Lang::En => en_amount(f.base_value, &f.unit_en),
    }
}

/// The names of the counties a figure belongs to, in the catalogue's order of `counties`.
pub fn county_names(f: &Figure, counties: &[County], lang: Lang) -> Vec<String> {
    f.counties
        .iter()
        .filter_map(|a| counties.iter().find(|c| &c.adcode == a))
        .map(|c| pick(lang, &c.zh, &c.en).to_string())
        .collect()
}

/// A quote as the reader sees it, in Chinese quotation marks.
pub fn quoted(quote: &str) -> String {
    format!("“{quote}”")
}

/// What a figure's card shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    pub status: String,
    /// The number as drawn (with its qualifier mark).
    pub value: String,
    /// The number as read aloud (the qualifier in words).
    pub spoken: String,
    pub label: String,
    /// The report's own notation, for English readers where it differs from `value`.
    pub written: Option<String>,
}

pub fn card(f: &Figure, lang: Lang) -> Card {
    let value = figure_value(f, lang);
    let as_written = written_form(f);
    Card {
        status: status_line(f, lang),
        spoken: spoken_value(f, lang),
        label: pick(lang, &f.label.zh, &f.label.en).to_string(),
        written: (lang == Lang::En && as_written != value).then_some(as_written),
        value,
    }
}

/// What a chart's tooltip shows for one mark.
#[derive(Debug, Clone, PartialEq)]
pub struct Tooltip {
    pub label: String,
    pub value: String,
    pub status: String,
    /// How a derived figure is computed.
    pub derived: Option<String>,
    pub quote: String,
}

pub fn tooltip(f: &Figure, lang: Lang) -> Tooltip {
    Tooltip {
        label: pick(lang, &f.label.zh, &f.label.en).to_string(),
        value: figure_value(f, lang),
        status: status_line(f, lang),
        derived: f.derived.clone(),
        quote: quoted(&f.quote),
    }
}

/// Which fact of the details panel a [`Fact`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FactKind {
    Status,
    /// The number in the report's own notation.
    Written,
    Normalised,
    Qualifier,
    Measure,
    Counties,
    Derived,
    Note,
    Quote,
}

impl FactKind {
    /// The text is the report's own words, in Chinese whatever the reader's language.
    pub fn is_chinese(self) -> bool {
        matches!(self, FactKind::Written | FactKind::Quote)
    }
}

/// One fact of the details panel.
#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    pub kind: FactKind,
    pub term: &'static str,
    pub text: String,
}

/// What the details panel shows: the title, the number, and the facts in order.
#[derive(Debug, Clone, PartialEq)]
pub struct Detail {
    pub label: String,
    pub value: String,
    pub spoken: String,
    pub facts: Vec<Fact>,
}

/// `counties` is the catalogue's list, for the names.
pub fn detail(f: &Figure, counties: &[County], lang: Lang) -> Detail {
    let t = terms(lang);
    let fact = |kind, term, text: String| Fact { kind, term, text };
    let mut facts = vec![
        fact(FactKind::Status, t.status, status_line(f, lang)),
        fact(FactKind::Written, t.value, written_form(f)),
        fact(FactKind::Normalised, t.normalised, normalised(f, lang)),
        fact(FactKind::Qualifier, t.qualifier, qualifier_line(f.qualifier, lang)),
        fact(FactKind::Measure, t.measure, pick(lang, f.measure.zh(), f.measure.en()).to_string()),
    ];
    let names = county_names(f, counties, lang);
    if !names.is_empty() {
        facts.push(fact(FactKind::Counties, t.counties, names.join(pick(lang, "、", ", "))));
    }
    if let Some(formula) = &f.derived {
        facts.push(fact(FactKind::Derived, t.derived, formula.clone()));
    }
    if let Some(note) = &f.note {
        facts.push(fact(FactKind::Note, t.note, note.clone()));
    }
    facts.push(fact(FactKind::Quote, t.quote, quoted(&f.quote)));
    Detail { label: pick(lang, &f.label.zh, &f.label.en).to_string(), value: figure_value(f, lang), spoken: spoken_value(f, lang), facts }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Label, Measure, Sector};

    /// 煤炭产量稳定在1.4亿吨以上 (part two: a 2024 target).
    fn coal() -> Figure {
        Figure {
            id: "coal-output-2024".into(),
            label: Label { zh: "煤炭产量".into(), en: "Coal output".into() },
            value: 1.4, written: "1.4".into(), unit: "亿吨".into(), base_value: 140_000_000.0, base_unit: "吨".into(),
            year: 2024, since: None, status: Status::Target, qualifier: Qualifier::AtLeast, measure: Measure::Level,
            rank: None, counts: None, unit_en: "tonnes".into(), sector: Sector::Energy, counties: vec!["140521".into()], quote: "煤炭产量稳定在1.4亿吨以上".into(),
            span: [0, 0], numeral: [0, 0], derived: None, derived_from: vec![], note: None, part: 2, section: Some(1),
        }
    }

    fn qinshui() -> Vec<County> {
        vec![County { adcode: "140521".into(), zh: "沁水县".into(), en: "Qinshui".into() }]
    }

    #[test]
    fn a_card_reads_the_figure_in_each_language() {
        let f = coal();
        let zh = card(&f, Lang::Zh);
        assert_eq!((zh.status.as_str(), zh.value.as_str(), zh.spoken.as_str()), ("2024年目标 · 能源", "≥1.4亿吨", "不少于1.4亿吨"));
        assert_eq!(zh.written, None, "Chinese readers already see the report's notation");
        let en = card(&f, Lang::En);
        assert_eq!((en.status.as_str(), en.value.as_str(), en.spoken.as_str()), ("2024 target · Energy", "≥140 million tonnes", "at least 140 million tonnes"));
        assert_eq!(en.written.as_deref(), Some("≥1.4亿吨"));
        assert_eq!(en.label, "Coal output");
    }

    #[test]
    fn other_years_and_derived_figures_say_so() {
        let mut f = coal();
        f.status = Status::Actual;
        f.year = 2022;
        f.derived = Some("a ÷ (1 + b)".into());
        assert_eq!(status_line(&f, Lang::Zh), "2022年实绩 · 能源 · 推算");
        assert_eq!(status_line(&f, Lang::En), "2022 result · Energy · derived");
        f.status = Status::Target;
        f.year = 2028;
        assert_eq!(status_line(&f, Lang::En), "target for 2028 · Energy · derived");
        // The chart's data table: the status without the sector.
        assert_eq!(format!("{}{}", status_name(&f, Lang::Zh), derived_mark(&f, Lang::Zh)), "2028年目标 · 推算");
    }

    #[test]
    fn a_tooltip_and_the_details_carry_the_quote_and_the_counties() {
        let f = coal();
        let t = tooltip(&f, Lang::En);
        assert_eq!(t.quote, "“煤炭产量稳定在1.4亿吨以上”");
        assert_eq!(t.derived, None);
        let d = detail(&f, &qinshui(), Lang::Zh);
        let terms: Vec<&str> = d.facts.iter().map(|x| x.term).collect();
        assert_eq!(terms, ["类型", "数值", "换算", "限定", "指标性质", "涉及县区", "原文"]);
        let text = |term: &str| d.facts.iter().find(|x| x.term == term).unwrap().text.clone();
        assert_eq!(text("换算"), "1.4亿吨");
        assert_eq!(text("限定"), "≥ 不少于");
        assert_eq!(text("涉及县区"), "沁水县");
        assert!(d.facts.iter().find(|x| x.term == "原文").unwrap().kind.is_chinese());
        let en = detail(&f, &qinshui(), Lang::En);
        assert_eq!(en.facts[2].text, "140 million tonnes");
        assert_eq!(en.facts[3].text, "≥ at least");
    }
}
