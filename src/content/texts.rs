//! The one text facade: every user-visible string comes from Fluent files under `locales/`.
//!
//! Layout: `locales/<lang>/<feature>.ftl`, the same file names in every language, message ids
//! prefixed by feature (`menu-…`, `lang-…`). A missing message falls back along
//! [`Lang::fallback_chain`] and, as a last resort, shows its id; it is logged, never a panic.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;

use crate::core::output::{Arg, Msg};
use crate::diagnostics::{Diagnostics, Pos};
use crate::html;
use crate::lang::Lang;
use crate::translit::{Exceptions, Variant, transliterate};

type Bundle = FluentBundle<FluentResource>;

/// Longer messages are reported as warnings by `safar check`.
pub const MAX_MESSAGE_CHARS: usize = 700;

/// The comment that says how far a language's texts have been reviewed, e.g.
/// `# Review status: drafted, awaiting native-speaker review`.
const REVIEW_STATUS: &str = "# Review status:";

/// Where a message is defined.
#[derive(Debug, Clone)]
pub struct KeyLocation {
    pub path: PathBuf,
    pub pos: Pos,
}

pub struct Texts {
    bundles: HashMap<Lang, Bundle>,
    /// Message ids per language, with where each is defined.
    keys: HashMap<Lang, BTreeMap<String, KeyLocation>>,
    /// Spellings for the generated Cyrillic variants that rules cannot restore.
    translit: Exceptions,
    /// Review statuses noted in each language's files (see [`REVIEW_STATUS`]).
    review: BTreeMap<Lang, BTreeSet<String>>,
    /// Messages without arguments, rendered once per language: the same few (the language
    /// picker, menus, button labels) are most of what is sent, and a Cyrillic variant costs a
    /// transliteration each time. Dropped with the texts when the content is reloaded.
    plain: std::sync::RwLock<HashMap<(Lang, String), String>>,
}

/// Renders kept in [`Texts::plain`] at most (the content's messages × languages fit).
const PLAIN_CACHE_MAX: usize = 8192;

impl std::fmt::Debug for Texts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Texts")
            .field("keys", &self.key_count())
            .finish()
    }
}

impl Texts {
    /// Loads `dir/<lang>/*.ftl` for every language. Problems go to `diags`; `None` on errors.
    pub fn load_dir(dir: &Path, diags: &mut Diagnostics) -> Option<Texts> {
        let before = diags.errors().count();
        let mut sources: Vec<(Lang, PathBuf, String)> = Vec::new();
        let mut file_names: BTreeMap<Lang, BTreeSet<String>> = BTreeMap::new();
        for lang in Lang::AUTHORED {
            let lang_dir = dir.join(lang.code());
            let entries = match std::fs::read_dir(&lang_dir) {
                Ok(entries) => entries,
                Err(e) => {
                    diags.error(
                        &lang_dir,
                        Pos::FILE,
                        format!(
                            "cannot read the texts folder for `{lang}` ({e}); \
                             every language needs its own folder under {}",
                            dir.display()
                        ),
                    );
                    continue;
                }
            };
            let mut paths: Vec<PathBuf> = entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
                .collect();
            paths.sort();
            for path in paths {
                let name = path
                    .file_name()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .to_string();
                file_names.entry(lang).or_default().insert(name);
                match std::fs::read_to_string(&path) {
                    Ok(text) => sources.push((lang, path, text)),
                    Err(e) => diags.error(&path, Pos::FILE, format!("cannot read the file: {e}")),
                }
            }
        }
        // The same file names in every language, so translators can find each other's text.
        let all_names: BTreeSet<String> = file_names.values().flatten().cloned().collect();
        for lang in Lang::AUTHORED {
            let have = file_names.get(&lang).cloned().unwrap_or_default();
            for name in all_names.difference(&have) {
                let path = dir.join(lang.code()).join(name);
                diags.error(
                    &path,
                    Pos::FILE,
                    format!(
                        "this file is missing: every language has the same .ftl files; \
                         copy {name} from another language's folder and translate it"
                    ),
                );
            }
        }
        // Coverage and markup are checked even after syntax errors, so an editor sees every
        // problem in one run.
        let texts = Texts::build(&sources, diags);
        texts.check_coverage(diags);
        texts.check_html(diags);
        (diags.errors().count() == before).then_some(texts)
    }

