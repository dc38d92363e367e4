//! Content lines, the text form iCalendar (RFC 5545) and vCard (RFC 6350)
//! share: `NAME;PARAM=VALUE:VALUE`, each line ending in CRLF and folded at
//! 75 octets, text values escaped.

/// The longest line, in octets, without its CRLF (RFC 5545 section 3.1,
/// RFC 6350 section 3.2).
const LINE_OCTETS: usize = 75;

/// Returns `text` as a TEXT value: backslash, `;` and `,`
/// escaped, every line break (CRLF, LF or CR) as `\n`, a tab as a space,
/// and any other control character as its visible symbol.
pub(super) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push(' '),
            c => out.push(crate::diag::picture(c)),
        }
    }
    out
}

/// Appends the content line `line` to `out`, folded: at most 75 octets a
/// line, each continuation starting with a space, never splitting a
/// character; every line ending in CRLF.
pub(super) fn fold_into(out: &mut String, line: &str) {
    let mut room = LINE_OCTETS;
    let mut used = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if used + len > room {
            out.push_str("\r\n ");
            // The space is an octet of the continuation line.
            room = LINE_OCTETS - 1;
            used = 0;
        }
        out.push(c);
        used += len;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_text_and_never_passes_a_control_character() {
        assert_eq!(
            escape("a\\b;c,d\ne\r\nf\rg\th"),
            "a\\\\b\\;c\\,d\\ne\\nf\\ng h"
        );
        let escaped = escape("x\u{1b}[31my\u{7}");
        assert!(!escaped.chars().any(char::is_control), "{escaped:?}");
    }

    #[test]
    fn folds_at_75_octets_without_splitting_a_character() {
        let mut out = String::new();
        let long = format!("SUMMARY:{}", "Ēriks Ozoliņš Ђорђе ".repeat(12));
        fold_into(&mut out, &long);
        assert!(out.ends_with("\r\n"));
        let lines: Vec<&str> = out.trim_end_matches("\r\n").split("\r\n").collect();
        assert!(lines.len() > 3);
        for (i, l) in lines.iter().enumerate() {
            assert!(l.len() <= LINE_OCTETS, "line {i}: {} octets", l.len());
            assert_eq!(i > 0, l.starts_with(' '));
        }
        let unfolded: String = lines
            .iter()
            .enumerate()
            .map(|(i, l)| if i == 0 { *l } else { &l[1..] })
            .collect();
        assert_eq!(unfolded, long);
    }
}
