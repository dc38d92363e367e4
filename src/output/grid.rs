//! A table as people read it: text already in its display form, with
//! alignment, bold and shading. The terminal table, markdown and html all
//! print grids, derived here from a described [`Table`] (a report's) or
//! from [`Rows`] (a listing's).

use crate::diag::visible;
use crate::lang::Catalogue;
use crate::table::{Audience, Cell, Layout, Rows, Table, Value};

/// A table of text for people. Every text in it (title, headers, cells) is
/// [`visible`]: a control character from the data (an escape sequence, a
/// newline, a tab) is a symbol, so a cell can neither drive the terminal
/// nor forge a row. The table, markdown and html print only grids.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Grid {
    pub title: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<Shown>>,
}

/// One cell of a grid.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Shown {
    pub text: String,
    /// Numbers are right-aligned.
    pub numeric: bool,
    /// In html, a background shade from 0 (none) to 1 (full), for heat maps.
    pub shade: Option<f64>,
    /// Totals and headings within a table are bold.
    pub strong: bool,
}

impl Shown {
    fn text(text: impl Into<String>) -> Shown {
        Shown {
            text: text.into(),
            ..Shown::default()
        }
    }
}

impl Grid {
    /// Returns a described table as people read it: the columns for
    /// everyone, each value in its column's form (or as the report wrote
    /// it), laid out as the table says; labels and numbers in the
    /// language of `lang`.
    pub fn of_table(table: &Table, lang: &Catalogue) -> Grid {
        let shown: Vec<usize> = (0..table.columns.len())
            .filter(|&i| table.columns[i].audience != Audience::Machines)
            .collect();
        let show = |i: usize, value: &Value| {
            let form = table.columns[i].form;
            let text = match &value.shown {
                Some(text) => visible(&lang.label(text)).into_owned(),
                None if form.is_numeric() => {
                    shown_text(lang.number(&form.show(&value.cell)).into_owned())
                }
                None if matches!(value.cell, Cell::Date(_)) => {
                    shown_text(lang.date(&form.show(&value.cell)).into_owned())
                }
                None => shown_text(form.show(&value.cell)),
            };
            Shown {
                // A blank cell is no number: it aligns like text.
                numeric: form.is_numeric() && !text.is_empty(),
                text,
                shade: value.shade,
                strong: value.strong,
            }
        };
        let title = shown_text(lang.label(&table.title));
        match &table.layout {
            Layout::Rows => Grid {
                title,
                header: shown
                    .iter()
                    .map(|&i| shown_text(lang.label(&table.columns[i].header)))
                    .collect(),
                rows: table
                    .rows
                    .iter()
                    .map(|r| shown.iter().map(|&i| show(i, &r.values[i])).collect())
                    .collect(),
            },
            Layout::Transposed {
                corner,
                heads,
                single,
            } => {
                let rows: Vec<_> = table.rows.iter().filter(|r| !r.total).collect();
                let mut header = vec![shown_text(lang.label(corner))];
                match heads {
                    Some(h) => header.extend(rows.iter().map(|r| {
                        let value = &r.values[*h];
                        shown_text(match &value.shown {
                            Some(label) => lang.label(label),
                            None => value.cell.to_string(),
                        })
                    })),
                    None => header.push(shown_text(lang.label(single))),
                }
                let grid_rows = shown
                    .iter()
                    .filter(|&&i| Some(i) != *heads)
                    .map(|&i| {
                        let column = &table.columns[i];
                        let indent = if column.part { "  " } else { "" };
                        let mut line = vec![Shown::text(format!(
                            "{indent}{}",
                            visible(&lang.label(&column.header))
                        ))];
                        line.extend(rows.iter().map(|r| show(i, &r.values[i])));
                        line
                    })
                    .collect();
                Grid {
                    title,
                    header,
                    rows: grid_rows,
                }
            }
        }
    }

    /// Returns listing rows as people read them, each cell as `text` writes
    /// it; numbers are right-aligned.
    pub fn of_rows(rows: &Rows, text: impl Fn(&Cell) -> String) -> Grid {
        Grid {
            title: String::new(),
            header: rows.columns.iter().map(|h| shown_text(h.clone())).collect(),
            rows: rows
                .rows
                .iter()
                .map(|r| {
                    r.iter()
                        .map(|c| Shown {
                            text: shown_text(text(c)),
                            numeric: c.is_numeric(),
                            ..Shown::default()
                        })
                        .collect()
                })
                .collect(),
        }
    }

    /// Returns, for each column, whether any of its cells is a number.
    pub fn numeric_columns(&self) -> Vec<bool> {
        (0..self.header.len())
            .map(|i| {
                self.rows
                    .iter()
                    .any(|r| r.get(i).is_some_and(|s| s.numeric))
            })
            .collect()
    }
}

/// Returns `text` [`visible`], reusing it when it has no control character.
fn shown_text(text: String) -> String {
    match visible(&text) {
        std::borrow::Cow::Borrowed(_) => text,
        std::borrow::Cow::Owned(shown) => shown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::table::{Column, Form, Label, Row};

    fn kpis() -> Table {
        let mut t = Table::new(
            Label::new("t", "Key figures"),
            vec![
                Column::new("group", "group", Form::Text),
                Column::new("since", "since", Form::Text).for_machines(),
                Column::new("customers", "customers", Form::Count),
                Column::new("lead", "lead", Form::Count).part(),
                Column::new("churn_rate", "churn rate", Form::Share),
            ],
        );
        for (group, n, rate) in [("(all)", 3, Some(0.5)), ("ana", 1, None)] {
            t.push(Row::new([
                Cell::Text(group.into()),
                Cell::Text("2026-01-01".into()),
                Cell::count(n),
                Cell::count(1),
                Cell::float(rate),
            ]));
        }
        t
    }

    #[test]
    fn people_read_the_headers_and_forms_without_the_machine_columns() {
        let grid = Grid::of_table(&kpis(), Catalogue::of(crate::lang::Lang::En));
        assert_eq!(grid.header, ["group", "customers", "lead", "churn rate"]);
        let texts: Vec<&str> = grid.rows[1].iter().map(|s| s.text.as_str()).collect();
        assert_eq!(texts, ["ana", "1", "1", "–"]);
        assert!(grid.rows[0][3].numeric);
        assert!(!grid.rows[0][0].numeric);
    }

    #[test]
    fn a_transposed_table_puts_the_figures_down_and_the_groups_across() {
        let mut t = kpis();
        t.layout = Layout::Transposed {
            corner: Label::new("figure", "figure"),
            heads: Some(0),
            single: Label::new("value", "value"),
        };
        let grid = Grid::of_table(&t, Catalogue::of(crate::lang::Lang::En));
        assert_eq!(grid.header, ["figure", "(all)", "ana"]);
        let firsts: Vec<&str> = grid.rows.iter().map(|r| r[0].text.as_str()).collect();
        assert_eq!(firsts, ["customers", "  lead", "churn rate"]);
        assert_eq!(grid.rows[2][1].text, "50.0 %");
    }

    #[test]
    fn a_blank_value_aligns_like_text() {
        let mut t = Table::new(
            Label::default(),
            vec![Column::new("converted", "converted", Form::Count)],
        );
        t.push(Row::new([Cell::Null]));
        let grid = Grid::of_table(&t, Catalogue::of(crate::lang::Lang::En));
        assert_eq!(grid.rows[0][0].text, "");
        assert!(!grid.rows[0][0].numeric);
    }
}
