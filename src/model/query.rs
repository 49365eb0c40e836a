//! The query string before the `#`: `?lang=zh|en&theme=light|dark|auto`.
//!
//! Rules: unknown parameters are ignored (hosts add their own tracking parameters); a known
//! parameter with a bad value is reported as a [`Warning`] and otherwise ignored, so the page
//! still renders with the defaults. Never panics, whatever the input.

use report::format::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
    /// The reader's system decides (the default, but for embeds, which are light unless asked).
    Auto,
}

impl Theme {
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Params {
    pub lang: Option<Lang>,
    pub theme: Option<Theme>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub param: String,
    pub value: String,
}

/// Decodes `%XX` escapes and `+`; invalid escapes stay as written.
pub fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < b.len() => {
                let hex = std::str::from_utf8(&b[i + 1..i + 3]).ok().and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(v) => {
                        out.push(v);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Parses `location.search` (with or without the leading `?`).
pub fn parse(search: &str) -> (Params, Vec<Warning>) {
    let mut params = Params::default();
    let mut warnings = Vec::new();
    for pair in search.trim_start_matches('?').split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let (k, v) = (percent_decode(k), percent_decode(v));
        match k.as_str() {
            "lang" => match Lang::parse(&v) {
                Some(l) => params.lang = Some(l),
                None => warnings.push(Warning { param: k, value: v }),
            },
            "theme" => match v.as_str() {
                "light" => params.theme = Some(Theme::Light),
                "dark" => params.theme = Some(Theme::Dark),
                "auto" => params.theme = Some(Theme::Auto),
                _ => warnings.push(Warning { param: k, value: v }),
            },
            _ => {}
        }
    }
    (params, warnings)
}

/// `search` with `lang` set to `lang`, other parameters kept in order.
pub fn with_lang(search: &str, lang: Lang) -> String {
    let mut parts: Vec<String> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty() && p.split('=').next() != Some("lang"))
        .map(str::to_string)
        .collect();
    parts.insert(0, format!("lang={}", lang.code()));
    format!("?{}", parts.join("&"))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    #[test]
    fn reads_language_and_theme() {
        let (p, w) = parse("?lang=en&theme=dark&utm_source=x");
        assert_eq!(p, Params { lang: Some(Lang::En), theme: Some(Theme::Dark) });
        assert!(w.is_empty());
        assert_eq!(parse("lang=zh").0.lang, Some(Lang::Zh));
        assert_eq!(parse("").0, Params::default());
    }

    #[test]
    fn bad_values_warn_and_fall_back() {
        let (p, w) = parse("?lang=fr&theme=%3Cscript%3E");
        assert_eq!(p, Params::default());
        assert_eq!(w, vec![
            Warning { param: "lang".into(), value: "fr".into() },
            Warning { param: "theme".into(), value: "<script>".into() },
        ]);
    }

    #[test]
    fn odd_input_never_panics() {
        for s in ["?", "&&&", "?lang", "?=en", "%", "%zz", "?lang=%E4%B8%AD", "?lang=%", "?lang=%F", "\u{0}", "?theme=dark=light"] {
            let _ = parse(s);
        }
        assert_eq!(percent_decode("%E4%B8%AD%"), "中%");
    }

    /// A small deterministic generator, so that a failure reproduces.
    pub(crate) fn random_strings(seed: u64, n: usize, alphabet: &[char]) -> Vec<String> {
        let mut x = seed;
        let mut next = move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        (0..n)
            .map(|_| {
                let len = (next() % 40) as usize;
                (0..len).map(|_| alphabet[(next() % alphabet.len() as u64) as usize]).collect()
            })
            .collect()
    }

    pub(crate) const ALPHABET: &[char] = &[
        '?', '&', '=', '%', '#', '/', '+', ' ', '.', '-', 'l', 'a', 'n', 'g', 't', 'h', 'e', 'm', 'z', 'd', 'r', 'k',
        'E', 'F', '0', '2', '8', '9', '<', '>', '"', '\'', '中', '文', '\u{FFFD}', '\u{1F600}', '\u{7F}',
    ];

    #[test]
    fn random_queries_never_panic_and_keep_their_word() {
        for q in random_strings(0x9E3779B97F4A7C15, 20_000, ALPHABET) {
            let (params, warnings) = parse(&q);
            // Whatever the input, a known value is one of the allowed ones.
            assert!(params.lang.is_none_or(|l| matches!(l, Lang::Zh | Lang::En)), "{q:?}");
            assert!(warnings.iter().all(|w| w.param == "lang" || w.param == "theme"), "{q:?}");
            let _ = with_lang(&q, Lang::En);
        }
    }

    #[test]
    fn switching_language_keeps_other_parameters() {
        assert_eq!(with_lang("?theme=dark&lang=zh", Lang::En), "?lang=en&theme=dark");
        assert_eq!(with_lang("", Lang::Zh), "?lang=zh");
    }
}
