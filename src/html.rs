//! Telegram HTML helpers: splitting long messages without breaking markup, and plain-text
//! rendering for the terminal.

/// Telegram's limit on one message's text.
pub const MAX_MESSAGE: usize = 4096;

fn units(s: &str) -> usize {
    // Telegram counts UTF-16 code units; counting the raw HTML (tags included) is conservative.
    utf16_len(s)
}

/// A text's length as Telegram counts it (UTF-16 code units).
pub fn utf16_len(s: &str) -> usize {
    s.encode_utf16().count()
}

/// Splits Telegram HTML into parts of at most `limit` UTF-16 units, preferring paragraph, then
/// line, then word boundaries, never inside a tag or an entity. Elements still open at a cut
/// are closed at the end of the part and reopened at the start of the next, so every part is
/// valid HTML on its own.
pub fn split_html(text: &str, limit: usize) -> Vec<String> {
    // Room for closing and reopening tags at a cut.
    let budget = limit.saturating_sub(200).max(limit / 2).max(1);
    let mut parts = Vec::new();
    let mut prefix = String::new();
    let mut rest = text;
    while units(&prefix) + units(rest) > limit {
        let cut = find_cut(rest, budget.saturating_sub(units(&prefix)).max(1));
        let (head, tail) = rest.split_at(cut.at);
        let mut part = format!("{prefix}{}", head.trim_end());
        let open = open_tags(&format!("{prefix}{head}"));
        for tag in open.iter().rev() {
            part.push_str(&format!("</{}>", tag.name));
        }
        parts.push(part);
        prefix = open.iter().map(|t| t.raw.as_str()).collect();
        rest = tail.trim_start();
    }
    let last = format!("{prefix}{rest}");
    if !last.trim().is_empty() || parts.is_empty() {
        parts.push(last);
    }
    parts
}

struct Cut {
    at: usize,
}

/// The best byte index to cut `s` at so the head fits in `budget` units.
fn find_cut(s: &str, budget: usize) -> Cut {
    let mut used = 0;
    let (mut para, mut line, mut word, mut any) = (None, None, None, None);
    let mut in_tag = false;
    let mut in_entity = false;
    let mut prev = '\0';
    for (i, c) in s.char_indices() {
        if !in_tag && !in_entity && i > 0 {
            any = Some(i);
            if c == '\n' && prev == '\n' {
                para = Some(i);
            } else if c == '\n' {
                line = Some(i);
            } else if c == ' ' {
                word = Some(i);
            }
        }
        used += c.len_utf16();
        if used > budget {
            break;
        }
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            '&' if !in_tag => in_entity = true,
            ';' => in_entity = false,
            c if in_entity && !(c.is_ascii_alphanumeric() || c == '#') => in_entity = false,
            _ => {}
        }
        prev = c;
    }
    let at = para.or(line).or(word).or(any).unwrap_or_else(|| {
        // Not even one character fits (a huge tag): cut after the first character.
        s.chars().next().map_or(s.len(), char::len_utf8)
    });
    Cut { at }
}

struct OpenTag {
    name: String,
    raw: String,
}

/// Elements opened and not yet closed at the end of `html`.
fn open_tags(html: &str) -> Vec<OpenTag> {
    let mut stack: Vec<OpenTag> = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        let Some(len) = rest[start..].find('>') else {
            break;
        };
        let raw = &rest[start..start + len + 1];
        let inner = &raw[1..raw.len() - 1];
        if let Some(name) = inner.strip_prefix('/') {
            let name = name.trim().to_ascii_lowercase();
            if let Some(i) = stack.iter().rposition(|t| t.name == name) {
                stack.truncate(i);
            }
        } else {
            let name: String = inner
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                .collect::<String>()
                .to_ascii_lowercase();
            if !name.is_empty() && !inner.ends_with('/') {
                stack.push(OpenTag {
                    name,
                    raw: raw.to_string(),
                });
            }
        }
        rest = &rest[start + len + 1..];
    }
    stack
}

/// Tags Telegram's HTML parse mode accepts.
const ALLOWED_TAGS: &[&str] = &[
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "a",
    "code",
    "pre",
    "tg-spoiler",
    "span",
    "blockquote",
    "tg-emoji",
];

