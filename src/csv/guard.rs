//! Formulas in cells read by import. The guard export writes (a leading
//! `'`, see [`crate::table::guard`]) is undone by [`unguard`]; a live
//! formula is refused ([`is_live_formula`]).

pub use crate::table::guard::{guard, runs_as_formula, unguard};

/// Returns true when a cell read from a file is a live formula a spreadsheet
/// would run: it starts with `=`, or it is `+`, `-` or `@` followed by a
/// function call or a DDE link (`@SUM(`, `-cmd|' /C calc'!A0`). Text such
/// as `+371 2612 3456` or `- called back` is not one. Import refuses such
/// cells: they are an attack, or a spreadsheet that exported formulas
/// instead of their values.
pub fn is_live_formula(cell: &str) -> bool {
    let Some(first) = cell.chars().next() else {
        return false;
    };
    if first == '=' {
        return true;
    }
    if !matches!(first, '+' | '-' | '@') {
        return false;
    }
    if cell.contains("|'") || cell.contains("| '") {
        return true;
    }
    let rest = cell[1..].trim_start();
    let name_len = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '.'))
        .unwrap_or(rest.len());
    let name = &rest[..name_len];
    let after = rest[name_len..].trim_start();
    name.starts_with(|c: char| c.is_ascii_alphabetic())
        && (after.starts_with('(') || after.starts_with('|') || after.starts_with('!'))
}

/// Returns a number or a phone number without the `'` a spreadsheet (or
/// Shopify's export) writes before it to keep it text: `'+37126123456` and
/// `'01234` read as `+37126123456` and `01234`. Anything else is left as it
/// is (`''x` is the guard of `'x`, undone by [`unguard`]).
pub fn unquote(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest)
            if rest.bytes().any(|b| b.is_ascii_digit())
                && rest
                    .bytes()
                    .all(|b| b.is_ascii_digit() || b" +-()./".contains(&b)) =>
        {
            rest
        }
        _ => cell,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quote_before_a_number_or_phone_goes() {
        assert_eq!(unquote("'+371 2612 3456"), "+371 2612 3456");
        assert_eq!(unquote("'01234"), "01234");
        assert_eq!(unquote("'(420) 601-123-456"), "(420) 601-123-456");
        assert_eq!(unquote("'Ozoliņš"), "'Ozoliņš");
        assert_eq!(unquote("''12"), "''12");
        assert_eq!(unquote("'"), "'");
        assert_eq!(unquote("' - "), "' - ");
        assert_eq!(unguard(unquote("''12")), "'12");
    }

    #[test]
    fn tells_live_formulas_from_text() {
        for f in [
            "=HYPERLINK(\"http://x\",\"y\")",
            "=1+1",
            "@SUM(1+9)*cmd|' /C calc'!A0",
            "-cmd|' /C calc'!A0",
            "+cmd|' /C calc'!A0",
            "-2+3+cmd|' /C calc'!A0",
            "@SUM(A1)",
        ] {
            assert!(is_live_formula(f), "{f}");
        }
        for t in [
            "+371 2612 3456",
            "-12,50",
            "- called back (twice)",
            "@anna please call",
            "'=1+1",
            "Ozoliņš",
            "",
        ] {
            assert!(!is_live_formula(t), "{t}");
        }
    }
}
