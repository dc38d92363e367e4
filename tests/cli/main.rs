//! Integration tests: the real `rapport` binary on temporary books.
//! One file per command, as `test_<command>.rs`.

mod git_support;
mod support;

mod generate;
mod test_add;
mod test_agenda;
mod test_autocommit;
mod test_check;
mod test_completions;
mod test_concurrency;
mod test_crash;
mod test_done;
mod test_dupes;
mod test_edit;
mod test_export;
mod test_forget;
mod test_history;
mod test_import;
mod test_init;
mod test_log;
mod test_merge_driver;
mod test_report_activity;
mod test_report_clv;
mod test_report_cohorts;
mod test_report_followups;
mod test_report_funnel;
mod test_report_html;
mod test_report_nps;
mod test_report_pipeline;
mod test_report_service;
mod test_report_summary;
mod test_rm;
mod test_safety;
mod test_segment_rfm;
mod test_set;
mod test_show;
