//! The quantity scanner: finds every number the report writes and reads it as a quantity.
//!
//! Rules:
//! - A numeral is a run of ASCII or fullwidth digits with an optional decimal point (`.` or `．`),
//!   or a fraction `a/b`. Every such numeral is a quantity unless it is classified below.
//! - After the numeral come, in this order and each optional: 余/多 ("more than"), a magnitude
//!   (万亿 10^12, 亿 10^8, 万 10^4), 余/多 again, and a unit from [`UNITS`]. The unit *as written*
//!   keeps the magnitude (`亿元`); the base unit drops it (`元`) and the base value absorbs it.
//! - Qualifiers: 超过/超/突破/不低于/不少于 before, 以上 after, and 余/多 mean `AtLeast`; 约/近 before and
//!   左右 after mean `About`; 以内/以下 after mean `AtMost`.
//! - A qualifier is a whole word. A one-character qualifier before the number (约, 近, 超) is not
//!   one when it ends a longer word with the character before it ([`WORDS_ENDING_IN_QUALIFIERS`]):
//!   现场签约102亿元 is exactly 102亿元, signed; 约102亿元 would be about 102亿元.
//! - A list shares what follows its last item: in 30万元、50万元、100万元以上 every item is "at
//!   least". A qualifier after the last of items joined by 、 goes to each earlier item that has the
//!   same unit and no qualifier of its own.
//! - Numerals that are not quantities are classified rather than dropped, so that the coverage
//!   check can account for every digit in the text: years (`2023年`), dates (`4·30`), codes glued
//!   to Latin letters (`5G`, `G342`, `PM2.5`) and scheme names joined by ＋ (`1＋5`, `1＋7＋X`).
//! - A range `2－3年` yields two quantities sharing the unit: the low end `AtLeast`, the high end
//!   `AtMost`.
//! - 各 right before a number ("创新型中小企业、规上工业企业各40家") states it for each item of the
//!   list before it, back to the last ，/。/；/： — `each_of` is the number of items (else 1).
//!
//! Numbers in words. Chinese numerals (一…九, 两, 十, 百, 千, 万, 亿, read by [`crate::numerals`])
//! are mostly parts of words (一流, 统一, 千方百计), so the rule is the other way round from digits:
//! a run of them is a quantity only in the constructions below. Every run is still reported, with
//! a kind, so that nothing in the text goes unaccounted. At each position, the first that applies:
//! 1. Fixed words [`FIXED_WORDS`]: “五一” (May Day) a `Date`, “十四五” (the 14th Five-Year Plan) an
//!    `Ordinal`, and the idioms 万家灯火 (every household) and 第一方阵 (全国第一方阵, the leading
//!    pack), which would otherwise read as a count and a rank.
//! 2. Ranks (`Words`): 全省/全国 + 第N is a place (第一 → 1, marked `ordinal`); 全省/全国 + 前N or
//!    前N位 is a band (前两位, 前二 → 2); N强 is a band (百强 → 100). `written` keeps 第/前/位/强.
//! 3. Other ordinals (`Ordinal`): 第N anywhere else (第四届, 第二批, 第四代, 第五次, 第三人民医院, 项目第一),
//!    N届, N期, N号 (太行一号), N中全会, N次会议, and 党的N大.
//! 4. List markers (`Enumeration`): N是 and N、 at the start of a paragraph (一是, 二、), and （N）.
//! 5. Spans of time (`Duration`): N年, N月 (连续三年, 三年行动, 一年来, 每两月); N季度 is a `Date`. A span
//!    is the period of the claim it belongs to, which the catalogue states as that figure's
//!    `since`, not a figure of its own.
//! 6. Counts (`Words`): N + a counter from [`COUNTERS`] (三项, 两个, 七种, 五状元, 七连冠; 项目 is
//!    a word, not 项), and N大 + a noun for N ≥ 2 (十大物流园区, 三大项目; 统一大市场 is no count).
//!    `written` keeps the counter (三项) or 大 (十大); the unit is the counter. A quantity is never
//!    零 (零售, 零部件, 清零).
//! 7. Amounts (`Words`): a round magnitude before 元 or 群众 (千亿元 → 1000亿元, 百万群众 → 100万);
//!    N成 before 用于 (八成用于民生 → 80%); 一半 (50%); and 翻番 (×2), which has no numeral.
//! 8. Anything else is an `Idiom`: a numeral inside a word, an idiom or a name that counts nothing
//!    by itself (一流, 统一, 一批, “一体两翼”, 晋城一中, 零售).
//!
//! Quantities in words are quantities like any other: the catalogue must cover each one with a
//! figure or say why it is not one (a campaign's name, “三个一批”).

use crate::numerals;
use crate::span::{Span, Text};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    Exact,
    About,
    AtLeast,
    AtMost,
}

impl Qualifier {
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::About => "about",
            Qualifier::AtLeast => "at_least",
            Qualifier::AtMost => "at_most",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "exact" => Qualifier::Exact,
            "about" => Qualifier::About,
            "at_least" => Qualifier::AtLeast,
            "at_most" => Qualifier::AtMost,
            _ => return None,
        })
    }
    /// The mark a reader sees before the number: ≈, ≥, ≤ or nothing.
    pub fn symbol(self) -> &'static str {
        match self {
            Qualifier::Exact => "",
            Qualifier::About => "≈",
            Qualifier::AtLeast => "≥",
            Qualifier::AtMost => "≤",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A quantity written in Arabic numerals.
    Number,
    /// `2/3`.
    Fraction,
    /// A quantity in words: 翻番, 八成, 一半, 千亿, 第一, 前两位, 百强, 三项, 十大, 百万.
    Words,
    Year,
    /// 4·30, 一季度, “五一”.
    Date,
    /// Glued to Latin letters: 5G, G342, PM2.5.
    Code,
    /// Numbers joined by ＋: 1＋5, 1＋7＋X.
    Scheme,
    /// A numbered event, session, batch, generation or name: 第四届, 第二批, 第四代, 二十届,
    /// 二中全会, 党的二十大, 太行一号, “十四五”.
    Ordinal,
    /// A list marker: 一是, 二、, （三）.
    Enumeration,
    /// A span of time in words: 连续三年, 三年行动, 每两月.
    Duration,
    /// A numeral inside a word, an idiom or a name: 一流, 统一, 千方百计, “一体两翼”.
    Idiom,
}

