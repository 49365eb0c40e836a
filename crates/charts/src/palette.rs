//! The colours of marks, checked against the page.
//!
//! Rule: every mark and the focus ring is at least 3:1 against the page background and the card
//! surface, in both themes (WCAG 2.2, 1.4.11 non-text contrast). The colours live in one place,
//! the custom properties of `styles/main.css`; the SVGs' fallback attributes (the chart paints in
//! `chart/canvas.rs`, [`crate::map::MAP_FALLBACKS`]) repeat the light theme and are tested equal to
//! it. The pale tints of derived figures (`--c-*-soft`) are exempt as fills only: such a mark
//! always has a dashed edge in its full colour, which carries the contrast.

/// The custom properties marks are drawn in (the soft tints aside, see above).
pub const MARK_VARS: &[&str] = &[
    "--c-actual", "--c-target", "--muted", "--text", "--focus", "--map-0", "--map-1", "--map-2", "--map-3", "--map-4",
];

/// WCAG relative luminance of `#rrggbb`.
pub fn luminance(hex: &str) -> Option<f64> {
    let h = hex.strip_prefix('#')?;
    if h.len() != 6 {
        return None;
    }
    let channel = |i: usize| -> Option<f64> {
        let c = u8::from_str_radix(&h[i..i + 2], 16).ok()? as f64 / 255.0;
        Some(if c <= 0.03928 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) })
    };
    Some(0.2126 * channel(0)? + 0.7152 * channel(2)? + 0.0722 * channel(4)?)
}

/// The WCAG contrast ratio of two `#rrggbb` colours.
pub fn contrast(a: &str, b: &str) -> Option<f64> {
    let (la, lb) = (luminance(a)?, luminance(b)?);
    Some((la.max(lb) + 0.05) / (la.min(lb) + 0.05))
}

/// `--name: #hex` declarations in one CSS block.
pub fn custom_properties(block: &str) -> Vec<(String, String)> {
    block
        .split(';')
        .filter_map(|d| {
            let (k, v) = d.split_once(':')?;
            let k = k.trim().rsplit(['{', '\n', ' ']).next()?.trim();
            k.starts_with("--").then(|| (k.to_string(), v.trim().to_string()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const CSS: &str = include_str!("../../../styles/main.css");

    /// The text of the block opened by `selector {`.
    fn block(css: &str, selector: &str) -> String {
        let start = css.find(&format!("{selector} {{")).unwrap_or_else(|| panic!("no `{selector}` in main.css")) + selector.len() + 2;
        let end = start + css[start..].find('}').unwrap();
        css[start..end].to_string()
    }

    fn themes() -> [(&'static str, Vec<(String, String)>); 2] {
        let light = custom_properties(&block(CSS, ":root"));
        let dark = custom_properties(&block(CSS, ":root[data-theme=\"dark\"]"));
        // The system-dark block says the same as the explicit one.
        let media = custom_properties(&block(CSS, ":root:not([data-theme=\"light\"]):not([data-embed]), :root[data-embed][data-theme=\"auto\"]"));
        assert_eq!(media, dark, "the two dark blocks of main.css differ");
        [("light", light), ("dark", dark)]
    }

    fn get<'a>(props: &'a [(String, String)], name: &str) -> &'a str {
        props.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str()).unwrap_or_else(|| panic!("{name} is not set"))
    }

    #[test]
    fn contrast_matches_wcag_examples() {
        assert!((contrast("#000000", "#ffffff").unwrap() - 21.0).abs() < 1e-9);
        assert!((contrast("#777777", "#ffffff").unwrap() - 4.48).abs() < 0.01);
        assert_eq!(contrast("#fff", "#000000"), None);
    }

    #[test]
    fn every_mark_colour_is_at_least_3_to_1_against_the_page_in_both_themes() {
        let mut failures = Vec::new();
        for (theme, props) in themes() {
            for ground in ["--bg", "--surface"] {
                let bg = get(&props, ground);
                for var in MARK_VARS {
                    let c = contrast(get(&props, var), bg).unwrap();
                    if c < 3.0 {
                        failures.push(format!("{theme}: {var} {} on {ground} {bg} is {c:.2}:1", get(&props, var)));
                    }
                }
            }
        }
        assert!(failures.is_empty(), "{failures:#?}");
    }

    #[test]
    fn the_svg_fallbacks_are_the_light_theme() {
        let [(_, light), _] = themes();
        for (i, fb) in crate::map::MAP_FALLBACKS.iter().enumerate() {
            assert_eq!(get(&light, &format!("--map-{i}")), *fb, "map class {i}");
        }
        for (var, fb) in crate::chart::paint_fallbacks() {
            assert_eq!(get(&light, var), fb, "{var}");
        }
    }
}
