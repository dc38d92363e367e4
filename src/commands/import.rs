//! `rapport import FILE`: customers, `--interactions` or `--deals` from a
//! CSV file, all or nothing.

use std::collections::HashSet;
use std::io::Read;
use std::path::PathBuf;

use crate::book::atomic::{self, Staged};
use crate::book::suppressed::Suppressed;
use crate::book::{Book, load};
use crate::cli::ImportArgs;
use crate::csv::cells::{Reader, date_readers};
use crate::csv::customers::{self, Action, Existing, MatchBy, OnMatch};
use crate::csv::entries::{self, EmailIndex, Entry, Who};
use crate::csv::mapping::{self, Kind, Mapping, ValueMaps};
use crate::csv::problems::{Problems, lines_text};
use crate::csv::source::{self, Table};
use crate::csv::synonyms;
use crate::error::{Error, IoContext, Result};
use crate::model::fast::Parts;
use crate::model::fields::{self, CUSTOM_PREFIX, EMAIL, ID, KIND, NAME, STAGE, Slot};
use crate::model::parse::nearest;
use crate::model::{FieldType, Schema};
use crate::output::{Cell, Printer, Rows, progress, stderr};

use super::Context;

pub fn run(ctx: &Context, args: ImportArgs) -> Result<()> {
    let book = ctx.book()?;
    let kind = if args.interactions {
        Kind::Interactions
    } else if args.deals {
        Kind::Deals
    } else {
        Kind::Customers
    };
    if kind != Kind::Customers && (args.match_by.is_some() || args.on_match.is_some()) {
        return Err(Error::usage(
            "--match and --on-match are for customers; interactions and deals find their customer by the `customer` (id) or `email` column",
        ));
    }
    let (name, bytes) = read_input(&args.file)?;
    let encoding = args
        .encoding
        .as_deref()
        .map(source::encoding_for_label)
        .transpose()?;
    let delimiter = args
        .delimiter
        .as_deref()
        .map(source::parse_delimiter)
        .transpose()?;
    let table = {
        let text = source::decode(&name, &bytes, encoding)?;
        drop(bytes);
        source::parse(&name, &text, delimiter)?
    };
    let schema = &book.settings.schema;
    let mapping = mapping::map_columns(&table, kind, schema, &args.maps, args.keep_unmapped)?;
    require_columns(&name, &table, &mapping, kind)?;
    let maps = ValueMaps::parse(&args.map_values, kind, schema)?;
    tell_mapping(&table, &mapping, kind, args.dry_run);

    let mut problems = Problems::default();
    let date_columns: Vec<usize> = mapping
        .columns()
        .filter(|(_, t)| is_date_target(kind, t, schema))
        .map(|(c, _)| c)
        .collect();
    let (dates, undecided) = date_readers(&table, &date_columns, args.date_format.as_deref());
    for (column, why) in undecided {
        problems.file.push(format!(
            "column `{}` {why}; give the order with --date-format '%d/%m/%Y' (day first) or --date-format '%m/%d/%Y' (month first)",
            table.column_name(column)
        ));
    }
    let reader = Reader {
        table: &table,
        mapping: &mapping,
        maps: &maps,
        decimal_comma: args.decimal_comma,
        currency: &book.settings.currency,
        dates,
    };
    let options = Options {
        name: &name,
        dry_run: args.dry_run,
        format: args.format,
    };
    match kind {
        Kind::Customers => {
            let match_by = args.match_by.unwrap_or(MatchBy::Id);
            let on_match = args.on_match.unwrap_or(OnMatch::Error);
            import_customers(ctx, &book, &reader, problems, &options, match_by, on_match)
        }
        Kind::Interactions => {
            let bar = progress::bar(table.len() as u64, "reading rows");
            let (rows, more) = entries::read_interactions(&reader, schema, &bar);
            bar.finish_and_clear();
            problems.merge(more);
            // The rows hold what is needed now: let the file's cells go.
            let columns = Columns::of(&table, &mapping);
            drop(reader);
            drop(table);
            import_entries(&book, &columns, rows, problems, &options, "interaction")
        }
        Kind::Deals => {
            let bar = progress::bar(table.len() as u64, "reading rows");
            let (rows, more) = entries::read_deals(&reader, schema, &bar);
            bar.finish_and_clear();
            problems.merge(more);
            let columns = Columns::of(&table, &mapping);
            drop(reader);
            drop(table);
            import_entries(&book, &columns, rows, problems, &options, "deal")
        }
    }
}

