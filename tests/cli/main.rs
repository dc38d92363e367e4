//! Integration tests: the real `rapport` binary on temporary books.
//! One file per command, as `test_<command>.rs`.

mod git_support;
mod support;

mod test_add;
mod test_autocommit;
mod test_dupes;
mod test_forget;
mod test_history;
mod test_merge_driver;
