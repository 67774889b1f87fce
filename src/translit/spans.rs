//! Splitting a Telegram HTML (or Fluent) text into what is converted and what is kept as it is:
//! HTML tags and entities, the contents of `<code>` and `<pre>`, Fluent placeables
//! (`{ $name }`; in a select expression only the variant texts are converted), URLs and bare
//! domains, @handles, /commands and e-mail addresses.

/// A piece of text: to convert, or to keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece<'a> {
    Convert(&'a str),
    Keep(&'a str),
}

/// Splits `text` into pieces; joined again they give `text` back.
pub fn split(text: &str) -> Vec<Piece<'_>> {
    let mut pieces = Vec::new();
    split_into(text, &mut pieces);
    pieces
}

fn push<'a>(pieces: &mut Vec<Piece<'a>>, piece: Piece<'a>) {
    let empty = match piece {
        Piece::Convert(s) | Piece::Keep(s) => s.is_empty(),
    };
    if !empty {
        pieces.push(piece);
    }
}

fn split_into<'a>(text: &'a str, pieces: &mut Vec<Piece<'a>>) {
    let bytes = text.as_bytes();
    let mut convert_from = 0;
    let mut i = 0;
    while i < text.len() {
        let b = bytes[i];
        if b == b'{'
            && let Some(end) = placeable(text, i, pieces, convert_from)
        {
            i = end;
            convert_from = end;
            continue;
        }
        let kept = match b {
            b'<' => tag(text, i),
            b'&' => entity(text, i),
            _ if at_token_start(text, i) => token(text, i),
            _ => None,
        };
        if let Some(end) = kept {
            push(pieces, Piece::Convert(&text[convert_from..i]));
            push(pieces, Piece::Keep(&text[i..end]));
            i = end;
            convert_from = end;
            continue;
        }
        i += text[i..].chars().next().map_or(1, char::len_utf8);
    }
    push(pieces, Piece::Convert(&text[convert_from..]));
}

fn at_token_start(text: &str, i: usize) -> bool {
    match text[..i].chars().next_back() {
        None => true,
        Some(p) => {
            p.is_whitespace()
                || matches!(
                    p,
                    '(' | '[' | '«' | '"' | '\'' | '„' | '“' | '‘' | '>' | ':' | ',' | ';'
                )
        }
    }
}

/// `<b>`, `</a>`, `<a href="…">`, `<!-- … -->`; `<code>…</code>` and `<pre>…</pre>` whole.
fn tag(text: &str, i: usize) -> Option<usize> {
    let rest = &text[i + 1..];
    let first = rest.chars().next()?;
    if !(first.is_ascii_alphabetic() || first == '/' || first == '!') {
        return None;
    }
    let end = i + 1 + rest.find('>')? + 1;
    let name: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect::<String>()
        .to_ascii_lowercase();
    if name == "code" || name == "pre" {
        let close = format!("</{name}>");
        let after = text[end..].to_ascii_lowercase();
        if let Some(k) = after.find(&close) {
            return Some(end + k + close.len());
        }
    }
    Some(end)
}

/// `&amp;`, `&#39;`, `&#x27;`.
fn entity(text: &str, i: usize) -> Option<usize> {
    let rest = &text.as_bytes()[i + 1..];
    let body_len = if rest.first() == Some(&b'#') {
        let (digits, skip) = if matches!(rest.get(1), Some(b'x' | b'X')) {
            (
                rest[2..]
                    .iter()
                    .take_while(|b| b.is_ascii_hexdigit())
                    .count(),
                2,
            )
        } else {
            (
                rest[1..].iter().take_while(|b| b.is_ascii_digit()).count(),
                1,
            )
        };
        (digits > 0).then_some(skip + digits)?
    } else {
        let n = rest
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        (n > 0 && rest[0].is_ascii_alphabetic()).then_some(n)?
    };
    (rest.get(body_len) == Some(&b';')).then_some(i + 1 + body_len + 1)
}

