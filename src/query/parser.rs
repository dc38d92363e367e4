//! The parser: tokens to an [`Expr`], by recursive descent.
//!
//! ```text
//! expr    := and ("or" and)*
//! and     := unary ("and" unary)*
//! unary   := "not" unary | primary
//! primary := "(" expr ")"
//!          | "exists" FIELD
//!          | FIELD ("=" | "!=" | "<" | "<=" | ">" | ">=" | "~" | "!~" | "has") VALUE
//!          | FIELD ["not"] "in" "[" [VALUE ("," VALUE)* [","]] "]"
//! VALUE   := a bare word | "a quoted string" | 'a quoted string'
//! ```
//!
//! Keywords (`and`, `or`, `not`, `has`, `in`, `exists`) are matched
//! regardless of case.

use std::ops::Range;

use super::ast::{Expr, FieldRef, Literal};
use super::error::QueryError;
use super::lexer::{Token, TokenKind, tokenize};

/// Parses `text`; None for an empty expression (which matches everyone).
pub fn parse(text: &str) -> Result<Option<Expr>, QueryError> {
    let tokens = tokenize(text)?;
    if tokens.is_empty() {
        return Ok(None);
    }
    let mut p = Parser {
        tokens,
        at: 0,
        end: text.len(),
        depth: 0,
    };
    let expr = p.or()?;
    if let Some(t) = p.peek() {
        let found = t.kind.describe();
        let span = t.span.clone();
        let hint = if t.kind == TokenKind::RParen {
            crate::msg!("query.paren-unopened")
        } else {
            crate::msg!("query.join-conditions")
        };
        return Err(
            QueryError::new(span, crate::msg!("query.unexpected", found = found)).with_hint(hint),
        );
    }
    Ok(Some(expr))
}

struct Parser {
    tokens: Vec<Token>,
    at: usize,
    /// The length of the text, where errors about a missing end point.
    end: usize,
    /// How many groups and `not`s enclose the current token.
    depth: usize,
}

/// The deepest nesting of groups and `not`s an expression may have: far
/// more than anyone writes, and far less than would exhaust the stack of
/// this recursive parser (a saved segment can come from someone else's
/// rapport.toml).
pub const MAX_DEPTH: usize = 100;

/// Returns the hint that lists the operators.
fn operators() -> String {
    crate::msg!("query.operators")
}

