//! The NGO's content as a set of files: `dialogues/*.yaml` and `locales/<lang>/*.ftl`, named by
//! their path under the content root (`dialogues/main.yaml`, `locales/ru/offer.ftl`).
//!
//! Publishing from Telegram reads the live files into a [`Bundle`], lays an upload
//! over it, checks the result in a fresh folder, and writes it back file by file. Every name
//! that comes from outside (a file name, a caption, an entry of a zip archive) goes through
//! [`content_path`], which accepts only those two folders' layouts: no `..`, no absolute
//! paths, no links, no other kinds of files. Archives are unpacked in memory with limits on
//! their size, their entries' count and their unpacked size.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use super::ContentPaths;
use crate::lang::Lang;

/// The largest `.ftl` or `.yaml` file accepted (the biggest shipped one is under 100 KB).
pub const MAX_FILE_BYTES: u64 = 512 * 1024;
/// The largest `.zip` accepted, as sent.
pub const MAX_ZIP_BYTES: u64 = 4 * 1024 * 1024;
/// The most an archive may unpack to, all entries together.
pub const MAX_UNPACKED_BYTES: u64 = 16 * 1024 * 1024;
/// The most entries an archive may have (folders included).
pub const MAX_ENTRIES: usize = 300;
/// The longest file name accepted.
const MAX_NAME_LEN: usize = 64;

/// Why an upload is refused, in terms an editor can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    /// Not a `.ftl`, `.yaml` or `.zip` file.
    NotContent { name: String },
    /// A path outside `dialogues/` and `locales/<lang>/`, or a name with `..`, `/` at the start,
    /// `\`, or characters other than letters, digits, `-`, `_` and `.`.
    BadPath { path: String },
    /// A plain `.ftl` name that exists in several languages (or in none): which one is meant?
    Ambiguous { name: String },
    /// A file over [`MAX_FILE_BYTES`] (or a zip over [`MAX_ZIP_BYTES`]).
    TooLarge { limit_kb: u64 },
    /// Not a readable zip archive (damaged, encrypted, or another format).
    BadZip,
    /// The archive unpacks to more than [`MAX_UNPACKED_BYTES`].
    ZipTooLarge { limit_mb: u64 },
    /// The archive has more than [`MAX_ENTRIES`] entries.
    ZipTooMany { limit: usize },
    /// A symbolic link in the archive.
    ZipLink { path: String },
    /// An archive with no `.ftl` or `.yaml` file in `dialogues/` or `locales/<lang>/`.
    ZipEmpty,
    /// A file that is not UTF-8 text.
    NotText { path: String },
}

impl UploadError {
    /// The Fluent id of the message that explains it (`publish-refused-…`).
    pub fn key(&self) -> &'static str {
        match self {
            UploadError::NotContent { .. } => "publish-refused-kind",
            UploadError::BadPath { .. } => "publish-refused-path",
            UploadError::Ambiguous { .. } => "publish-refused-ambiguous",
            UploadError::TooLarge { .. } => "publish-refused-too-large",
            UploadError::BadZip => "publish-refused-bad-zip",
            UploadError::ZipTooLarge { .. } => "publish-refused-zip-too-large",
            UploadError::ZipTooMany { .. } => "publish-refused-zip-too-many",
            UploadError::ZipLink { .. } => "publish-refused-link",
            UploadError::ZipEmpty => "publish-refused-zip-empty",
            UploadError::NotText { .. } => "publish-refused-not-text",
        }
    }

    /// The value of the message's one argument, `$what` (a name, a limit), if it has one.
    pub fn what(&self) -> Option<String> {
        match self {
            UploadError::NotContent { name }
            | UploadError::BadPath { path: name }
            | UploadError::Ambiguous { name }
            | UploadError::ZipLink { path: name }
            | UploadError::NotText { path: name } => Some(name.clone()),
            UploadError::TooLarge { limit_kb } => Some(limit_kb.to_string()),
            UploadError::ZipTooLarge { limit_mb } => Some(limit_mb.to_string()),
            UploadError::ZipTooMany { limit } => Some(limit.to_string()),
            UploadError::BadZip | UploadError::ZipEmpty => None,
        }
    }

    /// A short code for logs.
    pub fn code(&self) -> &'static str {
        self.key().trim_start_matches("publish-refused-")
    }
}

