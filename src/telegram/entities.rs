//! A message's formatting (Telegram's entities) as Telegram HTML, so that what an operator
//! writes in bold, as a link or as code reaches the user that way.

use teloxide::types::{MessageEntity, MessageEntityKind};

use crate::content::texts::escape_html;
use crate::html;

/// `text` with `entities` as Telegram HTML; `None` if they cannot be nested into valid HTML
/// (the caller then relays the plain text). Offsets are in UTF-16 units, as Telegram counts.
pub fn to_html(text: &str, entities: &[MessageEntity]) -> Option<String> {
    let units: Vec<u16> = text.encode_utf16().collect();
    // (position, is_close, order, tag text); opens sorted outer-first, closes inner-first.
    let mut marks: Vec<(usize, bool, usize, String)> = Vec::new();
    for entity in entities {
        let (open, close) = match &entity.kind {
            MessageEntityKind::Bold => ("<b>".to_string(), "</b>"),
            MessageEntityKind::Italic => ("<i>".to_string(), "</i>"),
            MessageEntityKind::Underline => ("<u>".to_string(), "</u>"),
            MessageEntityKind::Strikethrough => ("<s>".to_string(), "</s>"),
            MessageEntityKind::Spoiler => ("<tg-spoiler>".to_string(), "</tg-spoiler>"),
            MessageEntityKind::Code => ("<code>".to_string(), "</code>"),
            MessageEntityKind::Pre { .. } => ("<pre>".to_string(), "</pre>"),
            MessageEntityKind::Blockquote | MessageEntityKind::ExpandableBlockquote => {
                ("<blockquote>".to_string(), "</blockquote>")
            }
            MessageEntityKind::TextLink { url } => (
                format!("<a href=\"{}\">", escape_html(url.as_str())),
                "</a>",
            ),
            // Links, mentions, hashtags… are plain text Telegram recognises again.
            _ => continue,
        };
        let (start, end) = (entity.offset, entity.offset + entity.length);
        if end > units.len() || start >= end {
            return None;
        }
        // Longer entities open first and close last.
        marks.push((start, false, usize::MAX - entity.length, open));
        marks.push((end, true, entity.length, close.to_string()));
    }
    // Closes before opens at the same position.
    marks.sort_by_key(|m| (m.0, !m.1, m.2));
    let mut out = String::new();
    let mut at = 0;
    for (pos, _, _, tag) in marks {
        out.push_str(&escape_html(&String::from_utf16(&units[at..pos]).ok()?));
        out.push_str(&tag);
        at = pos;
    }
    out.push_str(&escape_html(&String::from_utf16(&units[at..]).ok()?));
    html::validate(&out).ok().map(|()| out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entity(kind: MessageEntityKind, offset: usize, length: usize) -> MessageEntity {
        MessageEntity {
            kind,
            offset,
            length,
        }
    }

    #[test]
    fn bold_links_and_code_become_html_and_the_rest_is_escaped() {
        let text = "Звоните 1-2-3 <сейчас> на сайт";
        let link = MessageEntityKind::TextLink {
            url: "https://example.org/?a=1&b=2".parse().unwrap(),
        };
        let html = to_html(
            text,
            &[
                entity(MessageEntityKind::Bold, 0, 7),
                entity(MessageEntityKind::Code, 8, 5),
                entity(link, 26, 4),
            ],
        )
        .unwrap();
        assert_eq!(
            html,
            "<b>Звоните</b> <code>1-2-3</code> &lt;сейчас&gt; на <a href=\"https://example.org/?a=1&amp;b=2\">сайт</a>"
        );
    }

    #[test]
    fn nested_entities_nest_and_crossing_ones_fall_back() {
        let html = to_html(
            "ab cd",
            &[
                entity(MessageEntityKind::Bold, 0, 5),
                entity(MessageEntityKind::Italic, 3, 2),
            ],
        )
        .unwrap();
        assert_eq!(html, "<b>ab <i>cd</i></b>");
        assert_eq!(
            to_html(
                "abcdef",
                &[
                    entity(MessageEntityKind::Bold, 0, 4),
                    entity(MessageEntityKind::Italic, 2, 4),
                ],
            ),
            None
        );
        // Out of range: refused, not a panic.
        assert_eq!(
            to_html("ab", &[entity(MessageEntityKind::Bold, 1, 9)]),
            None
        );
    }
}
