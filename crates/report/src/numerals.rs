//! Chinese numerals: the one reader of 一…九, 两, 十, 百, 千, 万 and 亿 for the whole crate.
//!
//! Rules:
//! - Digits are 〇/零 0, 一 1, 二 and 两 2, 三 3 … 九 9. 十, 百 and 千 multiply the digit before
//!   them (or 1 when none stands there: 十六 is 16, 百万 is a million); 万 and 亿 multiply everything
//!   before them, and 亿 also what 万 already made (万亿 is 10^12).
//! - A run that is not a well-formed number (two digits in a row, as in 一二) reads as nothing,
//!   so that callers never take a list or a name for a number.
//!
//! Where a numeral is a quantity and where it is part of a word is not decided here: see
//! [`crate::scanner`].

/// Whether `c` can be part of a Chinese numeral.
pub fn is_numeral(c: char) -> bool {
    digit(c).is_some() || unit(c).is_some() || matches!(c, '万' | '亿')
}

fn digit(c: char) -> Option<u64> {
    Some(match c {
        '〇' | '零' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

fn unit(c: char) -> Option<u64> {
    Some(match c {
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        _ => return None,
    })
}

/// The value of a run of Chinese numerals: 十六 → 16, 二十 → 20, 百万 → 1 000 000, 千亿 → 10^11.
pub fn value(run: &str) -> Option<u64> {
    let mut total: u64 = 0; // everything closed by 亿
    let mut wan: u64 = 0; // everything closed by 万 since the last 亿
    let mut section: u64 = 0; // below 万
    let mut pending: Option<u64> = None; // a digit waiting for its 十/百/千
    let mut any = false;
    for c in run.chars() {
        any = true;
        if let Some(d) = digit(c) {
            if pending.is_some() {
                return None;
            }
            pending = Some(d);
        } else if let Some(u) = unit(c) {
            section += pending.take().unwrap_or(1) * u;
        } else if c == '万' {
            let n = section + pending.take().unwrap_or(0);
            wan += if n == 0 { 1 } else { n } * 10_000;
            section = 0;
        } else if c == '亿' {
            let n = wan + section + pending.take().unwrap_or(0);
            total += if n == 0 { 1 } else { n } * 100_000_000;
            wan = 0;
            section = 0;
        } else {
            return None;
        }
    }
    any.then(|| total + wan + section + pending.unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_numbers_the_report_writes() {
        assert_eq!(value("一"), Some(1));
        assert_eq!(value("两"), Some(2));
        assert_eq!(value("十"), Some(10));
        assert_eq!(value("十六"), Some(16));
        assert_eq!(value("二十"), Some(20));
        assert_eq!(value("百"), Some(100));
        assert_eq!(value("百万"), Some(1_000_000));
        assert_eq!(value("千亿"), Some(100_000_000_000));
        assert_eq!(value("万亿"), Some(1_000_000_000_000));
        assert_eq!(value("零"), Some(0));
    }

    #[test]
    fn refuses_what_is_not_a_number() {
        assert_eq!(value(""), None);
        assert_eq!(value("一二"), None);
        assert_eq!(value("是"), None);
    }
}