impl Kind {
    /// Whether this is a quantity at all (as opposed to a numeral inside a name or a date).
    pub fn is_quantity(self) -> bool {
        matches!(self, Kind::Number | Kind::Fraction | Kind::Words)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    pub kind: Kind,
    /// The numeral (or the words) alone.
    pub numeral: Span,
    /// Numeral with its qualifier words, magnitude and unit.
    pub span: Span,
    /// The numeral as written, with ASCII digits: "2333.3", "2/3"; words as the text writes them,
    /// with the 第/前 of a rank and the counter of a count: "翻番", "第一", "前两位", "三项", "十大".
    pub written: String,
    pub value: f64,
    /// Unit as written, magnitude included; fullwidth ％ becomes "%".
    pub unit: String,
    pub base_value: f64,
    pub base_unit: String,
    pub qualifier: Qualifier,
    /// Preceded by 第: an ordinal (a rank).
    pub ordinal: bool,
    /// How many listed items the number is stated for: 2 for 创新型中小企业、规上工业企业各40家, else 1.
    pub each_of: usize,
}

/// Units the report writes after a number, longest first so that 人次 wins over 人.
pub const UNITS: &[&str] = &[
    "微克/立方米", "平方公里", "平方米", "人次", "公里", "千瓦", "周年", "元", "人", "亩", "斤", "吨",
    "％", "%", "家", "个", "项", "件", "所", "座", "台", "条", "户", "名", "村", "倍", "年", "处",
    "部", "套", "种", "批", "强", "届", "天", "类", "位", "字", "分钟",
];

const MAGNITUDES: &[(&str, i32)] = &[("万亿", 12), ("亿", 8), ("万", 4)];
const PREFIX_QUALIFIERS: &[(&str, Qualifier)] = &[
    ("不低于", Qualifier::AtLeast),
    ("不少于", Qualifier::AtLeast),
    ("超过", Qualifier::AtLeast),
    ("突破", Qualifier::AtLeast),
    ("超", Qualifier::AtLeast),
    ("约", Qualifier::About),
    ("近", Qualifier::About),
];
/// Words whose last character is a one-character prefix qualifier but which do not qualify the
/// number after them: 签约 (signed), not 约 (about).
pub const WORDS_ENDING_IN_QUALIFIERS: &[&str] = &[
    "签约", "履约", "节约", "集约", "制约", "预约", "特约", "契约", "附近", "最近", "就近", "邻近", "靠近",
    "临近", "赶超", "高超",
];
const SUFFIX_QUALIFIERS: &[(&str, Qualifier)] = &[
    ("左右", Qualifier::About),
    ("以上", Qualifier::AtLeast),
    ("以内", Qualifier::AtMost),
    ("以下", Qualifier::AtMost),
];

/// A unit as written split into its base and the power of ten of its magnitude: 亿元 → (元, 8).
pub fn split_magnitude(unit: &str) -> (&str, i32) {
    MAGNITUDES
        .iter()
        .find_map(|(m, e)| unit.strip_prefix(m).map(|rest| (rest, *e)))
        .unwrap_or((unit, 0))
}

fn digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}
fn is_point(c: char) -> bool {
    c == '.' || c == '．'
}
fn is_plus(c: char) -> bool {
    c == '＋' || c == '+'
}
fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic()
}
fn is_range_dash(c: char) -> bool {
    matches!(c, '－' | '-' | '~' | '～' | '—')
}

/// A decimal numeral read exactly: `mantissa × 10^-decimals`.
#[derive(Debug, Clone, Copy)]
struct Decimal {
    mantissa: i128,
    decimals: i32,
}

impl Decimal {
    fn value(self) -> f64 {
        self.scaled(0)
    }
    /// The value times 10^exp, computed on the integer mantissa so that 2333.3 亿 is exactly
    /// 233330000000 rather than a float product off in the last digit.
    fn scaled(self, exp: i32) -> f64 {
        let e = exp - self.decimals;
        if e >= 0 {
            (self.mantissa * 10i128.pow(e as u32)) as f64
        } else {
            self.mantissa as f64 / 10f64.powi(-e)
        }
    }
    fn written(self) -> String {
        let s = self.mantissa.to_string();
        if self.decimals == 0 {
            return s;
        }
        let d = self.decimals as usize;
        let s = format!("{:0>width$}", s, width = d + 1);
        format!("{}.{}", &s[..s.len() - d], &s[s.len() - d..])
    }
}

struct Scanner<'a> {
    c: &'a [char],
}

