//! Integration tests: the real `rapport` binary on temporary books.
//! One file per command, as `test_<command>.rs`.

mod fixture;
mod support;

mod test_add;
mod test_query;
mod test_segment;
mod test_set_where;
