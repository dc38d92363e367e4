//! The syntax tree of an expression, as written: fields and values are
//! still text, each with its span. [`super::eval`] resolves the fields and
//! types the values.

use std::ops::Range;

/// A comparison operator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl CmpOp {
    /// Returns the operator as written.
    pub fn as_str(self) -> &'static str {
        match self {
            CmpOp::Eq => "=",
            CmpOp::Ne => "!=",
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }

    /// Returns true for `<`, `<=`, `>`, `>=`.
    pub fn is_ordering(self) -> bool {
        !matches!(self, CmpOp::Eq | CmpOp::Ne)
    }
}

/// A field as written, with its span.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldRef {
    pub name: String,
    pub span: Range<usize>,
}

/// A value as written: a bare word or a quoted string, with its span.
#[derive(Clone, Debug, PartialEq)]
pub struct Literal {
    pub text: String,
    pub quoted: bool,
    pub span: Range<usize>,
}

/// An expression.
#[derive(Clone, Debug, PartialEq)]
pub enum Expr {
    And(Vec<Expr>),
    Or(Vec<Expr>),
    Not(Box<Expr>),
    /// `FIELD op VALUE`
    Compare {
        field: FieldRef,
        op: CmpOp,
        value: Literal,
    },
    /// `FIELD ~ VALUE` (or `!~` when negated)
    Contains {
        field: FieldRef,
        value: Literal,
        negated: bool,
    },
    /// `FIELD has VALUE`
    Has {
        field: FieldRef,
        value: Literal,
    },
    /// `FIELD in [A, B]` (or `not in` when negated)
    In {
        field: FieldRef,
        values: Vec<Literal>,
        negated: bool,
    },
    /// `exists FIELD`
    Exists(FieldRef),
}
