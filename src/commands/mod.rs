//! One module per subcommand: each parses its arguments, calls the library
//! and hands rows to the printer. The [`Context`] resolves what every command
//! shares (the book, today) once.

mod add;
mod agenda;
mod case;
mod check;
pub(crate) mod complete;
mod completions;
mod deal;
mod done;
mod dupes;
mod edit;
mod export;
mod forget;
mod history;
mod import;
mod init;
mod log;
mod merge;
mod merge_driver;
mod query;
mod report;
mod rm;
mod segment;
mod segment_rfm;
mod set;
mod show;
mod tell;
mod timeline;
mod undo;

use std::io::IsTerminal;
use std::path::PathBuf;

use chrono::NaiveDate;

use crate::book::Book;
use crate::book::undo::Recorder;
use crate::cli::{Cli, Command};
use crate::error::{Error, Result};
use crate::lang::{self, Lang};
use crate::model::date::parse_day;

use tell::autocommit;

/// What every command shares, resolved from flags and the environment.
pub struct Context {
    book_arg: Option<PathBuf>,
    /// `--no-cache`: bulk reads read every file.
    no_cache: bool,
    /// The day treated as today (`--today`, `$RAPPORT_TODAY`, or the clock).
    pub today: NaiveDate,
    /// What the books opened record their writes with (in a dry run, the
    /// writes planned).
    recorder: Recorder,
    /// `--lang` or `$RAPPORT_LANG`: before the book's `language`.
    lang: Option<Lang>,
}

impl Context {
    /// Resolves the global flags.
    pub fn new(cli: &Cli) -> Result<Context> {
        let clock = chrono::Local::now().date_naive();
        let today = match &cli.today {
            Some(text) if !text.is_empty() => parse_day(text, clock)
                .map_err(|e| Error::usage(format!("--today / $RAPPORT_TODAY: {e}")))?,
            _ => clock,
        };
        let recorder = if cli.command.dry_run() {
            Recorder::dry_run()
        } else {
            Recorder::default()
        };
        Ok(Context {
            book_arg: cli.book.clone(),
            no_cache: cli.no_cache,
            today,
            recorder,
            lang: match cli.lang {
                Some(lang) => Some(lang),
                None => language_from_environment()?,
            },
        })
    }

    /// Finds and opens the book.
    pub fn book(&self) -> Result<Book> {
        let cwd = std::env::current_dir().map_err(|e| Error::io(&PathBuf::from("."), e))?;
        let book = Book::find(
            self.book_arg.as_deref(),
            std::env::var_os("RAPPORT_BOOK"),
            &cwd,
        )?;
        // The language is chosen once per run, here, where the book's
        // `language` is known; a command without a book takes the flag or
        // the locale (`lang::current`).
        lang::init(lang::choose(self.lang, book.settings.language, |name| {
            std::env::var(name).ok()
        }));
        let book = book.with_recorder(self.recorder.clone());
        let book = match crate::output::progress::Bar::on_terminal(
            // Once per run: the bar keeps its words for the run.
            crate::msg!("progress.reading-customers").leak(),
        ) {
            Some(bar) => book.with_progress(std::sync::Arc::new(bar)),
            None => book,
        };
        Ok(if self.no_cache {
            book.without_cache()
        } else {
            book
        })
    }

    /// Returns the moment the run is as of, for what is due by the hour
    /// (an SLA deadline): the clock's time when `today` is the real day; the
    /// end of `today` for another day (`--today`), so a listing of a past
    /// day shows what was due by its end.
    pub fn now(&self) -> chrono::NaiveDateTime {
        let clock = chrono::Local::now().naive_local();
        if clock.date() == self.today {
            clock
        } else {
            (self.today + chrono::Days::new(1)).and_time(chrono::NaiveTime::MIN)
        }
    }

    /// Returns the `--book` flag, for commands that create a book.
    pub fn book_arg(&self) -> Option<&std::path::Path> {
        self.book_arg.as_deref()
    }
}

