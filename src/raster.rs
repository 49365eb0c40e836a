//! SVG to PNG at build time (feature `ssr`): the long image (一图读懂) and the link previews,
//! drawn by `images` as the app draws everything, rasterised here with resvg and the machine's
//! fonts.
//!
//! Rules:
//! - Chinese text needs a CJK font. The build looks for one among the system's fonts (Debian's
//!   `fonts-noto-cjk`, which `scripts/setup.sh` installs) and refuses to draw without one: a
//!   preview of empty boxes is worse than none. The font found is the generic `sans-serif` the
//!   drawings' font stack ends with, so every face the stack names but the machine lacks
//!   (system-ui, PingFang…) lands on it.
//! - PNGs are written by `crate::png` in indexed colour: the images are flat colours and
//!   anti-aliased text, and a palette keeps the long image small enough to send in a chat.

use resvg::tiny_skia;
use resvg::usvg::{self, fontdb};
use std::sync::Arc;

/// CJK families, most wanted first: the stack's own, then what other Linux machines carry.
const CJK_FAMILIES: &[&str] = &["Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Droid Sans Fallback"];

pub struct Rasteriser {
    fonts: Arc<fontdb::Database>,
    /// The CJK family found.
    pub family: String,
}

impl Rasteriser {
    /// Loads the system's fonts; an error naming what to install if none draws Chinese.
    pub fn new() -> Result<Rasteriser, String> {
        let mut db = fontdb::Database::new();
        db.load_system_fonts();
        let has = |name: &str| db.faces().any(|f| f.families.iter().any(|(n, _)| n == name));
        let Some(family) = CJK_FAMILIES.iter().find(|f| has(f)).map(|f| f.to_string()) else {
            return Err(format!(
                "no CJK font to draw the link previews with (looked for {}): install Debian's fonts-noto-cjk (scripts/setup.sh does)",
                CJK_FAMILIES.join(", ")
            ));
        };
        db.set_sans_serif_family(family.clone());
        Ok(Rasteriser { fonts: Arc::new(db), family })
    }

    /// `svg` drawn at its intrinsic size, as PNG bytes.
    pub fn png(&self, svg: &str) -> Result<Vec<u8>, String> {
        let opt = usvg::Options { fontdb: self.fonts.clone(), ..Default::default() };
        let tree = usvg::Tree::from_str(svg, &opt).map_err(|e| format!("cannot read the drawing: {e}"))?;
        let size = tree.size().to_int_size();
        let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height()).ok_or("an empty drawing")?;
        resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
        crate::png::encode(pixmap.data(), pixmap.width(), pixmap.height())
    }
}

/// A PNG's width and height, from its header.
pub fn png_size(bytes: &[u8]) -> Option<(u32, u32)> {
    crate::png::size(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    /// A QR code as resvg draws it, ten pixels a module: every module's centre is dark exactly
    /// where the encoder's matrix is, the quiet zone white (the path's strokes, not only its
    /// text, make the code).
    #[test]
    fn a_drawn_qr_code_is_its_matrix() {
        let url = "https://example.org/jincheng/en/report/";
        let (n, dark) = crate::qr::modules(url).unwrap();
        let side = n + 2 * crate::qr::QUIET;
        let px = 10 * side;
        let svg = format!("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{px}\" height=\"{px}\">{}</svg>", crate::qr::placed(url, 0.0, 0.0, px as f64));
        let tree = usvg::Tree::from_str(&svg, &usvg::Options::default()).unwrap();
        let mut pixmap = tiny_skia::Pixmap::new(px as u32, px as u32).unwrap();
        resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
        for my in 0..side {
            for mx in 0..side {
                let p = pixmap.pixel((mx * 10 + 5) as u32, (my * 10 + 5) as u32).unwrap();
                let inside = (crate::qr::QUIET..crate::qr::QUIET + n).contains(&mx) && (crate::qr::QUIET..crate::qr::QUIET + n).contains(&my);
                let want = inside && dark[(my - crate::qr::QUIET) * n + (mx - crate::qr::QUIET)];
                assert_eq!(p.red() < 128, want, "module ({mx}, {my}): {p:?}");
            }
        }
    }

    /// The long image, rasterised as the build does, is small enough to send in a chat, in both
    /// languages, with its QR code and without. `IMAGES_OUT=dir` keeps them to look at.
    #[test]
    fn the_long_image_is_a_png_under_500_kb() {
        let r = Rasteriser::new().unwrap();
        let cat = crate::data::catalogue().unwrap();
        let battles = crate::model::battles::battles(crate::data::document(), cat);
        for lang in [Lang::Zh, Lang::En] {
            let address = format!("https://example.org/jincheng/{}/", lang.code());
            for (tag, address) in [("site", Some(address.as_str())), ("bare", None)] {
                let img = crate::images::glance(cat, &battles, lang, address).unwrap();
                let png = r.png(&img.svg).unwrap();
                assert_eq!(png_size(&png), Some((1080, img.height)));
                assert!(png.len() <= crate::images::MAX_BYTES, "{lang:?} {tag}: {} bytes", png.len());
                if let Ok(dir) = std::env::var("IMAGES_OUT") {
                    std::fs::write(format!("{dir}/glance-{}-{tag}.png", lang.code()), &png).unwrap();
                }
            }
        }
    }
}