    /// Builds the bundles from (language, path, text) triples; `None` if any has an error.
    pub fn from_sources(
        sources: &[(Lang, PathBuf, String)],
        diags: &mut Diagnostics,
    ) -> Option<Texts> {
        let before = diags.errors().count();
        let texts = Texts::build(sources, diags);
        (diags.errors().count() == before).then_some(texts)
    }

    /// Builds the bundles from what parses, reporting every problem.
    fn build(sources: &[(Lang, PathBuf, String)], diags: &mut Diagnostics) -> Texts {
        let mut bundles = HashMap::new();
        let mut keys: HashMap<Lang, BTreeMap<String, KeyLocation>> = HashMap::new();
        for lang in Lang::AUTHORED {
            let mut bundle = Bundle::new_concurrent(vec![locale_of(lang)]);
            // Telegram shows the Unicode isolation marks as boxes on some phones.
            bundle.set_use_isolating(false);
            bundle.set_formatter(Some(protect_value));
            bundles.insert(lang, bundle);
            keys.insert(lang, BTreeMap::new());
        }
        let mut uses: Vec<Use> = Vec::new();
        let mut terms: HashMap<Lang, BTreeSet<String>> = HashMap::new();
        for (lang, path, text) in sources {
            let resource = match FluentResource::try_new(text.clone()) {
                Ok(r) => r,
                Err((r, errors)) => {
                    for e in errors {
                        diags.error(
                            path,
                            // The entry's start reads better than the end of input.
                            Pos::of_offset(text, e.slice.map_or(e.pos.start, |s| s.start)),
                            format!(
                                "Fluent syntax error: {}; each message is `id = text` with \
                                 continuation lines indented",
                                e.kind
                            ),
                        );
                    }
                    r
                }
            };
            let lang_keys = keys.get_mut(lang).expect("every language has a key map");
            for entry in resource.entries() {
                if let ast::Entry::Message(m) = entry {
                    let id = m.id.name.to_string();
                    let pos = Pos::of_offset(text, offset_in(resource.source(), m.id.name));
                    if m.value.is_none() {
                        diags.error(
                            path,
                            pos,
                            format!("message `{id}` has no text: write `{id} = …`"),
                        );
                    }
                    if let Some(prev) = lang_keys.get(&id) {
                        diags.error(
                            path,
                            pos,
                            format!(
                                "message `{id}` is defined twice (also at {}:{}:{}): keep one",
                                prev.path.display(),
                                prev.pos.line,
                                prev.pos.col
                            ),
                        );
                        continue;
                    }
                    lang_keys.insert(
                        id,
                        KeyLocation {
                            path: path.clone(),
                            pos,
                        },
                    );
                }
            }
            for entry in resource.entries() {
                match entry {
                    ast::Entry::Message(m) => {
                        let mut found = Vec::new();
                        if let Some(value) = &m.value {
                            references_in(value, &mut found);
                        }
                        for (r, name) in found {
                            let pos = Pos::of_offset(text, offset_in(resource.source(), name));
                            uses.push(Use {
                                lang: *lang,
                                key: m.id.name.to_string(),
                                what: r,
                                name: name.to_string(),
                                path: path.clone(),
                                pos,
                            });
                        }
                    }
                    ast::Entry::Term(t) => {
                        terms
                            .entry(*lang)
                            .or_default()
                            .insert(t.id.name.to_string());
                    }
                    _ => {}
                }
            }
            let bundle = bundles.get_mut(lang).expect("every language has a bundle");
            // Duplicates were reported above with positions; keep the first definition.
            let _ = bundle.add_resource(resource);
        }
        check_uses(&uses, &keys, &terms, diags);
        let mut review: BTreeMap<Lang, BTreeSet<String>> = BTreeMap::new();
        for (lang, _, text) in sources {
            let status = text
                .lines()
                .find_map(|l| l.strip_prefix(REVIEW_STATUS))
                .map(|s| s.trim().to_string())
                .unwrap_or_else(|| "not noted".to_string());
            review.entry(*lang).or_default().insert(status);
        }
        Texts {
            bundles,
            keys,
            translit: Exceptions::builtin().clone(),
            review,
            plain: Default::default(),
        }
    }

