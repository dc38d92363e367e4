//! Integration tests: the real `rapport` binary on temporary books.
//! One file per command, as `test_<command>.rs`.

mod support;

mod test_add;