/// What an uploaded file is, judged by its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UploadKind {
    /// One `.ftl` or `.yaml` file.
    File,
    /// A `.zip` of `dialogues/` and `locales/`.
    Zip,
}

impl UploadKind {
    /// By the file name's extension; `None` for anything else.
    pub fn of(name: &str) -> Option<UploadKind> {
        let lower = name.to_ascii_lowercase();
        if lower.ends_with(".zip") {
            Some(UploadKind::Zip)
        } else if [".ftl", ".yaml", ".yml"].iter().any(|e| lower.ends_with(e)) {
            Some(UploadKind::File)
        } else {
            None
        }
    }

    /// The most bytes such an upload may have.
    pub fn limit(self) -> u64 {
        match self {
            UploadKind::File => MAX_FILE_BYTES,
            UploadKind::Zip => MAX_ZIP_BYTES,
        }
    }
}

fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= MAX_NAME_LEN
        && !name.starts_with('.')
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
}

fn is_yaml(name: &str) -> bool {
    name.ends_with(".yaml") || name.ends_with(".yml")
}

/// A content file's path under the content root, checked: `dialogues/<name>.yaml` (or `.yml`)
/// or `locales/<lang>/<name>.ftl` with `<lang>` one of the authored languages. Anything else
/// (other folders, `..`, absolute paths, backslashes, odd characters) is refused.
pub fn content_path(raw: &str) -> Result<String, UploadError> {
    let bad = || UploadError::BadPath {
        path: raw.chars().take(120).collect(),
    };
    if raw.is_empty() || raw.starts_with('/') || raw.contains('\\') || raw.contains(':') {
        return Err(bad());
    }
    let parts: Vec<&str> = raw.split('/').collect();
    if parts
        .iter()
        .any(|p| p.is_empty() || *p == "." || *p == "..")
    {
        return Err(bad());
    }
    match parts.as_slice() {
        ["dialogues", name] if valid_name(name) && is_yaml(name) => Ok(raw.to_string()),
        // The operators' prepared answers: `dialogues/snippets/<lang>/<name>.ftl`.
        ["dialogues", super::toolkit::SNIPPETS_DIR, lang, name]
            if Lang::AUTHORED.iter().any(|l| l.code() == *lang)
                && valid_name(name)
                && name.ends_with(".ftl") =>
        {
            Ok(raw.to_string())
        }
        ["locales", lang, name]
            if Lang::AUTHORED.iter().any(|l| l.code() == *lang)
                && valid_name(name)
                && name.ends_with(".ftl") =>
        {
            Ok(raw.to_string())
        }
        _ => Err(bad()),
    }
}

/// The path an uploaded single file stands for. `hint` is the caption if it names a file,
/// else the file's name: `dialogues/x.yaml`, `locales/ru/x.ftl`, `ru/x.ftl`, `x.yaml` (every
/// `.yaml` is in `dialogues/`), or `x.ftl` when exactly one language has a file of that name.
pub fn resolve_upload(hint: &str, live: &Bundle) -> Result<String, UploadError> {
    let hint = hint.trim();
    if UploadKind::of(hint) != Some(UploadKind::File) {
        return Err(UploadError::NotContent {
            name: hint.chars().take(120).collect(),
        });
    }
    if hint.starts_with("dialogues/") || hint.starts_with("locales/") {
        return content_path(hint);
    }
    if hint.contains('/') {
        return content_path(&format!("locales/{hint}")).map_err(|_| UploadError::BadPath {
            path: hint.chars().take(120).collect(),
        });
    }
    if is_yaml(hint) {
        return content_path(&format!("dialogues/{hint}"));
    }
    // A plain `.ftl` name: the language whose folder has it, if only one does.
    content_path(&format!("locales/ru/{hint}"))?;
    let langs: Vec<String> = Lang::AUTHORED
        .iter()
        .map(|l| format!("locales/{}/{hint}", l.code()))
        .filter(|p| live.files.contains_key(p))
        .collect();
    match langs.as_slice() {
        [one] => Ok(one.clone()),
        _ => Err(UploadError::Ambiguous {
            name: hint.to_string(),
        }),
    }
}

