//! Leftover git conflict markers. A merge that stopped on a conflict leaves
//! `<<<<<<<`, `=======` and `>>>>>>>` lines in the file; TOML calls the first
//! of them "key with no value", which sends the user looking for the wrong
//! thing. The readers ask here first and name the conflict instead.

use std::ops::Range;

/// Returns the message for a file that still holds a conflict, in the
/// language of the run.
pub fn message() -> String {
    crate::msg!("model.conflict")
}

/// Returns the hint that goes with it.
pub fn hint() -> String {
    crate::msg!("model.conflict-hint")
}

/// Returns the byte range of the first conflict marker line in `text`, if
/// any: a line starting with seven `<`, `=` or `>` (and, for `<` and `>`,
/// nothing or a space after them, as git writes them).
pub fn first_marker(text: &str) -> Option<Range<usize>> {
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        if is_marker(content) {
            return Some(start..start + content.len());
        }
        start += line.len();
    }
    None
}

fn is_marker(line: &str) -> bool {
    ["<<<<<<<", ">>>>>>>", "|||||||"].iter().any(|m| {
        line == *m
            || line
                .strip_prefix(m)
                .is_some_and(|rest| rest.starts_with(' '))
    }) || line == "======="
}

#[cfg(test)]
mod tests {
    use super::first_marker;

    #[test]
    fn finds_the_first_marker_line() {
        let text = "name = \"A\"\n<<<<<<< HEAD\nstage = \"lead\"\n=======\nstage = \"customer\"\n>>>>>>> theirs\n";
        assert_eq!(first_marker(text), Some(11..23));
        assert_eq!(first_marker("name = \"<<<<<<< x\"\n"), None);
        assert_eq!(first_marker("a = 1\n=======\n"), Some(6..13));
        assert_eq!(first_marker("a = 1\n========\n"), None);
    }
}
