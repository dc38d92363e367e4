//! Transliteration and folding of names: the one place where text in any
//! script becomes ASCII.
//!
//! Ids are made from names (`Јована Петровић` → `jovana-petrovic`) and the
//! query operator `~` matches regardless of case and accents (`ozol` finds
//! `Ozoliņš`). Both go through [`to_ascii`], so what an id looks like and what
//! a search finds agree.

use std::borrow::Cow;

/// Serbian Cyrillic letters whose Serbian Latin spelling differs from the
/// generic romanisation (Љ → Lj, Џ → Dž …). They are replaced first, so that
/// Serbian names come out as a Serbian reader writes them in Latin. Ђ and its
/// Latin form Đ become `Dj`, the usual ASCII spelling (Đorđe → Djordje), not
/// the bare `D` a generic table gives.
const SERBIAN: &[(char, &str)] = &[
    ('Љ', "Lj"),
    ('љ', "lj"),
    ('Њ', "Nj"),
    ('њ', "nj"),
    ('Џ', "Dž"),
    ('џ', "dž"),
    ('Ђ', "Dj"),
    ('ђ', "dj"),
    ('Đ', "Dj"),
    ('đ', "dj"),
    ('Ћ', "Ć"),
    ('ћ', "ć"),
    ('Ј', "J"),
    ('ј', "j"),
    ('Ж', "Ž"),
    ('ж', "ž"),
    ('Ч', "Č"),
    ('ч', "č"),
    ('Ш', "Š"),
    ('ш', "š"),
    ('Х', "H"),
    ('х', "h"),
    ('Ц', "C"),
    ('ц', "c"),
];

/// Returns `text` in Serbian Latin where it holds Serbian Cyrillic letters that
/// the generic romanisation spells differently.
fn serbian_latin(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| SERBIAN.iter().any(|(s, _)| *s == c)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match SERBIAN.iter().find(|(s, _)| *s == c) {
            Some((_, latin)) => out.push_str(latin),
            None => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Serbian Cyrillic and its Serbian Latin spelling, letter by letter (the
/// official correspondence: Ђ → Đ, Љ → Lj, Џ → Dž).
#[rustfmt::skip]
const SERBIAN_ALPHABET: &[(char, &str)] = &[
    ('А', "A"), ('а', "a"), ('Б', "B"), ('б', "b"), ('В', "V"), ('в', "v"),
    ('Г', "G"), ('г', "g"), ('Д', "D"), ('д', "d"), ('Ђ', "Đ"), ('ђ', "đ"),
    ('Е', "E"), ('е', "e"), ('Ж', "Ž"), ('ж', "ž"), ('З', "Z"), ('з', "z"),
    ('И', "I"), ('и', "i"), ('Ј', "J"), ('ј', "j"), ('К', "K"), ('к', "k"),
    ('Л', "L"), ('л', "l"), ('Љ', "Lj"), ('љ', "lj"), ('М', "M"), ('м', "m"),
    ('Н', "N"), ('н', "n"), ('Њ', "Nj"), ('њ', "nj"), ('О', "O"), ('о', "o"),
    ('П', "P"), ('п', "p"), ('Р', "R"), ('р', "r"), ('С', "S"), ('с', "s"),
    ('Т', "T"), ('т', "t"), ('Ћ', "Ć"), ('ћ', "ć"), ('У', "U"), ('у', "u"),
    ('Ф', "F"), ('ф', "f"), ('Х', "H"), ('х', "h"), ('Ц', "C"), ('ц', "c"),
    ('Ч', "Č"), ('ч', "č"), ('Џ', "Dž"), ('џ', "dž"), ('Ш', "Š"), ('ш', "š"),
];

/// Returns Serbian Cyrillic `text` in Serbian Latin letters, with its
/// diacritics (`Приход` → `Prihod`, `Ђорђе` → `Đorđe`); every other
/// character stays as it is. The `sr-Latn` messages are made this way from
/// the `sr` ones.
pub fn serbian_latin_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match SERBIAN_ALPHABET.iter().find(|(s, _)| *s == c) {
            Some((_, latin)) => out.push_str(latin),
            None => out.push(c),
        }
    }
    out
}

/// Returns the ASCII transliteration of `text` (`Ēriks Ozoliņš` → `Eriks
/// Ozolins`, `Петровић` → `Petrovic`). ASCII text is returned unchanged.
pub fn to_ascii(text: &str) -> Cow<'_, str> {
    if text.is_ascii() {
        return Cow::Borrowed(text);
    }
    Cow::Owned(any_ascii::any_ascii(&serbian_latin(text)))
}

/// Returns `text` transliterated to ASCII and lowercased: the form in which
/// `~` compares strings, so case, accents and script do not matter.
pub fn fold(text: &str) -> String {
    to_ascii(text).to_ascii_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transliterates_baltic_czech_and_serbian() {
        assert_eq!(to_ascii("Ēriks Ozoliņš"), "Eriks Ozolins");
        assert_eq!(to_ascii("Jiří Dvořák"), "Jiri Dvorak");
        assert_eq!(to_ascii("Јована Петровић"), "Jovana Petrovic");
        assert_eq!(to_ascii("Љиљана Џаковић"), "Ljiljana Dzakovic");
        assert_eq!(to_ascii("Ђорђе Ђорђевић"), "Djordje Djordjevic");
        assert_eq!(to_ascii("Đorđe"), "Djordje");
        assert_eq!(to_ascii("Žaneta Šťastná"), "Zaneta Stastna");
    }

    #[test]
    fn folds_case_and_accents() {
        assert_eq!(fold("OZOLIŅŠ"), "ozolins");
        assert!(fold("Петровић").contains("petrovic"));
    }
}
