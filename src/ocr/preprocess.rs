//! Preparing a picture for the OCR engine.
//!
//! Measured on the tuning screenshots (tests/ocr.rs, `SAFAR_OCR_STEPS`), with the text repaired
//! as shipped (2026-12-06, 52 screenshots): the same risk as the pasted text in 100% with or
//! without preprocessing; the same categories in 94.2% without, 94.2% inverting dark themes,
//! 98.1% inverting and enlarging; the same contacts in 98.1%, 96.2% and 92.3%. Enlarging made
//! each read about twice as slow (2.9 s against 1.3 s on a busy 2-core machine). With the risk
//! figure even, contacts read worse and reads twice as slow, Safar ships neither step
//! ([`Steps::SHIPPED`]); they stay here, measured, and `Steps::ALL` is one line away if the
//! category figure is worth the time. What always applies is the size limit: a picture longer
//! than [`MAX_SIDE`] on its long side (an image file; Telegram's photo sizes are chosen below
//! it) is scaled down before the read, which keeps a read within its time.

use std::io::Cursor;

use image::{DynamicImage, GrayImage, ImageFormat};

/// Which steps to apply (all of them is the default; the benchmark measures without).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Steps {
    /// Light text on a dark background (dark themes) is inverted to dark on light.
    pub invert_dark: bool,
    /// Small pictures are enlarged so that text lines reach the height the engine reads best.
    pub upscale: bool,
}

impl Steps {
    pub const ALL: Steps = Steps {
        invert_dark: true,
        upscale: true,
    };
    /// What Safar applies (see the module's documentation for why none).
    pub const SHIPPED: Steps = Steps::NONE;
    pub const NONE: Steps = Steps {
        invert_dark: false,
        upscale: false,
    };
}

/// A picture that could not be decoded.
#[derive(Debug, thiserror::Error)]
#[error("the picture cannot be decoded: {0}")]
pub struct BadImage(#[from] image::ImageError);

impl From<std::io::Error> for BadImage {
    fn from(e: std::io::Error) -> BadImage {
        BadImage(image::ImageError::IoError(e))
    }
}

/// The longest side read as it is; a larger picture is scaled down to it.
pub const MAX_SIDE: u32 = 2000;

/// Checks `bytes` (JPEG, PNG) are a picture, applies `steps` and the size limit. The bytes come
/// back as they were when nothing is to change (no decoding then), else as a grayscale PNG.
pub fn prepare(bytes: Vec<u8>, steps: Steps) -> Result<Vec<u8>, BadImage> {
    let reader = image::ImageReader::new(Cursor::new(&bytes)).with_guessed_format()?;
    let (w, h) = reader.into_dimensions()?;
    if steps == Steps::NONE && w.max(h) <= MAX_SIDE {
        return Ok(bytes);
    }
    let mut img = image::load_from_memory(&bytes)?;
    if w.max(h) > MAX_SIDE {
        img = img.resize(MAX_SIDE, MAX_SIDE, image::imageops::FilterType::Triangle);
    }
    let gray = prepared(img, steps);
    let mut out = Vec::new();
    gray.write_to(&mut Cursor::new(&mut out), ImageFormat::Png)?;
    Ok(out)
}

fn prepared(img: DynamicImage, steps: Steps) -> GrayImage {
    let mut gray = img.into_luma8();
    if steps.invert_dark && is_dark(&gray) {
        image::imageops::invert(&mut gray);
    }
    if steps.upscale {
        let (w, h) = gray.dimensions();
        let factor = upscale_factor(w);
        if factor > 1.0 {
            let nw = (w as f32 * factor).round() as u32;
            let nh = (h as f32 * factor).round() as u32;
            gray = image::imageops::resize(&gray, nw, nh, image::imageops::FilterType::CatmullRom);
        }
    }
    gray
}

/// Most of the picture is dark: a dark theme.
fn is_dark(gray: &GrayImage) -> bool {
    let n = gray.len().max(1) as u64;
    let sum: u64 = gray.as_raw().iter().map(|&v| v as u64).sum();
    sum / n < 110
}

/// How much to enlarge a phone screenshot `width` pixels wide: to about 1600 px.
fn upscale_factor(width: u32) -> f32 {
    const TARGET: f32 = 1600.0;
    if width == 0 || width as f32 >= TARGET * 0.8 {
        1.0
    } else {
        (TARGET / width as f32).min(3.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::RgbImage;

    fn png(img: &DynamicImage) -> Vec<u8> {
        let mut out = Vec::new();
        img.write_to(&mut Cursor::new(&mut out), ImageFormat::Png)
            .unwrap();
        out
    }

    #[test]
    fn a_dark_picture_is_inverted_and_a_small_one_enlarged() {
        let dark =
            DynamicImage::ImageRgb8(RgbImage::from_pixel(400, 300, image::Rgb([20, 30, 40])));
        let out = image::load_from_memory(&prepare(png(&dark), Steps::ALL).unwrap()).unwrap();
        let out = out.into_luma8();
        assert_eq!(out.width(), 1200);
        assert!(out.get_pixel(5, 5).0[0] > 200, "{:?}", out.get_pixel(5, 5));
        let bytes = png(&dark);
        assert_eq!(
            prepare(bytes.clone(), Steps::NONE).unwrap(),
            bytes,
            "untouched"
        );
        let plain = image::load_from_memory(&bytes).unwrap();
        assert_eq!(plain.width(), 400);
        assert!(plain.into_luma8().get_pixel(5, 5).0[0] < 60);
    }

    #[test]
    fn garbage_is_refused_and_a_huge_picture_scaled_down() {
        assert!(prepare(b"not a picture".to_vec(), Steps::ALL).is_err());
        assert!(prepare(b"not a picture".to_vec(), Steps::NONE).is_err());
        let huge = DynamicImage::ImageRgb8(RgbImage::from_pixel(
            1000,
            5000,
            image::Rgb([250, 250, 250]),
        ));
        let out = image::load_from_memory(&prepare(png(&huge), Steps::NONE).unwrap()).unwrap();
        assert_eq!((out.width(), out.height()), (400, MAX_SIDE));
    }
}
