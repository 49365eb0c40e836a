//! The catalogue's vocabulary: the figure record of the JSON contract and its closed lists.
//!
//! These types are what the app, the downloads and outside checks read; they carry no parsing
//! logic, so the browser build can deserialize them without the TOML source layer.

use crate::scanner::Qualifier;
use serde::{Deserialize, Serialize};

macro_rules! closed_list {
    ($(#[$m:meta])* $name:ident { $($variant:ident = $s:literal, $zh:literal, $en:literal;)* }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),*];
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $s),* }
            }
            pub fn parse(s: &str) -> Option<Self> {
                match s { $($s => Some($name::$variant),)* _ => None }
            }
            pub fn zh(self) -> &'static str {
                match self { $($name::$variant => $zh),* }
            }
            pub fn en(self) -> &'static str {
                match self { $($name::$variant => $en),* }
            }
        }
    };
}

closed_list! {
    /// The fixed list of sectors a figure belongs to.
    Sector {
        Economy = "economy", "经济总体", "Economy";
        Energy = "energy", "能源", "Energy";
        Industry = "industry", "工业", "Industry";
        Innovation = "innovation", "科技创新", "Innovation";
        Investment = "investment", "投资与项目", "Investment";
        Services = "services", "服务业", "Services";
        Tourism = "tourism", "文旅康养", "Tourism";
        Agriculture = "agriculture", "农业农村", "Agriculture";
        Urban = "urban", "城市建设", "Urban development";
        Environment = "environment", "生态环境", "Environment";
        Livelihood = "livelihood", "民生", "Livelihood";
        Governance = "governance", "政府治理", "Governance";
    }
}

closed_list! {
    /// What kind of number a figure is; levels and rates are never drawn on one axis.
    Measure {
        Level = "level", "数量或水平", "an amount or a level";
        Growth = "growth", "变化幅度", "a change";
        Share = "share", "比例", "a share";
        Rank = "rank", "排名", "a rank";
        Count = "count", "个数", "a count of things";
    }
}

closed_list! {
    /// What kind of rank a rank figure is; a band or a bottom group left is never a place.
    RankKind {
        Place = "place", "名次", "Place";
        Band = "band", "前列区间", "Band (top N)";
        LeftBottom = "left_bottom", "退出后列区间", "Left the bottom group";
    }
}

closed_list! {
    /// What a figure counts, so that a chart never puts different kinds of count on one scale:
    /// all there are (675 enterprises, a programme's total investment, a share), what one period
    /// adds, produces or does (schools built in 2023, 2024's new firms, a year's output or growth
    /// rate), or a ceiling to stay under (the CPI rise), which is no amount aimed at.
    Counts {
        Stock = "stock", "总数", "in all";
        Flow = "flow", "当期新增或完成", "added or done in the period";
        Ceiling = "ceiling", "控制上限", "ceiling";
    }
}

closed_list! {
    Status {
        Actual = "actual", "2023年实绩", "2023 result";
        Target = "target", "2024年目标", "2024 target";
    }
}

/// One text in both languages: a figure's label, an editor's note, a heading's English.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Label {
    pub zh: String,
    pub en: String,
}

impl Label {
    /// The text in `lang`.
    pub fn get(&self, lang: crate::format::Lang) -> &str {
        match lang {
            crate::format::Lang::Zh => &self.zh,
            crate::format::Lang::En => &self.en,
        }
    }
}

/// One figure of the catalogue: the JSON contract. Every record has every key (null or [] when
/// empty), which suits data tools and lets the compact [`crate::pack`] format carry the same type.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    pub id: String,
    pub label: Label,
    /// The number as written (2333.3 for 2333.3亿元).
    pub value: f64,
    /// The numeral as the report writes it: "2333.3", "2/3", "翻番", "第一", "前两位", "三项".
    pub written: String,
    pub unit: String,
    pub base_value: f64,
    pub base_unit: String,
    pub year: i32,
    #[serde(default)]
    pub since: Option<i32>,
    pub status: Status,
    pub qualifier: Qualifier,
    pub measure: Measure,
    /// For a rank, and only for one: a place (第1), a band (前10, 10强) or a bottom group left
    /// (退出后50名).
    #[serde(default)]
    pub rank: Option<RankKind>,
    pub sector: Sector,
    pub counties: Vec<String>,
    pub quote: String,
    /// `[start, end)` in chars of the report text: the text at span is the quote.
    pub span: [usize; 2],
    /// Where the number itself stands, inside `span`.
    pub numeral: [usize; 2],
    /// Null for a stated figure; for a derived one, how it is computed.
    pub derived: Option<String>,
    #[serde(default)]
    pub derived_from: Vec<String>,
    /// Why the entry reads as it does, in both languages (see [`crate::language`] for the
    /// marks a note may carry: figure ids in backticks, the report's words in “…”).
    #[serde(default)]
    pub note: Option<Label>,
    /// The unit in English, from the glossary: "yuan", "mu", "museums" (what 家 counts here), or
    /// empty when the English label names what is counted and the number stands alone.
    #[serde(default)]
    pub unit_en: String,
    /// What the number counts (see [`Counts`]); set for every figure a chart draws on a scale it
    /// shares with another figure. A derived figure counts what its first input counts.
    #[serde(default)]
    pub counts: Option<Counts>,
    /// The part (1–3) and section (1-based, within the part) of the report holding the quote.
    pub part: u8,
    #[serde(default)]
    pub section: Option<u8>,
}

impl Figure {
    pub fn is_derived(&self) -> bool {
        self.derived.is_some()
    }
}

/// A county-level division and the names the report uses for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct County {
    pub adcode: String,
    pub zh: String,
    pub en: String,
}

