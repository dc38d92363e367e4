//! A list of strings written over several lines (`tags = [` … `]`), edited
//! so that every comment in it survives.
//!
//! toml_edit keeps the text around each element, but not where a reader
//! sees it: the comment after `"vip",` is the *next* element's prefix. A
//! [`Layout`] moves each piece of text to the element it belongs to: an
//! element's `lead` (the comment lines above it and its indentation) and
//! its `tail` (the rest of its line after the comma, its comment and the
//! line break). Elements can then be kept, moved, removed and added, each
//! with its own comments, and the list written back.
//!
//! A list on one line holds no comment (a comment runs to the end of the
//! line); it is written afresh.

use std::collections::HashMap;

use toml_edit::{Array, Value};

/// The text around the elements of a list written over several lines.
#[derive(Clone, Debug)]
pub(crate) struct Layout {
    /// After `[`, to the end of its line (`" # the tags\n"`).
    open: String,
    lines: Vec<Line>,
    /// The lines between the last element's line and `]`, and the
    /// indentation of `]`.
    end: String,
    trailing_comma: bool,
}

/// One element of a list with the text that belongs to it.
#[derive(Clone, Debug)]
pub(crate) struct Line {
    /// The element, as written, without the text around it.
    pub(crate) value: Value,
    /// The comment lines above the element and its indentation.
    lead: String,
    /// Spaces between the element and its comma.
    suffix: String,
    /// After the comma, to the end of the element's line (empty when the
    /// next element is on the same line).
    tail: String,
}

impl Line {
    /// Returns the element's string, if it is one.
    pub(crate) fn text(&self) -> Option<&str> {
        self.value.as_str()
    }

    /// Returns the text around the element: what a merge compares.
    pub(crate) fn decor(&self) -> (&str, &str) {
        (&self.lead, &self.tail)
    }

    /// Gives the element the text around `other`.
    pub(crate) fn take_decor(&mut self, other: &Line) {
        self.lead = other.lead.clone();
        self.tail = other.tail.clone();
    }
}

/// Splits a piece of text between elements at its first line break: the
/// end of one line (break included), and what follows.
fn split(text: &str) -> (&str, &str) {
    match text.find('\n') {
        Some(k) => (&text[..=k], &text[k + 1..]),
        None => ("", text),
    }
}

/// Returns the lines of `text` up to its last line break (the comment
/// lines it holds), without the indentation that follows.
fn whole_lines(text: &str) -> &str {
    text.rfind('\n').map_or("", |k| &text[..=k])
}

impl Layout {
    /// Reads the layout of `array`; None when it is written on one line.
    pub(crate) fn of(array: &Array) -> Option<Layout> {
        let prefix = |v: &Value| {
            v.decor()
                .prefix()
                .and_then(|p| p.as_str())
                .unwrap_or("")
                .to_string()
        };
        let suffix = |v: &Value| {
            v.decor()
                .suffix()
                .and_then(|p| p.as_str())
                .unwrap_or("")
                .to_string()
        };
        let trailing = array.trailing().as_str().unwrap_or("").to_string();
        let values: Vec<&Value> = array.iter().collect();
        let mut after = trailing;
        if !array.trailing_comma()
            && let Some(last) = values.last()
        {
            after = suffix(last) + &after;
        }
        let multiline = after.contains('\n')
            || values
                .iter()
                .any(|v| prefix(v).contains('\n') || suffix(v).contains('\n'));
        if !multiline {
            return None;
        }
        let mut open = String::new();
        let mut lines: Vec<Line> = Vec::with_capacity(values.len());
        for (i, v) in values.iter().enumerate() {
            let p = prefix(v);
            let (end_of_before, lead) = split(&p);
            match lines.last_mut() {
                Some(before) => before.tail = end_of_before.to_string(),
                None => open = end_of_before.to_string(),
            }
            let mut value = (*v).clone();
            value.decor_mut().clear();
            let last_without_comma = i + 1 == values.len() && !array.trailing_comma();
            lines.push(Line {
                value,
                lead: lead.to_string(),
                suffix: if last_without_comma {
                    String::new()
                } else {
                    suffix(v)
                },
                tail: String::new(),
            });
        }
        let (end_of_last, end) = split(&after);
        match lines.last_mut() {
            Some(last) => last.tail = end_of_last.to_string(),
            None => open = end_of_last.to_string(),
        }
        Some(Layout {
            open,
            lines,
            end: end.to_string(),
            trailing_comma: array.trailing_comma(),
        })
    }

    /// Returns the elements with their text.
    pub(crate) fn lines(&self) -> &[Line] {
        &self.lines
    }

    /// Gives the list the text before its first and after its last
    /// element that `other` has.
    pub(crate) fn take_ends(&mut self, other: &Layout) {
        self.open = other.open.clone();
        self.end = other.end.clone();
    }

    /// Returns (open, end), what a merge compares.
    pub(crate) fn ends(&self) -> (&str, &str) {
        (&self.open, &self.end)
    }

    /// Removes the element at `i` and the rest of its line (its comment);
    /// the comment lines above it stay, above the element that follows.
    fn remove(&mut self, i: usize) -> Line {
        let removed = self.lines.remove(i);
        // Elements before it on its line keep the line's end.
        let before = match i.checked_sub(1) {
            Some(k) => &mut self.lines[k].tail,
            None => &mut self.open,
        };
        if !before.contains('\n') && removed.tail.contains('\n') {
            *before = removed.tail.clone();
        }
        let above = whole_lines(&removed.lead);
        match self.lines.get_mut(i) {
            // The next element was on its line: it starts the line now.
            Some(next) if !removed.tail.contains('\n') => next.lead = removed.lead.clone(),
            Some(next) => next.lead.insert_str(0, above),
            None => self.end.insert_str(0, above),
        }
        removed
    }