impl Parser {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.at)
    }

    fn next(&mut self) -> Option<Token> {
        let t = self.tokens.get(self.at).cloned();
        self.at += usize::from(t.is_some());
        t
    }

    /// Returns true (and consumes it) when the next token is the keyword.
    fn keyword(&mut self, word: &str) -> bool {
        let found = self.peek().is_some_and(|t| is_keyword(&t.kind, word));
        self.at += usize::from(found);
        found
    }

    /// Where an error about a missing token points: the next token, or
    /// just past the end.
    fn here(&self) -> Range<usize> {
        self.peek()
            .map_or(self.end..self.end + 1, |t| t.span.clone())
    }

    fn or(&mut self) -> Result<Expr, QueryError> {
        let mut parts = vec![self.and()?];
        while self.keyword("or") {
            parts.push(self.and()?);
        }
        Ok(if parts.len() == 1 {
            parts.remove(0)
        } else {
            Expr::Or(parts)
        })
    }

    fn and(&mut self) -> Result<Expr, QueryError> {
        let mut parts = vec![self.unary()?];
        while self.keyword("and") {
            parts.push(self.unary()?);
        }
        Ok(if parts.len() == 1 {
            parts.remove(0)
        } else {
            Expr::And(parts)
        })
    }

    fn unary(&mut self) -> Result<Expr, QueryError> {
        let at = self.here();
        if self.keyword("not") {
            self.enter(at)?;
            let inner = self.unary()?;
            self.depth -= 1;
            return Ok(Expr::Not(Box::new(inner)));
        }
        self.primary()
    }

    /// Goes one level deeper at `span`, refusing to go beyond [`MAX_DEPTH`].
    fn enter(&mut self, span: Range<usize>) -> Result<(), QueryError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(
                QueryError::new(span, crate::msg!("query.too-deep", depth = MAX_DEPTH))
                    .with_hint(crate::msg!("query.too-deep-hint")),
            );
        }
        Ok(())
    }

    fn primary(&mut self) -> Result<Expr, QueryError> {
        let Some(token) = self.next() else {
            return Err(QueryError::new(
                self.end..self.end + 1,
                crate::msg!("query.ends-early"),
            ));
        };
        match token.kind {
            TokenKind::LParen => {
                self.enter(token.span.clone())?;
                let inner = self.or()?;
                self.depth -= 1;
                match self.next() {
                    Some(Token {
                        kind: TokenKind::RParen,
                        ..
                    }) => Ok(inner),
                    _ => Err(
                        QueryError::new(token.span, crate::msg!("query.paren-not-closed"))
                            .with_hint(crate::msg!("query.paren-not-closed-hint")),
                    ),
                }
            }
            TokenKind::Word(w) if w.eq_ignore_ascii_case("exists") => {
                let field = self.field()?;
                Ok(Expr::Exists(field))
            }
            _ => {
                self.at -= 1;
                let field = self.field()?;
                self.condition(field)
            }
        }
    }

    /// Reads a field name.
    fn field(&mut self) -> Result<FieldRef, QueryError> {
        let span = self.here();
        match self.next() {
            Some(Token {
                kind: TokenKind::Word(w),
                span,
            }) if !KEYWORDS.iter().any(|k| w.eq_ignore_ascii_case(k)) => {
                Ok(FieldRef { name: w, span })
            }
            Some(Token {
                kind: TokenKind::Quoted(_),
                span,
            }) => Err(QueryError::new(span, crate::msg!("query.field-quoted"))
                .with_hint(crate::msg!("query.field-quoted-hint"))),
            Some(t) => Err(QueryError::new(
                t.span,
                crate::msg!("query.expected-field-found", found = t.kind.describe()),
            )),
            None => Err(QueryError::new(span, crate::msg!("query.expected-field"))),
        }
    }

    /// Reads what follows a field: an operator and its value or list.
    fn condition(&mut self, field: FieldRef) -> Result<Expr, QueryError> {
        let span = self.here();
        let Some(token) = self.next() else {
            return Err(QueryError::new(
                span,
                crate::msg!("query.expected-operator", field = field.name.as_str()),
            )
            .with_hint(operators()));
        };
        match token.kind {
            TokenKind::Op(op) => {
                let value = self.value(op.as_str())?;
                Ok(Expr::Compare { field, op, value })
            }
            TokenKind::Contains | TokenKind::NotContains => {
                let negated = token.kind == TokenKind::NotContains;
                let value = self.value(if negated { "!~" } else { "~" })?;
                Ok(Expr::Contains {
                    field,
                    value,
                    negated,
                })
            }
            ref k if is_keyword(k, "has") => {
                let value = self.value("has")?;
                Ok(Expr::Has { field, value })
            }
            ref k if is_keyword(k, "in") => {
                let values = self.list()?;
                Ok(Expr::In {
                    field,
                    values,
                    negated: false,
                })
            }
            ref k if is_keyword(k, "not") && self.keyword("in") => {
                let values = self.list()?;
                Ok(Expr::In {
                    field,
                    values,
                    negated: true,
                })
            }
            other => Err(QueryError::new(
                token.span,
                crate::msg!(
                    "query.expected-operator-found",
                    field = field.name.as_str(),
                    found = other.describe()
                ),
            )
            .with_hint(operators())),
        }
    }

    fn value(&mut self, after: &str) -> Result<Literal, QueryError> {
        let span = self.here();
        match self.next() {
            Some(Token {
                kind: TokenKind::Word(text),
                span,
            }) => Ok(Literal {
                text,
                quoted: false,
                span,
            }),
            Some(Token {
                kind: TokenKind::Quoted(text),
                span,
            }) => Ok(Literal {
                text,
                quoted: true,
                span,
            }),
            Some(t) => Err(QueryError::new(
                t.span,
                crate::msg!(
                    "query.expected-value-found",
                    after = after,
                    found = t.kind.describe()
                ),
            )
            .with_hint(hint_for_value(after))),
            None => Err(
                QueryError::new(span, crate::msg!("query.expected-value", after = after))
                    .with_hint(hint_for_value(after)),
            ),
        }
    }

    fn list(&mut self) -> Result<Vec<Literal>, QueryError> {
        let open = self.here();
        match self.next() {
            Some(Token {
                kind: TokenKind::LBracket,
                ..
            }) => {}
            _ => {
                return Err(QueryError::new(open, crate::msg!("query.expected-bracket"))
                    .with_hint(crate::msg!("query.expected-bracket-hint")));
            }
        }
        let mut values = Vec::new();
        loop {
            if let Some(Token {
                kind: TokenKind::RBracket,
                ..
            }) = self.peek()
            {
                self.at += 1;
                return Ok(values);
            }
            values.push(self.value("in [")?);
            match self.next() {
                Some(Token {
                    kind: TokenKind::Comma,
                    ..
                }) => {}
                Some(Token {
                    kind: TokenKind::RBracket,
                    ..
                }) => return Ok(values),
                _ => {
                    return Err(
                        QueryError::new(open, crate::msg!("query.bracket-not-closed"))
                            .with_hint(crate::msg!("query.bracket-not-closed-hint")),
                    );
                }
            }
        }
    }
}