    /// Every message must exist in every language: a missing translation is an error at the
    /// place where the message exists, naming the language that lacks it.
    fn check_coverage(&self, diags: &mut Diagnostics) {
        let mut all: BTreeMap<&str, &KeyLocation> = BTreeMap::new();
        for lang in Lang::AUTHORED {
            for (key, at) in &self.keys[&lang] {
                all.entry(key.as_str()).or_insert(at);
            }
        }
        for (key, at) in all {
            for lang in Lang::AUTHORED {
                if !self.keys[&lang].contains_key(key) {
                    let file = at.path.file_name().unwrap_or_default().to_string_lossy();
                    diags.error(
                        &at.path,
                        at.pos,
                        format!(
                            "message `{key}` has no `{lang}` translation: add it to \
                             locales/{lang}/{file}"
                        ),
                    );
                }
            }
        }
    }

    /// Every message must be HTML Telegram accepts, or sending it would fail.
    fn check_html(&self, diags: &mut Diagnostics) {
        for lang in Lang::AUTHORED {
            let bundle = &self.bundles[&lang];
            for (key, at) in &self.keys[&lang] {
                let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
                    continue;
                };
                let mut errors = Vec::new();
                let text = unprotect(&bundle.format_pattern(pattern, None, &mut errors));
                if let Err(problem) = html::validate(&text) {
                    diags.error(&at.path, at.pos, format!("message `{key}`: {problem}"));
                }
                let length = html::to_plain(&text).chars().count();
                if length > MAX_MESSAGE_CHARS {
                    diags.warning(
                        &at.path,
                        at.pos,
                        format!(
                            "message `{key}` is {length} characters: keep a message under \
                             {MAX_MESSAGE_CHARS} so it reads on a phone in under a minute \
                             (split it into two nodes)"
                        ),
                    );
                }
            }
        }
    }

    /// The review statuses noted in `lang`'s files (`# Review status: …`), for `safar check`.
    pub fn review_status(&self, lang: Lang) -> Vec<&str> {
        self.review
            .get(&lang)
            .map(|s| s.iter().map(String::as_str).collect())
            .unwrap_or_default()
    }

    pub fn has(&self, lang: Lang, key: &str) -> bool {
        self.keys.get(&lang).is_some_and(|k| k.contains_key(key))
    }

    /// Where `key` is defined in any language (for pointing at it in diagnostics).
    /// The message ids defined in `lang`, with where each is.
    pub fn ids(&self, lang: Lang) -> impl Iterator<Item = (&str, &KeyLocation)> {
        self.keys
            .get(&lang)
            .into_iter()
            .flatten()
            .map(|(k, at)| (k.as_str(), at))
    }

    pub fn location(&self, key: &str) -> Option<&KeyLocation> {
        Lang::AUTHORED.iter().find_map(|l| self.keys[l].get(key))
    }

    pub fn key_count(&self) -> usize {
        let all: BTreeSet<&String> = self.keys.values().flat_map(|k| k.keys()).collect();
        all.len()
    }

    pub fn key_count_in(&self, lang: Lang) -> usize {
        self.keys.get(&lang).map_or(0, BTreeMap::len)
    }

    /// Renders `msg` in `lang` (or the message's own language), falling back along the chain.
    /// Text arguments are HTML-escaped: the result is Telegram HTML.
    pub fn render(&self, lang: Lang, msg: &Msg) -> String {
        let lang = msg.lang.unwrap_or(lang);
        if !msg.args.is_empty() {
            return self.render_uncached(lang, msg);
        }
        let cache_key = (lang, msg.key.to_string());
        if let Some(hit) = self.plain.read().expect("plain").get(&cache_key) {
            return hit.clone();
        }
        let text = self.render_uncached(lang, msg);
        let mut plain = self.plain.write().expect("plain");
        if plain.len() < PLAIN_CACHE_MAX {
            plain.insert(cache_key, text.clone());
        }
        text
    }

    fn render_uncached(&self, lang: Lang, msg: &Msg) -> String {
        if lang.is_generated_cyrillic() {
            return self.render_cyrillic(lang, msg);
        }
        let mut args = FluentArgs::new();
        for (name, value) in &msg.args {
            match value {
                Arg::Text(s) => args.set(*name, FluentValue::from(escape_html(s))),
                Arg::Html(s) => args.set(*name, FluentValue::from(s.clone())),
                Arg::Number(n) => args.set(*name, FluentValue::from(*n)),
            }
        }
        self.format(lang, msg, &args)
    }

    /// A Cyrillic variant: the authored Latin text, transliterated. Text arguments (user
    /// content such as an offer's words) stay exactly as given: Fluent sees their real values
    /// (so selectors such as `{ $priority -> [urgent] … }` choose the right variant), and where
    /// one is printed it is written protected (see [`protect_value`]) through transliteration.
    fn render_cyrillic(&self, lang: Lang, msg: &Msg) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in &msg.args {
            match value {
                Arg::Text(s) => args.set(*name, FluentValue::from(escape_html(s))),
                Arg::Html(s) => args.set(*name, FluentValue::from(s.clone())),
                Arg::Number(n) => args.set(*name, FluentValue::from(*n)),
            }
        }
        let latin = self.format_protected(lang, msg, &args);
        let (from, to) = match lang.authored() {
            Lang::Kaa => (Variant::KaaLatn, Variant::KaaCyrl),
            _ => (Variant::UzLatn, Variant::UzCyrl),
        };
        let text = transliterate(&latin, from, to, &self.translit).unwrap_or(latin);
        unprotect(&text)
    }

    /// Formats in the first authored language along `lang`'s fallback chain that has the
    /// message; the message id itself (logged) if none has it.
    fn format(&self, lang: Lang, msg: &Msg, args: &FluentArgs) -> String {
        unprotect(&self.format_protected(lang, msg, args))
    }

    /// [`Texts::format`] with the text arguments still protected.
    fn format_protected(&self, lang: Lang, msg: &Msg, args: &FluentArgs) -> String {
        for candidate in lang.fallback_chain() {
            let bundle = &self.bundles[candidate];
            let Some(pattern) = bundle.get_message(&msg.key).and_then(|m| m.value()) else {
                continue;
            };
            if *candidate != lang.authored() {
                tracing::warn!(key = %msg.key, %lang, fallback = %candidate, "text missing, using fallback language");
            }
            let mut errors = Vec::new();
            // `write_pattern`, not `format_pattern`: the latter passes the whole message through
            // the formatter (`protect_value`) as if it were an argument.
            let mut text = String::new();
            let _ = bundle.write_pattern(&mut text, pattern, Some(args), &mut errors);
            if !errors.is_empty() {
                tracing::warn!(key = %msg.key, lang = %candidate, ?errors, "text formatted with errors");
            }
            return text;
        }
        tracing::error!(key = %msg.key, %lang, "text missing in every language");
        escape_html(&msg.key)
    }

    /// Uses `exceptions` for the generated Cyrillic variants.
    pub fn set_transliteration(&mut self, exceptions: Exceptions) {
        self.translit = exceptions;
        self.plain.get_mut().expect("plain").clear();
    }

    /// Shortcut for a message without arguments.
    pub fn get(&self, lang: Lang, key: &'static str) -> String {
        self.render(lang, &Msg::new(key))
    }
}

