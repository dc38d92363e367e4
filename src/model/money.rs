//! Exact money: an amount in cents, parsed from its literal text.
//!
//! Amounts are never held in binary floating point, so `0.10 + 0.20` is
//! `0.30`. A customer file stores money as a TOML float such as `1500.00`;
//! rapport reads the literal digits, not the float, and refuses more than two
//! decimals or a magnitude above 10^12, so a sum can never lose a cent.

use std::fmt;
use std::iter::Sum;
use std::ops::{Add, AddAssign, Neg, Sub};
use std::str::FromStr;

/// The largest amount one value may hold: 10^12 currency units.
const MAX_UNITS: i128 = 1_000_000_000_000;

/// An exact amount of money in the book's currency, held as cents.
///
/// Sums of many amounts stay exact: the cents are an `i128`, so even
/// 10^6 amounts at the 10^12 limit cannot overflow.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Money(i128);

/// Why a text is not an amount of money.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MoneyError {
    #[error("{}", crate::msg!("model.money-syntax", text = .0.as_str()))]
    Syntax(String),
    #[error("{}", crate::msg!("model.money-too-precise", text = .0.as_str()))]
    TooPrecise(String),
    #[error("{}", crate::msg!("model.money-too-large", text = .0.as_str()))]
    TooLarge(String),
    #[error("{}", crate::msg!("model.money-ambiguous", text = .0.as_str()))]
    Ambiguous(String),
    #[error("{}", crate::msg!("model.money-not-typed", text = .0.as_str()))]
    NotTyped(String),
}

impl Money {
    /// Zero.
    pub const ZERO: Money = Money(0);

    /// Returns the amount of `cents` cents.
    pub fn from_cents(cents: i128) -> Money {
        Money(cents)
    }

    /// Returns the amount in cents.
    pub fn cents(self) -> i128 {
        self.0
    }

    /// Returns the amount as a float, for statistics only (never for sums).
    pub fn to_f64(self) -> f64 {
        self.0 as f64 / 100.0
    }

    /// Returns true when the amount is below zero (a refund).
    pub fn is_negative(self) -> bool {
        self.0 < 0
    }

    /// Parses an amount as a person types it on the command line: `19.99`,
    /// `19,99`, `1 234,50`, `1.234,50`, `1,234.50`, with or without the
    /// book's currency (`EUR`, `€`). `1,234` reads two ways (a thousand, or
    /// one and a fraction) and is refused, saying which forms are read.
    pub fn parse_typed(text: &str, currency: &str) -> Result<Money, MoneyError> {
        if let Ok(m) = Money::parse(text.trim()) {
            return Ok(m);
        }
        let body = text.trim().trim_start_matches(['-', '+', '\u{2212}']);
        let (commas, others) = (
            body.matches(',').count(),
            body.chars()
                .any(|c| c == '.' || c.is_whitespace() || c == '\''),
        );
        if commas == 1
            && !others
            && body
                .rsplit(',')
                .next()
                .is_some_and(|after| after.len() == 3)
            && body.split(',').next().is_some_and(|b| b.len() <= 3)
        {
            return Err(MoneyError::Ambiguous(text.trim().to_string()));
        }
        let plain =
            super::number::normalize(text, super::number::NumberKind::Real, false, currency)
                .map_err(|_| MoneyError::NotTyped(text.trim().to_string()))?;
        Money::parse(&plain).map_err(|e| match e {
            MoneyError::TooPrecise(_) => MoneyError::TooPrecise(text.trim().to_string()),
            MoneyError::TooLarge(_) => MoneyError::TooLarge(text.trim().to_string()),
            other => other,
        })
    }