/// A URL, handle, command, e-mail address or domain starting at `i`.
fn token(text: &str, i: usize) -> Option<usize> {
    let rest = &text[i..];
    let head = rest
        .chars()
        .take(8)
        .collect::<String>()
        .to_ascii_lowercase();
    let word_end = i + rest
        .find(|c: char| c.is_whitespace() || matches!(c, '<' | '"' | '«' | '»' | '{' | '}'))
        .unwrap_or(rest.len());
    let trimmed_end = i + text[i..word_end]
        .trim_end_matches(|c: char| {
            matches!(
                c,
                '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '\'' | '’' | '”' | '»'
            )
        })
        .len();
    const SCHEMES: [&str; 6] = ["http://", "https://", "www.", "t.me/", "tg://", "mailto:"];
    if SCHEMES.iter().any(|s| head.starts_with(s)) {
        return (trimmed_end > i).then_some(trimmed_end);
    }
    let first = rest.chars().next()?;
    if first == '@' || first == '/' {
        // @handle, /command (with an optional @botname)
        let ident = |s: &str| {
            s.bytes()
                .take_while(|b| b.is_ascii_alphanumeric() || *b == b'_')
                .count()
        };
        let n = ident(&rest[1..]);
        let starts_alpha = rest[1..].starts_with(|c: char| c.is_ascii_alphabetic());
        if n == 0 || (first == '/' && !starts_alpha) {
            return None;
        }
        let mut end = i + 1 + n;
        if first == '/' && text[end..].starts_with('@') {
            let m = ident(&text[end + 1..]);
            if m > 0 {
                end += 1 + m;
            }
        }
        return Some(end);
    }
    let candidate = &text[i..trimmed_end];
    (is_email(candidate) || is_domain(candidate)).then_some(trimmed_end)
}

fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && local
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-'))
        && is_domain(domain)
        && !domain.contains('/')
}

/// `gov.uz`, `gov.uz/en/migration`, `mehnat.uz`: ASCII labels and a lowercase top-level domain.
fn is_domain(s: &str) -> bool {
    let host = s.split('/').next().unwrap_or(s);
    let labels: Vec<&str> = host.split('.').collect();
    if labels.len() < 2 {
        return false;
    }
    let label_ok =
        |l: &&str| !l.is_empty() && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    let tld = labels[labels.len() - 1];
    labels.iter().all(label_ok)
        && (2..=24).contains(&tld.len())
        && tld.bytes().all(|b| b.is_ascii_lowercase())
}

/// A Fluent placeable at `text[i] == '{'`: `{ $name }` is kept whole; in a select expression
/// (`{ $n -> [one] … *[other] … }`) the selector and keys are kept and each variant's text is
/// split like any text. Pushes the pending text `text[convert_from..i]` first. `None` when the
/// braces do not close (the `{` is then ordinary text).
fn placeable<'a>(
    text: &'a str,
    i: usize,
    pieces: &mut Vec<Piece<'a>>,
    convert_from: usize,
) -> Option<usize> {
    let bytes = text.as_bytes();
    // Find the end of the selector: `->` or the closing brace, outside string literals.
    let mut j = i + 1;
    let mut depth = 0usize;
    let arrow = loop {
        match bytes.get(j)? {
            b'"' => j = skip_string(bytes, j)?,
            b'{' => {
                depth += 1;
                j += 1;
            }
            b'}' if depth == 0 => break None,
            b'}' => {
                depth -= 1;
                j += 1;
            }
            b'-' if depth == 0 && bytes.get(j + 1) == Some(&b'>') => break Some(j + 2),
            _ => j += 1,
        }
    };
    let Some(mut k) = arrow else {
        push(pieces, Piece::Convert(&text[convert_from..i]));
        push(pieces, Piece::Keep(&text[i..=j]));
        return Some(j + 1);
    };
    // A select expression: find its variants first, so nothing is pushed if it is broken.
    let mut parts: Vec<(usize, usize, bool)> = vec![(i, k, false)];
    loop {
        let start = k;
        while bytes.get(k).is_some_and(|b| b.is_ascii_whitespace()) {
            k += 1;
        }
        match bytes.get(k)? {
            b'}' => {
                parts.push((start, k + 1, false));
                break;
            }
            b'*' | b'[' => {
                let close = k + text[k..].find(']')?;
                parts.push((start, close + 1, false));
                let value_end = variant_end(bytes, close + 1)?;
                parts.push((close + 1, value_end, true));
                k = value_end;
            }
            _ => return None,
        }
    }
    push(pieces, Piece::Convert(&text[convert_from..i]));
    for (from, to, convert) in parts {
        if convert {
            split_into(&text[from..to], pieces);
        } else {
            push(pieces, Piece::Keep(&text[from..to]));
        }
    }
    // `k` is at the closing brace.
    Some(k + 1)
}

