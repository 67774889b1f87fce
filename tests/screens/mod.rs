//! Generated screenshots of job offers, for measuring OCR (tests/ocr.rs, benches/ocr.rs).
//!
//! Every picture is drawn here from an offer of the project's own corpus
//! (`tests/offer_corpus/`), the way a phone shows a channel post: a light or dark theme, some
//! with a header bar (avatar, channel name) and emoji-like icons, then degraded the way
//! screenshots travel: downscaled, slightly blurred, rotated a little, saved as JPEG quality 45.
//! Everything is deterministic (no randomness: the variant follows from the offer's position),
//! so a figure can be reproduced exactly.
//!
//! Two sets, kept apart:
//! - the **tuning set**: offers of `corpus.yaml` (what the checker's rules were tuned on). The
//!   preprocessing and the repair rules may be tuned on it;
//! - the **held-out set**: every offer of `held_out*.yaml`. It was written (this file, its
//!   variants and `held_out()`) before any preprocessing or repair rule, and the rules were
//!   never tuned on it: its figure is the one reported.
//!
//! Karakalpak and Uzbek offers are also drawn in Cyrillic (converted with Safar's own
//! transliteration) so that kaa-Cyrl and uz-Cyrl are well represented; the pasted text they
//! are compared with is then the converted text.

#![allow(dead_code)]

use std::io::Cursor;
use std::path::Path;

use ab_glyph::{Font, FontVec, PxScale, ScaleFont};
use image::{ImageBuffer, Rgb, RgbImage};
use serde::Deserialize;

/// The font used to draw (Debian's `fonts-dejavu-core`; `.ci/run` installs it).
pub const FONT: &str = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
pub const FONT_BOLD: &str = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

#[derive(Debug, Deserialize)]
struct Corpus {
    offers: Vec<CorpusOffer>,
}

#[derive(Debug, Deserialize)]
struct CorpusOffer {
    id: String,
    #[allow(dead_code)]
    label: String,
    lang: String,
    #[serde(default)]
    #[allow(dead_code)]
    expect: Vec<String>,
    text: String,
}

/// How one screenshot looks and how it was degraded.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Look {
    pub dark: bool,
    /// Factor applied to a 1080-px-wide phone screenshot (text 40 px high before it).
    pub scale: f32,
    /// Gaussian blur (sigma, in pixels of the scaled picture).
    pub blur: f32,
    /// Rotation in degrees.
    pub angle: f32,
    /// A header bar with an avatar and the channel's name.
    pub header: bool,
    /// Emoji-like icons at the start of some lines.
    pub emoji: bool,
    pub quality: u8,
}

/// One screenshot to read: the text as it would be pasted, and how it is drawn.
#[derive(Debug, Clone)]
pub struct Screen {
    pub id: String,
    /// uz, uz-cyrl, ru, kaa, kaa-cyrl, mixed.
    pub lang: String,
    pub text: String,
    pub look: Look,
}

impl Screen {
    /// The picture, as JPEG bytes.
    pub fn jpeg(&self) -> Vec<u8> {
        render(&self.text, self.look)
    }
}

fn load(name: &str) -> Vec<CorpusOffer> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/offer_corpus")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let corpus: Corpus =
        serde_saphyr::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    corpus.offers
}

/// The look of the `i`-th screenshot of a set: every combination comes round.
fn look(i: usize) -> Look {
    const SCALES: [f32; 4] = [0.67, 0.5, 0.42, 0.6];
    const BLURS: [f32; 3] = [0.0, 0.5, 0.8];
    const ANGLES: [f32; 5] = [0.0, 1.0, -1.5, 2.0, -0.7];
    Look {
        dark: i % 2 == 1,
        scale: SCALES[i % SCALES.len()],
        blur: BLURS[(i / 2) % BLURS.len()],
        angle: ANGLES[i % ANGLES.len()],
        header: i.is_multiple_of(3),
        emoji: i % 4 == 1,
        quality: 45,
    }
}

