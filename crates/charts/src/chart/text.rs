//! Text measurement without fonts.
//!
//! Plotters built without its font features cannot measure text, and the browser's fonts are
//! unknown at render time anyway, so layout uses an estimate that errs wide: a CJK character is
//! one em, Latin letters a little over half an em. Everything that must not collide (labels,
//! value labels, notes) is placed with these widths, and the tests check collisions with the
//! same function.

/// Estimated advance of one character, in em.
fn advance(c: char) -> f64 {
    match c {
        ' ' => 0.3,
        'i' | 'j' | 'l' | '.' | ',' | ':' | ';' | '\'' | '!' | '|' | '(' | ')' | '[' | ']' => 0.35,
        'M' | 'W' | 'm' | 'w' | '%' | '@' => 0.9,
        'A'..='Z' => 0.68,
        c if c.is_ascii() => 0.58,
        // CJK ideographs, kana, full-width forms and CJK punctuation take a full em.
        '\u{2E80}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{FE30}'..='\u{FE4F}' | '\u{FF00}'..='\u{FFEF}' => 1.0,
        // Curly quotes, dashes, ≥ ≈ ≤ × μ ² and the like: about two thirds of an em in CJK fonts.
        _ => 0.7,
    }
}

/// Estimated width of `s` at `size` px.
pub fn width(s: &str, size: f64) -> f64 {
    s.chars().map(advance).sum::<f64>() * size
}

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{2E80}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{FE30}'..='\u{FE4F}' | '\u{FF00}'..='\u{FFEF}')
}

/// Characters that must not start a line (they close something or end a clause).
fn no_line_start(c: char) -> bool {
    "）】」』”’，。、：；！？）)]},.:;!?%".contains(c)
}

/// Characters that must not end a line.
fn no_line_end(c: char) -> bool {
    "（【「『“‘([{".contains(c)
}

/// Splits `s` into pieces that may not be broken internally: a Latin word with its trailing
/// space, or a single CJK character, with kinsoku punctuation kept on the right side.
fn pieces(s: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut Vec<String>| {
        if !word.is_empty() {
            out.push(std::mem::take(word));
        }
    };
    for c in s.chars() {
        if c == ' ' {
            word.push(c);
            flush(&mut word, &mut out);
        } else if is_cjk(c) || no_line_end(c) {
            flush(&mut word, &mut out);
            if no_line_start(c) {
                match out.last_mut() {
                    Some(last) => last.push(c),
                    None => out.push(c.to_string()),
                }
            } else {
                out.push(c.to_string());
            }
        } else if no_line_start(c) && word.is_empty() {
            match out.last_mut() {
                Some(last) if !last.ends_with(' ') => last.push(c),
                _ => word.push(c),
            }
        } else {
            word.push(c);
        }
    }
    flush(&mut word, &mut out);
    // An opening bracket belongs to what follows it.
    let mut joined: Vec<String> = Vec::new();
    let mut carry = String::new();
    for p in out {
        if p.chars().count() == 1 && p.chars().all(no_line_end) {
            carry.push_str(&p);
        } else {
            joined.push(format!("{carry}{p}"));
            carry.clear();
        }
    }
    if !carry.is_empty() {
        joined.push(carry);
    }
    joined
}

/// Greedy wrap of `s` into lines no wider than `max` px at `size` px. A piece wider than a
/// whole line is cut by characters, so no line ever exceeds `max`.
pub fn wrap(s: &str, size: f64, max: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for piece in pieces(s) {
        let candidate = format!("{line}{piece}");
        if width(candidate.trim_end(), size) <= max {
            line = candidate;
            continue;
        }
        if !line.trim().is_empty() {
            lines.push(line.trim_end().to_string());
        }
        line = String::new();
        if width(piece.trim_end(), size) <= max {
            line = piece;
        } else {
            for c in piece.chars() {
                let mut next = line.clone();
                next.push(c);
                if width(next.trim_end(), size) > max && !line.is_empty() {
                    lines.push(line.trim_end().to_string());
                    line = c.to_string();
                } else {
                    line = next;
                }
            }
        }
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_string());
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cjk_is_wider_than_latin() {
        assert_eq!(width("煤炭产量", 10.0), 40.0);
        assert!(width("coal", 10.0) < 30.0);
    }

    #[test]
    fn wraps_latin_at_spaces_and_cjk_anywhere_but_before_closing_marks() {
        let lines = wrap("Total investment of planned major projects", 12.0, 130.0);
        assert!(lines.len() >= 2);
        assert!(lines.iter().all(|l| width(l, 12.0) <= 130.0), "{lines:?}");
        assert_eq!(lines.join(" "), "Total investment of planned major projects");
        let zh = wrap("乡村振兴谋划实施的重点项目（≥880个）", 13.0, 100.0);
        assert!(zh.iter().all(|l| width(l, 13.0) <= 100.0), "{zh:?}");
        assert!(
            zh.iter().skip(1).all(|l| !l.starts_with('）') && !l.starts_with('，')),
            "{zh:?}"
        );
        assert!(zh.iter().all(|l| !l.ends_with('（')), "{zh:?}");
        assert_eq!(zh.concat(), "乡村振兴谋划实施的重点项目（≥880个）");
    }

    #[test]
    fn an_overlong_word_is_cut() {
        let lines = wrap("Supercalifragilisticexpialidocious", 12.0, 60.0);
        assert!(lines.len() > 1 && lines.iter().all(|l| width(l, 12.0) <= 60.0));
    }
}