impl<'a> Scanner<'a> {
    fn at(&self, i: usize) -> Option<char> {
        self.c.get(i).copied()
    }
    fn starts_with(&self, i: usize, s: &str) -> bool {
        s.chars().enumerate().all(|(j, ch)| self.at(i + j) == Some(ch))
    }
    fn ends_before(&self, i: usize, s: &str) -> bool {
        let n = s.chars().count();
        i >= n && self.starts_with(i - n, s)
    }
    /// Reads digits with an optional decimal part from `i`; returns the end.
    fn decimal(&self, i: usize) -> Option<(Decimal, usize)> {
        let mut k = i;
        let mut mantissa: i128 = 0;
        let mut decimals = 0;
        while let Some(d) = self.at(k).and_then(digit) {
            mantissa = mantissa * 10 + d as i128;
            k += 1;
        }
        if k == i {
            return None;
        }
        if self.at(k).is_some_and(is_point) && self.at(k + 1).and_then(digit).is_some() {
            k += 1;
            while let Some(d) = self.at(k).and_then(digit) {
                mantissa = mantissa * 10 + d as i128;
                decimals += 1;
                k += 1;
            }
        }
        Some((Decimal { mantissa, decimals }, k))
    }
    fn prefix_qualifier(&self, i: usize) -> Option<(Qualifier, usize)> {
        PREFIX_QUALIFIERS
            .iter()
            .find(|(w, _)| self.ends_before(i, w))
            .filter(|(w, _)| !WORDS_ENDING_IN_QUALIFIERS.iter().any(|longer| longer.ends_with(w) && self.ends_before(i, longer)))
            .map(|(w, q)| (*q, i - w.chars().count()))
    }
    fn suffix_qualifier(&self, i: usize) -> Option<(Qualifier, usize)> {
        SUFFIX_QUALIFIERS
            .iter()
            .find(|(w, _)| self.starts_with(i, w))
            .map(|(w, q)| (*q, i + w.chars().count()))
    }
    /// 余/多 at `i`: "more than".
    fn more_than(&self, i: usize) -> bool {
        matches!(self.at(i), Some('余' | '多'))
    }
    fn magnitude(&self, i: usize) -> Option<(&'static str, i32, usize)> {
        MAGNITUDES
            .iter()
            .find(|(w, _)| self.starts_with(i, w))
            .map(|(w, e)| (*w, *e, i + w.chars().count()))
    }
    fn unit(&self, i: usize) -> Option<(&'static str, usize)> {
        UNITS
            .iter()
            .find(|u| self.starts_with(i, u))
            .map(|u| (*u, i + u.chars().count()))
    }

    /// Reads what follows a numeral ending at `k`: 余/多, magnitude, unit and suffix qualifier.
    fn tail(&self, mut k: usize) -> Tail {
        let mut t = Tail::default();
        if self.more_than(k) {
            t.more = true;
            k += 1;
        }
        if let Some((w, e, next)) = self.magnitude(k) {
            t.magnitude = (w, e);
            k = next;
            if self.more_than(k) {
                t.more = true;
                k += 1;
            }
        }
        if let Some((u, next)) = self.unit(k) {
            t.unit = u;
            k = next;
        }
        if let Some((q, next)) = self.suffix_qualifier(k) {
            t.suffix = Some(q);
            k = next;
        }
        t.end = k;
        t
    }
}