const KEYWORDS: &[&str] = &["and", "or", "not", "has", "in", "exists"];

fn is_keyword(kind: &TokenKind, word: &str) -> bool {
    matches!(kind, TokenKind::Word(w) if w.eq_ignore_ascii_case(word))
}

fn hint_for_value(after: &str) -> String {
    crate::msg!("query.value-hint", after = after)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::ast::CmpOp;

    fn shape(text: &str) -> String {
        fn show(e: &Expr) -> String {
            match e {
                Expr::And(p) => {
                    format!("(and {})", p.iter().map(show).collect::<Vec<_>>().join(" "))
                }
                Expr::Or(p) => format!("(or {})", p.iter().map(show).collect::<Vec<_>>().join(" ")),
                Expr::Not(e) => format!("(not {})", show(e)),
                Expr::Compare { field, op, value } => {
                    format!("{}{}{}", field.name, op.as_str(), value.text)
                }
                Expr::Contains {
                    field,
                    value,
                    negated,
                } => format!(
                    "{}{}{}",
                    field.name,
                    if *negated { "!~" } else { "~" },
                    value.text
                ),
                Expr::Has { field, value } => format!("{} has {}", field.name, value.text),
                Expr::In {
                    field,
                    values,
                    negated,
                } => format!(
                    "{}{}in[{}]",
                    field.name,
                    if *negated { " not " } else { " " },
                    values
                        .iter()
                        .map(|v| v.text.as_str())
                        .collect::<Vec<_>>()
                        .join(",")
                ),
                Expr::Exists(f) => format!("exists {}", f.name),
            }
        }
        show(&parse(text).unwrap().unwrap())
    }

    #[test]
    fn and_binds_tighter_than_or() {
        assert_eq!(
            shape("a = 1 or b = 2 and not c = 3"),
            "(or a=1 (and b=2 (not c=3)))"
        );
        assert_eq!(
            shape("(a = 1 OR b = 2) AND c ~ x"),
            "(and (or a=1 b=2) c~x)"
        );
    }

    #[test]
    fn reads_every_form_of_condition() {
        assert_eq!(shape("tags has vip"), "tags has vip");
        assert_eq!(shape("country in [LV, LT,]"), "country in[LV,LT]");
        assert_eq!(shape("country not in []"), "country not in[]");
        assert_eq!(shape("exists email"), "exists email");
        assert_eq!(shape("name !~ 'a b'"), "name!~a b");
        assert_eq!(shape("revenue<=10"), "revenue<=10");
        assert!(matches!(
            parse("a == 1").unwrap().unwrap(),
            Expr::Compare { op: CmpOp::Eq, .. }
        ));
        assert_eq!(parse("  ").unwrap(), None);
    }

    #[test]
    fn points_at_what_is_wrong() {
        let err = |t: &str| parse(t).unwrap_err();
        assert_eq!(err("stage customer").span, 6..14);
        assert_eq!(err("stage =").span, 7..8);
        assert_eq!(err("(stage = a").span, 0..1);
        assert_eq!(err("stage = a)").span, 9..10);
        assert_eq!(err("stage = a b = c").span, 10..11);
        assert_eq!(err("and = 1").message, "expected a field name, found `and`");
        assert_eq!(err("country in LV").message, "expected `[` after `in`");
        assert_eq!(err("country in [LV LT]").span, 11..12);
        assert!(err("\"name\" = x").hint.unwrap().contains("quote values"));
    }

    /// Found by the `query` fuzz target's first look (a stack overflow on
    /// 10,000 parentheses, from the command line or a saved segment).
    #[test]
    fn regression_deep_nesting_is_an_error_not_a_stack_overflow() {
        let deep = |n: usize| format!("{}a = 1{}", "(".repeat(n), ")".repeat(n));
        assert!(parse(&deep(MAX_DEPTH)).is_ok());
        let e = parse(&deep(100_000)).unwrap_err();
        assert_eq!(e.message, "the expression nests deeper than 100 levels");
        assert_eq!(e.span, MAX_DEPTH..MAX_DEPTH + 1, "the first `(` too deep");
        let nots = format!("{}a = 1", "not ".repeat(100_000));
        let e = parse(&nots).unwrap_err();
        assert_eq!(e.span, 4 * MAX_DEPTH..4 * MAX_DEPTH + 3);
        assert!(parse(&format!("{}a = 1", "NOT ".repeat(MAX_DEPTH))).is_ok());
        // Mixed: groups and `not`s count together.
        let mixed = format!("{}a = 1{}", "not (".repeat(60), ")".repeat(60));
        assert!(parse(&mixed).is_err());
    }
}
