//! Phone numbers, @handles and links, scanned in the original text (they are ASCII by nature).

use super::*;

const TLDS: &[&str] = &[
    "com", "ru", "uz", "org", "net", "me", "io", "info", "kz", "kg", "tj", "biz", "online", "site",
    "pro", "co", "uk", "de", "pl", "tr", "ae", "kr", "eu", "app", "link", "club", "top", "xyz",
    "shop", "work", "jobs",
];

fn trim_token(t: &str) -> (usize, &str) {
    let lead = t.len()
        - t.trim_start_matches(|c: char| "([{«\"'“‘<".contains(c))
            .len();
    let body = t[lead..].trim_end_matches(|c: char| ".,;:!?)]}»\"'”’>".contains(c));
    (lead, body)
}

fn is_handle_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

fn is_domain(host: &str) -> bool {
    let labels: Vec<&str> = host.split('.').collect();
    labels.len() >= 2
        && labels
            .iter()
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        && TLDS.contains(&labels[labels.len() - 1].to_ascii_lowercase().as_str())
        && labels[..labels.len() - 1]
            .iter()
            .any(|l| l.chars().any(|c| c.is_ascii_alphabetic()))
}

/// Canonical form of a link: lowercase, without scheme, `www.` and a trailing `/`.
pub fn canonical_link(link: &str) -> String {
    let l = link.trim().to_ascii_lowercase();
    let l = l
        .strip_prefix("https://")
        .or_else(|| l.strip_prefix("http://"))
        .unwrap_or(&l);
    let l = l.strip_prefix("www.").unwrap_or(l);
    l.trim_end_matches('/').to_string()
}

/// Canonical form of a phone number (see [`Contact::value`]), or `None` if it is not one.
pub fn canonical_phone(s: &str) -> Option<String> {
    let plus = s.trim_start().starts_with('+');
    let digits: String = s.chars().filter(char::is_ascii_digit).collect();
    let n = digits.len();
    let canonical = if plus {
        (10..=15).contains(&n).then(|| format!("+{digits}"))?
    } else if n == 12 && digits.starts_with("998") {
        format!("+{digits}")
    } else if n == 11 && (digits.starts_with("89") || digits.starts_with("79")) {
        format!("+7{}", &digits[1..])
    } else if n == 9 && UZ_CODES.iter().any(|c| digits.starts_with(c)) {
        format!("+998{digits}")
    } else {
        return None;
    };
    Some(canonical)
}

/// Uzbek mobile operator and Tashkent prefixes: a nine-digit number starting so is a local
/// phone number, not an amount.
const UZ_CODES: &[&str] = &[
    "90", "91", "93", "94", "95", "97", "98", "99", "33", "88", "77", "50", "55", "71", "20",
];

/// Every phone number, @handle, t.me / wa.me link, e-mail and web link.
pub fn contacts(text: &str) -> Vec<Contact> {
    let mut out = Vec::new();
    // Links, handles and e-mails: whitespace-separated tokens.
    let mut offset = 0;
    for raw in text.split_inclusive(char::is_whitespace) {
        let token_start = offset;
        offset += raw.len();
        let token = raw.trim_end();
        if token.is_empty() {
            continue;
        }
        // Most tokens are plain words: only those with `@`, `.` or `/` can be contacts.
        if !token.bytes().any(|b| matches!(b, b'@' | b'.' | b'/')) {
            continue;
        }
        let (lead, body) = trim_token(token);
        let start = token_start + lead;
        if body.is_empty() {
            continue;
        }
        let lower = body.to_ascii_lowercase();
        let push = |out: &mut Vec<Contact>, kind, value: String, len: usize| {
            out.push(Contact {
                kind,
                value,
                start,
                end: start + len,
                text: text[start..start + len].to_string(),
            })
        };
        if let Some(rest) = body.strip_prefix('@') {
            let name: String = rest.chars().take_while(|&c| is_handle_char(c)).collect();
            if (3..=32).contains(&name.len()) {
                push(
                    &mut out,
                    ContactKind::Handle,
                    name.to_ascii_lowercase(),
                    1 + name.len(),
                );
            }
            continue;
        }
        let link = canonical_link(&lower);
        let host = link.split('/').next().unwrap_or("");
        if let Some(name) = ["t.me/", "telegram.me/", "telegram.dog/"]
            .iter()
            .find_map(|p| link.strip_prefix(p))
        {
            let name: String = name
                .chars()
                .take_while(|&c| is_handle_char(c) || c == '+')
                .collect();
            push(
                &mut out,
                ContactKind::Telegram,
                format!("t.me/{name}"),
                body.len(),
            );
        } else if let Some(num) = link.strip_prefix("wa.me/") {
            let digits: String = num.chars().take_while(char::is_ascii_digit).collect();
            push(
                &mut out,
                ContactKind::Whatsapp,
                format!("wa.me/{digits}"),
                body.len(),
            );
        } else if let Some((local, domain)) = body.split_once('@')
            && !local.is_empty()
            && is_domain(domain)
        {
            push(&mut out, ContactKind::Email, lower.clone(), body.len());
        } else if (lower.starts_with("http://")
            || lower.starts_with("https://")
            || lower.starts_with("www.")
            || is_domain(host))
            && host.contains('.')
        {
            push(&mut out, ContactKind::Link, link, body.len());
        }
    }
    // Phone numbers: `+` or a digit, then digits, spaces, dashes, dots and brackets.
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let starts = (b == b'+' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit))
            || (b.is_ascii_digit() || b == b'(')
                && (i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'/'));
        if !starts {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        let mut last_digit = if b.is_ascii_digit() { i + 1 } else { i };
        while j < bytes.len() {
            let c = bytes[j];
            if c.is_ascii_digit() {
                j += 1;
                last_digit = j;
            } else if matches!(c, b' ' | b'-' | b'(' | b')' | b'.')
                && !(c == b' ' && bytes[j - 1] == b' ')
            {
                j += 1;
            } else {
                break;
            }
        }
        let candidate = &text[i..last_digit];
        let inside_link = out.iter().any(|c| c.start <= i && i < c.end);
        if !inside_link
            && candidate.bytes().any(|c| c.is_ascii_digit())
            && let Some(value) = canonical_phone(candidate)
        {
            out.push(Contact {
                kind: ContactKind::Phone,
                value,
                start: i,
                end: last_digit,
                text: candidate.to_string(),
            });
        }
        i = last_digit.max(i + 1);
    }
    out.sort_by_key(|c| c.start);
    out
}