#[derive(Default)]
struct Tail {
    more: bool,
    magnitude: (&'static str, i32),
    unit: &'static str,
    suffix: Option<Qualifier>,
    end: usize,
}

fn normal_unit(u: &str) -> &str {
    if u == "％" {
        "%"
    } else {
        u
    }
}

#[allow(clippy::too_many_arguments)]
fn build(
    kind: Kind,
    numeral: Span,
    start: usize,
    written: String,
    dec: Decimal,
    tail: &Tail,
    prefix: Option<Qualifier>,
    ordinal: bool,
) -> Quantity {
    let base_unit = normal_unit(tail.unit).to_string();
    let qualifier = tail
        .suffix
        .or(prefix)
        .unwrap_or(if tail.more { Qualifier::AtLeast } else { Qualifier::Exact });
    Quantity {
        kind,
        numeral,
        span: Span::new(start, tail.end),
        written,
        value: dec.value(),
        unit: format!("{}{}", tail.magnitude.0, base_unit),
        base_value: dec.scaled(tail.magnitude.1),
        base_unit,
        qualifier,
        ordinal,
        each_of: 1,
    }
}

fn plain(kind: Kind, start: usize, end: usize, chars: &[char]) -> Quantity {
    let written: String = chars[start..end]
        .iter()
        .map(|&c| match digit(c) {
            Some(d) => char::from_digit(d, 10).unwrap(),
            None => c,
        })
        .collect();
    Quantity {
        kind,
        numeral: Span::new(start, end),
        span: Span::new(start, end),
        written,
        value: f64::NAN,
        unit: String::new(),
        base_value: f64::NAN,
        base_unit: String::new(),
        qualifier: Qualifier::Exact,
        ordinal: false,
        each_of: 1,
    }
}

/// Every numeral of `text`, classified and, where it is a quantity, read with its unit.
pub fn scan(text: &Text) -> Vec<Quantity> {
    let chars: Vec<char> = text.as_str().chars().collect();
    scan_chars(&chars)
}

/// [`scan`] over a plain string (positions relative to it).
pub fn scan_str(s: &str) -> Vec<Quantity> {
    let chars: Vec<char> = s.chars().collect();
    scan_chars(&chars)
}

fn scan_chars(chars: &[char]) -> Vec<Quantity> {
    let s = Scanner { c: chars };
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if digit(chars[i]).is_none() {
            if let Some((q, next)) = words(&s, i) {
                out.push(q);
                i = next;
            } else {
                i += 1;
            }
            continue;
        }
        let (dec, k) = s.decimal(i).expect("a digit starts a decimal");
        let prev = if i > 0 { s.at(i - 1) } else { None };
        let next = s.at(k);

        // Numbers inside names and dates first: they are classified, not read.
        if prev.is_some_and(is_latin) || next.is_some_and(is_latin) {
            let mut end = k;
            while s.at(end).is_some_and(|c| is_latin(c) || digit(c).is_some() || is_point(c)) {
                end += 1;
            }
            let mut start = i;
            while start > 0 && is_latin(chars[start - 1]) {
                start -= 1;
            }
            out.push(plain(Kind::Code, start, end, chars));
            i = end;
            continue;
        }
        if next.is_some_and(is_plus) || prev.is_some_and(is_plus) {
            let mut end = k;
            while s.at(end).is_some_and(is_plus)
                && s.at(end + 1).is_some_and(|c| digit(c).is_some() || is_latin(c))
            {
                end += 1;
                while s.at(end).is_some_and(|c| digit(c).is_some() || is_latin(c)) {
                    end += 1;
                }
            }
            out.push(plain(Kind::Scheme, i, end, chars));
            i = end;
            continue;
        }
        if next == Some('·') && s.at(k + 1).and_then(digit).is_some() {
            let (_, end) = s.decimal(k + 1).unwrap();
            out.push(plain(Kind::Date, i, end, chars));
            i = end;
            continue;
        }
        if dec.decimals == 0 && (1900..=2100).contains(&dec.mantissa) && k - i == 4 && next == Some('年') {
            out.push(plain(Kind::Year, i, k, chars));
            i = k;
            continue;
        }
        if next == Some('/') {
            if let Some((den, end)) = s.decimal(k + 1) {
                let value = dec.value() / den.value();
                let prefix = s.prefix_qualifier(i);
                let written = format!("{}/{}", dec.written(), den.written());
                let tail = s.tail(end);
                let mut q = build(
                    Kind::Fraction,
                    Span::new(i, end),
                    prefix.map_or(i, |p| p.1),
                    written,
                    dec,
                    &tail,
                    prefix.map(|p| p.0),
                    false,
                );
                q.value = value;
                q.base_value = value;
                q.unit = String::new();
                q.base_unit = "ratio".into();
                out.push(q);
                i = end;
                continue;
            }
        }
        let prefix = s.prefix_qualifier(i);
        let ordinal = prev == Some('第');
        let start = prefix.map_or(if ordinal { i - 1 } else { i }, |p| p.1);

        // A range: the low end takes the high end's unit.
        if next.is_some_and(is_range_dash) {
            if let Some((hi, hend)) = s.decimal(k + 1) {
                let tail = s.tail(hend);
                let low_tail = Tail { suffix: Some(Qualifier::AtLeast), end: k, ..Tail { magnitude: tail.magnitude, unit: tail.unit, ..Tail::default() } };
                out.push(build(Kind::Number, Span::new(i, k), start, dec.written(), dec, &low_tail, None, false));
                let high_tail = Tail { suffix: Some(Qualifier::AtMost), ..tail };
                out.push(build(Kind::Number, Span::new(k + 1, hend), k + 1, hi.written(), hi, &high_tail, None, false));
                i = high_tail.end;
                continue;
            }
        }
        let tail = s.tail(k);
        let mut q = build(Kind::Number, Span::new(i, k), start, dec.written(), dec, &tail, prefix.map(|p| p.0), ordinal);
        q.each_of = s.each_of(i);
        out.push(q);
        i = tail.end.max(k);
    }
    share_list_qualifiers(chars, &mut out);
    out
}

/// A qualifier written after the last item of a list joined by 、 (30万元、50万元、100万元以上)
/// holds for every item with the same unit and no qualifier of its own.
fn share_list_qualifiers(chars: &[char], out: &mut [Quantity]) {
    for k in 1..out.len() {
        let last = &out[k];
        let suffixed = last.kind.is_quantity()
            && SUFFIX_QUALIFIERS.iter().any(|(w, q)| {
                *q == last.qualifier && chars[..last.span.end].ends_with(&w.chars().collect::<Vec<_>>())
            });
        if !suffixed {
            continue;
        }
        let (qualifier, unit) = (last.qualifier, last.unit.clone());
        let mut next_start = last.span.start;
        for j in (0..k).rev() {
            let item = &mut out[j];
            let joined = item.span.end + 1 == next_start && chars[item.span.end] == '、';
            if !joined || !item.kind.is_quantity() || item.unit != unit || item.qualifier != Qualifier::Exact {
                break;
            }
            item.qualifier = qualifier;
            next_start = item.span.start;
        }
    }
}

/// Words that hold a numeral and are read whole, before any construction (rule 1 of the module).
pub const FIXED_WORDS: &[(&str, Kind)] = &[
    ("五一", Kind::Date),
    ("十四五", Kind::Ordinal),
    ("万家灯火", Kind::Idiom),
    ("第一方阵", Kind::Idiom),
];

/// Counters that make a Chinese numeral a count (rule 6 of the module), longest first. Not here:
/// 年/月 (spans of time), 届/次/批/代/期 (ordinals, and 一批 is "a number of"), 级 (a grade:
/// 一级公路, or tiers named beside it: 市县两级), 位 (五位一体; 前两位 is a rank).
pub const COUNTERS: &[&str] = &[
    "连冠", "状元", "个", "项", "种", "类", "件", "名", "篇", "家", "所", "座", "条", "户", "处", "部", "套", "台",
];

/// Where a clause ends, for the list before 各.
fn is_clause_break(c: char) -> bool {
    matches!(c, '，' | '。' | '；' | '：' | '\n')
}