/// What a message refers to: a variable, another message, a term.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ref {
    Variable,
    Message,
    Term,
}

/// One reference in one language's text of a message, with where it is written.
struct Use {
    lang: Lang,
    key: String,
    what: Ref,
    name: String,
    path: PathBuf,
    pos: Pos,
}

/// The variables, messages and terms a pattern refers to (names are slices of the source).
fn references_in<'s>(pattern: &ast::Pattern<&'s str>, out: &mut Vec<(Ref, &'s str)>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            references_in_expression(expression, out);
        }
    }
}

fn references_in_expression<'s>(e: &ast::Expression<&'s str>, out: &mut Vec<(Ref, &'s str)>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            references_in_inline(selector, out);
            for v in variants {
                references_in(&v.value, out);
            }
        }
        ast::Expression::Inline(inline) => references_in_inline(inline, out),
    }
}

fn references_in_inline<'s>(e: &ast::InlineExpression<&'s str>, out: &mut Vec<(Ref, &'s str)>) {
    match e {
        ast::InlineExpression::VariableReference { id } => out.push((Ref::Variable, id.name)),
        ast::InlineExpression::MessageReference { id, .. } => out.push((Ref::Message, id.name)),
        ast::InlineExpression::TermReference { id, arguments, .. } => {
            out.push((Ref::Term, id.name));
            if let Some(args) = arguments {
                for a in &args.positional {
                    references_in_inline(a, out);
                }
            }
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                references_in_inline(a, out);
            }
            for a in &arguments.named {
                references_in_inline(&a.value, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => {
            references_in_expression(expression, out);
        }
        ast::InlineExpression::StringLiteral { .. }
        | ast::InlineExpression::NumberLiteral { .. } => {}
    }
}

/// A reference to a message or term that does not exist is an error (the user would see
/// `{ name }`); so is a variable only one language's text of a message uses, when other
/// languages have that message (a typo such as `{ $cse }`: the code never passes it).
fn check_uses(
    uses: &[Use],
    keys: &HashMap<Lang, BTreeMap<String, KeyLocation>>,
    terms: &HashMap<Lang, BTreeSet<String>>,
    diags: &mut Diagnostics,
) {
    let mut variables: HashMap<&str, HashMap<Lang, BTreeSet<&str>>> = HashMap::new();
    for u in uses.iter().filter(|u| u.what == Ref::Variable) {
        variables
            .entry(u.key.as_str())
            .or_default()
            .entry(u.lang)
            .or_default()
            .insert(u.name.as_str());
    }
    for u in uses {
        match u.what {
            Ref::Message if !keys[&u.lang].contains_key(&u.name) => diags.error(
                &u.path,
                u.pos,
                format!(
                    "message `{}` refers to `{{ {} }}`, which is not a message in {}",
                    u.key, u.name, u.lang
                ),
            ),
            Ref::Term if !terms.get(&u.lang).is_some_and(|t| t.contains(&u.name)) => diags.error(
                &u.path,
                u.pos,
                format!(
                    "message `{}` refers to the term `{{ -{} }}`, which is not defined in {}",
                    u.key, u.name, u.lang
                ),
            ),
            Ref::Variable => {
                let by_lang = &variables[u.key.as_str()];
                let others: Vec<&BTreeSet<&str>> = Lang::AUTHORED
                    .iter()
                    .filter(|l| **l != u.lang && keys[l].contains_key(&u.key))
                    .map(|l| by_lang.get(l).unwrap_or(&EMPTY))
                    .collect();
                if !others.is_empty() && others.iter().all(|vars| !vars.contains(u.name.as_str())) {
                    let known: BTreeSet<&str> =
                        others.iter().flat_map(|v| v.iter().copied()).collect();
                    let known: Vec<String> = known.iter().map(|v| format!("${v}")).collect();
                    diags.error(
                        &u.path,
                        u.pos,
                        format!(
                            "message `{}` uses `${}`, which its text in no other language uses \
                             (they use: {}): a typo? the bot never passes it",
                            u.key,
                            u.name,
                            if known.is_empty() {
                                "none".to_string()
                            } else {
                                known.join(", ")
                            }
                        ),
                    );
                }
            }
            Ref::Message | Ref::Term => {}
        }
    }
}

static EMPTY: BTreeSet<&str> = BTreeSet::new();

/// Start and end of a protected argument; its bytes are the private-use characters
/// `PROTECTED_BYTE + byte` in between. Transliteration leaves private-use characters alone.
const PROTECT_START: char = '\u{E000}';
const PROTECT_END: char = '\u{E001}';
const PROTECTED_BYTE: u32 = 0xE100;

/// Fluent's formatter for a value written into a message: a string argument is written
/// protected, so that transliterating the message leaves it exactly as given; numbers are
/// written as usual. [`unprotect`] restores the text.
fn protect_value<M>(value: &FluentValue, _: &M) -> Option<String> {
    let FluentValue::String(s) = value else {
        return None;
    };
    // Fluent may format a value, then write the result: protect once.
    if s.starts_with(PROTECT_START) {
        return None;
    }
    let mut out = String::with_capacity(s.len() * 3 + 6);
    out.push(PROTECT_START);
    for b in s.bytes() {
        out.push(char::from_u32(PROTECTED_BYTE + u32::from(b)).expect("a private-use character"));
    }
    out.push(PROTECT_END);
    Some(out)
}

/// Restores the arguments [`protect_value`] wrote.
fn unprotect(text: &str) -> String {
    if !text.contains(PROTECT_START) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut bytes: Vec<u8> = Vec::new();
    let mut inside = false;
    for c in text.chars() {
        match c {
            PROTECT_START => {
                inside = true;
                bytes.clear();
            }
            PROTECT_END if inside => {
                inside = false;
                out.push_str(&String::from_utf8_lossy(&bytes));
            }
            c if inside => {
                let byte = u32::from(c).wrapping_sub(PROTECTED_BYTE);
                if let Ok(b) = u8::try_from(byte) {
                    bytes.push(b);
                }
            }
            c => out.push(c),
        }
    }
    out
}

/// Byte offset of `part` inside `whole` (a slice of it, as Fluent's AST hands out).
fn offset_in(whole: &str, part: &str) -> usize {
    let start = whole.as_ptr() as usize;
    let p = part.as_ptr() as usize;
    if p >= start && p <= start + whole.len() {
        p - start
    } else {
        0
    }
}

fn locale_of(lang: Lang) -> unic_langid::LanguageIdentifier {
    lang.code()
        .parse()
        .expect("language codes are valid identifiers")
}

/// Escapes text for Telegram's HTML parse mode.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(files: &[(Lang, &str)]) -> (Option<Texts>, Diagnostics) {
        let sources: Vec<_> = files
            .iter()
            .map(|(l, t)| {
                (
                    *l,
                    PathBuf::from(format!("locales/{l}/common.ftl")),
                    t.to_string(),
                )
            })
            .collect();
        let mut diags = Diagnostics::default();
        let texts = Texts::from_sources(&sources, &mut diags);
        if let Some(t) = &texts {
            t.check_coverage(&mut diags);
        }
        (texts, diags)
    }

    #[test]
    fn renders_with_escaped_arguments_and_no_isolation_marks() {
        let (t, _) = texts(&[(Lang::Uz, "hi = Salom, { $name }!\n")]);
        let t = t.unwrap();
        let msg = Msg::new("hi").arg("name", Arg::Text("<b>Ali</b>".into()));
        assert_eq!(t.render(Lang::Uz, &msg), "Salom, &lt;b&gt;Ali&lt;/b&gt;!");
    }

    #[test]
    fn missing_text_falls_back_along_the_chain_then_shows_the_key() {
        let (t, _) = texts(&[
            (Lang::Uz, "only-uz = uz text\n"),
            (Lang::Ru, "only-ru = ru text\n"),
        ]);
        let t = t.unwrap();
        assert_eq!(t.get(Lang::Kaa, "only-uz"), "uz text");
        assert_eq!(t.get(Lang::Kaa, "only-ru"), "ru text");
        assert_eq!(t.get(Lang::Ru, "nowhere"), "nowhere");
    }

    #[test]
    fn missing_translation_is_reported_where_the_key_exists() {
        let (_, diags) = texts(&[
            (Lang::Uz, "a = A\nb = B\n"),
            (Lang::Ru, "a = А\nb = Б\n"),
            (Lang::Kaa, "a = A\n"),
        ]);
        let d: Vec<_> = diags.errors().map(|d| d.to_string()).collect();
        assert_eq!(d.len(), 1, "{d:?}");
        assert!(d[0].starts_with("locales/uz/common.ftl:2:1:"), "{d:?}");
        assert!(d[0].contains("no `kaa` translation"), "{d:?}");
    }

    #[test]
    fn syntax_error_has_line_and_column() {
        let (t, diags) = texts(&[(Lang::Uz, "good = ok\nbad = { $x\n")]);
        assert!(t.is_none());
        let d = diags.errors().next().unwrap();
        assert_eq!(d.pos.line, 2, "{d}");
    }

    #[test]
    fn selectors_see_real_values_in_every_cyrillic_variant() {
        let (t, _) = texts(&[
            (
                Lang::Uz,
                "card = { $p ->\n    [urgent] shoshilinch\n    [high] yuqori\n   *[normal] oddiy\n} · { $risk ->\n    [none] yoʻq\n   *[other] xavf { $risk }\n}\n",
            ),
            (
                Lang::Kaa,
                "card = { $p ->\n    [urgent] shuǵıl\n    [high] joqarı\n   *[normal] ápiwayı\n} · { $risk ->\n    [none] joq\n   *[other] qáwip { $risk }\n}\n",
            ),
        ]);
        let t = t.unwrap();
        let card = |lang, p: &str, risk: &str| {
            t.render(
                lang,
                &Msg::new("card")
                    .arg("p", Arg::Text(p.into()))
                    .arg("risk", Arg::Text(risk.into())),
            )
        };
        for (lang, expect) in [
            (
                Lang::UzCyrl,
                [
                    ("urgent", "none", "шошилинч · йўқ"),
                    ("high", "none", "юқори · йўқ"),
                    ("normal", "none", "оддий · йўқ"),
                    ("urgent", "high", "шошилинч · хавф high"),
                ],
            ),
            (
                Lang::KaaCyrl,
                [
                    ("urgent", "none", "шуғыл · жоқ"),
                    ("high", "none", "жоқары · жоқ"),
                    ("normal", "none", "әпиўайы · жоқ"),
                    ("urgent", "high", "шуғыл · қәўип high"),
                ],
            ),
        ] {
            for (p, risk, want) in expect {
                assert_eq!(card(lang, p, risk), want, "{lang} {p} {risk}");
            }
        }
    }

    #[test]
    fn cyrillic_variants_are_transliterated_but_arguments_stay_as_given() {
        let (t, _) = texts(&[
            (
                Lang::Uz,
                "hi = Salom, { $name }! Pasportingiz oʻzingizda qolsin.\n",
            ),
            (Lang::Kaa, "hi = Sálem, { $name }!\n"),
        ]);
        let t = t.unwrap();
        let msg = Msg::new("hi").arg("name", Arg::Text("Ali <3".into()));
        assert_eq!(
            t.render(Lang::UzCyrl, &msg),
            "Салом, Ali &lt;3! Паспортингиз ўзингизда қолсин."
        );
        assert_eq!(t.render(Lang::KaaCyrl, &msg), "Сәлем, Ali &lt;3!");
    }

    #[test]
    fn long_messages_are_warned_about_and_review_status_is_read() {
        let long = "soʻz ".repeat(200);
        let src = format!("# Review status: checked by A. Karimov\nlong = {long}\nshort = ok\n");
        let (t, _) = texts(&[(Lang::Uz, &src)]);
        let t = t.unwrap();
        let mut diags = Diagnostics::default();
        t.check_html(&mut diags);
        let warnings: Vec<_> = diags.warnings().collect();
        assert_eq!(warnings.len(), 1, "{diags}");
        assert!(warnings[0].message.contains("`long`"), "{}", warnings[0]);
        assert!(!diags.has_errors());
        assert_eq!(t.review_status(Lang::Uz), ["checked by A. Karimov"]);
    }

    #[test]
    fn karakalpak_plurals_use_other() {
        let src = "n = { $n ->\n   *[other] { $n } kún\n}\n";
        let (t, _) = texts(&[(Lang::Kaa, src)]);
        let msg = Msg::new("n").arg("n", Arg::Number(3));
        assert_eq!(t.unwrap().render(Lang::Kaa, &msg), "3 kún");
    }
}