/// Skips a string literal `"…"` starting at `j`; returns the index after its closing quote.
fn skip_string(bytes: &[u8], mut j: usize) -> Option<usize> {
    j += 1;
    loop {
        match bytes.get(j)? {
            b'\\' => j += 2,
            b'"' => return Some(j + 1),
            _ => j += 1,
        }
    }
}

/// Where a variant's text ends: before the line that starts the next key (`[…]` or `*[…]`),
/// or at the `}` closing the select expression.
fn variant_end(bytes: &[u8], mut j: usize) -> Option<usize> {
    let mut depth = 0usize;
    loop {
        match bytes.get(j)? {
            b'{' => depth += 1,
            b'}' if depth == 0 => return Some(j),
            b'}' => depth -= 1,
            b'\n' if depth == 0 => {
                let mut k = j + 1;
                while matches!(bytes.get(k), Some(b' ' | b'\t' | b'\r')) {
                    k += 1;
                }
                if matches!(bytes.get(k), Some(b'['))
                    || (bytes.get(k) == Some(&b'*') && bytes.get(k + 1) == Some(&b'['))
                {
                    return Some(j);
                }
            }
            _ => {}
        }
        j += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kept(text: &str) -> Vec<&str> {
        split(text)
            .into_iter()
            .filter_map(|p| match p {
                Piece::Keep(s) => Some(s),
                Piece::Convert(_) => None,
            })
            .collect()
    }

    fn converted(text: &str) -> Vec<&str> {
        split(text)
            .into_iter()
            .filter_map(|p| match p {
                Piece::Convert(s) => Some(s),
                Piece::Keep(_) => None,
            })
            .collect()
    }

    #[test]
    fn pieces_join_back() {
        let text = "<b>Sayt:</b> gov.uz/en, @bot, /menu &amp; { $n -> [one] bir\n *[other] { $n } ta\n} oxiri";
        let joined: String = split(text)
            .into_iter()
            .map(|p| match p {
                Piece::Convert(s) | Piece::Keep(s) => s,
            })
            .collect();
        assert_eq!(joined, text);
    }

    #[test]
    fn html() {
        assert_eq!(
            kept("<b>Salom</b> <a href=\"https://x.uz\">bu</a>"),
            ["<b>", "</b>", "<a href=\"https://x.uz\">", "</a>"]
        );
        assert_eq!(kept("a < b"), Vec::<&str>::new());
        assert_eq!(
            kept("<pre>{ $errors } xato</pre> bor"),
            ["<pre>{ $errors } xato</pre>"]
        );
        assert_eq!(kept("Tom &amp; Jerry &#39; & x"), ["&amp;", "&#39;"]);
    }

    #[test]
    fn links_handles_commands_mail() {
        assert_eq!(
            kept("Sayt: gov.uz/en/migration. Bot: @huquqiy_bot, /menu yoki /start@safar_bot"),
            [
                "gov.uz/en/migration",
                "@huquqiy_bot",
                "/menu",
                "/start@safar_bot"
            ]
        );
        assert_eq!(
            kept("https://t.me/x?start=a, www.mehnat.uz va t.me/safar"),
            ["https://t.me/x?start=a", "www.mehnat.uz", "t.me/safar"]
        );
        assert_eq!(kept("Yozing: info@migration.uz."), ["info@migration.uz"]);
        assert_eq!(kept("va/yoki 11/2 keldi.Bu h.k."), Vec::<&str>::new());
    }

    #[test]
    fn fluent() {
        assert_eq!(kept("Salom, { $name }!"), ["{ $name }"]);
        assert_eq!(
            converted("{ $n ->\n    [one] bir ish\n   *[other] { $n } ta ish\n}"),
            [" bir ish", " ", " ta ish\n"]
        );
        assert_eq!(kept("{ -brand } va { \"}\" }"), ["{ -brand }", "{ \"}\" }"]);
        assert_eq!(kept("ochiq { qavs"), Vec::<&str>::new());
    }
}