/// Offers become screens; every other Karakalpak offer and every third Uzbek Latin one is
/// drawn in Cyrillic.
fn screens(offers: Vec<CorpusOffer>) -> Vec<Screen> {
    let mut kaa: usize = 0;
    let mut uz: usize = 0;
    offers
        .into_iter()
        .enumerate()
        .map(|(i, o)| {
            let (lang, text) = match o.lang.as_str() {
                "kaa" => {
                    kaa += 1;
                    if kaa.is_multiple_of(2) {
                        (
                            "kaa-cyrl".to_string(),
                            safar::translit::kaa_lat_to_cyr(&o.text),
                        )
                    } else {
                        (o.lang, o.text)
                    }
                }
                "uz" => {
                    uz += 1;
                    if uz.is_multiple_of(3) {
                        (
                            "uz-cyrl".to_string(),
                            safar::translit::uz_lat_to_cyr(&o.text),
                        )
                    } else {
                        (o.lang, o.text)
                    }
                }
                _ => (o.lang, o.text),
            };
            Screen {
                id: o.id,
                lang,
                text: text.trim().to_string(),
                look: look(i),
            }
        })
        .collect()
}

/// The tuning set: the offers of the main corpus (every other one, 52 screens).
pub fn tuning() -> Vec<Screen> {
    let offers: Vec<CorpusOffer> = load("corpus.yaml").into_iter().step_by(2).collect();
    screens(offers)
}

/// Karakalpak Cyrillic, the weakest script (Tesseract has no Karakalpak data): every
/// Karakalpak offer of the main corpus drawn in Cyrillic (14 screens), each with another look
/// than in the tuning set. Added after the repairs for `ө`/`ә` read as `е`/`э` were written on
/// the tuning set, as a check that they hold on texts they were not written from; tuning on it
/// is allowed (it is no held-out set).
pub fn karakalpak_cyrillic() -> Vec<Screen> {
    load("corpus.yaml")
        .into_iter()
        .filter(|o| o.lang == "kaa")
        .enumerate()
        .map(|(i, o)| Screen {
            id: format!("kc-{}", o.id),
            lang: "kaa-cyrl".to_string(),
            text: safar::translit::kaa_lat_to_cyr(o.text.trim()),
            look: look(i + 1),
        })
        .collect()
}

/// The held-out set: every offer of the held-out corpora (89 screens).
pub fn held_out() -> Vec<Screen> {
    let mut offers = load("held_out.yaml");
    offers.extend(load("held_out_2.yaml"));
    offers.extend(load("held_out_3.yaml"));
    screens(offers)
}

/// Whether the font to draw with is there.
pub fn font_present() -> bool {
    Path::new(FONT).exists() && Path::new(FONT_BOLD).exists()
}

fn font(path: &str) -> FontVec {
    let bytes =
        std::fs::read(path).unwrap_or_else(|e| panic!("{path}: {e} (install fonts-dejavu-core)"));
    FontVec::try_from_vec(bytes).expect("a TrueType font")
}

struct Theme {
    bg: [u8; 3],
    text: [u8; 3],
    header_bg: [u8; 3],
    header_text: [u8; 3],
    muted: [u8; 3],
}

const LIGHT: Theme = Theme {
    bg: [255, 255, 255],
    text: [20, 20, 20],
    header_bg: [81, 125, 162],
    header_text: [255, 255, 255],
    muted: [140, 150, 160],
};

const DARK: Theme = Theme {
    bg: [24, 34, 45],
    text: [232, 236, 240],
    header_bg: [36, 47, 61],
    header_text: [240, 240, 240],
    muted: [110, 125, 140],
};

/// Icons drawn before some lines: DejaVu has these symbols; coloured discs stand for the
/// colour emoji DejaVu lacks.
const ICONS: [&str; 5] = ["✈", "☎", "★", "⚡", "●"];

const WIDTH: u32 = 1080;
const MARGIN: f32 = 48.0;
const SIZE: f32 = 40.0;

