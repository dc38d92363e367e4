//! One message read into what `import --mail` keeps of it: its date in
//! local time, its subject as clean text, its Message-ID and the addresses
//! of From, To and Cc. Only the headers are parsed (by `mail_parser`, which
//! unfolds them and decodes MIME encoded words in any charset it knows,
//! windows-1257, windows-1250 and ISO-8859-5 among them).
//!
//! Headers written as raw 8-bit text instead of encoded words (old mailers
//! did) are not UTF-8: they are decoded from the charset the message
//! declares for its text (`Content-Type: …; charset=windows-1257`, on the
//! message or its first part that names one), else windows-1252, the way
//! mail readers show them, and then parsed again.

use chrono::{Local, NaiveDateTime, TimeZone};
use mail_parser::{Address, HeaderName, Message, MessageParser, MimeHeaders};
use sha2::{Digest, Sha256};

use super::source::{Location, Raw};
use crate::model::contact::email_key;

/// What a message says, as far as the import needs it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mail {
    pub location: Location,
    /// The Date header in local time, to the second; None without a
    /// readable one.
    pub date: Option<NaiveDateTime>,
    /// The subject, decoded, control characters removed and spaces
    /// collapsed; None when empty.
    pub subject: Option<String>,
    /// The Message-ID without its angle brackets, or for a message without
    /// one a ref derived from its headers (see [`derived_ref`]).
    pub reference: String,
    /// True when the ref is derived (the message has no Message-ID).
    pub derived: bool,
    /// From, then To, then Cc, in header order, each address once.
    pub addresses: Vec<Party>,
}

/// One address of a message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Party {
    /// The address, trimmed and lowercased.
    pub email: String,
    /// The display name, decoded and cleaned; None when absent.
    pub name: Option<String>,
    /// The address is the sender (From).
    pub from: bool,
}

/// Reads a message's headers. A message with none of From, Date and
/// Message-ID is no e-mail; the last message of a file whose multipart body
/// lacks its closing boundary was cut off.
pub fn read(raw: &Raw) -> Result<Mail, String> {
    let parser = MessageParser::new();
    let Some(mut message) = parser.parse_headers(&raw.bytes) else {
        return Err(crate::msg!("mail.no-headers"));
    };
    let transcoded;
    if std::str::from_utf8(header_block(&raw.bytes)).is_err() {
        transcoded = transcode_headers(&raw.bytes, &parser);
        if let Some(m) = parser.parse_headers(&transcoded) {
            message = m;
        }
    }
    let has = |h: HeaderName<'static>| message.header(h).is_some();
    if !has(HeaderName::From) && !has(HeaderName::Date) && !has(HeaderName::MessageId) {
        return Err(crate::msg!("mail.no-from-date-id"));
    }
    if raw.last {
        check_whole(&message, &raw.bytes)?;
    }
    let date = message
        .date()
        .filter(|d| d.is_valid())
        .and_then(|d| Local.timestamp_opt(d.to_timestamp(), 0).single())
        .map(|d| d.naive_local());
    let subject = message.subject().and_then(clean);
    let (reference, derived) = match message.message_id().map(str::trim) {
        Some(id) if !id.is_empty() => (id.to_string(), false),
        _ => (derived_ref(&message), true),
    };
    let mut addresses: Vec<Party> = Vec::new();
    let lists = [
        (message.from(), true),
        (message.to(), false),
        (message.cc(), false),
    ];
    for (list, from) in lists {
        for addr in list.map(Address::iter).into_iter().flatten() {
            let Some(email) = addr.address().and_then(email_key) else {
                continue;
            };
            if addresses.iter().any(|p| p.email == email) {
                continue;
            }
            addresses.push(Party {
                email,
                name: addr.name().and_then(clean),
                from,
            });
        }
    }
    Ok(Mail {
        location: raw.location.clone(),
        date,
        subject,
        reference,
        derived,
        addresses,
    })
}

