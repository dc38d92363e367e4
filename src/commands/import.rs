//! `rapport import FILE`: customers, `--interactions` or `--deals` from a
//! CSV file, or customers from vCards (`--vcard`), all or nothing. The
//! import itself is [`crate::csv::import`] (with [`crate::vcard`] reading
//! the cards); this prints what it tells and the `--dry-run` listing.

use crate::cli::ImportArgs;
use crate::csv::customers::{MatchBy, OnMatch};
use crate::csv::import::{self, Input, Listing, Options};
use crate::csv::mapping::Kind;
use crate::error::{Error, Result};
use crate::mail;
use crate::output::{Cell, Printer, Rows, stderr};

use super::Context;
use super::tell::{Bars, Stderr};
use crate::diag::Notes;

pub fn run(ctx: &Context, args: ImportArgs) -> Result<()> {
    if args.create && !args.mail && args.survey.is_none() {
        return Err(Error::usage(
            "--create is for --survey and --mail: a respondent or an address that matches no customer becomes a lead",
        ));
    }
    let book = ctx.book()?;
    if args.mail {
        return run_mail(ctx, &book, &args);
    }
    let kind = if args.interactions {
        Kind::Interactions
    } else if args.deals {
        Kind::Deals
    } else {
        Kind::Customers
    };
    if kind != Kind::Customers && (args.match_by.is_some() || args.on_match.is_some()) {
        return Err(Error::usage(crate::msg!("import.match-for-customers")));
    }
    if args.vcard {
        return vcard(ctx, &book, args);
    }
    if let Some(survey) = &args.survey {
        if args.match_by.is_some() || args.on_match.is_some() {
            return Err(Error::usage(
                "--match and --on-match are for customers; a survey finds each respondent by the `email` or `id` column",
            ));
        }
        let (name, def) = crate::survey::choose(&book.settings.surveys, Some(survey), None)?;
        let input = Input::read(&args.file)?;
        let options = import::SurveyOptions {
            create: args.create,
            anonymous: args.anonymous,
            encoding: args.encoding,
            delimiter: args.delimiter,
            dry_run: args.dry_run,
        };
        let outcome = import::run_survey(
            &book,
            input,
            name,
            def,
            &options,
            ctx.today,
            &Bars::default(),
            &Stderr,
        )?;
        stderr::note(&outcome.summary());
        return Ok(());
    }
    let input = Input::read(&args.file)?;
    let options = Options {
        kind,
        match_by: args.match_by.unwrap_or(MatchBy::Id),
        on_match: args.on_match.unwrap_or(OnMatch::Error),
        maps: args.maps,
        map_values: args.map_values,
        keep_unmapped: args.keep_unmapped,
        encoding: args.encoding,
        delimiter: args.delimiter,
        date_format: args.date_format,
        decimal_comma: args.decimal_comma,
        dry_run: args.dry_run,
        confirm: (!args.yes).then_some(ask as fn(usize) -> bool),
    };
    let outcome = import::run(&book, input, &options, ctx.today, &Bars::default(), &Stderr)?;
    tell(&outcome, args.format, kind)
}

/// Prints the `--dry-run` listing, and says what was done.
fn tell(
    outcome: &import::Outcome,
    format: Option<crate::output::Format>,
    kind: Kind,
) -> Result<()> {
    if let Some(listing) = &outcome.listing {
        Printer::stdout(format)
            .rows(&listing_rows(listing, kind))
            .map_err(Error::Output)?;
    }
    stderr::note(&outcome.summary());
    Ok(())
}

/// `import --vcard FILE|DIR`: the cards read (every problem of every file
/// refuses the import), turned into customer rows and imported by the
/// passes of a CSV import; a card imported again updates its customer.
fn vcard(ctx: &Context, book: &crate::book::Book, args: ImportArgs) -> Result<()> {
    use crate::vcard::{read, rows};
    let sources = read::sources(&args.file)?;
    let read::Cards { files, cards } = read::cards(sources, args.encoding.as_deref(), &Stderr)?;
    // One file: the rows are told at its lines. A folder: at lines counted
    // through its files in order, told back as `FILE:LINE` by `Located`.
    let name = if files.len() == 1 {
        files[0].clone()
    } else {
        crate::diag::shown_path(&args.file).into_owned()
    };
    let places: Vec<(u64, usize, u64)> = cards
        .iter()
        .enumerate()
        .map(|(i, (file, card))| {
            let row_line = if files.len() == 1 {
                card.line
            } else {
                i as u64 + 1
            };
            (row_line, *file, card.line)
        })
        .collect();
    let only: Vec<crate::vcard::Card> = cards.into_iter().map(|(_, c)| c).collect();
    let loaded = crate::book::load::load_all(book)?;
    let known = rows::Known::of(&loaded.customers);
    drop(loaded);
    let (table, further) = rows::table(&only, &known, |i, _| places[i].0);
    if further.emails > 0 {
        stderr::note(&crate::msg!("vcard.other-emails", count = further.emails));
    }
    if further.phones > 0 {
        stderr::note(&crate::msg!("vcard.other-phones", count = further.phones));
    }
    let options = Options {
        kind: Kind::Customers,
        match_by: args.match_by.unwrap_or(MatchBy::Id),
        on_match: args.on_match.unwrap_or(OnMatch::Update),
        dry_run: args.dry_run,
        confirm: (!args.yes).then_some(ask as fn(usize) -> bool),
        ..Options::default()
    };
    let notes = Located {
        name: &name,
        places: if files.len() == 1 { Vec::new() } else { places },
        files: &files,
    };
    let outcome = import::run_table(
        book,
        name.clone(),
        table,
        &options,
        ctx.today,
        &Bars::default(),
        &notes,
    )?;
    tell(&outcome, args.format, Kind::Customers)
}