/// Draws `text` as a phone screenshot, degrades it as `look` says, returns JPEG bytes.
pub fn render(text: &str, look: Look) -> Vec<u8> {
    let regular = font(FONT);
    let bold = font(FONT_BOLD);
    let theme = if look.dark { &DARK } else { &LIGHT };
    let scaled = regular.as_scaled(PxScale::from(SIZE));
    let line_h = (SIZE * 1.35).ceil();
    // Lay the text out: words wrapped to the width.
    let mut lines: Vec<(Option<usize>, String)> = Vec::new();
    for (n, para) in text.lines().enumerate() {
        let icon = (look.emoji && n.is_multiple_of(2) && !para.trim().is_empty())
            .then_some(n % ICONS.len());
        let indent = if icon.is_some() { SIZE * 1.4 } else { 0.0 };
        let max = WIDTH as f32 - 2.0 * MARGIN - indent;
        let mut line = String::new();
        let mut first = true;
        for word in para.split_whitespace() {
            let candidate = if line.is_empty() {
                word.to_string()
            } else {
                format!("{line} {word}")
            };
            if width(&scaled, &candidate) > max && !line.is_empty() {
                lines.push((if first { icon } else { None }, std::mem::take(&mut line)));
                first = false;
                line = word.to_string();
            } else {
                line = candidate;
            }
        }
        lines.push((if first { icon } else { None }, line));
    }
    let header_h = if look.header { 150.0 } else { 0.0 };
    let height = (header_h + 2.0 * MARGIN + line_h * (lines.len() as f32 + 1.5)) as u32;
    let mut img: RgbImage = ImageBuffer::from_pixel(WIDTH, height, Rgb(theme.bg));
    if look.header {
        fill_rect(&mut img, 0, 0, WIDTH, header_h as u32, theme.header_bg);
        disc(&mut img, 90.0, 75.0, 50.0, [230, 120, 60]);
        draw_text(
            &mut img,
            &bold,
            42.0,
            170.0,
            40.0,
            "Work Abroad 🌍 Jobs",
            theme.header_text,
        );
        draw_text(
            &mut img,
            &regular,
            30.0,
            170.0,
            92.0,
            "12 480 subscribers",
            theme.header_text,
        );
    }
    let mut y = header_h + MARGIN;
    for (icon, line) in &lines {
        let mut x = MARGIN;
        if let Some(k) = icon {
            if *k == 4 {
                disc(
                    &mut img,
                    x + SIZE * 0.5,
                    y + SIZE * 0.6,
                    SIZE * 0.45,
                    [220, 60, 60],
                );
            } else {
                draw_text(&mut img, &regular, SIZE, x, y, ICONS[*k], [230, 170, 30]);
            }
            x += SIZE * 1.4;
        }
        draw_text(&mut img, &regular, SIZE, x, y, line, theme.text);
        y += line_h;
    }
    draw_text(
        &mut img,
        &regular,
        28.0,
        WIDTH as f32 - 200.0,
        y + 10.0,
        "👁 3.4K  14:27",
        theme.muted,
    );
    // Degrade: rotate, downscale, blur, compress.
    let img = if look.angle != 0.0 {
        rotate(&img, look.angle, theme.bg)
    } else {
        img
    };
    let (w, h) = img.dimensions();
    let nw = ((w as f32) * look.scale).round().max(1.0) as u32;
    let nh = ((h as f32) * look.scale).round().max(1.0) as u32;
    let mut img = image::imageops::resize(&img, nw, nh, image::imageops::FilterType::Triangle);
    if look.blur > 0.0 {
        img = image::imageops::blur(&img, look.blur);
    }
    let mut out = Cursor::new(Vec::new());
    let encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, look.quality);
    img.write_with_encoder(encoder).expect("JPEG encodes");
    out.into_inner()
}