/// The content as files: path under the content root → bytes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Bundle {
    files: BTreeMap<String, Vec<u8>>,
}

impl Bundle {
    /// Reads the content files of `paths` (what [`super::Content::load`] reads).
    pub fn read(paths: &ContentPaths) -> std::io::Result<Bundle> {
        let mut files = BTreeMap::new();
        let mut add = |dir: &Path, prefix: &str, keep: &dyn Fn(&str) -> bool| {
            let mut entries = Vec::new();
            for entry in std::fs::read_dir(dir)? {
                let entry = entry?;
                let name = entry.file_name().to_string_lossy().to_string();
                if keep(&name) && entry.path().is_file() {
                    entries.push((format!("{prefix}{name}"), entry.path()));
                }
            }
            for (key, path) in entries {
                files.insert(key, std::fs::read(path)?);
            }
            std::io::Result::Ok(())
        };
        add(&paths.dialogues, "dialogues/", &|n| {
            valid_name(n) && is_yaml(n)
        })?;
        for lang in Lang::AUTHORED {
            let dir = paths.locales.join(lang.code());
            add(&dir, &format!("locales/{}/", lang.code()), &|n| {
                valid_name(n) && n.ends_with(".ftl")
            })?;
            let snippets = paths
                .dialogues
                .join(super::toolkit::SNIPPETS_DIR)
                .join(lang.code());
            if snippets.is_dir() {
                let prefix = format!(
                    "dialogues/{}/{}/",
                    super::toolkit::SNIPPETS_DIR,
                    lang.code()
                );
                add(&snippets, &prefix, &|n| {
                    valid_name(n) && n.ends_with(".ftl")
                })?;
            }
        }
        Ok(Bundle { files })
    }

    pub fn files(&self) -> impl Iterator<Item = (&str, &[u8])> {
        self.files.iter().map(|(k, v)| (k.as_str(), v.as_slice()))
    }

    pub fn get(&self, path: &str) -> Option<&[u8]> {
        self.files.get(path).map(Vec::as_slice)
    }