/// Notes of a folder's import: a row told at `FOLDER:N` is told at the
/// file and line of its card.
struct Located<'a> {
    name: &'a str,
    /// (the row's line, its file, the card's line in it)
    places: Vec<(u64, usize, u64)>,
    files: &'a [String],
}

impl Located<'_> {
    /// Returns a message with each `line N` it names (another row, as in
    /// `also on line 3`) as the file and line of that row's card.
    fn other_lines(&self, message: &str) -> String {
        if self.places.is_empty() {
            return message.to_string();
        }
        let mut out = String::new();
        let mut rest = message;
        while let Some(at) = rest.find("line ") {
            out.push_str(&rest[..at]);
            let after = &rest[at + 5..];
            let digits = after.bytes().take_while(u8::is_ascii_digit).count();
            let place = after[..digits]
                .parse::<u64>()
                .ok()
                .and_then(|n| self.places.iter().find(|p| p.0 == n));
            match place {
                Some(&(_, file, line)) => out.push_str(&format!("{}:{line}", self.files[file])),
                None => out.push_str(&rest[at..at + 5 + digits]),
            }
            rest = &after[digits..];
        }
        out.push_str(rest);
        out
    }
}

impl Notes for Located<'_> {
    fn note(&self, message: &str) {
        Stderr.note(message);
    }

    fn warning(&self, message: &str) {
        Stderr.warning(message);
    }

    fn located(&self, location: &str, message: &str) {
        let place = location
            .strip_prefix(self.name)
            .and_then(|rest| rest.strip_prefix(':'))
            .and_then(|n| n.parse::<u64>().ok())
            .and_then(|n| self.places.iter().find(|p| p.0 == n));
        let message = self.other_lines(message);
        match place {
            Some(&(_, file, line)) => {
                Stderr.located(&format!("{}:{line}", self.files[file]), &message);
            }
            None => Stderr.located(location, &message),
        }
    }
}

/// `import --mail`: logs the messages of a mailbox; prints the `--dry-run`
/// or `--list-unmatched` listing.
fn run_mail(ctx: &Context, book: &crate::book::Book, args: &ImportArgs) -> Result<()> {
    let options = mail::Options {
        confirm: (!args.yes).then_some(ask as fn(usize) -> bool),
        create: args.create,
        list_unmatched: args.list_unmatched,
        dry_run: args.dry_run,
    };
    let outcome = mail::run(
        book,
        &args.file,
        options,
        ctx.today,
        &Bars::default(),
        &Stderr,
    )?;
    let mut printer = Printer::stdout(args.format);
    if args.list_unmatched {
        let mut rows = Rows::new(["email", "name", "messages"]);
        for u in &outcome.unmatched {
            rows.rows.push(vec![
                Cell::Text(u.email.clone()),
                u.name.clone().map_or(Cell::Null, Cell::Text),
                Cell::Int(u.messages as i64),
            ]);
        }
        printer.rows(&rows).map_err(Error::Output)?;
        stderr::note(&format!(
            "{}: {} of {} message{} matched no customer; {} address{} listed, nothing written",
            outcome.name,
            outcome.unmatched_messages,
            outcome.messages,
            if outcome.messages == 1 { "" } else { "s" },
            outcome.unmatched.len(),
            if outcome.unmatched.len() == 1 {
                ""
            } else {
                "es"
            },
        ));
        return Ok(());
    }
    if let Some(listing) = &outcome.listing {
        let mut rows = Rows::new(["message", "action", "customer", "date", "summary"]);
        for l in listing {
            rows.rows.push(vec![
                Cell::Text(l.message.clone()),
                Cell::Text(l.action.into()),
                Cell::Text(l.customer.to_string()),
                Cell::Text(l.date.format("%Y-%m-%dT%H:%M:%S").to_string()),
                l.summary.clone().map_or(Cell::Null, Cell::Text),
            ]);
        }
        printer.rows(&rows).map_err(Error::Output)?;
    }
    stderr::note(&outcome.summary());
    Ok(())
}

/// Asks on a terminal before writing `count` customer files (a pipe goes
/// ahead).
fn ask(count: usize) -> bool {
    super::confirm_many(count, "import", false).is_ok()
}

/// Returns the `--dry-run` listing as rows: for customers line, action, id,
/// name and detail; for interactions and deals line, action, customer and
/// the entry.
fn listing_rows(listing: &Listing, kind: Kind) -> Rows {
    match listing {
        Listing::Customers(lines) => {
            let mut rows = Rows::new(["line", "action", "id", "name", "detail"]);
            for l in lines {
                rows.rows.push(vec![
                    l.line.map_or(Cell::Null, |l| Cell::Int(l as i64)),
                    Cell::Text(l.action.into()),
                    Cell::Text(l.id.to_string()),
                    Cell::Text(l.name.clone()),
                    if l.detail.is_empty() {
                        Cell::Null
                    } else {
                        Cell::Text(l.detail.clone())
                    },
                ]);
            }
            rows
        }
        Listing::Entries(outcomes) => {
            let mut rows = Rows::new(["line", "action", "customer", import::noun(kind)]);
            for o in outcomes {
                rows.rows.push(vec![
                    Cell::Int(o.line as i64),
                    Cell::Text(if o.appended { "append" } else { "skip" }.into()),
                    Cell::Text(o.id.to_string()),
                    Cell::Text(o.what.clone()),
                ]);
            }
            rows
        }
    }
}
