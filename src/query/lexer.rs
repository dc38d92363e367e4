//! The lexer: expression text to tokens, each with its byte span so errors
//! can point at it.

use std::ops::Range;

use super::ast::CmpOp;
use super::error::QueryError;

/// One token and where it stands in the expression.
#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    pub kind: TokenKind,
    pub span: Range<usize>,
}

/// What a token is.
#[derive(Clone, Debug, PartialEq)]
pub enum TokenKind {
    /// A bare word: a field, a keyword (`and`, `in` …) or a value.
    Word(String),
    /// A quoted string, always a value.
    Quoted(String),
    LParen,
    RParen,
    LBracket,
    RBracket,
    Comma,
    Op(CmpOp),
    /// `~`
    Contains,
    /// `!~`
    NotContains,
}

impl TokenKind {
    /// Returns the token as the user wrote it, for messages.
    pub fn describe(&self) -> String {
        match self {
            TokenKind::Word(w) => format!("`{w}`"),
            TokenKind::Quoted(q) => format!("\"{q}\""),
            TokenKind::LParen => "`(`".into(),
            TokenKind::RParen => "`)`".into(),
            TokenKind::LBracket => "`[`".into(),
            TokenKind::RBracket => "`]`".into(),
            TokenKind::Comma => "`,`".into(),
            TokenKind::Op(op) => format!("`{}`", op.as_str()),
            TokenKind::Contains => "`~`".into(),
            TokenKind::NotContains => "`!~`".into(),
        }
    }
}

/// Returns true for characters that end a bare word.
fn is_special(c: char) -> bool {
    c.is_whitespace() || "()[],=!<>~\"'".contains(c)
}

/// Splits `text` into tokens.
pub fn tokenize(text: &str) -> Result<Vec<Token>, QueryError> {
    let mut tokens = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some(&(start, c)) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
            continue;
        }
        let single = |kind: TokenKind| Token {
            kind,
            span: start..start + 1,
        };
        let next_is = |chars: &mut std::iter::Peekable<std::str::CharIndices<'_>>, want: char| {
            let mut ahead = chars.clone();
            ahead.next();
            ahead.peek().is_some_and(|&(_, n)| n == want)
        };
        let token = match c {
            '(' => single(TokenKind::LParen),
            ')' => single(TokenKind::RParen),
            '[' => single(TokenKind::LBracket),
            ']' => single(TokenKind::RBracket),
            ',' => single(TokenKind::Comma),
            '~' => single(TokenKind::Contains),
            '=' => {
                if next_is(&mut chars, '=') {
                    chars.next();
                    Token {
                        kind: TokenKind::Op(CmpOp::Eq),
                        span: start..start + 2,
                    }
                } else {
                    single(TokenKind::Op(CmpOp::Eq))
                }
            }
            '<' | '>' => {
                let with_eq = next_is(&mut chars, '=');
                let op = match (c, with_eq) {
                    ('<', false) => CmpOp::Lt,
                    ('<', true) => CmpOp::Le,
                    ('>', false) => CmpOp::Gt,
                    _ => CmpOp::Ge,
                };
                if with_eq {
                    chars.next();
                }
                Token {
                    kind: TokenKind::Op(op),
                    span: start..start + 1 + usize::from(with_eq),
                }
            }
            '!' => {
                let kind = if next_is(&mut chars, '=') {
                    TokenKind::Op(CmpOp::Ne)
                } else if next_is(&mut chars, '~') {
                    TokenKind::NotContains
                } else {
                    return Err(QueryError::new(
                        start..start + 1,
                        crate::msg!("query.unexpected", found = "`!`"),
                    )
                    .with_hint(crate::msg!("query.bang-hint")));
                };
                chars.next();
                Token {
                    kind,
                    span: start..start + 2,
                }
            }
            '"' | '\'' => {
                chars.next();
                let mut value = String::new();
                let mut end = None;
                while let Some((i, ch)) = chars.next() {
                    if ch == c {
                        end = Some(i + 1);
                        break;
                    }
                    if ch == '\\'
                        && let Some(&(_, escaped)) = chars.peek()
                        && (escaped == c || escaped == '\\')
                    {
                        value.push(escaped);
                        chars.next();
                        continue;
                    }
                    value.push(ch);
                }
                let Some(end) = end else {
                    return Err(QueryError::new(
                        start..start + 1,
                        crate::msg!("query.quote-not-closed"),
                    )
                    .with_hint(crate::msg!("query.end-string-with", quote = c.to_string())));
                };
                tokens.push(Token {
                    kind: TokenKind::Quoted(value),
                    span: start..end,
                });
                continue;
            }
            _ => {
                let mut end = start;
                while let Some(&(i, ch)) = chars.peek() {
                    if is_special(ch) {
                        break;
                    }
                    end = i + ch.len_utf8();
                    chars.next();
                }
                tokens.push(Token {
                    kind: TokenKind::Word(text[start..end].to_string()),
                    span: start..end,
                });
                continue;
            }
        };
        chars.next();
        tokens.push(token);
    }
    Ok(tokens)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<TokenKind> {
        tokenize(text)
            .unwrap()
            .into_iter()
            .map(|t| t.kind)
            .collect()
    }

    #[test]
    fn splits_words_operators_and_strings() {
        use TokenKind::*;
        assert_eq!(
            kinds("revenue>=1000 and name ~ 'O\\'Brien' or x!=\"a b\""),
            vec![
                Word("revenue".into()),
                Op(CmpOp::Ge),
                Word("1000".into()),
                Word("and".into()),
                Word("name".into()),
                Contains,
                Quoted("O'Brien".into()),
                Word("or".into()),
                Word("x".into()),
                Op(CmpOp::Ne),
                Quoted("a b".into()),
            ]
        );
        assert_eq!(
            kinds("country in [LV,LT] and created < -6m and name !~ Ozoliņš"),
            vec![
                Word("country".into()),
                Word("in".into()),
                LBracket,
                Word("LV".into()),
                Comma,
                Word("LT".into()),
                RBracket,
                Word("and".into()),
                Word("created".into()),
                Op(CmpOp::Lt),
                Word("-6m".into()),
                Word("and".into()),
                Word("name".into()),
                NotContains,
                Word("Ozoliņš".into()),
            ]
        );
    }

    #[test]
    fn spans_are_byte_ranges_of_the_text() {
        let tokens = tokenize("name ~ Ozoliņš").unwrap();
        assert_eq!(tokens[2].span, 7..16);
    }

    #[test]
    fn refuses_a_lone_bang_and_an_open_quote() {
        assert_eq!(tokenize("a ! b").unwrap_err().span, 2..3);
        assert_eq!(tokenize("name = \"abc").unwrap_err().span, 7..8);
    }
}
