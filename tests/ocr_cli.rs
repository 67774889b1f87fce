//! `safar ocr` and `safar offer --image` as a user runs them, with a stand-in OCR program (a
//! shell script given as `--ocr-command`), and `safar check` saying whether OCR is on.

mod common;

use std::io::Cursor;
use std::os::unix::fs::PermissionsExt as _;
use std::path::{Path, PathBuf};

use common::bin::safar;

/// A stand-in for Tesseract that prints `text` (and knows the three languages).
fn fake_ocr(dir: &Path, text: &str) -> PathBuf {
    let path = dir.join("fake-tesseract");
    let script = format!(
        "#!/bin/sh\nif [ \"$1\" = --list-langs ]; then printf 'List of available languages in \"x\" (3):\\nrus\\nuzb\\nuzb_cyrl\\n'; exit 0; fi\ncat > /dev/null\ncat <<'TEXT'\n{text}\nTEXT\n"
    );
    std::fs::write(&path, script).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    path
}

fn picture(dir: &Path) -> PathBuf {
    let path = dir.join("offer.jpg");
    let img = image::RgbImage::from_pixel(64, 48, image::Rgb([240, 240, 240]));
    let mut out = Cursor::new(Vec::new());
    image::DynamicImage::ImageRgb8(img)
        .write_to(&mut out, image::ImageFormat::Jpeg)
        .unwrap();
    std::fs::write(&path, out.into_inner()).unwrap();
    path
}

#[test]
fn ocr_prints_the_repaired_text_and_offer_image_the_report() {
    let dir = tempfile::tempdir().unwrap();
    // As Tesseract reads Uzbek Cyrillic: ў as у, $ as 5, an icon line.
    let program = fake_ocr(
        dir.path(),
        "® |\nЮз фоиз утказиб берамиз. Нархи 60005, олдиндан тулайсиз.",
    );
    let shot = picture(dir.path());

    let out = safar()
        .args(["ocr", shot.to_str().unwrap(), "--ocr-command"])
        .arg(&program)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        text.trim(),
        "Юз фоиз ўтказиб берамиз. Нархи 6000$, олдиндан тўлайсиз."
    );

    let out = safar()
        .args(["ocr", "--raw", shot.to_str().unwrap(), "--ocr-command"])
        .arg(&program)
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("60005"));

    let out = safar()
        .args([
            "offer",
            "--image",
            shot.to_str().unwrap(),
            "--show-text",
            "--lang",
            "ru",
        ])
        .arg("--ocr-command")
        .arg(&program)
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{report}");
    assert!(
        report.starts_with("text read from the picture:\nЮз фоиз ўтказиб"),
        "{report}"
    );
    assert!(report.contains("Риск: высокий"), "{report}");

    let out = safar()
        .args([
            "offer",
            "--image",
            shot.to_str().unwrap(),
            "--json",
            "--show-text",
        ])
        .arg("--ocr-command")
        .arg(&program)
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("stdout is JSON");
    assert_eq!(json["risk"], "high", "{json}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("ўтказиб"));
}

#[test]
fn without_an_ocr_program_the_commands_say_so() {
    let dir = tempfile::tempdir().unwrap();
    let shot = picture(dir.path());
    let missing = dir.path().join("no-such-program");
    let out = safar()
        .args(["offer", "--image", shot.to_str().unwrap(), "--ocr-command"])
        .arg(&missing)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("OCR: off"), "{err}");

    let out = safar()
        .args(["check", "--ocr-command"])
        .arg(&missing)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("OCR: off"));

    let program = fake_ocr(dir.path(), "x");
    let out = safar()
        .args(["check", "--ocr-command"])
        .arg(&program)
        .output()
        .unwrap();
    let summary = String::from_utf8_lossy(&out.stdout);
    assert!(summary.contains("OCR: on ("), "{summary}");

    // A file that is not a picture: exit 2, in words.
    let bad = dir.path().join("notes.txt");
    std::fs::write(&bad, "hello").unwrap();
    let out = safar()
        .args(["ocr", bad.to_str().unwrap(), "--ocr-command"])
        .arg(&program)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot be decoded"));
}
