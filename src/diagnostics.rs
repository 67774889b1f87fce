//! Problems found in NGO-edited files, reported the way compilers do: `path:line:col: what and
//! how to fix`, so an editor can jump straight to the spot.

use std::fmt;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// A position in a file, 1-based. `0:0` means "the file as a whole".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Pos {
    pub line: u64,
    pub col: u64,
}

impl Pos {
    pub const FILE: Pos = Pos { line: 0, col: 0 };

    pub fn new(line: u64, col: u64) -> Pos {
        Pos { line, col }
    }

    /// Position of byte `offset` in `text`.
    pub fn of_offset(text: &str, offset: usize) -> Pos {
        let offset = offset.min(text.len());
        let before = &text[..text.floor_char_boundary(offset)];
        let line = before.matches('\n').count() as u64 + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let col = before[line_start..].chars().count() as u64 + 1;
        Pos { line, col }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub path: PathBuf,
    pub pos: Pos,
    pub message: String,
}

impl Diagnostic {
    pub fn error(path: &Path, pos: Pos, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            path: path.to_path_buf(),
            pos,
            message: message.into(),
        }
    }

    pub fn warning(path: &Path, pos: Pos, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(path, pos, message)
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let path = self.path.display();
        if self.pos == Pos::FILE {
            write!(f, "{path}: {kind}: {}", self.message)
        } else {
            let Pos { line, col } = self.pos;
            write!(f, "{path}:{line}:{col}: {kind}: {}", self.message)
        }
    }
}

/// Where a YAML parser error is (the whole file if the parser does not say).
pub fn yaml_pos(e: &serde_saphyr::Error) -> Pos {
    e.location()
        .map(|l| Pos::new(l.line(), l.column()))
        .unwrap_or(Pos::FILE)
}

/// A YAML parser error's message without its position (diagnostics print the position
/// themselves): serde-saphyr starts with "error: line X column Y: " or ends with
/// " at line X, column Y".
pub fn yaml_message(e: &serde_saphyr::Error) -> String {
    let full = e.to_string();
    let first = full.lines().next().unwrap_or_default().trim();
    let mut message = first.strip_prefix("error:").unwrap_or(first).trim();
    if message.starts_with("line ")
        && let Some(i) = message.find(": ")
    {
        message = &message[i + 2..];
    }
    if let Some(i) = message.rfind(" at line ") {
        message = &message[..i];
    }
    message.to_string()
}

/// Collected problems of one load, errors and warnings together.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    pub fn push(&mut self, d: Diagnostic) {
        self.0.push(d);
    }

    pub fn error(&mut self, path: &Path, pos: Pos, message: impl Into<String>) {
        self.push(Diagnostic::error(path, pos, message));
    }

    pub fn warning(&mut self, path: &Path, pos: Pos, message: impl Into<String>) {
        self.push(Diagnostic::warning(path, pos, message));
    }

    pub fn has_errors(&self) -> bool {
        self.0.iter().any(Diagnostic::is_error)
    }

    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.0.iter().filter(|d| d.is_error())
    }

    pub fn warnings(&self) -> impl Iterator<Item = &Diagnostic> {
        self.0.iter().filter(|d| !d.is_error())
    }

    /// Sorted by file and position, so output is stable and reads top to bottom.
    pub fn sorted(mut self) -> Self {
        self.0
            .sort_by(|a, b| (&a.path, a.pos, &a.message).cmp(&(&b.path, b.pos, &b.message)));
        self
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for d in &self.0 {
            writeln!(f, "{d}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_become_one_based_line_and_column() {
        let text = "ab\ncdé\nf";
        assert_eq!(Pos::of_offset(text, 0), Pos::new(1, 1));
        assert_eq!(Pos::of_offset(text, 4), Pos::new(2, 2));
        // the column counts characters, not bytes
        assert_eq!(Pos::of_offset(text, 8), Pos::new(3, 1));
    }

    #[test]
    fn display_is_path_line_col() {
        let d = Diagnostic::error(Path::new("dialogues/main.yaml"), Pos::new(3, 7), "bad");
        assert_eq!(d.to_string(), "dialogues/main.yaml:3:7: error: bad");
    }
}