/// A place the report names and the county it lies in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    pub name: String,
    pub county: String,
    /// Whether the report itself ties the place to the county.
    pub stated: bool,
    /// Why we place it there, when the report does not say; in both languages.
    #[serde(default)]
    pub note: Option<Label>,
}

/// The English of a heading of the report (`seeds/structure.toml`): a part (`section` none) or
/// a section of a part, by the numbers the text gives them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Heading {
    pub part: u8,
    #[serde(default)]
    pub section: Option<u8>,
    /// The heading as the table of contents shows it ([`crate::document::Section::toc_title`]).
    pub zh: String,
    pub en: String,
    /// For a programme of the 2024 plan, the English of its heading's second half, what it aims
    /// at (推动高质量发展态势更加稳健).
    #[serde(default)]
    pub aim_en: Option<String>,
}

/// A sentence of the report that concerns a county.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CountyItem {
    pub county: String,
    /// The name in the text that ties the sentence to the county.
    pub place: String,
    /// Whether the report itself places it in the county (阳城濩泽河) or our table does (皇城相府).
    pub stated: bool,
    pub status: Status,
    pub sentence: String,
    pub span: [usize; 2],
    pub figures: Vec<String>,
}

/// A term or unit of the report and its one English rendering (see `seeds/glossary.toml`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub zh: String,
    pub en: String,
    #[serde(default)]
    pub explain_zh: Option<String>,
    #[serde(default)]
    pub explain_en: Option<String>,
}

/// The glossary: terms, units, and the nouns that say what 家 counts.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Glossary {
    #[serde(default, rename = "term")]
    pub terms: Vec<Term>,
    #[serde(default, rename = "unit")]
    pub units: Vec<Term>,
    #[serde(default)]
    pub counted: Vec<Term>,
}

/// The checked catalogue as the app and the downloads receive it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Catalogue {
    pub source: Source,
    pub figures: Vec<Figure>,
    pub counties: Vec<County>,
    pub places: Vec<Place>,
    pub county_items: Vec<CountyItem>,
    #[serde(default)]
    pub glossary: Glossary,
    /// What changed in the published data, oldest first (`seeds/corrections.toml`).
    #[serde(default)]
    pub corrections: Vec<Correction>,
    /// The English of every heading of the report, parts and sections (`seeds/structure.toml`).
    #[serde(default)]
    pub headings: Vec<Heading>,
}

/// The report the catalogue is drawn from: what the About page names and the downloads cite.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub title_zh: String,
    pub title_en: String,
    /// Who issued the report (the text: 我代表市人民政府向大会报告工作).
    #[serde(default)]
    pub author_zh: String,
    #[serde(default)]
    pub author_en: String,
    /// The year it was delivered.
    #[serde(default)]
    pub year: i32,
    pub text_file: String,
    /// Length of the text in Unicode characters.
    pub chars: usize,
    /// SHA-256 of the text file as bundled (lower-case hex), so anyone can check a copy against it.
    #[serde(default)]
    pub sha256: String,
    /// Where and when it was delivered (`seeds/source.toml`).
    #[serde(default)]
    pub delivered: Option<Delivery>,
    /// Who delivered it.
    #[serde(default)]
    pub speaker: Option<Speaker>,
    /// Where the official text is published.
    #[serde(default)]
    pub published: Option<Publication>,
    /// The public pages the facts above rest on, numbered as they cite them.
    #[serde(default)]
    pub basis: Vec<Basis>,
}

/// The congress session the report was delivered to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Delivery {
    pub session_zh: String,
    pub session_en: String,
    /// ISO dates of the session's first and last day.
    pub from: String,
    pub to: String,
    pub basis: Vec<u32>,
}

/// Who delivered the report; `inferred` when no page says so of this report itself.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Speaker {
    pub name_zh: String,
    pub name_en: String,
    pub role_zh: String,
    pub role_en: String,
    #[serde(default)]
    pub inferred: bool,
    pub basis: Vec<u32>,
}

/// Where the official text is published; `page_confirmed` is false when only the site is known.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Publication {
    pub site_zh: String,
    pub site_en: String,
    pub url: String,
    #[serde(default)]
    pub page_confirmed: bool,
}

/// A public page that states a fact about the report, and what it says.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Basis {
    pub id: u32,
    pub url: String,
    pub publisher_zh: String,
    pub publisher_en: String,
    /// ISO date of the page.
    pub date: String,
    pub says_zh: String,
    pub says_en: String,
}

/// One entry of the corrections log: a change to the published data, when and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Correction {
    /// ISO date, `YYYY-MM-DD`, when the change was published.
    pub date: String,
    /// Ids of the figures the change affects, including ids that no longer exist.
    #[serde(default)]
    pub figures: Vec<String>,
    /// Which of `figures` no longer exist (removed, or renamed: the new id is in `figures`).
    #[serde(default)]
    pub removed: Vec<String>,
    /// What changed and why, in Chinese and in English.
    pub zh: String,
    pub en: String,
}

impl Catalogue {
    pub fn figure(&self, id: &str) -> Option<&Figure> {
        self.figures.iter().find(|f| f.id == id)
    }

    /// The English of a heading: part `part` (1-based, as numbered in the text), or section
    /// `section` of it. The one place the app and the tools look a heading's English up.
    pub fn heading_en(&self, part: u8, section: Option<u8>) -> Option<&str> {
        self.headings.iter().find(|h| h.part == part && h.section == section).map(|h| h.en.as_str())
    }

    /// The English of what a programme of the 2024 plan (part 2) aims at.
    pub fn aim_en(&self, section: u8) -> Option<&str> {
        self.headings.iter().find(|h| h.part == 2 && h.section == Some(section)).and_then(|h| h.aim_en.as_deref())
    }
}