impl Scanner<'_> {
    fn is_cn(&self, i: usize) -> bool {
        self.at(i).is_some_and(numerals::is_numeral)
    }
    fn cn_run_end(&self, mut k: usize) -> usize {
        while self.is_cn(k) {
            k += 1;
        }
        k
    }
    fn text(&self, start: usize, end: usize) -> String {
        self.c[start..end].iter().collect()
    }
    /// After 全省 or 全国: the scope of a ranking.
    fn ranked_scope(&self, i: usize) -> bool {
        self.ends_before(i, "全省") || self.ends_before(i, "全国")
    }
    /// The number of items of the list before 各 at `i - 1` (1 when there is no 各).
    fn each_of(&self, i: usize) -> usize {
        if i == 0 || self.at(i - 1) != Some('各') {
            return 1;
        }
        let clause = self.c[..i - 1].iter().rev().take_while(|&&c| !is_clause_break(c));
        1 + clause.filter(|&&c| c == '、').count()
    }
    /// A quantity in words on `numeral`, with the qualifiers written around it.
    #[allow(clippy::too_many_arguments)]
    fn word(&self, numeral: Span, end: usize, written: String, value: i128, unit: &'static str, magnitude: (&'static str, i32), ordinal: bool) -> (Quantity, usize) {
        let prefix = self.prefix_qualifier(numeral.start);
        let (suffix, end) = self.suffix_qualifier(end).map_or((None, end), |(q, e)| (Some(q), e));
        let tail = Tail { more: false, magnitude, unit, suffix, end };
        let dec = Decimal { mantissa: value, decimals: 0 };
        let q = build(Kind::Words, numeral, prefix.map_or(numeral.start, |p| p.1), written, dec, &tail, prefix.map(|p| p.0), ordinal);
        (q, end)
    }
    fn classified(&self, kind: Kind, start: usize, end: usize) -> (Quantity, usize) {
        (plain(kind, start, end, self.c), end)
    }
}

/// Numbers in words at `i`, by the rules of the module (numbers in words, 1–8).
fn words(s: &Scanner, i: usize) -> Option<(Quantity, usize)> {
    // 1. Fixed words.
    if let Some((w, kind)) = FIXED_WORDS.iter().find(|(w, _)| s.starts_with(i, w)) {
        return Some(s.classified(*kind, i, i + w.chars().count()));
    }
    // 7, without a numeral: 翻番.
    if s.starts_with(i, "翻番") {
        return Some(s.word(Span::new(i, i + 2), i + 2, "翻番".into(), 2, "倍", ("", 0), false));
    }
    // 2 and 3: 第N is a place in a ranking after 全省/全国, an ordinal of something else otherwise.
    if s.at(i) == Some('第') && s.is_cn(i + 1) {
        let end = s.cn_run_end(i + 1);
        let Some(n) = numerals::value(&s.text(i + 1, end)) else {
            return Some(s.classified(Kind::Idiom, i, end));
        };
        if s.ranked_scope(i) {
            return Some(s.word(Span::new(i, end), end, s.text(i, end), n as i128, "", ("", 0), true));
        }
        return Some(s.classified(Kind::Ordinal, i, end));
    }
    // 2: 全省前两位, 全省前二: a band.
    if s.at(i) == Some('前') && s.is_cn(i + 1) && s.ranked_scope(i) {
        let run = s.cn_run_end(i + 1);
        if let Some(n) = numerals::value(&s.text(i + 1, run)) {
            let end = if s.at(run) == Some('位') { run + 1 } else { run };
            return Some(s.word(Span::new(i, end), end, s.text(i, end), n as i128, "", ("", 0), false));
        }
    }
    if !s.is_cn(i) {
        return None;
    }
    let end = s.cn_run_end(i);
    let run = s.text(i, end);
    let next = s.at(end);
    let value = numerals::value(&run);
    // 3. Ordinals.
    let ordinal_mark = matches!(next, Some('届' | '期' | '号'))
        || s.starts_with(end, "中全会")
        || s.starts_with(end, "次会议")
        || (s.ends_before(i, "党的") && next == Some('大'));
    if ordinal_mark {
        return Some(s.classified(Kind::Ordinal, i, end));
    }
    // 4. List markers.
    let paragraph_start = i == 0 || s.at(i - 1) == Some('\n');
    if (paragraph_start && matches!(next, Some('是' | '、'))) || (i > 0 && s.at(i - 1) == Some('（') && next == Some('）')) {
        return Some(s.classified(Kind::Enumeration, i, end));
    }
    // 5. Spans of time.
    if matches!(next, Some('年' | '月')) {
        return Some(s.classified(Kind::Duration, i, end));
    }
    if s.starts_with(end, "季度") {
        return Some(s.classified(Kind::Date, i, end));
    }
    // 零 is never a quantity of its own here (零售, 零部件, 清零).
    let Some(n) = value.filter(|&v| v > 0) else {
        return Some(s.classified(Kind::Idiom, i, end));
    };
    let n = n as i128;
    // 2: N强, a band.
    if next == Some('强') {
        return Some(s.word(Span::new(i, end + 1), end + 1, s.text(i, end + 1), n, "强", ("", 0), false));
    }
    // 6. Counts: N + counter, N大 + noun.
    if let Some(counter) = COUNTERS.iter().find(|c| s.starts_with(end, c)) {
        let after = end + counter.chars().count();
        if !(*counter == "项" && s.at(after) == Some('目')) {
            return Some(s.word(Span::new(i, after), after, s.text(i, after), n, counter, ("", 0), false));
        }
    }
    // 一大 is the end of a word (统一大市场), not one big thing.
    if n >= 2 && next == Some('大') && s.at(end + 1).is_some_and(is_han) {
        return Some(s.word(Span::new(i, end + 1), end + 1, s.text(i, end + 1), n, "", ("", 0), false));
    }
    // 7. Amounts: a round magnitude before 元 or 群众; N成用于; 一半.
    if let Some((mag, exp)) = MAGNITUDES.iter().find(|(m, _)| run.ends_with(m)) {
        let head = &run[..run.len() - mag.len()];
        let money = next == Some('元');
        if let (Some(v), true) = (numerals::value(head), money || s.starts_with(end, "群众")) {
            // The numeral keeps its magnitude (千亿); 元 joins the unit and the span, 群众 neither.
            let (unit, stop) = if money { ("元", end + 1) } else { ("", end) };
            return Some(s.word(Span::new(i, end), stop, run.clone(), v as i128, unit, (mag, *exp), false));
        }
    }
    if run.chars().count() == 1 && (1..=9).contains(&n) && next == Some('成') && s.starts_with(end + 1, "用于") {
        return Some(s.word(Span::new(i, end + 1), end + 1, s.text(i, end + 1), n * 10, "%", ("", 0), false));
    }
    if run == "一" && next == Some('半') {
        return Some(s.word(Span::new(i, end + 1), end + 1, "一半".into(), 50, "%", ("", 0), false));
    }
    // 8. Anything else.
    Some(s.classified(Kind::Idiom, i, end))
}

