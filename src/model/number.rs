//! Numbers as spreadsheets and people write them (import's cells and the
//! command line's amounts): `1234.50`, `1,234.50`, `1 234,50`
//! (a space, no-break space or `'` between thousands), `1.234,50`, `12,5`,
//! with an optional currency sign.
//!
//! Without `--decimal-comma` a number is read where it is unambiguous: with
//! both `,` and `.`, the last one is the decimal separator; a single `,`
//! followed by other than three digits is a decimal comma (`12,5`); a single
//! `,` followed by three digits (`1,234`) is a thousands separator for money
//! and whole numbers (the other reading would not be one), and refused for
//! other numbers, asking for `--decimal-comma`. With `--decimal-comma` the
//! comma is always the decimal separator and `.` groups thousands.

/// What a number is read as: it decides how strict the reading is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberKind {
    /// An amount: at most two decimals.
    Money,
    /// A whole number.
    Integer,
    /// Any number.
    Real,
}

/// Returns `text` as a plain decimal (`-1234.50`) ready for exact parsing,
/// or why it is not a number.
pub fn normalize(
    text: &str,
    kind: NumberKind,
    decimal_comma: bool,
    currency: &str,
) -> Result<String, String> {
    let not_a_number = || crate::msg!("model.not-a-number", text = text.trim());
    let mut t = text.trim();
    for sign in ["€", "$", "£", currency] {
        if sign.is_empty() {
            continue;
        }
        if let Some(rest) = t.strip_prefix(sign) {
            t = rest.trim_start();
        } else if let Some(rest) = t.strip_suffix(sign) {
            t = rest.trim_end();
        }
    }
    let (negative, body) = match t.chars().next() {
        Some('-' | '\u{2212}') => (
            true,
            t[t.chars().next().map_or(1, char::len_utf8)..].trim_start(),
        ),
        Some('+') => (false, t[1..].trim_start()),
        _ => (false, t),
    };
    if body.is_empty() || !body.starts_with(|c: char| c.is_ascii_digit()) {
        return Err(not_a_number());
    }
    let is_space = |c: char| matches!(c, ' ' | '\u{A0}' | '\u{202F}' | '\u{2009}' | '\'');
    if body
        .chars()
        .any(|c| !(c.is_ascii_digit() || c == ',' || c == '.' || is_space(c)))
    {
        return Err(not_a_number());
    }
    let commas = body.matches(',').count();
    let dots = body.matches('.').count();
    let spaced = body.chars().any(is_space);
    let decimal: Option<char> = if decimal_comma {
        (commas > 0).then_some(',')
    } else if commas > 0 && dots > 0 {
        let last_comma = body.rfind(',').unwrap_or(0);
        let last_dot = body.rfind('.').unwrap_or(0);
        Some(if last_comma > last_dot { ',' } else { '.' })
    } else if commas == 1 {
        let after = body.len() - body.rfind(',').unwrap_or(0) - 1;
        if after != 3 || spaced {
            Some(',')
        } else if kind == NumberKind::Real {
            return Err(crate::msg!(
                "model.number-ambiguous",
                text = text.trim(),
                one = body.replace(',', ""),
                other = body.replace(',', ".")
            ));
        } else {
            None
        }
    } else if dots == 1 {
        Some('.')
    } else {
        None
    };
    let (whole, frac) = match decimal {
        Some(d) => {
            let at = body.rfind(d).unwrap_or(body.len());
            (&body[..at], Some(&body[at + 1..]))
        }
        None => (body, None),
    };
    if decimal.is_some_and(|d| whole.contains(d)) {
        return Err(not_a_number());
    }
    let groups: Vec<&str> = whole
        .split(|c: char| c == ',' || c == '.' || is_space(c))
        .collect();
    let grouped = groups.len() > 1;
    if groups[0].is_empty()
        || (grouped && (groups[0].len() > 3 || groups[1..].iter().any(|g| g.len() != 3)))
    {
        return Err(not_a_number());
    }
    let digits: String = groups.concat();
    let frac = frac.unwrap_or("");
    if decimal.is_some() && (frac.is_empty() || !frac.bytes().all(|b| b.is_ascii_digit())) {
        return Err(not_a_number());
    }
    if kind == NumberKind::Integer && frac.bytes().any(|b| b != b'0') {
        return Err(crate::msg!("model.not-a-whole-number", text = text.trim()));
    }
    let sign = if negative { "-" } else { "" };
    Ok(if frac.is_empty() || kind == NumberKind::Integer {
        format!("{sign}{digits}")
    } else {
        format!("{sign}{digits}.{frac}")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn money(t: &str) -> Result<String, String> {
        normalize(t, NumberKind::Money, false, "EUR")
    }

    #[test]
    fn reads_european_and_english_numbers_where_unambiguous() {
        assert_eq!(money("1234.50").unwrap(), "1234.50");
        assert_eq!(money("1 234,50").unwrap(), "1234.50");
        assert_eq!(money("1\u{A0}234,50").unwrap(), "1234.50");
        assert_eq!(money("1\u{202F}234,50 €").unwrap(), "1234.50");
        assert_eq!(money("1.234,50").unwrap(), "1234.50");
        assert_eq!(money("1,234.50").unwrap(), "1234.50");
        assert_eq!(money("12,5").unwrap(), "12.5");
        assert_eq!(money("-12,50").unwrap(), "-12.50");
        assert_eq!(money("\u{2212}3").unwrap(), "-3");
        assert_eq!(money("EUR 1'234.50").unwrap(), "1234.50");
        assert_eq!(
            money("1,234").unwrap(),
            "1234",
            "for money only 1234 is exact"
        );
        assert_eq!(money("1,234,567").unwrap(), "1234567");
    }

    #[test]
    fn refuses_what_is_not_a_number_or_reads_two_ways() {
        for bad in [
            "", "abc", "1,2,3", "12 34", "1.234.5", "1,,2", "--1", "1.", ",5", "1e3",
        ] {
            assert!(money(bad).is_err(), "{bad}");
        }
        let why = normalize("1,234", NumberKind::Real, false, "EUR").unwrap_err();
        assert!(why.contains("--decimal-comma"), "{why}");
        assert_eq!(
            normalize("1,234", NumberKind::Real, true, "EUR").unwrap(),
            "1.234"
        );
        assert_eq!(
            normalize("1.234", NumberKind::Integer, true, "EUR").unwrap(),
            "1234"
        );
        assert!(normalize("1234.5", NumberKind::Real, true, "EUR").is_err());
        assert!(normalize("2.5", NumberKind::Integer, false, "EUR").is_err());
        assert_eq!(
            normalize("40", NumberKind::Integer, false, "EUR").unwrap(),
            "40"
        );
    }
}