    pub fn contains(&self, path: &str) -> bool {
        self.files.contains_key(path)
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// Sets one file (its path already checked by [`content_path`]).
    pub fn put(&mut self, path: String, bytes: Vec<u8>) {
        debug_assert!(content_path(&path).is_ok(), "{path}");
        self.files.insert(path, bytes);
    }

    /// Paths added, changed or removed from `before` to `self`, each with `+`, `~` or `-`.
    pub fn changed_files(&self, before: &Bundle) -> Vec<(char, String)> {
        let mut out = Vec::new();
        for (path, bytes) in &self.files {
            match before.files.get(path) {
                None => out.push(('+', path.clone())),
                Some(old) if old != bytes => out.push(('~', path.clone())),
                Some(_) => {}
            }
        }
        for path in before.files.keys() {
            if !self.files.contains_key(path) {
                out.push(('-', path.clone()));
            }
        }
        out.sort_by(|a, b| a.1.cmp(&b.1));
        out
    }

    /// Where `path` lives under `paths`.
    fn disk_path(paths: &ContentPaths, path: &str) -> PathBuf {
        match path.strip_prefix("dialogues/") {
            Some(rest) => paths.dialogues.join(rest),
            None => paths
                .locales
                .join(path.strip_prefix("locales/").unwrap_or(path)),
        }
    }

    /// Writes every file into `root/dialogues` and `root/locales` (a fresh folder); returns
    /// those paths.
    pub fn write_fresh(&self, root: &Path) -> std::io::Result<ContentPaths> {
        let paths = ContentPaths {
            dialogues: root.join("dialogues"),
            locales: root.join("locales"),
        };
        std::fs::create_dir_all(&paths.dialogues)?;
        for lang in Lang::AUTHORED {
            std::fs::create_dir_all(paths.locales.join(lang.code()))?;
        }
        for (path, bytes) in &self.files {
            let disk = Bundle::disk_path(&paths, path);
            if let Some(dir) = disk.parent() {
                std::fs::create_dir_all(dir)?;
            }
            std::fs::write(disk, bytes)?;
        }
        Ok(paths)
    }

    /// Makes the files under `paths` what `self` says, given that they are `before` now. Every
    /// new or changed file is first written in full beside its place (`.name.publishing`,
    /// synced to disk); only then are they renamed over the old ones, one rename each, and the
    /// files `self` no longer has removed. A reader never sees half a file, and a failure while
    /// writing leaves the live files untouched.
    pub fn install(&self, paths: &ContentPaths, before: &Bundle) -> std::io::Result<()> {
        let changes = self.changed_files(before);
        let mut staged = Vec::new();
        let written = (|| {
            for (mark, path) in &changes {
                if *mark == '-' {
                    continue;
                }
                let target = Bundle::disk_path(paths, path);
                if let Some(dir) = target.parent() {
                    std::fs::create_dir_all(dir)?;
                }
                let name = target
                    .file_name()
                    .map(|n| n.to_string_lossy().to_string())
                    .unwrap_or_default();
                let temp = target.with_file_name(format!(".{name}.publishing"));
                staged.push((temp.clone(), target));
                let mut file = std::fs::File::create(&temp)?;
                file.write_all(&self.files[path])?;
                file.sync_all()?;
            }
            std::io::Result::Ok(())
        })();
        if let Err(e) = written {
            for (temp, _) in &staged {
                let _ = std::fs::remove_file(temp);
            }
            return Err(e);
        }
        for (temp, target) in &staged {
            std::fs::rename(temp, target)?;
        }
        for (mark, path) in &changes {
            if *mark == '-' {
                match std::fs::remove_file(Bundle::disk_path(paths, path)) {
                    Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e),
                    _ => {}
                }
            }
        }
        Ok(())
    }

    /// The files as a zip archive (`dialogues/…`, `locales/<lang>/…`).
    pub fn to_zip(&self) -> Vec<u8> {
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .unix_permissions(0o644);
        for (path, bytes) in &self.files {
            // Writing to memory cannot fail but for a bug: the archive would be incomplete.
            zip.start_file(path.as_str(), options)
                .and_then(|()| zip.write_all(bytes).map_err(Into::into))
                .expect("writing a zip archive to memory");
        }
        zip.finish()
            .expect("writing a zip archive to memory")
            .into_inner()
    }

    /// The content files of a zip archive, checked (see [`unpack_zip`]).
    pub fn from_zip(bytes: &[u8]) -> Result<Bundle, UploadError> {
        let (files, _) = unpack_zip(bytes)?;
        Ok(Bundle {
            files: files.into_iter().collect(),
        })
    }
}

/// An archive's content files (path, bytes), and the names of the entries skipped.
pub type Unpacked = (Vec<(String, Vec<u8>)>, Vec<String>);

/// Entries of archives made on a Mac or with documentation in them: skipped, not refused.
fn skipped_entry(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    path.starts_with("__MACOSX/")
        || path.contains("/__MACOSX/")
        || name == ".DS_Store"
        || name == "Thumbs.db"
        || name.to_ascii_lowercase().ends_with(".md")
        || name.to_ascii_lowercase().ends_with(".txt")
}

