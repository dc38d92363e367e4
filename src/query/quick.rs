//! Quick find: `rapport query ozol riga` with plain words and no operator
//! lists the customers whose name, id, e-mail, phone, company, city or tags
//! contain every word, as a person types into a search box. The words become
//! an ordinary expression of `~` conditions, so quick find folds accents,
//! case and script exactly as `~` does, and compares phone numbers by their
//! digits.

use super::lexer::{TokenKind, tokenize};
use crate::model::fields::{self, CITY, COMPANY, EMAIL, NAME, PHONE, TAGS};

/// The fields a word is looked for in.
const FIELDS: [&str; 7] = [
    NAME.path,
    fields::ID,
    EMAIL.path,
    PHONE.path,
    COMPANY.path,
    CITY.path,
    TAGS.path,
];

/// The words that make text an expression rather than words to find.
const KEYWORDS: [&str; 6] = ["and", "or", "not", "in", "has", "exists"];

/// Returns the expression quick find runs for `text`, or None when `text`
/// is not plain words (it has an operator, a bracket or a keyword, so it
/// is an expression, and errors in it are reported as such).
pub fn expression(text: &str) -> Option<String> {
    let tokens = tokenize(text).ok()?;
    let mut words = Vec::new();
    for token in tokens {
        match token.kind {
            TokenKind::Word(w) if !KEYWORDS.iter().any(|k| w.eq_ignore_ascii_case(k)) => {
                words.push(w)
            }
            TokenKind::Quoted(q) => words.push(q),
            _ => return None,
        }
    }
    if words.is_empty() {
        return None;
    }
    let conditions: Vec<String> = words
        .iter()
        .map(|w| {
            let quoted = quote(w);
            let any: Vec<String> = FIELDS.iter().map(|f| format!("{f} ~ {quoted}")).collect();
            format!("({})", any.join(" or "))
        })
        .collect();
    Some(conditions.join(" and "))
}

/// Returns `word` as a quoted string of the query language.
fn quote(word: &str) -> String {
    format!("\"{}\"", word.replace('\\', "\\\\").replace('"', "\\\""))
}

#[cfg(test)]
mod tests {
    use super::expression;

    #[test]
    fn plain_words_become_a_search_and_expressions_stay_expressions() {
        let e = expression("ozol riga").unwrap();
        assert!(e.starts_with("(name ~ \"ozol\" or id ~ \"ozol\""), "{e}");
        assert!(e.contains(") and (name ~ \"riga\""), "{e}");
        assert_eq!(expression("stage = customer"), None);
        assert_eq!(expression("not vip"), None);
        assert_eq!(expression("tags has vip"), None);
        assert_eq!(expression(""), None);
        assert!(expression("\"Jovana P\"").unwrap().contains("\"Jovana P\""));
    }
}
