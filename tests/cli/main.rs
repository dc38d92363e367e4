//! Integration tests: the real `rapport` binary on temporary books.
//! One file per command, as `test_<command>.rs`.

mod support;

mod generate;
mod test_add;
mod test_export;
mod test_import;
