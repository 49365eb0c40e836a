//! QR codes of addresses, drawn as SVG: the printed page's (`site`) and the shared images'
//! (`images`), at build time and in the browser alike.
//!
//! Rules: medium error correction (a printed or forwarded image survives a smudge or a
//! recompression); the standard quiet zone of four modules, white, so that a code drawn on a
//! coloured band still scans; dark modules as one path, crisp edges.

use qrcode::{Color, EcLevel, QrCode};

/// The modules of `text`'s code: (modules per side, dark modules row by row). None when the text
/// is too long for a QR code (never for an address of this site).
pub fn modules(text: &str) -> Option<(usize, Vec<bool>)> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let n = code.width();
    Some((n, code.to_colors().into_iter().map(|c| c == Color::Dark).collect()))
}

/// The quiet zone, in modules, on each side.
pub const QUIET: usize = 4;

/// `(side in modules, path of the dark modules)`, the path in module units with the quiet zone:
/// each row's runs of dark modules as strokes one module wide along the row's middle (`M x y.5`
/// at the row's first run, then `h len` for a run and `m gap 0` to the next), to be drawn with
/// `stroke-width="1"` and butt ends. Every printed page carries one; this is about half the
/// bytes of a closed rectangle per run.
fn path(text: &str) -> Option<(usize, String)> {
    let (n, dark) = modules(text)?;
    let mut d = String::new();
    for (y, row) in dark.chunks(n).enumerate() {
        // Where the pen is in this row, once it has been put down in it.
        let mut pen: Option<usize> = None;
        let mut x = 0;
        while x < n {
            if !row[x] {
                x += 1;
                continue;
            }
            let len = row[x..].iter().take_while(|on| **on).count();
            match pen {
                None => d.push_str(&format!("M{} {}.5", x + QUIET, y + QUIET)),
                Some(at) => d.push_str(&format!("m{} 0", x - at)),
            }
            d.push_str(&format!("h{len}"));
            x += len;
            pen = Some(x);
        }
    }
    Some((n + 2 * QUIET, d))
}

/// The path's own attributes: black strokes one module wide (see `path`).
const STROKE: &str = "stroke=\"#000000\" stroke-width=\"1\" fill=\"none\"";

/// `text` as a standalone QR code (class `qr`, sized by the stylesheet); empty if it cannot be
/// encoded.
pub fn svg(text: &str) -> String {
    let Some((side, d)) = path(text) else { return String::new() };
    format!("<svg class=\"qr\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {side} {side}\" shape-rendering=\"crispEdges\"><rect width=\"{side}\" height=\"{side}\" fill=\"#ffffff\"/><path d=\"{d}\" {STROKE}/></svg>")
}

/// `text` as a QR code placed inside another drawing: a square of `size` units at (`x`, `y`),
/// quiet zone included, carrying the address it encodes (`data-qr`) for tests and tools.
pub fn placed(text: &str, x: f64, y: f64, size: f64) -> String {
    let Some((side, d)) = path(text) else { return String::new() };
    format!(
        "<svg x=\"{x}\" y=\"{y}\" width=\"{size}\" height=\"{size}\" viewBox=\"0 0 {side} {side}\" shape-rendering=\"crispEdges\" data-qr=\"{addr}\"><rect width=\"{side}\" height=\"{side}\" fill=\"#ffffff\"/><path d=\"{d}\" {STROKE}/></svg>",
        addr = charts::svg::escape(text),
    )
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::collections::HashSet;

    /// The dark modules a drawing's path sets, read back from the path: rows begin with `M x y.5`,
    /// `h len` draws a run from the pen, `m gap 0` moves it along the row.
    pub(crate) fn drawn(svg: &str) -> HashSet<(usize, usize)> {
        let d = &svg[svg.find(" d=\"").unwrap() + 4..];
        let d = &d[..d.find('"').unwrap()];
        assert!(svg.contains("stroke-width=\"1\""), "strokes one module wide");
        let mut dark = HashSet::new();
        let (mut x, mut y) = (0usize, 0usize);
        let mut rest = d;
        while let Some(op) = rest.chars().next() {
            let end = rest[1..].find(['M', 'm', 'h']).map_or(rest.len(), |i| i + 1);
            let args = &rest[1..end];
            match op {
                'M' => {
                    let (a, b) = args.split_once(' ').unwrap();
                    x = a.parse().unwrap();
                    y = b.strip_suffix(".5").expect("along a row's middle").parse().unwrap();
                }
                'm' => {
                    let (a, b) = args.split_once(' ').unwrap();
                    assert_eq!(b, "0", "moves stay in the row: {args}");
                    x += a.parse::<usize>().unwrap();
                }
                'h' => {
                    let len: usize = args.parse().unwrap();
                    dark.extend((x..x + len).map(|x| (x, y)));
                    x += len;
                }
                _ => panic!("unexpected {op} in {d:.80}"),
            }
            rest = &rest[end..];
        }
        dark
    }

    /// Reads a drawn code back module by module and checks it is the encoder's own matrix for
    /// `text`, inside a quiet zone.
    pub(crate) fn assert_encodes(svg: &str, text: &str) {
        let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).unwrap();
        let n = code.width();
        let dark = drawn(svg);
        assert!(svg.contains(&format!("viewBox=\"0 0 {0} {0}\"", n + 2 * QUIET)), "{svg:.120}");
        for y in 0..n {
            for x in 0..n {
                assert_eq!(dark.contains(&(x + QUIET, y + QUIET)), code[(x, y)] == Color::Dark, "module ({x}, {y}) of {text}");
            }
        }
        // The finder pattern's corner is dark: it is a QR code, not an empty square.
        assert!(dark.contains(&(QUIET, QUIET)) && dark.len() > n * n / 4);
    }

    #[test]
    fn the_qr_code_draws_the_address() {
        let url = "https://example.org/jincheng/zh/counties/140522/";
        assert_encodes(&svg(url), url);
        let placed = placed(url, 10.0, 20.0, 200.0);
        assert!(placed.starts_with("<svg x=\"10\" y=\"20\" width=\"200\" height=\"200\""));
        assert!(placed.contains(&format!("data-qr=\"{url}\"")));
        assert_encodes(&placed, url);
    }
}
