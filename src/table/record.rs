//! One record printed as a whole (`show ID`, `report clv --params`).

use super::{Cell, Rows};

/// One record printed as a whole: a title, named values, groups of named
/// values, and lists of rows (`show ID`: the fields, the figures, the
/// deals and the history).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Record {
    pub id: String,
    pub title: String,
    pub fields: Vec<(String, Cell)>,
    pub groups: Vec<(String, Vec<(String, Cell)>)>,
    pub lists: Vec<(String, Rows)>,
}
