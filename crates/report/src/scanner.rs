//! The quantity scanner: finds every number the report writes and reads it as a quantity.
//!
//! Rules:
//! - A numeral is a run of ASCII or fullwidth digits with an optional decimal point (`.` or `．`),
//!   or a fraction `a/b`. Numbers written in words are recognised only where the report uses them
//!   as quantities: 翻番 (a doubling), N成 (tenths), 一半 (a half) and 千亿元.
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
    /// 翻番, 八成, 一半, 千亿.
    Words,
    Year,
    Date,
    /// Glued to Latin letters: 5G, G342, PM2.5.
    Code,
    /// Numbers joined by ＋: 1＋5, 1＋7＋X.
    Scheme,
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
    /// The numeral as written, with ASCII digits: "2333.3", "2/3", "翻番".
    pub written: String,
    pub value: f64,
    /// Unit as written, magnitude included; fullwidth ％ becomes "%".
    pub unit: String,
    pub base_value: f64,
    pub base_unit: String,
    pub qualifier: Qualifier,
    /// Preceded by 第: an ordinal (a rank).
    pub ordinal: bool,
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
        out.push(build(Kind::Number, Span::new(i, k), start, dec.written(), dec, &tail, prefix.map(|p| p.0), ordinal));
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

const TENTHS: &[(char, i128)] = &[
    ('一', 1), ('二', 2), ('三', 3), ('四', 4), ('五', 5), ('六', 6), ('七', 7), ('八', 8), ('九', 9),
];

/// Quantities in words, at `i`.
fn words(s: &Scanner, i: usize) -> Option<(Quantity, usize)> {
    let word = |len: usize, written: &str, dec: Decimal, unit: &'static str, magnitude: (&'static str, i32)| {
        let end = i + len;
        let mut tail = s.tail(end);
        // Words carry their own unit; what follows may only add a qualifier.
        tail = Tail { unit, magnitude, ..tail };
        if tail.end < end {
            tail.end = end;
        }
        let prefix = s.prefix_qualifier(i);
        let q = build(Kind::Words, Span::new(i, end), prefix.map_or(i, |p| p.1), written.into(), dec, &tail, prefix.map(|p| p.0), false);
        let end = q.span.end;
        Some((q, end))
    };
    if s.starts_with(i, "翻番") {
        return word(2, "翻番", Decimal { mantissa: 2, decimals: 0 }, "倍", ("", 0));
    }
    if s.starts_with(i, "一半") {
        return word(2, "一半", Decimal { mantissa: 50, decimals: 0 }, "%", ("", 0));
    }
    if s.starts_with(i, "千亿元") && s.at(i.wrapping_sub(1)).is_none_or(|c| digit(c).is_none()) {
        // 千亿元 = 1000亿元: written in words, read in the report's own unit.
        let end = i + 3;
        let tail = Tail { magnitude: ("亿", 8), unit: "元", ..s.tail(end) };
        let tail = Tail { end: tail.end.max(end), ..tail };
        let prefix = s.prefix_qualifier(i);
        let q = build(Kind::Words, Span::new(i, i + 2), prefix.map_or(i, |p| p.1), "千亿".into(), Decimal { mantissa: 1000, decimals: 0 }, &tail, prefix.map(|p| p.0), false);
        let end = q.span.end;
        return Some((q, end));
    }
    if let Some(&(_, n)) = TENTHS.iter().find(|(c, _)| s.at(i) == Some(*c)) {
        // N成 as tenths, only where a use follows (八成用于民生), not in words like 一成不变.
        if s.at(i + 1) == Some('成') && s.starts_with(i + 2, "用于") {
            let written: String = [s.c[i], '成'].iter().collect();
            return word(2, &written, Decimal { mantissa: n * 10, decimals: 0 }, "%", ("", 0));
        }
    }
    None
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
        assert!(scan_str("一成不变").is_empty());
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