    /// Reads an amount written in any form TOML has for a number: besides
    /// `1500.00`, an exponent (`1e3`, `12.5e-1`) and, for integers, hex,
    /// octal and binary (`0x10`, `0o17`, `0b101`; `radix` says which, the
    /// literal without its prefix). The value is taken from the digits, never
    /// through a float, and refused like any amount when it has more than two
    /// decimals or is too large.
    pub fn from_toml_number(literal: &str, radix: u32) -> Result<Money, MoneyError> {
        let refuse = || MoneyError::Syntax(literal.to_string());
        if radix != 10 {
            let digits = strip_underscores(literal).ok_or_else(refuse)?;
            let units = i128::from_str_radix(&digits, radix).map_err(|_| refuse())?;
            if units.abs() > MAX_UNITS {
                return Err(MoneyError::TooLarge(literal.to_string()));
            }
            return Ok(Money(units * 100));
        }
        let Some((mantissa, exponent)) = literal.split_once(['e', 'E']) else {
            return Money::parse(literal);
        };
        let exponent: i64 = exponent.replace('_', "").parse().map_err(|_| refuse())?;
        let mantissa = strip_underscores(mantissa).ok_or_else(refuse)?;
        let (sign, unsigned) = match mantissa.strip_prefix(['-', '+']) {
            Some(rest) => (&mantissa[..1], rest),
            None => ("", &*mantissa),
        };
        let (whole, frac) = unsigned.split_once('.').unwrap_or((unsigned, ""));
        let digits = format!("{whole}{frac}");
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) || exponent.abs() > 40 {
            return Err(refuse());
        }
        let point = whole.len() as i64 + exponent;
        let plain = if point <= 0 {
            format!("0.{}{digits}", "0".repeat(point.unsigned_abs() as usize))
        } else if point as usize >= digits.len() {
            format!("{digits}{}", "0".repeat(point as usize - digits.len()))
        } else {
            format!(
                "{}.{}",
                &digits[..point as usize],
                &digits[point as usize..]
            )
        };
        // Zeros after the last significant decimal say nothing (`1.2500`).
        let plain = match plain.split_once('.') {
            Some((w, f)) => {
                let f = f.trim_end_matches('0');
                if f.is_empty() {
                    w.to_string()
                } else {
                    format!("{w}.{f}")
                }
            }
            None => plain,
        };
        Money::parse(&format!("{sign}{plain}")).map_err(|e| match e {
            MoneyError::TooPrecise(_) => MoneyError::TooPrecise(literal.to_string()),
            MoneyError::TooLarge(_) => MoneyError::TooLarge(literal.to_string()),
            _ => refuse(),
        })
    }

    /// Parses a literal such as `1500`, `1500.5`, `-3.25` or `1_000.00` (TOML
    /// allows underscores between digits).
    pub fn parse(text: &str) -> Result<Money, MoneyError> {
        let syntax = || MoneyError::Syntax(text.to_string());
        let trimmed = text.trim();
        let (negative, digits) = match trimmed.as_bytes().first() {
            Some(b'-') => (true, &trimmed[1..]),
            Some(b'+') => (false, &trimmed[1..]),
            _ => (false, trimmed),
        };
        let (whole, frac) = match digits.split_once('.') {
            Some((w, f)) => (w, Some(f)),
            None => (digits, None),
        };
        let whole = strip_underscores(whole).ok_or_else(syntax)?;
        if whole.is_empty() || !whole.bytes().all(|b| b.is_ascii_digit()) {
            return Err(syntax());
        }
        let frac = match frac {
            Some(f) => strip_underscores(f).ok_or_else(syntax)?,
            None => std::borrow::Cow::Borrowed(""),
        };
        if digits.contains('.') && frac.is_empty() {
            return Err(syntax());
        }
        if !frac.bytes().all(|b| b.is_ascii_digit()) {
            return Err(syntax());
        }
        let significant = frac.trim_end_matches('0');
        if significant.len() > 2 {
            return Err(MoneyError::TooPrecise(text.to_string()));
        }
        let whole_digits = whole.trim_start_matches('0');
        if whole_digits.len() > 13 {
            return Err(MoneyError::TooLarge(text.to_string()));
        }
        let units: i128 = if whole_digits.is_empty() {
            0
        } else {
            whole_digits.parse().map_err(|_| syntax())?
        };
        let mut cents_part: i128 = 0;
        for (i, b) in significant.bytes().enumerate() {
            let digit = i128::from(b - b'0');
            cents_part += if i == 0 { digit * 10 } else { digit };
        }
        let cents = units * 100 + cents_part;
        if cents > MAX_UNITS * 100 {
            return Err(MoneyError::TooLarge(text.to_string()));
        }
        Ok(Money(if negative { -cents } else { cents }))
    }

    /// Returns this amount divided by `n`, rounded half away from zero to the
    /// cent (used for averages such as AOV).
    pub fn div_round(self, n: i128) -> Money {
        if n == 0 {
            return Money::ZERO;
        }
        let (q, r) = (self.0 / n, self.0 % n);
        let round_away = (r.abs() * 2) >= n.abs();
        let sign = if (self.0 < 0) != (n < 0) { -1 } else { 1 };
        Money(if round_away { q + sign } else { q })
    }
}

