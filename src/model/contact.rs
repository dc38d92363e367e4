//! The comparable forms of e-mail addresses, phone numbers and names: what
//! `rapport dupes` groups by and what `suppressed.toml` hashes, so two
//! spellings of one address are one address.

use super::translit;

/// Returns an e-mail address trimmed and lowercased; None when it is not an
/// address at all (no `@` with text on both sides).
pub fn email_key(email: &str) -> Option<String> {
    let e = email.trim().to_lowercase();
    let (user, domain) = e.split_once('@')?;
    (!user.is_empty() && !domain.is_empty()).then_some(e)
}

/// Returns the digits of a phone number without its international prefix
/// (`+371 2612-3456` and `00371 26123456` are both `37126123456`); None
/// when fewer than five digits are left, which is no number to compare.
pub fn phone_key(phone: &str) -> Option<String> {
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    let digits = match digits.strip_prefix("00") {
        Some(rest) if !phone.trim_start().starts_with('+') => rest.to_string(),
        _ => digits,
    };
    (digits.len() >= 5).then_some(digits)
}

/// Returns a name transliterated, case-folded and reduced to its words in
/// sorted order (`Dvořák, Jiří` and `jiri  dvorak` are both `dvorak jiri`);
/// None when no word is left.
pub fn name_key(name: &str) -> Option<String> {
    let folded = translit::fold(name);
    let mut words: Vec<&str> = folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.sort_unstable();
    (!words.is_empty()).then(|| words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_compare_without_case_and_spaces() {
        assert_eq!(
            email_key(" Eriks@Example.LV "),
            email_key("eriks@example.lv")
        );
        assert_eq!(email_key("n/a"), None);
    }

    #[test]
    fn phones_compare_by_digits_without_the_international_prefix() {
        let want = Some("37126123456".to_string());
        assert_eq!(phone_key("+371 2612 3456"), want);
        assert_eq!(phone_key("00371 2612-3456"), want);
        assert_eq!(phone_key("(+371) 26.12.34.56"), want);
        assert_eq!(phone_key("-"), None);
    }

    #[test]
    fn names_compare_across_scripts_case_and_word_order() {
        assert_eq!(name_key("Ēriks  Ozoliņš"), name_key("eriks ozolins"));
        assert_eq!(name_key("Dvořák, Jiří"), name_key("Jiri Dvorak"));
        assert_eq!(name_key("Јована Петровић"), name_key("Jovana Petrovic"));
        assert_ne!(name_key("Jovana Petrović"), name_key("Jovan Petrović"));
        assert_eq!(name_key("—"), None);
    }
}