/// A Chinese character (not punctuation): what may follow N大 as its noun.
fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(s: &str) -> Quantity {
        let q: Vec<_> = scan_str(s).into_iter().filter(|q| q.kind.is_quantity()).collect();
        assert_eq!(q.len(), 1, "{s}: {q:?}");
        q.into_iter().next().unwrap()
    }

    #[test]
    fn reads_magnitude_and_unit() {
        let q = one("全年GDP总量达到2333.3亿元，");
        assert_eq!((q.written.as_str(), q.value, q.unit.as_str()), ("2333.3", 2333.3, "亿元"));
        assert_eq!((q.base_value, q.base_unit.as_str()), (233_330_000_000.0, "元"));
        assert_eq!(q.qualifier, Qualifier::Exact);

        let q = one("总投资1.2万亿元的");
        assert_eq!((q.value, q.unit.as_str(), q.base_value), (1.2, "万亿元", 1.2e12));
        let q = one("培训教师2.1万人次。");
        assert_eq!((q.unit.as_str(), q.base_value, q.base_unit.as_str()), ("万人次", 21_000.0, "人次"));
        let q = one("华能120万千瓦抽水蓄能");
        assert_eq!((q.unit.as_str(), q.base_value, q.base_unit.as_str()), ("万千瓦", 1_200_000.0, "千瓦"));
        let q = one("PM2.5浓度降至34.7微克/立方米");
        assert_eq!((q.value, q.unit.as_str()), (34.7, "微克/立方米"));
        let q = one("200万平方米标准厂房");
        assert_eq!((q.unit.as_str(), q.base_unit.as_str(), q.base_value), ("万平方米", "平方米", 2_000_000.0));
        let q = one("20.2平方公里先行区");
        assert_eq!((q.value, q.unit.as_str(), q.base_value), (20.2, "平方公里", 20.2));
    }

    #[test]
    fn fullwidth_percent_and_digits() {
        let q = one("同比增长7％，");
        assert_eq!((q.value, q.unit.as_str(), q.base_unit.as_str()), (7.0, "%", "%"));
        let q = one("增长１６.５％");
        assert_eq!((q.written.as_str(), q.value), ("16.5", 16.5));
    }

    #[test]
    fn qualifiers_before_and_after() {
        assert_eq!(one("增长6％左右").qualifier, Qualifier::About);
        assert_eq!(one("稳定在1.4亿吨以上").qualifier, Qualifier::AtLeast);
        assert_eq!(one("超7亿人次关注").qualifier, Qualifier::AtLeast);
        assert_eq!(one("突破30家").qualifier, Qualifier::AtLeast);
        assert_eq!(one("覆盖面不低于75％").qualifier, Qualifier::AtLeast);
        assert_eq!(one("不少于20个").qualifier, Qualifier::AtLeast);
        assert_eq!(one("控制在3％左右").qualifier, Qualifier::About);
        assert_eq!(one("上班时间10分钟以内").qualifier, Qualifier::AtMost);
        let q = one("带富50余万人");
        assert_eq!((q.value, q.unit.as_str(), q.base_value, q.qualifier), (50.0, "万人", 500_000.0, Qualifier::AtLeast));
        let q = one("880多个重点项目");
        assert_eq!((q.value, q.unit.as_str(), q.qualifier), (880.0, "个", Qualifier::AtLeast));
        let q = one("近1/3的村");
        assert_eq!((q.kind, q.written.as_str(), q.qualifier), (Kind::Fraction, "1/3", Qualifier::About));
        assert!((q.value - 1.0 / 3.0).abs() < 1e-12);
    }

    #[test]
    fn words_as_quantities() {
        let q = one("规上工业企业三年翻番，");
        assert_eq!((q.written.as_str(), q.value, q.unit.as_str()), ("翻番", 2.0, "倍"));
        let q = one("财政支出八成用于民生");
        assert_eq!((q.written.as_str(), q.value, q.unit.as_str()), ("八成", 80.0, "%"));
        let q = one("跑动次数压减一半以上");
        assert_eq!((q.value, q.qualifier), (50.0, Qualifier::AtLeast));
        let q = one("总投资超千亿元的");
        assert_eq!((q.written.as_str(), q.value, q.unit.as_str(), q.base_value, q.qualifier), ("千亿", 1000.0, "亿元", 1e11, Qualifier::AtLeast));
        // 一成不变 ("unchanging") has no use after 成: a word, not ten per cent.
        assert!(scan_str("一成不变").iter().all(|q| !q.kind.is_quantity()));
    }

    fn kinds(s: &str) -> Vec<(Kind, String)> {
        scan_str(s).into_iter().map(|q| (q.kind, q.written)).collect()
    }

    #[test]
    fn ranks_in_words() {
        // 群众安全感满意度连续11年排名全省第一: the streak in digits, the place in words.
        let q: Vec<_> = scan_str("连续11年排名全省第一。").into_iter().filter(|q| q.kind.is_quantity()).collect();
        assert_eq!((q[0].kind, q[0].value), (Kind::Number, 11.0));
        assert_eq!((q[1].kind, q[1].written.as_str(), q[1].value, q[1].ordinal), (Kind::Words, "第一", 1.0, true));
        // 森林覆盖率稳居全省第一; “全国第一” counts too.
        assert_eq!(one("森林覆盖率稳居全省第一").written, "第一");
        assert_eq!(one("产量全国第一").value, 1.0);
        // 5项位列全省前两位: a band, not a place.
        let q = one("位列全省前两位。");
        assert_eq!((q.written.as_str(), q.value, q.ordinal), ("前两位", 2.0, false));
        // 连续4年排名全省前二
        let q = one("排名全省前二，");
        assert_eq!((q.written.as_str(), q.value), ("前二", 2.0));
        // 冲刺全国县域经济百强县
        let q = one("县域经济百强县");
        assert_eq!((q.written.as_str(), q.value, q.unit.as_str()), ("百强", 100.0, "强"));
        // Without 全省/全国 there is no ranking: 项目第一 ("projects first") is no place.
        assert_eq!(kinds("坚持发展为要、项目第一，"), vec![(Kind::Ordinal, "第一".into())]);
        // 全国第一方阵 is the leading pack, not first place.
        assert_eq!(kinds("更多工作进入全国第一方阵。"), vec![(Kind::Idiom, "第一方阵".into())]);
    }

    #[test]
    fn counts_in_words() {
        // 省考市四大类指标三项连续两年为优秀等次
        let q: Vec<_> = scan_str("省考市四大类指标三项连续两年为优秀等次").into_iter().filter(|q| q.kind.is_quantity()).collect();
        assert_eq!(q.iter().map(|q| (q.written.as_str(), q.value)).collect::<Vec<_>>(), vec![("四大", 4.0), ("三项", 3.0)]);
        assert_eq!(q[1].unit, "项");
        // “三年五状元，县县有清北”: 三年 is the span, 五状元 the count.
        assert_eq!(kinds("“三年五状元，"), vec![(Kind::Duration, "三".into()), (Kind::Words, "五状元".into())]);
        // 抓紧总投资205亿元的十大物流园区建设
        let q: Vec<_> = scan_str("十大物流园区建设").into_iter().collect();
        assert_eq!((q[0].kind, q[0].written.as_str(), q[0].value), (Kind::Words, "十大", 10.0));
        assert_eq!(one("钢焦一体化三大项目").value, 3.0);
        assert_eq!(one("两个省级专业镇").value, 2.0);
        assert_eq!(one("再新增一个省级重点专业镇").value, 1.0);
        assert_eq!(one("灵活运用“七种招商模式”").value, 7.0);
        assert_eq!((one("双拥模范城“七连冠”").written.as_str(), one("“七连冠”").value), ("七连冠", 7.0));
        // 项目 is a word: “一项目一方案一清单” counts nothing.
        assert!(scan_str("“一项目一方案一清单”").iter().all(|q| !q.kind.is_quantity()));
        // 统一大市场 is no "one big market"; 零部件 no count of zero.
        assert!(scan_str("融入全国统一大市场").iter().all(|q| !q.kind.is_quantity()));
        assert!(scan_str("关键零部件").iter().all(|q| !q.kind.is_quantity()));
        // 万家灯火 is an idiom, not ten thousand households.
        assert_eq!(kinds("守护好万家灯火"), vec![(Kind::Idiom, "万家灯火".into())]);
    }

    #[test]
    fn round_amounts_in_words() {
        // 让百万群众喝上优质“张峰水”: a million, as 千亿元 is a hundred billion yuan.
        let q = one("让百万群众喝上");
        assert_eq!((q.kind, q.written.as_str(), q.value, q.unit.as_str(), q.base_value), (Kind::Words, "百万", 100.0, "万", 1e6));
        // 千万工程 is a programme's name: no amount without 元 or 群众.
        assert!(scan_str("“千万工程”经验").iter().all(|q| !q.kind.is_quantity()));
    }

    #[test]
    fn names_and_non_quantities_in_words() {
        // 全面贯彻党的二十大和二十届二中全会精神
        assert_eq!(kinds("党的二十大和二十届二中全会精神"), vec![(Kind::Ordinal, "二十".into()), (Kind::Ordinal, "二十".into()), (Kind::Ordinal, "二".into())]);
        for s in ["第四届全国康养产业发展大会", "第五次全国经济普查", "第二批国家文物保护利用示范区", "第四代半导体激光器", "市第八次党代会", "第一届晋城全国职业围棋公开赛"] {
            let k = kinds(s);
            assert_eq!(k.len(), 1, "{s}");
            assert_eq!(k[0].0, Kind::Ordinal, "{s}");
            assert!(k[0].1.starts_with('第'), "{s}");
        }
        assert_eq!(kinds("省十四届人大二次会议"), vec![(Kind::Ordinal, "十四".into()), (Kind::Ordinal, "二".into())]);
        assert_eq!(kinds("太行一号旅游公路"), vec![(Kind::Ordinal, "一".into())]);
        assert_eq!(kinds("“十四五”规划"), vec![(Kind::Ordinal, "十四五".into())]);
        // List markers at the start of a paragraph, and in brackets.
        assert_eq!(kinds("主要做了以下工作：\n\n一是着力推动产业转型。"), vec![(Kind::Enumeration, "一".into())]);
        assert_eq!(kinds("\n二、2024年工作安排")[0], (Kind::Enumeration, "二".into()));
        assert_eq!(kinds("（三）坚定不移"), vec![(Kind::Enumeration, "三".into())]);
        // Spans of time and dates.
        assert_eq!(kinds("连续三年排名"), vec![(Kind::Duration, "三".into())]);
        assert_eq!(kinds("每两月评选一次"), vec![(Kind::Duration, "两".into()), (Kind::Idiom, "一".into())]);
        assert_eq!(kinds("确保一季度续建项目"), vec![(Kind::Date, "一".into())]);
        assert_eq!(kinds("确保“五一”假期开园"), vec![(Kind::Date, "五一".into())]);
        // Idioms: a numeral inside a word counts nothing.
        assert_eq!(kinds("打造一流产业生态"), vec![(Kind::Idiom, "一".into())]);
        assert_eq!(kinds("“一体两翼、"), vec![(Kind::Idiom, "一".into()), (Kind::Idiom, "两".into())]);
        assert_eq!(kinds("千方百计"), vec![(Kind::Idiom, "千".into()), (Kind::Idiom, "百".into())]);
        assert_eq!(kinds("红十字"), vec![(Kind::Idiom, "十".into())]);
    }

    #[test]
    fn each_after_a_list_counts_its_items() {
        // 新发展创新型中小企业、规上工业企业各40家，省级以上专精特新企业、规范化股份制改造企业各20家。
        let q: Vec<_> = scan_str("实施优质中小企业梯度培育计划，新发展创新型中小企业、规上工业企业各40家，省级以上专精特新企业、规范化股份制改造企业各20家。")
            .into_iter().filter(|q| q.kind.is_quantity()).collect();
        assert_eq!(q.iter().map(|q| (q.value, q.each_of)).collect::<Vec<_>>(), vec![(40.0, 2), (20.0, 2)]);
        assert_eq!(one("新改建15所中小学").each_of, 1);
    }

    #[test]
    fn a_qualifier_is_a_whole_word() {
        // 现场签约102亿元: signed, not "about".
        assert_eq!(one("与金融机构现场签约102亿元。").qualifier, Qualifier::Exact);
        assert_eq!(one("累计节约3000万元").qualifier, Qualifier::Exact);
        assert_eq!(one("就近10分钟").qualifier, Qualifier::Exact);
        // The same characters as a word of their own still qualify.
        assert_eq!(one("签约约102亿元").qualifier, Qualifier::About);
        assert_eq!(one("投资约102亿元").qualifier, Qualifier::About);
        assert_eq!(one("将近1/3的村").qualifier, Qualifier::About);
    }

    #[test]
    fn a_list_shares_the_qualifier_after_its_last_item() {
        // 力争集体经济年收入30万元、50万元、100万元以上的村: every threshold is "at least".
        let q: Vec<_> = scan_str("集体经济年收入30万元、50万元、100万元以上的村分别达到75％、55％、35％。");
        let read: Vec<_> = q.iter().map(|q| (q.written.as_str(), q.unit.as_str(), q.qualifier)).collect();
        assert_eq!(read, vec![
            ("30", "万元", Qualifier::AtLeast),
            ("50", "万元", Qualifier::AtLeast),
            ("100", "万元", Qualifier::AtLeast),
            ("75", "%", Qualifier::Exact),
            ("55", "%", Qualifier::Exact),
            ("35", "%", Qualifier::Exact),
        ]);
        // Not across a comma, not to another unit, not over an item's own qualifier.
        let q = scan_str("开工40％，上半年开工80％以上");
        assert_eq!(q[0].qualifier, Qualifier::Exact);
        let q = scan_str("5家、10亿元以上");
        assert_eq!((q[0].qualifier, q[1].qualifier), (Qualifier::Exact, Qualifier::AtLeast));
        let q = scan_str("约5亿元、10亿元以上");
        assert_eq!((q[0].qualifier, q[1].qualifier), (Qualifier::About, Qualifier::AtLeast));
    }

    #[test]
    fn magnitudes_split_off_units() {
        assert_eq!(split_magnitude("亿元"), ("元", 8));
        assert_eq!(split_magnitude("万亿元"), ("元", 12));
        assert_eq!(split_magnitude("万人次"), ("人次", 4));
        assert_eq!(split_magnitude("家"), ("家", 0));
    }

    #[test]
    fn ordinals_are_marked() {
        let q = one("排名全省第1的");
        assert!(q.ordinal);
        assert_eq!(q.value, 1.0);
    }

    #[test]
    fn names_and_dates_are_classified_not_read() {
        let kinds = |s: &str| scan_str(s).into_iter().map(|q| (q.kind, q.written)).collect::<Vec<_>>();
        assert_eq!(kinds("2023年工作回顾"), vec![(Kind::Year, "2023".into())]);
        assert_eq!(kinds("“4·30”交账"), vec![(Kind::Date, "4·30".into())]);
        assert_eq!(kinds("推动5G网络"), vec![(Kind::Code, "5G".into())]);
        assert_eq!(kinds("G342西上庄"), vec![(Kind::Code, "G342".into())]);
        assert_eq!(kinds("PM2.5浓度"), vec![(Kind::Code, "PM2.5".into())]);
        assert_eq!(kinds("“1＋7＋X”项目"), vec![(Kind::Scheme, "1＋7＋X".into())]);
        assert_eq!(kinds("“1＋5”多元"), vec![(Kind::Scheme, "1＋5".into())]);
        // A 4-digit number that is not followed by 年 is a quantity, not a year.
        assert_eq!(kinds("2000亩标准地")[0].0, Kind::Number);
    }

    #[test]
    fn ranges_give_two_quantities() {
        let q: Vec<_> = scan_str("用2－3年时间").into_iter().collect();
        assert_eq!(q.len(), 2);
        assert_eq!((q[0].value, q[0].unit.as_str(), q[0].qualifier), (2.0, "年", Qualifier::AtLeast));
        assert_eq!((q[1].value, q[1].unit.as_str(), q[1].qualifier), (3.0, "年", Qualifier::AtMost));
    }
}