/// Returns the digits with TOML's single underscores between digits removed,
/// or None when an underscore is misplaced.
fn strip_underscores(s: &str) -> Option<std::borrow::Cow<'_, str>> {
    if !s.contains('_') {
        return Some(std::borrow::Cow::Borrowed(s));
    }
    let bytes = s.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'_' {
            let before = i > 0 && bytes[i - 1].is_ascii_digit();
            let after = bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
            if !before || !after {
                return None;
            }
        }
    }
    Some(std::borrow::Cow::Owned(s.replace('_', "")))
}

impl FromStr for Money {
    type Err = MoneyError;
    fn from_str(s: &str) -> Result<Money, MoneyError> {
        Money::parse(s)
    }
}

impl fmt::Display for Money {
    /// Formats as `-1234.50`: plain digits, a point and two decimals, the
    /// form a customer file stores and every spreadsheet reads.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        // Listings print thousands of amounts: no string for each unless a
        // width asks for padding, and 64-bit division where it fits.
        let (units, cents) = match u64::try_from(abs) {
            Ok(a) => (u128::from(a / 100), a % 100),
            Err(_) => (abs / 100, (abs % 100) as u64),
        };
        if f.width().is_none() {
            return write!(f, "{sign}{units}.{cents:02}");
        }
        f.pad(&format!("{sign}{units}.{cents:02}"))
    }
}

impl Add for Money {
    type Output = Money;
    fn add(self, rhs: Money) -> Money {
        Money(self.0 + rhs.0)
    }
}

impl AddAssign for Money {
    fn add_assign(&mut self, rhs: Money) {
        self.0 += rhs.0;
    }
}

impl Sub for Money {
    type Output = Money;
    fn sub(self, rhs: Money) -> Money {
        Money(self.0 - rhs.0)
    }
}

impl Neg for Money {
    type Output = Money;
    fn neg(self) -> Money {
        Money(-self.0)
    }
}

impl Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        iter.fold(Money::ZERO, Add::add)
    }
}

impl<'a> Sum<&'a Money> for Money {
    fn sum<I: Iterator<Item = &'a Money>>(iter: I) -> Money {
        iter.copied().sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(s: &str) -> Money {
        Money::parse(s).unwrap()
    }

    #[test]
    fn sums_exactly_to_the_cent() {
        assert_eq!((m("0.10") + m("0.20")).to_string(), "0.30");
        let many: Money = std::iter::repeat_n(m("0.01"), 1000).sum();
        assert_eq!(many.to_string(), "10.00");
    }

    #[test]
    fn parses_literal_forms() {
        assert_eq!(m("1500").cents(), 150_000);
        assert_eq!(m("1500.5").cents(), 150_050);
        assert_eq!(m("-3.25").cents(), -325);
        assert_eq!(m("+3.25").cents(), 325);
        assert_eq!(m("1_000.00").cents(), 100_000);
        assert_eq!(m("0.100").cents(), 10, "trailing zeros are not precision");
        assert_eq!(m("1000000000000").cents(), 100_000_000_000_000);
        assert_eq!(m("-1000000000000.00").to_string(), "-1000000000000.00");
    }

    #[test]
    fn refuses_what_is_not_exact_money() {
        assert!(matches!(
            Money::parse("1.005"),
            Err(MoneyError::TooPrecise(_))
        ));
        assert!(matches!(
            Money::parse("1000000000000.01"),
            Err(MoneyError::TooLarge(_))
        ));
        assert!(matches!(
            Money::parse("99999999999999"),
            Err(MoneyError::TooLarge(_))
        ));
        for bad in [
            "", "-", "1.", ".5", "1e3", "abc", "1,50", "1__0", "_1", "nan", "inf",
        ] {
            assert!(
                matches!(Money::parse(bad), Err(MoneyError::Syntax(_))),
                "{bad}"
            );
        }
    }

    #[test]
    fn displays_with_and_without_a_width() {
        assert_eq!(m("-0.05").to_string(), "-0.05");
        assert_eq!(
            format!("{:>9}|{:<8}|", m("1500.5"), m("-3")),
            "  1500.50|-3.00   |"
        );
        let huge = Money::from_cents(i128::from(u64::MAX) * 10 + 7);
        assert_eq!(huge.to_string(), "1844674407370955161.57");
    }

    #[test]
    fn averages_round_half_away_from_zero() {
        assert_eq!(m("10.00").div_round(3).to_string(), "3.33");
        assert_eq!(m("0.05").div_round(2).to_string(), "0.03");
        assert_eq!(m("-0.05").div_round(2).to_string(), "-0.03");
        assert_eq!(m("20.00").div_round(0), Money::ZERO);
    }
}