/// The column each field comes from, by the name messages give it; kept
/// when the table itself is let go.
struct Columns(std::collections::HashMap<String, String>);

impl Columns {
    fn of(table: &Table, mapping: &Mapping) -> Columns {
        Columns(
            mapping
                .columns()
                .map(|(c, t)| (t.to_string(), table.column_name(c)))
                .collect(),
        )
    }

    /// Returns the name of the column `field` comes from.
    fn name(&self, field: &str) -> String {
        self.0
            .get(field)
            .cloned()
            .unwrap_or_else(|| field.to_string())
    }
}

/// What every kind of import shares.
struct Options<'a> {
    name: &'a str,
    dry_run: bool,
    format: Option<crate::output::Format>,
}

/// Reads the file, or standard input for `-`; returns its name for
/// messages and its bytes.
fn read_input(path: &std::path::Path) -> Result<(String, Vec<u8>)> {
    if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .at(&PathBuf::from("<stdin>"))?;
        return Ok(("<stdin>".to_string(), bytes));
    }
    let bytes = std::fs::read(path).at(path)?;
    Ok((path.display().to_string(), bytes))
}

fn is_date_target(kind: Kind, target: &str, schema: &Schema) -> bool {
    match kind {
        Kind::Customers => {
            fields::by_path(target).is_some_and(|f| matches!(f.slot, Slot::Date(..)))
                || target
                    .strip_prefix(CUSTOM_PREFIX)
                    .and_then(|f| schema.fields.get(f))
                    .is_some_and(|d| d.ty == FieldType::Date)
        }
        Kind::Interactions => matches!(target, "date" | "resolved"),
        Kind::Deals => matches!(target, "opened" | "closed"),
    }
}

/// Refuses a file that lacks a column every row needs, before reading rows.
fn require_columns(name: &str, table: &Table, mapping: &Mapping, kind: Kind) -> Result<()> {
    let has = |t: &str| mapping.column(t).is_some();
    let missing: Vec<&str> = match kind {
        Kind::Customers => {
            let (first, last) = (synonyms::FIRST_NAME, synonyms::LAST_NAME);
            if has(NAME.path) || has(first) || has(last) || has(ID) || has(EMAIL.path) {
                vec![]
            } else {
                vec![NAME.path]
            }
        }
        Kind::Interactions => {
            let mut m = vec![];
            if !has("customer") && !has("email") {
                m.push("customer");
            }
            m.extend(["date", "kind"].into_iter().filter(|t| !has(t)));
            m
        }
        Kind::Deals => {
            let mut m = vec![];
            if !has("customer") && !has("email") {
                m.push("customer");
            }
            m.extend(["title", "stage"].into_iter().filter(|t| !has(t)));
            m
        }
    };
    if missing.is_empty() {
        return Ok(());
    }
    let first = missing[0];
    Err(Error::data(format!(
        "{name}: no column gives {}; the columns are: {}",
        missing
            .iter()
            .map(|m| format!("`{m}`"))
            .collect::<Vec<_>>()
            .join(", "),
        table.headers.join(", ")
    ))
    .with_hint(format!("map one with --map 'Column={first}'")))
}

