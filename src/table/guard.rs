//! The formula guard. A spreadsheet runs a cell that starts with `=`, `+`,
//! `-`, `@`, a tab or a carriage return as a formula (CSV injection), so
//! every csv and tsv rapport prints (export, listings, `show`, reports)
//! writes such a cell with a leading `'`, which spreadsheets show as text:
//! the printer calls [`guard`] on every text cell and header. Import undoes exactly that and nothing else, so a value survives
//! export and import unchanged whatever it starts with.
//!
//! The rule, for a value `v`:
//! - export writes `'v` when `v` would run as a formula (and is not a plain
//!   number such as `-12.50`), or when `v` itself starts with `'` (so that
//!   a value beginning with `'` is told apart from a guarded one);
//! - import removes one leading `'` when what follows would run as a formula
//!   or starts with `'` — exactly the cells export guarded.

use std::borrow::Cow;

/// Returns true when a spreadsheet would run `value` as a formula.
pub fn runs_as_formula(value: &str) -> bool {
    matches!(
        value.as_bytes().first(),
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r')
    ) && !is_plain_number(value)
}

/// Returns true for `12`, `-12.50`, `+3`: numbers a spreadsheet reads as
/// numbers, which need no guard.
fn is_plain_number(value: &str) -> bool {
    let digits = value.strip_prefix(['-', '+']).unwrap_or(value);
    let (whole, frac) = match digits.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (digits, None),
    };
    !whole.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && frac.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()))
}

/// Returns the cell export writes for `value`.
pub fn guard(value: &str) -> Cow<'_, str> {
    if runs_as_formula(value) || value.starts_with('\'') {
        Cow::Owned(format!("'{value}"))
    } else {
        Cow::Borrowed(value)
    }
}

/// Returns the value of a cell export may have guarded.
pub fn unguard(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if runs_as_formula(rest) || rest.starts_with('\'') => rest,
        _ => cell,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guards_what_a_spreadsheet_would_run() {
        assert_eq!(guard("=1+2"), "'=1+2");
        assert_eq!(guard("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(guard("+371 2612 3456"), "'+371 2612 3456");
        assert_eq!(guard("\tx"), "'\tx");
        assert_eq!(guard("\rx"), "'\rx");
        assert_eq!(guard("-12.50"), "-12.50", "a plain number stays");
        assert_eq!(guard("+3"), "+3");
        assert_eq!(guard("'quoted"), "''quoted");
        assert_eq!(guard("Ozoliņš"), "Ozoliņš");
        assert_eq!(guard(""), "");
    }

    #[test]
    fn import_undoes_exactly_what_export_did() {
        for v in [
            "=1+2", "'=1+2", "''", "'", "'x", "-", "-12.50", "- note", "+", "@", "\t", "plain", "",
            "'+371",
        ] {
            assert_eq!(unguard(&guard(v)), v, "{v:?}");
        }
        // A cell a person typed with an apostrophe keeps it.
        assert_eq!(unguard("'0123"), "'0123");
    }
}
