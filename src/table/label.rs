//! Text people read in a report: headers, titles, notes.

use std::borrow::Cow;

/// A piece of text people read, kept as a message id, its English template
/// and the values it names: the printer looks the text up by `id` in the
/// language of the run ([`crate::lang::Catalogue::label`]) and fills in the
/// same values; [`Label::text`] is the English. Values come from the book
/// (a currency, a stage name) and are never translated; a value that is a
/// plain number is written in the language's number form.
///
/// A new label needs its message in `locales/*/rapport.ftl` (the id with
/// `-` for `.`): a test fails until the English file has it with the same
/// English, and another until every language has it.
///
/// Why not a plain `String`: a header such as `value (EUR)` would then be
/// one opaque text per currency, and a translation could not find it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Label {
    /// The message id (`value`, `pipeline.open`); empty for text taken from
    /// the data itself (a group, a stage, a month), which is shown as it is.
    pub id: Cow<'static, str>,
    /// The English text, with `{name}` where a value goes.
    pub english: Cow<'static, str>,
    /// The values of the `{name}`s, in any order.
    pub args: Vec<(&'static str, String)>,
}

impl Label {
    /// Returns a label with its message id and English text.
    pub const fn new(id: &'static str, english: &'static str) -> Label {
        Label {
            id: Cow::Borrowed(id),
            english: Cow::Borrowed(english),
            args: Vec::new(),
        }
    }

    /// Returns a label of text from the data (a group's name, a stage, a
    /// period): shown as it is, never translated.
    pub fn verbatim(text: impl Into<String>) -> Label {
        Label {
            id: Cow::Borrowed(""),
            english: Cow::Owned(text.into()),
            args: Vec::new(),
        }
    }

    /// Returns this label with `{name}` standing for `value`.
    pub fn with(mut self, name: &'static str, value: impl ToString) -> Label {
        self.args.push((name, value.to_string()));
        self
    }

    /// Returns the text people read: the English with its values filled in.
    pub fn text(&self) -> String {
        let mut text = self.english.to_string();
        for (name, value) in &self.args {
            text = text.replace(&format!("{{{name}}}"), value);
        }
        text
    }
}

impl From<String> for Label {
    /// Text from the data, shown as it is ([`Label::verbatim`]).
    fn from(text: String) -> Label {
        Label::verbatim(text)
    }
}

impl From<&str> for Label {
    /// Text from the data, shown as it is ([`Label::verbatim`]).
    fn from(text: &str) -> Label {
        Label::verbatim(text)
    }
}

impl Default for Label {
    fn default() -> Label {
        Label::new("", "")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_in_the_values_of_the_template() {
        let label = Label::new("value", "value ({currency})").with("currency", "EUR");
        assert_eq!(label.text(), "value (EUR)");
        assert_eq!(label.id, "value");
        assert_eq!(Label::verbatim("{x}").text(), "{x}");
    }
}