    /// Returns the indentation of the last element: a new one's.
    fn indent(&self) -> String {
        self.lines
            .last()
            .map(|l| l.lead.rsplit('\n').next().unwrap_or("").to_string())
            .unwrap_or_else(|| "  ".to_string())
    }

    /// Makes the list hold the strings `wanted`, in that order: elements
    /// still wanted keep their comments, one no longer wanted goes with
    /// the rest of its line, new ones go on lines of their own.
    pub(crate) fn relist(&mut self, wanted: &[String]) {
        let indent = self.indent();
        // First remove, in the order of the file, what is not wanted (the
        // first of equal elements is the one kept).
        let mut need: HashMap<&str, usize> = HashMap::new();
        for w in wanted {
            *need.entry(w.as_str()).or_default() += 1;
        }
        let mut i = 0;
        while i < self.lines.len() {
            let keep = self.lines[i]
                .text()
                .and_then(|t| need.get_mut(t))
                .is_some_and(|n| {
                    if *n == 0 {
                        return false;
                    }
                    *n -= 1;
                    true
                });
            if keep {
                i += 1;
            } else {
                self.remove(i);
            }
        }
        // Then put the rest in the order wanted, adding what is new.
        let mut old: Vec<Option<Line>> = std::mem::take(&mut self.lines)
            .into_iter()
            .map(Some)
            .collect();
        let mut lines = Vec::with_capacity(wanted.len());
        for w in wanted {
            let found = old
                .iter_mut()
                .find(|l| l.as_ref().is_some_and(|l| l.text() == Some(w.as_str())))
                .and_then(Option::take);
            lines.push(found.unwrap_or_else(|| Line {
                value: Value::from(w.as_str()),
                lead: indent.clone(),
                suffix: String::new(),
                tail: "\n".to_string(),
            }));
        }
        self.lines = lines;
    }

    /// Writes the list back as an array (its own decoration, the text
    /// around the whole list, left to the caller).
    pub(crate) fn render(&self) -> Array {
        let mut array = Array::new();
        let mut before = self.open.clone();
        let n = self.lines.len();
        for (i, line) in self.lines.iter().enumerate() {
            let mut value = line.value.clone();
            let last_without_comma = i + 1 == n && !self.trailing_comma;
            let suffix = if last_without_comma {
                format!("{}{}{}", line.suffix, line.tail, self.end)
            } else {
                line.suffix.clone()
            };
            value
                .decor_mut()
                .set_prefix(format!("{before}{}", line.lead));
            value.decor_mut().set_suffix(suffix);
            array.push_formatted(value);
            before = line.tail.clone();
        }
        if n == 0 {
            array.set_trailing(format!("{}{}", self.open, self.end));
        } else if self.trailing_comma {
            array.set_trailing_comma(true);
            array.set_trailing(format!("{before}{}", self.end));
        }
        array
    }
}

/// Returns `old` made to hold the strings `wanted`, keeping the comments of
/// the elements that stay and every comment line; a list on one line is
/// written afresh.
pub(crate) fn relist(old: Option<&Array>, wanted: &[String]) -> Array {
    match old.and_then(Layout::of) {
        Some(mut layout) => {
            layout.relist(wanted);
            layout.render()
        }
        None => {
            let mut array = Array::new();
            for w in wanted {
                array.push(w.as_str());
            }
            array
        }
    }
}

/// The three-way merge of the text of a list whose elements merged to
/// `wanted`: laid out as ours (as theirs when only theirs is written over
/// several lines), each element with ours' comments, or theirs' where
/// theirs changed them and ours left them as in the base. None when no
/// side is written over several lines: nothing to keep.
pub(crate) fn merge(
    base: Option<&Array>,
    ours: Option<&Array>,
    theirs: Option<&Array>,
    wanted: &[String],
) -> Option<Array> {
    let (b, o, t) = (
        base.and_then(Layout::of),
        ours.and_then(Layout::of),
        theirs.and_then(Layout::of),
    );
    let mut layout = o.clone().or_else(|| t.clone())?;
    layout.relist(wanted);
    if let (Some(o), Some(t)) = (&o, &t) {
        for line in &mut layout.lines {
            let Some(text) = line.text() else {
                continue;
            };
            let in_t = find(t, text);
            let (db, dour, dt) = (
                b.as_ref().and_then(|b| find(b, text)).map(Line::decor),
                find(o, text).map(Line::decor),
                in_t.map(Line::decor),
            );
            let take = match (dour, dt) {
                (_, None) => false,
                (None, Some(_)) => true,
                (Some(dour), Some(dt)) => Some(dour) == db && Some(dt) != db,
            };
            if take && let Some(source) = in_t {
                line.take_decor(source);
            }
        }
        let (eb, eo, et) = (b.as_ref().map(Layout::ends), Some(o.ends()), Some(t.ends()));
        if eo == eb && et != eb {
            layout.take_ends(t);
        }
    }
    Some(layout.render())
}

/// Returns the first element of `layout` that is the string `text`.
fn find<'l>(layout: &'l Layout, text: &str) -> Option<&'l Line> {
    layout.lines().iter().find(|x| x.text() == Some(text))
}
