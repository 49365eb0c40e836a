//! PNG files small enough to send in a chat: the images the build writes (`images`: the long
//! image, the link previews) are flat colours and anti-aliased text, so a palette of their 256
//! most used colours loses nothing a reader sees and makes the file a fraction of a full-colour
//! one. Build time only (feature `ssr`): the one image the browser makes, a figure's card, is
//! small enough from the canvas's own encoder, and the module is lighter without this one.
//!
//! Rules: the palette is the image's own most frequent colours (the design's few colours come
//! first, then the most common edge tones); every other pixel takes its nearest palette colour.
//! Opaque only: the images have a background.

use std::collections::HashMap;

/// `rgba` (width × height pixels, 4 bytes each, alpha ignored) as an indexed PNG.
pub fn encode(rgba: &[u8], width: u32, height: u32) -> Result<Vec<u8>, String> {
    let px = |i: usize| [rgba[4 * i], rgba[4 * i + 1], rgba[4 * i + 2]];
    let n = (width as usize) * (height as usize);
    if rgba.len() < 4 * n {
        return Err("fewer pixels than the size says".into());
    }
    let mut counts: HashMap<[u8; 3], u32> = HashMap::new();
    for i in 0..n {
        *counts.entry(px(i)).or_insert(0) += 1;
    }
    let mut by_use: Vec<([u8; 3], u32)> = counts.into_iter().collect();
    by_use.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let palette: Vec<[u8; 3]> = by_use.iter().take(256).map(|c| c.0).collect();
    let mut index: HashMap<[u8; 3], u8> = palette.iter().enumerate().map(|(i, c)| (*c, i as u8)).collect();
    let nearest = |c: [u8; 3]| -> u8 {
        let d = |p: &[u8; 3]| (0..3).map(|k| (p[k] as i32 - c[k] as i32).pow(2)).sum::<i32>();
        palette.iter().enumerate().min_by_key(|(_, p)| d(p)).map_or(0, |(i, _)| i as u8)
    };
    let mut data = Vec::with_capacity(n);
    for i in 0..n {
        let c = px(i);
        let k = *index.entry(c).or_insert_with(|| nearest(c));
        data.push(k);
    }
    let mut out = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut out, width, height);
        enc.set_color(png::ColorType::Indexed);
        enc.set_depth(png::BitDepth::Eight);
        enc.set_palette(palette.concat());
        enc.set_compression(png::Compression::Best);
        let mut w = enc.write_header().map_err(|e| e.to_string())?;
        w.write_image_data(&data).map_err(|e| e.to_string())?;
    }
    Ok(out)
}

/// A PNG's width and height, from its header.
pub fn size(bytes: &[u8]) -> Option<(u32, u32)> {
    (bytes.len() > 24 && &bytes[..8] == b"\x89PNG\r\n\x1a\n").then(|| {
        let n = |i: usize| u32::from_be_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]);
        (n(16), n(20))
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_few_colours_stay_exact_and_the_rest_take_the_nearest() {
        // 300 distinct colours on a white field: more than a palette holds.
        let (w, h) = (400u32, 2u32);
        let mut rgba = Vec::new();
        for i in 0..(w * h) {
            let c = if i < 300 { [(i % 256) as u8, (i / 256 * 100) as u8, 7] } else { [255, 255, 255] };
            rgba.extend([c[0], c[1], c[2], 255]);
        }
        let png = super::encode(&rgba, w, h).unwrap();
        assert_eq!(super::size(&png), Some((400, 2)));
        // The header: 8 bits per index, colour type 3 (indexed).
        assert_eq!((png[24], png[25]), (8, 3));
        // The palette (PLTE follows IHDR) holds 256 colours, white first (the most used).
        assert_eq!(&png[37..41], b"PLTE");
        assert_eq!(u32::from_be_bytes(png[33..37].try_into().unwrap()), 256 * 3);
        assert_eq!(&png[41..44], &[255, 255, 255]);
    }
}
