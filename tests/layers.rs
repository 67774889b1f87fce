//! The modules of `src/` are layers: each may use only the layers below it (see `src/lib.rs`
//! and the README's layout table). This test reads every `crate::…` path in `src/` (code, not
//! comments) and fails on one that points up a layer, or sideways into another module of the
//! same layer.

use std::path::Path;

/// Bottom up. A module may use the modules of earlier rows and its own.
const LAYERS: &[&[&str]] = &[
    &["lang", "diagnostics", "html", "memory"],
    &["translit"],
    &["offer"],
    &["ocr"],
    &["core"],
    &["content"],
    &["store"],
    &["app"],
    &["telegram", "terminal"],
    &["cli"],
];

fn layer(module: &str) -> Option<usize> {
    LAYERS.iter().position(|row| row.contains(&module))
}

/// The top-level module a file under `src/` belongs to (`None` for lib.rs and main.rs).
fn module_of(rel: &Path) -> Option<String> {
    let first = rel.components().next()?.as_os_str().to_str()?;
    let name = first.strip_suffix(".rs").unwrap_or(first);
    (name != "lib" && name != "main").then(|| name.to_string())
}

fn files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Modules named after `crate::` in one line of code (a `use crate::{a, b}` group too).
fn targets(code: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = code;
    while let Some(i) = rest.find("crate::") {
        rest = &rest[i + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            for item in group[..end].split(',') {
                let name: String = item
                    .trim()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() {
                    found.push(name);
                }
            }
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            found.push(name);
        }
    }
    found
}

#[test]
fn no_module_uses_a_layer_above_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut all = Vec::new();
    files(&src, &mut all);
    all.sort();
    let mut wrong = Vec::new();
    let mut checked = 0;
    for path in &all {
        let rel = path.strip_prefix(&src).unwrap();
        let Some(module) = module_of(rel) else {
            continue;
        };
        let Some(own) = layer(&module) else {
            wrong.push(format!(
                "{}: module `{module}` is in no layer: add it to LAYERS here and to src/lib.rs",
                rel.display()
            ));
            continue;
        };
        let text = std::fs::read_to_string(path).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for target in targets(code) {
                checked += 1;
                if target == module {
                    continue;
                }
                match layer(&target) {
                    Some(l) if l < own => {}
                    Some(_) => wrong.push(format!(
                        "{}:{}: `{module}` uses `crate::{target}`, which is not below it",
                        rel.display(),
                        n + 1
                    )),
                    None => wrong.push(format!(
                        "{}:{}: `crate::{target}` is in no layer",
                        rel.display(),
                        n + 1
                    )),
                }
            }
        }
    }
    assert!(
        checked > 100,
        "only {checked} `crate::` paths found: is src/ there?"
    );
    assert!(wrong.is_empty(), "upward imports:\n{}", wrong.join("\n"));
}

#[test]
fn targets_are_read_from_paths_and_groups() {
    assert_eq!(targets("use crate::core::engine::Outcome;"), vec!["core"]);
    assert_eq!(
        targets("use crate::{app::App, store::Store};"),
        vec!["app", "store"]
    );
    assert_eq!(
        targets("let x = crate::app::render(a, crate::lang::Lang::Ru);"),
        vec!["app", "lang"]
    );
}
