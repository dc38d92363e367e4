//! Errors in an expression: a message, the span it is about, and a hint,
//! rendered with the expression and a caret under the offending word.

use std::ops::Range;

use crate::error::Error;

/// A problem in an expression.
#[derive(Clone, Debug, PartialEq)]
pub struct QueryError {
    pub message: String,
    pub hint: Option<String>,
    /// Byte range in the expression.
    pub span: Range<usize>,
    /// Where the expression came from, once known.
    pub origin: Option<Origin>,
}

/// Where an expression was written.
#[derive(Clone, Debug, PartialEq)]
pub enum Origin {
    /// On the command line.
    Argument { expression: String },
    /// A saved segment in rapport.toml, at this line.
    Segment {
        name: String,
        line: usize,
        expression: String,
    },
}

impl QueryError {
    /// Returns an error about `span` of the expression.
    pub fn new(span: Range<usize>, message: impl Into<String>) -> QueryError {
        QueryError {
            message: message.into(),
            hint: None,
            span,
            origin: None,
        }
    }

    /// Adds a hint.
    pub fn with_hint(mut self, hint: impl Into<String>) -> QueryError {
        self.hint = Some(hint.into());
        self
    }

    /// Sets where the expression came from, unless already known (an error
    /// inside a segment keeps the segment as its origin).
    pub fn within(mut self, origin: Origin) -> QueryError {
        if self.origin.is_none() {
            self.origin = Some(origin);
        }
        self
    }

    /// Returns the message followed by the expression with a caret under
    /// the span:
    ///
    /// ```text
    /// unknown field `reveune`
    ///   stage = customer and reveune > 1000
    ///                        ^^^^^^^
    /// ```
    pub fn render(&self) -> String {
        let (prefix, expression) = match &self.origin {
            None => (String::new(), None),
            Some(Origin::Argument { expression }) => (String::new(), Some(expression.as_str())),
            Some(Origin::Segment {
                name,
                line,
                expression,
            }) => (
                format!(
                    "rapport.toml:{line}: {}: ",
                    crate::msg!("query.in-segment", name = name.as_str())
                ),
                Some(expression.as_str()),
            ),
        };
        let mut out = format!("{prefix}{}", self.message);
        if let Some(text) = expression {
            out.push_str(&format!("\n  {text}\n  {}", caret(text, &self.span)));
        }
        out
    }
}

/// Returns the caret line under `span` of `text`, counted in characters.
fn caret(text: &str, span: &Range<usize>) -> String {
    let start = span.start.min(text.len());
    let end = span.end.clamp(start, text.len());
    let column = text.get(..start).map_or(start, |t| t.chars().count());
    let width = text.get(start..end).map_or(1, |t| t.chars().count()).max(1);
    format!("{}{}", " ".repeat(column), "^".repeat(width))
}

impl From<QueryError> for Error {
    /// An expression typed on the command line is a usage error (exit 2); one
    /// saved in rapport.toml is a problem in that file (exit 1).
    fn from(e: QueryError) -> Error {
        let err = match e.origin {
            Some(Origin::Segment { .. }) => Error::data(e.render()),
            _ => Error::usage(e.render()),
        };
        match e.hint {
            Some(h) => err.with_hint(h),
            None => err,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn puts_the_caret_under_the_word_counting_characters() {
        let e = QueryError::new(21..24, "unknown field `bar`").within(Origin::Argument {
            expression: "name ~ Ozoliņš and bar = 1".into(),
        });
        // "name ~ Ozoliņš and " is 19 characters but 21 bytes.
        let expected = format!(
            "unknown field `bar`\n  name ~ Ozoliņš and bar = 1\n  {}^^^",
            " ".repeat(19)
        );
        assert_eq!(e.render(), expected);
    }

    #[test]
    fn a_segment_error_names_rapport_toml_and_exits_1() {
        let e = QueryError::new(0..1, "bad").within(Origin::Segment {
            name: "vip".into(),
            line: 12,
            expression: "x".into(),
        });
        assert!(
            e.render()
                .starts_with("rapport.toml:12: in segment `vip`: bad")
        );
        assert_eq!(Error::from(e).exit_code(), 1);
    }
}