/// The content files in a zip archive: (path, bytes), and the entries skipped (a Mac's
/// `__MACOSX/`, `README.md`). The archive may hold `dialogues/` and `locales/` at its top or
/// inside one folder (as "compress this folder" makes it). Refused: more than [`MAX_ENTRIES`]
/// entries, more than [`MAX_UNPACKED_BYTES`] unpacked (counted while reading, whatever the
/// archive claims), links, paths outside the two folders, files of other kinds, text that is
/// not UTF-8.
pub fn unpack_zip(bytes: &[u8]) -> Result<Unpacked, UploadError> {
    let mut archive =
        zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|_| UploadError::BadZip)?;
    if archive.len() > MAX_ENTRIES {
        return Err(UploadError::ZipTooMany { limit: MAX_ENTRIES });
    }
    // First the names, links and declared sizes, before anything is unpacked.
    let mut entries = Vec::new();
    let mut declared: u64 = 0;
    for i in 0..archive.len() {
        let file = archive.by_index_raw(i).map_err(|_| UploadError::BadZip)?;
        let name = String::from_utf8_lossy(file.name_raw()).to_string();
        if file.is_symlink() {
            return Err(UploadError::ZipLink { path: name });
        }
        if file.encrypted() {
            return Err(UploadError::BadZip);
        }
        declared = declared.saturating_add(file.size());
        entries.push((i, name, file.is_dir()));
    }
    if declared > MAX_UNPACKED_BYTES {
        return Err(UploadError::ZipTooLarge {
            limit_mb: MAX_UNPACKED_BYTES >> 20,
        });
    }
    // Every name is checked, skipped entries included: a `../` anywhere refuses the archive.
    for (_, name, _) in &entries {
        let trimmed = name.trim_end_matches('/');
        if name.starts_with('/')
            || name.contains('\\')
            || name.contains(':')
            || trimmed
                .split('/')
                .any(|p| p == ".." || p == "." || p.is_empty())
        {
            return Err(UploadError::BadPath {
                path: name.chars().take(120).collect(),
            });
        }
    }
    let files: Vec<&(usize, String, bool)> = entries
        .iter()
        .filter(|(_, name, dir)| !dir && !skipped_entry(name))
        .collect();
    // One enclosing folder (`safar-content/dialogues/…`) is allowed.
    let prefix = match files.first() {
        Some((_, first, _))
            if !first.starts_with("dialogues/") && !first.starts_with("locales/") =>
        {
            let top = first.split('/').next().unwrap_or_default().to_string() + "/";
            if files.iter().all(|(_, n, _)| n.starts_with(&top)) {
                top
            } else {
                String::new()
            }
        }
        _ => String::new(),
    };
    let mut out = Vec::new();
    let mut unpacked: u64 = 0;
    for (index, name, _) in files {
        let path = &name[prefix.len()..];
        if UploadKind::of(path) != Some(UploadKind::File) {
            return Err(UploadError::NotContent {
                name: name.chars().take(120).collect(),
            });
        }
        let path = content_path(path)?;
        let file = archive.by_index(*index).map_err(|_| UploadError::BadZip)?;
        let room = MAX_UNPACKED_BYTES - unpacked;
        let mut bytes = Vec::new();
        file.take(room + 1)
            .read_to_end(&mut bytes)
            .map_err(|_| UploadError::BadZip)?;
        if bytes.len() as u64 > room {
            return Err(UploadError::ZipTooLarge {
                limit_mb: MAX_UNPACKED_BYTES >> 20,
            });
        }
        if bytes.len() as u64 > MAX_FILE_BYTES {
            return Err(UploadError::TooLarge {
                limit_kb: MAX_FILE_BYTES >> 10,
            });
        }
        unpacked += bytes.len() as u64;
        if std::str::from_utf8(&bytes).is_err() {
            return Err(UploadError::NotText { path });
        }
        out.push((path, bytes));
    }
    if out.is_empty() {
        return Err(UploadError::ZipEmpty);
    }
    let skipped = entries
        .iter()
        .filter(|(_, name, dir)| !dir && skipped_entry(name))
        .map(|(_, name, _)| name.clone())
        .collect();
    Ok((out, skipped))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for (name, bytes) in entries {
            if name.ends_with('/') {
                zip.add_directory(*name, options).unwrap();
            } else {
                zip.start_file(*name, options).unwrap();
                zip.write_all(bytes).unwrap();
            }
        }
        zip.finish().unwrap().into_inner()
    }

    #[test]
    fn only_the_two_folders_layouts_are_content_paths() {
        for ok in [
            "dialogues/main.yaml",
            "dialogues/new-topic.yml",
            "locales/ru/offer.ftl",
            "locales/kaa/menu.ftl",
        ] {
            assert_eq!(content_path(ok), Ok(ok.to_string()));
        }
        for bad in [
            "../dialogues/main.yaml",
            "dialogues/../main.yaml",
            "/etc/passwd.yaml",
            "dialogues//main.yaml",
            "dialogues/sub/main.yaml",
            "dialogues/.hidden.yaml",
            "dialogues/main.ftl",
            "locales/en/offer.ftl",
            "locales/ru/offer.yaml",
            "locales/ru/../../x.ftl",
            "locales\\ru\\offer.ftl",
            "C:/dialogues/main.yaml",
            "src/main.yaml",
            "dialogues/main yaml.yaml",
        ] {
            assert!(
                matches!(content_path(bad), Err(UploadError::BadPath { .. })),
                "{bad}"
            );
        }
    }

    #[test]
    fn upload_names_resolve_to_one_file_or_are_refused() {
        let mut live = Bundle::default();
        for lang in ["uz", "ru", "kaa"] {
            live.put(format!("locales/{lang}/offer.ftl"), b"x = y".to_vec());
        }
        live.put("locales/ru/only-ru.ftl".into(), b"x = y".to_vec());
        let r = |hint: &str| resolve_upload(hint, &live);
        assert_eq!(r("offer-rules.yaml").unwrap(), "dialogues/offer-rules.yaml");
        assert_eq!(r("ru/offer.ftl").unwrap(), "locales/ru/offer.ftl");
        assert_eq!(r("locales/uz/offer.ftl").unwrap(), "locales/uz/offer.ftl");
        assert_eq!(r("only-ru.ftl").unwrap(), "locales/ru/only-ru.ftl");
        assert!(matches!(r("offer.ftl"), Err(UploadError::Ambiguous { .. })));
        assert!(matches!(r("new.ftl"), Err(UploadError::Ambiguous { .. })));
        assert!(matches!(
            r("notes.pdf"),
            Err(UploadError::NotContent { .. })
        ));
        assert!(matches!(
            r("../../etc/x.yaml"),
            Err(UploadError::BadPath { .. })
        ));
        assert!(matches!(
            r("en/offer.ftl"),
            Err(UploadError::BadPath { .. })
        ));
        assert!(matches!(r("/tmp/x.yaml"), Err(UploadError::BadPath { .. })));
    }

    #[test]
    fn zips_unpack_with_one_enclosing_folder_and_skip_mac_and_readme_entries() {
        let bytes = zip_of(&[
            ("export/", b""),
            ("export/dialogues/", b""),
            ("export/dialogues/main.yaml", b"start: a"),
            ("export/dialogues/README.md", b"docs"),
            ("export/locales/ru/offer.ftl", b"a = b"),
            ("__MACOSX/export/._main.yaml", b"junk"),
        ]);
        // The Mac's folder is outside `export/`: the enclosing folder is still found without it.
        let (files, skipped) = unpack_zip(&bytes).unwrap();
        assert_eq!(
            files.iter().map(|(p, _)| p.as_str()).collect::<Vec<_>>(),
            ["dialogues/main.yaml", "locales/ru/offer.ftl"]
        );
        assert_eq!(skipped.len(), 2);
    }

    #[test]
    fn zips_with_traversal_links_or_other_files_are_refused() {
        let traversal = zip_of(&[("dialogues/../../../etc/cron.yaml", b"x")]);
        assert!(matches!(
            unpack_zip(&traversal),
            Err(UploadError::BadPath { .. })
        ));
        let skipped_traversal = zip_of(&[("dialogues/main.yaml", b"x"), ("../README.md", b"x")]);
        assert!(matches!(
            unpack_zip(&skipped_traversal),
            Err(UploadError::BadPath { .. })
        ));
        let absolute = zip_of(&[("/dialogues/main.yaml", b"x")]);
        assert!(matches!(
            unpack_zip(&absolute),
            Err(UploadError::BadPath { .. })
        ));
        let other = zip_of(&[("dialogues/run.sh", b"x")]);
        assert!(matches!(
            unpack_zip(&other),
            Err(UploadError::NotContent { .. })
        ));
        let elsewhere = zip_of(&[("src/main.yaml", b"x"), ("dialogues/a.yaml", b"x")]);
        assert!(matches!(
            unpack_zip(&elsewhere),
            Err(UploadError::BadPath { .. })
        ));
        let binary = zip_of(&[("dialogues/a.yaml", &[0xff, 0xfe, 0x00])]);
        assert!(matches!(
            unpack_zip(&binary),
            Err(UploadError::NotText { .. })
        ));
        assert_eq!(unpack_zip(b"not a zip"), Err(UploadError::BadZip));
        assert_eq!(
            unpack_zip(&zip_of(&[("README.md", b"x")])),
            Err(UploadError::ZipEmpty)
        );

        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default();
        zip.add_symlink("dialogues/main.yaml", "/etc/passwd", options)
            .unwrap();
        let link = zip.finish().unwrap().into_inner();
        assert!(matches!(
            unpack_zip(&link),
            Err(UploadError::ZipLink { .. })
        ));
    }

    #[test]
    fn zip_bombs_and_crowded_archives_are_refused() {
        // 17 MB of one repeated byte compresses to a few KB.
        let big = vec![b'a'; (MAX_UNPACKED_BYTES + 1024 * 1024) as usize];
        let bomb = zip_of(&[("dialogues/a.yaml", &big)]);
        assert!(bomb.len() < 100_000);
        assert!(matches!(
            unpack_zip(&bomb),
            Err(UploadError::ZipTooLarge { .. })
        ));
        // One file over the per-file limit, small in the archive.
        let one = vec![b'a'; (MAX_FILE_BYTES + 1) as usize];
        assert!(matches!(
            unpack_zip(&zip_of(&[("dialogues/a.yaml", &one)])),
            Err(UploadError::TooLarge { .. })
        ));
        let names: Vec<String> = (0..=MAX_ENTRIES)
            .map(|i| format!("dialogues/f{i}.yaml"))
            .collect();
        let many: Vec<(&str, &[u8])> = names.iter().map(|n| (n.as_str(), &b"x"[..])).collect();
        assert!(matches!(
            unpack_zip(&zip_of(&many)),
            Err(UploadError::ZipTooMany { .. })
        ));
    }

    #[test]
    fn a_bundle_round_trips_through_a_zip_and_installs_file_by_file() {
        let shipped = ContentPaths {
            dialogues: Path::new(env!("CARGO_MANIFEST_DIR")).join("dialogues"),
            locales: Path::new(env!("CARGO_MANIFEST_DIR")).join("locales"),
        };
        let live = Bundle::read(&shipped).unwrap();
        assert!(live.contains("dialogues/main.yaml"));
        assert!(live.contains("locales/kaa/offer.ftl"));
        assert!(!live.contains("dialogues/README.md"));
        assert_eq!(Bundle::from_zip(&live.to_zip()).unwrap(), live);

        let dir = tempfile::tempdir().unwrap();
        let paths = live.write_fresh(dir.path()).unwrap();
        assert_eq!(Bundle::read(&paths).unwrap(), live);
        let mut next = live.clone();
        next.put("dialogues/extra.yaml".into(), b"start: x".to_vec());
        next.files.remove("locales/ru/offer.ftl");
        next.put("locales/uz/menu.ftl".into(), b"changed = 1".to_vec());
        assert_eq!(
            next.changed_files(&live),
            [
                ('+', "dialogues/extra.yaml".to_string()),
                ('-', "locales/ru/offer.ftl".to_string()),
                ('~', "locales/uz/menu.ftl".to_string()),
            ]
        );
        next.install(&paths, &live).unwrap();
        assert_eq!(Bundle::read(&paths).unwrap(), next);
        // No temporary file is left behind.
        assert!(
            std::fs::read_dir(&paths.dialogues)
                .unwrap()
                .flatten()
                .all(|e| !e.file_name().to_string_lossy().starts_with('.'))
        );
    }
}
