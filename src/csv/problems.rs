//! Everything wrong with an import, collected before anything is written:
//! bad rows by line, values the book does not allow grouped by value, and
//! problems of whole columns.

use crate::lang::Arg;
use std::collections::BTreeMap;

use rayon::iter::Either;
use rayon::prelude::*;

use super::cells::Problem;

/// Reads rows `0..n` in parallel with `read`: what the good rows hold, in
/// file order, and the problems of the others. Each row is stored once
/// (no buffer of results beside the rows: a million rows are big).
pub fn read_rows<T: Send>(
    n: usize,
    read: impl Fn(usize) -> Result<T, (u64, Vec<Problem>)> + Sync + Send,
) -> (Vec<T>, Problems) {
    let (rows, bad): (Vec<T>, Vec<(u64, Vec<Problem>)>) =
        (0..n).into_par_iter().map(read).partition_map(|r| match r {
            Ok(row) => Either::Left(row),
            Err(bad) => Either::Right(bad),
        });
    let mut problems = Problems::default();
    for (line, list) in bad {
        for p in list {
            problems.add(line, p);
        }
    }
    (rows, problems)
}

/// The problems of one import file.
#[derive(Debug, Default)]
pub struct Problems {
    /// (line, reason), one per problem; a row may have several.
    pub rows: Vec<(u64, String)>,
    /// field → value → the lines it is on.
    pub unknown: BTreeMap<String, BTreeMap<String, Vec<u64>>>,
    /// Problems of a whole column or of the file.
    pub file: Vec<String>,
}

impl Problems {
    /// Records a problem of the row on `line`.
    pub fn add(&mut self, line: u64, problem: Problem) {
        match problem {
            Problem::Bad(why) => self.rows.push((line, why)),
            Problem::Unknown { field, value } => self
                .unknown
                .entry(field)
                .or_default()
                .entry(value)
                .or_default()
                .push(line),
        }
    }

    /// Adds every problem of `other`.
    pub fn merge(&mut self, other: Problems) {
        self.rows.extend(other.rows);
        for (field, values) in other.unknown {
            let slot = self.unknown.entry(field).or_default();
            for (value, lines) in values {
                slot.entry(value).or_default().extend(lines);
            }
        }
        self.file.extend(other.file);
    }

    /// Returns true when nothing is wrong.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty() && self.unknown.is_empty() && self.file.is_empty()
    }

    /// Returns the number of distinct bad rows.
    pub fn bad_rows(&self) -> usize {
        let mut lines: Vec<u64> = self.rows.iter().map(|(l, _)| *l).collect();
        for values in self.unknown.values() {
            for l in values.values() {
                lines.extend(l);
            }
        }
        lines.sort_unstable();
        lines.dedup();
        lines.len()
    }

    /// Sorts the row problems by line, keeping each row's in order found.
    pub fn sort(&mut self) {
        self.rows.sort_by_key(|(line, _)| *line);
    }
}

/// Returns `lines 3, 5 and 9` (at most ten numbers, then how many more),
/// in the language of the run, for messages.
pub fn lines_text(lines: &[u64]) -> String {
    lines_said(lines, crate::lang::tr)
}

/// Returns [`lines_text`] in English, for the detail column of an
/// import's listing (machine output: the same bytes in every language).
pub fn lines_english(lines: &[u64]) -> String {
    let english = crate::lang::Catalogue::of(crate::lang::Lang::En);
    lines_said(lines, |id, args| {
        english.message(id, args).unwrap_or_default()
    })
}

fn lines_said(lines: &[u64], say: impl Fn(&str, &[(&str, Arg<'_>)]) -> String) -> String {
    const MAX: usize = 10;
    // Line numbers are text: they are never grouped (`line 12345`).
    let shown: Vec<String> = lines.iter().take(MAX).map(u64::to_string).collect();
    match shown.len() {
        1 => say("problems.line", &[("line", shown[0].as_str().into())]),
        _ if lines.len() > MAX => say(
            "problems.lines-more",
            &[
                ("lines", shown.join(", ").into()),
                ("more", (lines.len() - MAX).into()),
            ],
        ),
        _ => say("problems.lines", &[("lines", shown.join(", ").into())]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_read_in_parallel_keep_file_order() {
        let (rows, problems) = read_rows(100_000, |i| {
            if i % 7 == 0 {
                Err((i as u64 + 2, vec![Problem::Bad("seven".into())]))
            } else {
                Ok(i)
            }
        });
        assert!(rows.windows(2).all(|w| w[0] < w[1]), "in order");
        assert_eq!(rows.len() + problems.rows.len(), 100_000);
        assert!(problems.rows.windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(lines_text(&[3]), "line 3");
        assert_eq!(lines_text(&[3, 5]), "lines 3, 5");
    }
}