/// Returns the language `$RAPPORT_LANG` names; None when it is unset or
/// empty (as `--today` reads `$RAPPORT_TODAY`).
fn language_from_environment() -> Result<Option<Lang>> {
    match std::env::var("RAPPORT_LANG") {
        Ok(text) if !text.trim().is_empty() => Lang::parse(&text).map(Some).ok_or_else(|| {
            Error::usage(format!(
                "$RAPPORT_LANG is `{text}`; rapport speaks {}",
                Lang::CHOICES
            ))
        }),
        _ => Ok(None),
    }
}

/// Runs the command the user asked for.
pub fn run(cli: Cli) -> Result<()> {
    let ctx = Context::new(&cli)?;
    if let Some(lang) = ctx.lang {
        lang::init(lang);
    }
    let dry_run = cli.command.dry_run();
    dispatch(&ctx, cli.command)?;
    if dry_run {
        undo::print_plan(&ctx.recorder.planned())?;
    }
    Ok(())
}

/// Runs one command.
fn dispatch(ctx: &Context, command: Command) -> Result<()> {
    match command {
        Command::Init(args) => init::run(ctx, args),
        Command::Add(args) => add::run(ctx, args),
        Command::Show(args) => show::run(ctx, args),
        Command::Set(args) => set::run(ctx, args),
        Command::Log(args) => log::run(ctx, args),
        Command::Edit(args) => edit::run(ctx, args),
        Command::Rm(args) => rm::run(ctx, args),
        Command::Check(args) => check::run(ctx, args),
        Command::Report(args) => report::run(ctx, args),
        Command::Agenda(args) => agenda::run(ctx, args),
        Command::Done(args) => done::run(ctx, args),
        Command::Completions(args) => completions::run(args),
        Command::Man(args) => completions::man(args),
        Command::History(args) => history::run(ctx, args),
        Command::Dupes(args) => dupes::run(ctx, args),
        Command::Merge(args) => merge::run(ctx, args),
        Command::Forget(args) => forget::run(ctx, args),
        Command::MergeDriver(args) => merge_driver::run(args),
        Command::Query(args) => query::run(ctx, args),
        Command::Segment(args) => segment::run(ctx, args),
        Command::Import(args) => import::run(ctx, args),
        Command::Export(args) => export::run(ctx, args),
        Command::Deal(args) => deal::run(ctx, args),
        Command::Case(args) => case::run(ctx, args),
        Command::Timeline(args) => timeline::run(ctx, args),
        Command::Undo(args) => undo::run(ctx, args),
    }
}

/// Asks a yes/no question on the terminal; false when stdin is not one.
fn confirm(question: &str, default: bool) -> bool {
    if !std::io::stdin().is_terminal() {
        return false;
    }
    let choices = if default { "[Y/n]" } else { "[y/N]" };
    eprint!("{question} {choices} ");
    let mut answer = String::new();
    if std::io::stdin().read_line(&mut answer).is_err() {
        return false;
    }
    match answer.trim().to_lowercase().as_str() {
        "" => default,
        "y" | "yes" => true,
        _ => false,
    }
}

/// Asks before a write that changes `count` customers, when more than one
/// and on a terminal, unless `yes`; a pipe goes ahead. Refusing is an error
/// that says nothing changed. `what`: `set`, `merge` or `import`, the
/// command that asks (`confirm.many` says it in words).
fn confirm_many(count: usize, what: &str, yes: bool) -> Result<()> {
    if !must_ask(count, yes, std::io::stdin().is_terminal()) {
        return Ok(());
    }
    if confirm(
        &crate::msg!("confirm.many", what = what, count = count),
        false,
    ) {
        Ok(())
    } else {
        Err(Error::data(crate::msg!("confirm.nothing-changed")))
    }
}

/// Returns true when a write to `count` customers asks first: more than
/// one, not `--yes`, and stdin is a terminal.
fn must_ask(count: usize, yes: bool, terminal: bool) -> bool {
    count > 1 && !yes && terminal
}

#[cfg(test)]
mod tests {
    use super::must_ask;

    #[test]
    fn only_a_write_to_several_customers_on_a_terminal_without_yes_asks() {
        assert!(must_ask(2, false, true));
        assert!(!must_ask(1, false, true), "one customer");
        assert!(!must_ask(0, false, true), "nothing to write");
        assert!(!must_ask(16, true, true), "--yes");
        assert!(!must_ask(16, false, false), "a pipe");
    }
}