/// Checks that `html` is something Telegram will accept: only its tags, balanced, and `&`
/// and `<` only as markup. Returns a description of the first problem.
pub fn validate(html: &str) -> Result<(), String> {
    let mut stack: Vec<String> = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find(['<', '&']) {
        let tail = &rest[i..];
        if let Some(after) = tail.strip_prefix('&') {
            let entity_len = after.find(';').filter(|&n| {
                n > 0
                    && n <= 10
                    && after[..n]
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '#')
            });
            match entity_len {
                Some(n) => {
                    let entity = &after[..n];
                    if !is_telegram_entity(entity) {
                        return Err(format!(
                            "`&{entity};` is not an entity Telegram knows: write the character \
                             itself (for `&nbsp;` a no-break space), or use &lt; &gt; &amp; &quot;"
                        ));
                    }
                    rest = &after[n + 1..];
                }
                None => return Err("a bare `&`: write `&amp;` instead".into()),
            }
            continue;
        }
        let Some(end) = tail.find('>') else {
            return Err("a bare `<`: write `&lt;` instead".into());
        };
        let inner = &tail[1..end];
        let (closing, body) = match inner.strip_prefix('/') {
            Some(b) => (true, b),
            None => (false, inner),
        };
        let name: String = body
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect::<String>()
            .to_ascii_lowercase();
        if !ALLOWED_TAGS.contains(&name.as_str()) {
            return Err(format!(
                "`<{inner}>` is not a tag Telegram allows: use <b>, <i>, <u>, <s>, <a href=\"…\">, <code> or <pre>; for a literal `<` write `&lt;`"
            ));
        }
        if name == "span" && !closing && !body.contains("class=\"tg-spoiler\"") {
            return Err(
                "`<span>` needs class=\"tg-spoiler\" (Telegram allows no other span): \
                 write <span class=\"tg-spoiler\">…</span> or <tg-spoiler>…</tg-spoiler>"
                    .into(),
            );
        }
        if closing {
            if stack.pop().as_deref() != Some(name.as_str()) {
                return Err(format!("`</{name}>` closes a tag that is not open"));
            }
        } else {
            stack.push(name);
        }
        rest = &tail[end + 1..];
    }
    match stack.pop() {
        Some(open) => Err(format!("`<{open}>` is never closed: add `</{open}>`")),
        None => Ok(()),
    }
}

/// The named entities Telegram's HTML knows, and numeric ones (`&#8212;`, `&#x2014;`).
fn is_telegram_entity(entity: &str) -> bool {
    match entity.strip_prefix('#') {
        Some(n) => match n.strip_prefix(['x', 'X']) {
            Some(hex) => !hex.is_empty() && hex.chars().all(|c| c.is_ascii_hexdigit()),
            None => !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()),
        },
        None => matches!(entity, "lt" | "gt" | "amp" | "quot"),
    }
}

/// Telegram HTML to plain text for the terminal: tags dropped, entities decoded.
pub fn to_plain(html: &str) -> String {
    // Most button labels have neither tags nor entities.
    if !html.contains(['<', '&']) {
        return html.to_string();
    }
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    if !out.contains('&') {
        return out;
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_text_is_one_part() {
        assert_eq!(split_html("salom", MAX_MESSAGE), ["salom"]);
    }

    #[test]
    fn long_text_splits_at_paragraphs_within_the_limit() {
        let para = "a".repeat(3000);
        let text = format!("{para}\n\n{para}\n\n{para}");
        let parts = split_html(&text, MAX_MESSAGE);
        assert_eq!(parts.len(), 3);
        assert!(parts.iter().all(|p| units(p) <= MAX_MESSAGE));
        assert_eq!(parts.concat(), "a".repeat(9000));
    }

    #[test]
    fn nothing_is_lost_and_no_part_is_too_long() {
        let text: String = (0..2000).map(|i| format!("so'z{i} ")).collect();
        let parts = split_html(&text, 500);
        assert!(
            parts.iter().all(|p| units(p) <= 500),
            "{:?}",
            parts.iter().map(|p| units(p)).collect::<Vec<_>>()
        );
        let rejoined: Vec<&str> = parts.iter().flat_map(|p| p.split_whitespace()).collect();
        let original: Vec<&str> = text.split_whitespace().collect();
        assert_eq!(rejoined, original);
    }

    #[test]
    fn open_elements_are_closed_and_reopened_across_a_cut() {
        let text = format!("<b>{}</b>", "word ".repeat(300));
        let parts = split_html(&text, 600);
        assert!(parts.len() > 1);
        for p in &parts {
            assert!(p.starts_with("<b>"), "{p}");
            assert!(p.ends_with("</b>"), "{p}");
            assert!(units(p) <= 600);
        }
    }

    #[test]
    fn never_cuts_inside_an_entity_or_a_tag() {
        let text = "&amp;".repeat(1000);
        for p in split_html(&text, 333) {
            assert!(p.starts_with('&') && p.ends_with(';'), "{p}");
        }
        let text = "<a href=\"https://example.org/x\">x</a> ".repeat(200);
        for p in split_html(&text, 300) {
            assert_eq!(p.matches('<').count(), p.matches('>').count(), "{p}");
        }
    }

    #[test]
    fn validates_what_telegram_accepts() {
        assert_eq!(validate("<b>Salom</b> &amp; <i>x</i> &#39; &lt;"), Ok(()));
        assert!(validate("5 < 6").is_err());
        assert!(validate("Tom & Jerry").is_err());
        assert!(validate("<b>open").is_err());
        assert!(validate("<script>x</script>").is_err());
        assert!(validate("<b><i>x</b></i>").is_err());
    }

    #[test]
    fn plain_text_for_the_terminal() {
        assert_eq!(to_plain("<b>Salom</b> &lt;3 &amp; bye"), "Salom <3 & bye");
    }
}