fn width(font: &ab_glyph::PxScaleFont<&FontVec>, text: &str) -> f32 {
    let mut w = 0.0;
    let mut prev = None;
    for c in text.chars() {
        let id = font.glyph_id(c);
        if let Some(p) = prev {
            w += font.kern(p, id);
        }
        w += font.h_advance(id);
        prev = Some(id);
    }
    w
}

fn draw_text(
    img: &mut RgbImage,
    font: &FontVec,
    size: f32,
    x: f32,
    y: f32,
    text: &str,
    color: [u8; 3],
) {
    let scaled = font.as_scaled(PxScale::from(size));
    let baseline = y + scaled.ascent();
    let mut caret = x;
    let mut prev = None;
    for c in text.chars() {
        let id = scaled.glyph_id(c);
        if let Some(p) = prev {
            caret += scaled.kern(p, id);
        }
        let glyph =
            id.with_scale_and_position(PxScale::from(size), ab_glyph::point(caret, baseline));
        caret += scaled.h_advance(id);
        prev = Some(id);
        if let Some(outlined) = font.outline_glyph(glyph) {
            let bounds = outlined.px_bounds();
            outlined.draw(|gx, gy, cov| {
                let px = bounds.min.x as i32 + gx as i32;
                let py = bounds.min.y as i32 + gy as i32;
                if px >= 0 && py >= 0 && (px as u32) < img.width() && (py as u32) < img.height() {
                    let p = img.get_pixel_mut(px as u32, py as u32);
                    for (channel, target) in p.0.iter_mut().zip(color) {
                        *channel =
                            (*channel as f32 * (1.0 - cov) + target as f32 * cov).round() as u8;
                    }
                }
            });
        }
    }
}

fn fill_rect(img: &mut RgbImage, x: u32, y: u32, w: u32, h: u32, color: [u8; 3]) {
    for py in y..(y + h).min(img.height()) {
        for px in x..(x + w).min(img.width()) {
            img.put_pixel(px, py, Rgb(color));
        }
    }
}

fn disc(img: &mut RgbImage, cx: f32, cy: f32, r: f32, color: [u8; 3]) {
    let (w, h) = img.dimensions();
    for py in (cy - r).max(0.0) as u32..((cy + r) as u32).min(h) {
        for px in (cx - r).max(0.0) as u32..((cx + r) as u32).min(w) {
            let d = ((px as f32 - cx).powi(2) + (py as f32 - cy).powi(2)).sqrt();
            if d <= r {
                img.put_pixel(px, py, Rgb(color));
            }
        }
    }
}

/// Rotation about the centre by `deg` degrees, bilinear, same size, corners filled with `bg`.
fn rotate(img: &RgbImage, deg: f32, bg: [u8; 3]) -> RgbImage {
    let (w, h) = img.dimensions();
    let (s, c) = deg.to_radians().sin_cos();
    let (cx, cy) = (w as f32 / 2.0, h as f32 / 2.0);
    ImageBuffer::from_fn(w, h, |x, y| {
        let dx = x as f32 - cx;
        let dy = y as f32 - cy;
        let sx = c * dx + s * dy + cx;
        let sy = -s * dx + c * dy + cy;
        if sx < 0.0 || sy < 0.0 || sx >= (w - 1) as f32 || sy >= (h - 1) as f32 {
            return Rgb(bg);
        }
        let (x0, y0) = (sx.floor() as u32, sy.floor() as u32);
        let (fx, fy) = (sx - x0 as f32, sy - y0 as f32);
        let p = |x, y| img.get_pixel(x, y).0;
        let (a, b, cc, d) = (p(x0, y0), p(x0 + 1, y0), p(x0, y0 + 1), p(x0 + 1, y0 + 1));
        let mut out = [0u8; 3];
        for k in 0..3 {
            let top = a[k] as f32 * (1.0 - fx) + b[k] as f32 * fx;
            let bottom = cc[k] as f32 * (1.0 - fx) + d[k] as f32 * fx;
            out[k] = (top * (1.0 - fy) + bottom * fy).round() as u8;
        }
        Rgb(out)
    })
}