/// Says on stderr which columns are left out (and, for a dry run, where
/// each of the others goes).
fn tell_mapping(table: &Table, mapping: &Mapping, kind: Kind, dry_run: bool) {
    if dry_run {
        let mut parts: Vec<String> = mapping
            .columns()
            .map(|(c, t)| {
                let mut part = format!("`{}` → {t}", table.column_name(c));
                for &f in mapping.fallbacks.get(&c).into_iter().flatten() {
                    part.push_str(&format!(" (else `{}`)", table.column_name(f)));
                }
                part
            })
            .collect();
        if parts.is_empty() {
            parts.push("none".into());
        }
        stderr::note(&format!("columns: {}", parts.join(", ")));
    }
    let fallbacks: HashSet<usize> = mapping.fallbacks.values().flatten().copied().collect();
    let left_out: Vec<String> = mapping
        .skipped
        .iter()
        .filter(|s| s.why != "skipped with --map" && !fallbacks.contains(&s.column))
        .filter(|s| {
            !(s.header.is_empty() || s.header.starts_with("column "))
                || column_has_values(table, s.column)
        })
        .map(|s| {
            if s.why.is_empty() {
                format!("`{}`", s.header)
            } else {
                format!("`{}` ({})", s.header, s.why)
            }
        })
        .collect();
    if !left_out.is_empty() {
        stderr::warning(&format!(
            "not imported: {}; map a column with --map 'Column=field', or keep such columns with --keep-unmapped",
            left_out.join(", ")
        ));
    }
    if !mapping.kept.is_empty() {
        let kept: Vec<String> = mapping
            .kept
            .iter()
            .map(|&c| {
                format!(
                    "`{}` as {}",
                    table.column_name(c),
                    mapping.targets[c].as_deref().unwrap_or("")
                )
            })
            .collect();
        let what = match kind {
            Kind::Customers => "custom fields (text unless declared in rapport.toml)",
            _ => "extra keys (text)",
        };
        stderr::note(&format!("kept as {what}: {}", kept.join(", ")));
    }
}

fn column_has_values(table: &Table, column: usize) -> bool {
    table.rows().any(|r| !r.get(column).trim().is_empty())
}

fn import_customers(
    ctx: &Context,
    book: &Book,
    reader: &Reader<'_>,
    mut problems: Problems,
    options: &Options<'_>,
    match_by: MatchBy,
    on_match: OnMatch,
) -> Result<()> {
    let schema = &book.settings.schema;
    let bar = progress::bar(reader.table.len() as u64, "reading rows");
    let (rows, more) = customers::read_rows(reader, schema, &bar);
    bar.finish_and_clear();
    problems.merge(more);

    let _lock = book.lock()?;
    let existing = existing(book)?;
    let suppressed = Suppressed::load(book)?;
    let steps = customers::plan(
        rows,
        &existing,
        &suppressed,
        match_by,
        on_match,
        &mut problems,
    );
    let columns = Columns::of(reader.table, reader.mapping);
    if !problems.is_empty() {
        return Err(refuse(
            options.name,
            problems,
            &columns,
            Kind::Customers,
            schema,
        ));
    }
    let bar = progress::bar(steps.len() as u64, "building files");
    let built = customers::build(steps, book, schema, ctx.today, &mut problems, &bar);
    bar.finish_and_clear();
    if !problems.is_empty() {
        return Err(refuse(
            options.name,
            problems,
            &columns,
            Kind::Customers,
            schema,
        ));
    }
    for b in built.iter().filter(|b| b.step.action == Action::Erased) {
        stderr::located(
            &format!("rapport: {}:{}", options.name, b.step.line.unwrap_or(0)),
            &format!("skipped: {}", b.step.note),
        );
    }
    let count = |a: Action, changes: bool| {
        built
            .iter()
            .filter(|b| b.step.action == a && (b.text.is_some() == changes))
            .count()
    };
    let (created, updated, unchanged, skipped) = (
        count(Action::Create, true),
        count(Action::Update, true),
        count(Action::Update, false),
        count(Action::Skip, false) + count(Action::Erased, false),
    );
    let companies = built.iter().filter(|b| b.step.line.is_none()).count();
    if options.dry_run {
        let mut rows = Rows::new(["line", "action", "id", "name", "detail"]);
        for b in &built {
            let action = match (&b.step.action, b.text.is_some()) {
                (Action::Create, _) => "create",
                (Action::Update, true) => "update",
                (Action::Update, false) => "unchanged",
                (Action::Skip | Action::Erased, _) => "skip",
            };
            let detail = if b.step.action == Action::Update {
                b.changed.join(", ")
            } else {
                b.step.note.clone()
            };
            rows.rows.push(vec![
                b.step.line.map_or(Cell::Null, |l| Cell::Int(l as i64)),
                Cell::Text(action.into()),
                Cell::Text(b.step.id.to_string()),
                Cell::Text(b.step.name.clone()),
                if detail.is_empty() {
                    Cell::Null
                } else {
                    Cell::Text(detail)
                },
            ]);
        }
        Printer::stdout(options.format)
            .rows(&rows)
            .map_err(Error::Output)?;
    } else {
        let files: Vec<(PathBuf, String)> = built
            .into_iter()
            .filter_map(|b| b.text.map(|t| (book.customer_path(&b.step.id), t)))
            .collect();
        let paths: Vec<PathBuf> = files.iter().map(|(p, _)| p.clone()).collect();
        write_all(book, files)?;
        crate::git::autocommit(
            book,
            &paths,
            &format!(
                "import {}: {created} created, {updated} updated",
                file_name(options.name)
            ),
        );
    }
    let mut summary = format!(
        "{}{created} created, {updated} updated, {unchanged} unchanged, {skipped} skipped",
        if options.dry_run {
            format!("{} (dry run, nothing written): would be ", options.name)
        } else {
            format!("imported {}: ", options.name)
        }
    );
    if companies > 0 {
        summary.push_str(&format!(
            "; of the created, {companies} {} named in the company column",
            if companies == 1 {
                "is a company"
            } else {
                "are companies"
            }
        ));
    }
    stderr::note(&summary);
    Ok(())
}