/// Returns the headers of a message: its bytes up to the first blank line.
fn header_block(bytes: &[u8]) -> &[u8] {
    let lf = bytes.windows(2).position(|w| w == b"\n\n");
    let crlf = bytes.windows(3).position(|w| w == b"\n\r\n");
    let end = match (lf, crlf) {
        (Some(a), Some(b)) => a.min(b) + 1,
        (Some(a), None) | (None, Some(a)) => a + 1,
        (None, None) => bytes.len(),
    };
    &bytes[..end]
}

/// Returns the message with its header block decoded from the charset the
/// message declares (else windows-1252) into UTF-8; the body is dropped.
fn transcode_headers(bytes: &[u8], parser: &MessageParser) -> Vec<u8> {
    let headers = header_block(bytes);
    let label = parser
        .parse(bytes)
        .and_then(|m| {
            m.parts
                .iter()
                .find_map(|p| p.content_type()?.attribute("charset").map(str::to_string))
        })
        .unwrap_or_default();
    let encoding = encoding_rs::Encoding::for_label(label.trim().as_bytes())
        .filter(|e| *e != encoding_rs::UTF_8)
        .unwrap_or(encoding_rs::WINDOWS_1252);
    let (text, _, _) = encoding.decode(headers);
    let mut out = text.into_owned().into_bytes();
    out.extend_from_slice(b"\n");
    out
}

/// Refuses a message whose multipart body lacks its closing boundary: the
/// file ended before the message did.
fn check_whole(message: &Message<'_>, bytes: &[u8]) -> Result<(), String> {
    let Some(ct) = message.content_type() else {
        return Ok(());
    };
    if !ct.c_type.eq_ignore_ascii_case("multipart") {
        return Ok(());
    }
    let Some(boundary) = ct.attribute("boundary") else {
        return Ok(());
    };
    let closing = format!("--{boundary}--");
    if bytes
        .windows(closing.len())
        .any(|w| w == closing.as_bytes())
    {
        Ok(())
    } else {
        Err(crate::msg!("mail.cut-off-multipart", closing = closing))
    }
}

/// Returns `text` without control characters (and the invisible marks that
/// reorder text on a terminal), its runs of spaces made one; None when
/// nothing is left.
pub fn clean(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() || c.is_control() {
            space = !out.is_empty();
            continue;
        }
        if matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}')
        {
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(c);
    }
    (!out.is_empty()).then_some(out)
}