/// Reads what matching needs from the book: every taken file name, and the
/// id, name and e-mail of each readable customer. Unreadable files are
/// named as warnings: a row cannot match them by e-mail.
fn existing(book: &Book) -> Result<Existing> {
    // The fast reader, building only the name and the e-mail of each.
    let scanned = load::scan_parts(book, Parts::NAME | Parts::EMAIL, |c| {
        c.id.clone().map(|id| (id, c.name.clone(), c.email.clone()))
    })?;
    for w in &scanned.warnings {
        stderr::skipped(w);
    }
    let mut taken = HashSet::new();
    let dir = book.customers_dir();
    match std::fs::read_dir(&dir) {
        Ok(entries) => {
            for e in entries {
                let e = e.at(&dir)?;
                if let Some(stem) = e.file_name().to_str().and_then(|n| n.strip_suffix(".toml")) {
                    taken.insert(stem.to_string());
                }
            }
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(Error::io(&dir, e)),
    }
    Ok(Existing {
        taken,
        customers: scanned.items,
    })
}

fn import_entries<T: Entry>(
    book: &Book,
    columns: &Columns,
    rows: Vec<entries::EntryRow<T>>,
    mut problems: Problems,
    options: &Options<'_>,
    noun: &str,
) -> Result<()> {
    let kind = if noun == "deal" {
        Kind::Deals
    } else {
        Kind::Interactions
    };
    let schema = &book.settings.schema;
    if !problems.is_empty() {
        return Err(refuse(options.name, problems, columns, kind, schema));
    }
    let _lock = book.lock()?;
    let emails: Option<EmailIndex> = if rows.iter().any(|r| matches!(r.who, Who::Email(_))) {
        let scanned = load::scan_parts(book, Parts::EMAIL, |c| {
            c.id.clone().zip(c.email.as_ref().map(|e| e.to_lowercase()))
        })?;
        for w in &scanned.warnings {
            stderr::skipped(w);
        }
        let mut index = EmailIndex::new();
        for (id, email) in scanned.items {
            index.entry(email).or_default().push(id);
        }
        Some(index)
    } else {
        None
    };
    let bar = progress::bar(rows.len() as u64, "checking rows");
    let outcome = entries::attach(
        rows,
        book,
        emails.as_ref(),
        options.dry_run,
        &mut problems,
        &bar,
    );
    bar.finish_and_clear();
    if !problems.is_empty() {
        return Err(refuse(options.name, problems, columns, kind, schema));
    }
    let (appended, skipped) = (outcome.appended, outcome.skipped);
    if options.dry_run {
        let mut rows = Rows::new(["line", "action", "customer", noun]);
        for o in &outcome.rows {
            rows.rows.push(vec![
                Cell::Int(o.line as i64),
                Cell::Text(if o.appended { "append" } else { "skip" }.into()),
                Cell::Text(o.id.to_string()),
                Cell::Text(o.what.clone()),
            ]);
        }
        Printer::stdout(options.format)
            .rows(&rows)
            .map_err(Error::Output)?;
    } else {
        let customers = outcome.attached.len();
        let files: Vec<(PathBuf, String)> = outcome
            .attached
            .into_iter()
            .map(|a| (a.path, a.text))
            .collect();
        let paths: Vec<PathBuf> = files.iter().map(|(p, _)| p.clone()).collect();
        write_all(book, files)?;
        crate::git::autocommit(
            book,
            &paths,
            &format!(
                "import --{noun}s {}: {appended} {noun}{} on {customers} customer{}",
                file_name(options.name),
                if appended == 1 { "" } else { "s" },
                if customers == 1 { "" } else { "s" }
            ),
        );
        stderr::note(&format!(
            "imported {}: {appended} {noun}{} appended to {customers} customer{}, {skipped} already there",
            options.name,
            if appended == 1 { "" } else { "s" },
            if customers == 1 { "" } else { "s" },
        ));
        return Ok(());
    }
    stderr::note(&format!(
        "{} (dry run, nothing written): {appended} {noun}{} would be appended, {skipped} already there",
        options.name,
        if appended == 1 { "" } else { "s" },
    ));
    Ok(())
}

/// Returns the last part of a path, for commit messages.
fn file_name(name: &str) -> &str {
    std::path::Path::new(name)
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or(name)
}

/// Writes every file at once: all staged in `.rapport/tmp`, one sync, then
/// the renames (see [`atomic::commit_all`]). The caller holds the lock.
fn write_all(book: &Book, files: Vec<(PathBuf, String)>) -> Result<()> {
    if files.is_empty() {
        return Ok(());
    }
    let writer = book.writer()?;
    let scratch = writer.scratch()?.to_path_buf();
    let bar = progress::bar(files.len() as u64, "writing files");
    // One thread: creating files in one directory from several threads
    // only makes them wait for each other on the directory's lock (measured
    // slower on ext4); the texts are already rendered in parallel.
    let staged: Vec<Staged> = files
        .iter()
        .map(|(path, text)| {
            let s = writer.stage_for(path, text.as_bytes());
            bar.inc(1);
            s
        })
        .collect::<Result<_>>()?;
    bar.finish_and_clear();
    atomic::commit_all(&scratch, staged)
}

/// Lists every problem on stderr and returns the error that ends the import.
fn refuse(
    name: &str,
    mut problems: Problems,
    columns: &Columns,
    kind: Kind,
    schema: &Schema,
) -> Error {
    problems.sort();
    for why in &problems.file {
        stderr::located(name, why);
    }
    for (line, why) in &problems.rows {
        stderr::located(&format!("{name}:{line}"), why);
    }
    let mut hints = Vec::new();
    for (field, values) in &problems.unknown {
        let (allowed, setting) = allowed_values(kind, field, schema);
        let column = columns.name(field);
        stderr::located(
            name,
            &format!(
                "column `{column}` holds {} value{} that {} not {} of this book ({}):",
                values.len(),
                if values.len() == 1 { "" } else { "s" },
                if values.len() == 1 { "is" } else { "are" },
                describe_field(kind, field),
                allowed.join(", ")
            ),
        );
        let mut maps = Vec::new();
        let mut values: Vec<(&String, Vec<u64>)> = values
            .iter()
            .map(|(v, lines)| {
                let mut lines = lines.clone();
                lines.sort_unstable();
                (v, lines)
            })
            .collect();
        values.sort_by_key(|(_, lines)| lines[0]);
        for (value, lines) in values {
            let also = if lines.len() > 1 {
                format!(" (also on {})", lines_text(&lines[1..]))
            } else {
                String::new()
            };
            stderr::located(&format!("{name}:{}", lines[0]), &format!("`{value}`{also}"));
            maps.push(format!(
                "--map-value '{field}:{value}={}'",
                guess(value, &allowed)
            ));
        }
        hints.push(format!(
            "map each value, e.g. {}{}",
            maps.join(" "),
            setting.map_or(String::new(), |s| format!(
                ", or add them to `{s}` in rapport.toml"
            ))
        ));
    }
    let bad = problems.bad_rows();
    let message = if bad == 0 {
        format!("{name} cannot be imported; nothing was written")
    } else {
        format!(
            "{bad} bad row{} in {name}; nothing was written",
            if bad == 1 { "" } else { "s" }
        )
    };
    let error = Error::data(message);
    if !hints.is_empty() {
        error.with_hint(hints.join("; "))
    } else if bad > 0 {
        error.with_hint(
            "fix or remove the rows listed and import again; --dry-run checks a file without writing",
        )
    } else {
        // A problem of the whole file says itself what to do.
        error
    }
}

/// Returns the values a field allows and the setting of rapport.toml that
/// lists them.
fn allowed_values(kind: Kind, field: &str, schema: &Schema) -> (Vec<String>, Option<&'static str>) {
    match (kind, field) {
        (Kind::Customers, f) if f == STAGE.path => (schema.stages.clone(), Some("stages")),
        (Kind::Interactions, "from" | "to") => (schema.stages.clone(), Some("stages")),
        (Kind::Customers, f) if f == KIND.path => (vec!["person".into(), "company".into()], None),
        (Kind::Interactions, "kind") => {
            let mut k = schema.interaction_kinds.clone();
            k.push("stage".into());
            (k, Some("interaction_kinds"))
        }
        (Kind::Deals, "stage") => {
            let mut s = schema.deal_stages.clone();
            s.extend(["won".to_string(), "lost".to_string()]);
            (s, Some("deal_stages"))
        }
        (_, f) => match f
            .strip_prefix(CUSTOM_PREFIX)
            .and_then(|n| schema.fields.get(n))
            .map(|d| &d.ty)
        {
            Some(FieldType::Enum(v)) | Some(FieldType::List(Some(v))) => (v.clone(), None),
            _ => (Vec::new(), None),
        },
    }
}

fn describe_field(kind: Kind, field: &str) -> String {
    match (kind, field) {
        (Kind::Customers, f) if f == STAGE.path => "stages".into(),
        (Kind::Interactions, "from" | "to") => "stages".into(),
        (Kind::Customers, f) if f == KIND.path => "kinds (person or company)".into(),
        (Kind::Interactions, "kind") => "interaction kinds".into(),
        (Kind::Deals, "stage") => "deal stages".into(),
        (_, f) => format!("values of {f}"),
    }
}

/// Returns the allowed value a hint suggests for `value`: one named in it as
/// a word, else the nearest, else a placeholder.
fn guess(value: &str, allowed: &[String]) -> String {
    let lower = value.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    allowed
        .iter()
        .find(|a| words.contains(&a.to_lowercase().as_str()))
        .cloned()
        .or_else(|| nearest(&lower, allowed.iter().map(String::as_str)).map(str::to_string))
        .unwrap_or_else(|| "…".to_string())
}