/// Returns the ref of a message without a Message-ID: `sha256:` and the
/// first 32 hex digits of the SHA-256 of its Date, From, To, Cc and
/// Subject headers as written (unfolded, spaces collapsed). These are the
/// headers a mail reader never rewrites (mutt adds `Status:` to an mbox it
/// reads), so the same message gives the same ref from an mbox, a Maildir
/// or an .eml, and importing it again changes nothing.
fn derived_ref(message: &Message<'_>) -> String {
    let mut hash = Sha256::new();
    for name in ["Date", "From", "To", "Cc", "Subject"] {
        let value = message
            .headers_raw()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.split_whitespace().collect::<Vec<_>>().join(" "))
            .unwrap_or_default();
        hash.update(name.as_bytes());
        hash.update(b":");
        hash.update(value.as_bytes());
        hash.update(b"\n");
    }
    let digest = hash.finalize();
    let hex: String = digest[..16].iter().map(|b| format!("{b:02x}")).collect();
    format!("sha256:{hex}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mail(text: &[u8]) -> Mail {
        read(&Raw {
            location: Location {
                file: "m.eml".into(),
                mbox: None,
            },
            bytes: text.to_vec(),
            first_line: 1,
            last: true,
        })
        .unwrap()
    }

    #[test]
    fn encoded_subjects_decode_from_utf8_baltic_central_european_and_cyrillic_charsets() {
        let subject =
            |s: &str| mail(format!("From: a@x.lv\nSubject: {s}\n\nbody\n").as_bytes()).subject;
        assert_eq!(
            subject("=?UTF-8?B?xJJyaWtzIE96b2xpxYbFoQ==?=").as_deref(),
            Some("Ēriks Ozoliņš")
        );
        // windows-1257: ā = 0xE2, ī = 0xEE.
        assert_eq!(
            subject("=?windows-1257?Q?Pied=E2v=E2jums_R=EEgai?=").as_deref(),
            Some("Piedāvājums Rīgai")
        );
        // windows-1250: ř = 0xF8, á = 0xE1.
        assert_eq!(
            subject("=?windows-1250?Q?Dvo=F8=E1k?=").as_deref(),
            Some("Dvořák")
        );
        // ISO-8859-5: Ј = 0xA8, о = 0xDE, в = 0xD2, а = 0xD0, н = 0xDD.
        assert_eq!(
            subject("=?ISO-8859-5?Q?=A8=DE=D2=D0=DD=D0?=").as_deref(),
            Some("Јована")
        );
    }

    #[test]
    fn raw_8bit_headers_decode_from_the_charset_the_message_declares() {
        let mut text = b"From: =?utf-8?q?J=C4=81nis?= <janis@x.lv>\nSubject: Pied".to_vec();
        text.extend_from_slice(&[0xE2, b'v', 0xE2, b'j', b'u', b'm', b's']);
        text.extend_from_slice(b"\nContent-Type: text/plain; charset=windows-1257\n\nbody\n");
        assert_eq!(mail(&text).subject.as_deref(), Some("Piedāvājums"));
        let mut cz = b"From: a@x.cz\nSubject: Nab".to_vec();
        cz.extend_from_slice(&[0xED, b'd', b'k', b'a', b' ', 0x9A, b'k', b'o', b'd', b'a']);
        cz.extend_from_slice(b"\nContent-Type: text/plain; charset=\"windows-1250\"\n\nx\n");
        assert_eq!(mail(&cz).subject.as_deref(), Some("Nabídka škoda"));
    }

    #[test]
    fn control_characters_leave_the_subject_and_folded_lines_join() {
        let m = mail(b"From: a@x.lv\nSubject: Hello\x1b[31m\n world\x07\n\nbody\n");
        assert_eq!(m.subject.as_deref(), Some("Hello [31m world"));
    }

    #[test]
    fn a_message_without_message_id_gets_a_ref_from_its_headers_stable_across_status_headers() {
        let a = mail(b"From: a@x.lv\nDate: Mon, 1 Jan 2024 10:00:00 +0000\nSubject: x\n\nbody\n");
        let b = mail(
            b"Status: RO\nFrom: a@x.lv\nDate: Mon, 1 Jan 2024 10:00:00 +0000\nX-Status: A\nSubject: x\n\nother body\n",
        );
        assert!(a.derived && a.reference.starts_with("sha256:"));
        assert_eq!(a.reference, b.reference);
        let c = mail(b"From: a@x.lv\nDate: Mon, 1 Jan 2024 10:00:00 +0000\nSubject: y\n\nbody\n");
        assert_ne!(a.reference, c.reference);
    }

    #[test]
    fn addresses_come_lowercased_once_each_with_their_names() {
        let m = mail(
            b"From: =?utf-8?q?=C4=92riks?= <Eriks@Example.LV>\nTo: anna@firm.lv, eriks@example.lv\nCc: Group: b@x.lv, c@x.lv;\nMessage-ID: <1@x>\n\n",
        );
        let got: Vec<(&str, Option<&str>, bool)> = m
            .addresses
            .iter()
            .map(|p| (p.email.as_str(), p.name.as_deref(), p.from))
            .collect();
        assert_eq!(
            got,
            vec![
                ("eriks@example.lv", Some("Ēriks"), true),
                ("anna@firm.lv", None, false),
                ("b@x.lv", None, false),
                ("c@x.lv", None, false),
            ]
        );
        assert_eq!(m.reference, "1@x");
    }

    #[test]
    fn a_multipart_message_without_its_closing_boundary_is_cut_off() {
        let r = read(&Raw {
            location: Location {
                file: "m.eml".into(),
                mbox: None,
            },
            bytes: b"From: a@x.lv\nContent-Type: multipart/mixed; boundary=\"b1\"\n\n--b1\nContent-Type: text/plain\n\nhello\n".to_vec(),
            first_line: 1,
            last: true,
        });
        assert!(matches!(r, Err(m) if m.contains("never closes")));
    }
}
