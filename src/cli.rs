//! The command line: clap definitions. The doc comment of each command is
//! its help text; completions and the man page are generated from here.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
use clap_complete::Shell;

use crate::output::Format;

/// rapport: customers as TOML files in git, from the terminal.
///
/// A book is a folder with rapport.toml and customers/<id>.toml. rapport
/// finds it like git finds a repository: --book DIR, else $RAPPORT_BOOK, else
/// the nearest parent folder holding rapport.toml.
#[derive(Debug, Parser)]
#[command(name = "rapport", version, max_term_width = 100)]
pub struct Cli {
    /// The book to use (a folder holding rapport.toml).
    #[arg(long, global = true, value_name = "DIR")]
    pub book: Option<PathBuf>,

    /// The day to treat as today, for reproducible figures and dates
    /// (YYYY-MM-DD; also $RAPPORT_TODAY).
    #[arg(long, global = true, value_name = "DATE", env = "RAPPORT_TODAY")]
    pub today: Option<String>,

    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    Init(InitArgs),
    Add(AddArgs),
    Show(ShowArgs),
    Set(SetArgs),
    Log(LogArgs),
    Edit(EditArgs),
    Rm(RmArgs),
    Check(CheckArgs),
    Completions(CompletionsArgs),
    Query(QueryArgs),
    Segment(SegmentArgs),
}

/// Create a book: a commented rapport.toml, customers/, .gitattributes and
/// .gitignore.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// Where to create the book (default: the current folder).
    pub dir: Option<PathBuf>,
    /// The book's name (default: the folder's name).
    #[arg(long)]
    pub name: Option<String>,
}

/// Add a customer and print its id.
///
/// The id is made from the name (`Ēriks Ozoliņš` → `eriks-ozolins`), with
/// -2, -3 … when it is taken, unless --id gives one.
#[derive(Debug, Args)]
pub struct AddArgs {
    /// The customer's name (a person or a company).
    pub name: String,
    /// Use this id instead of one made from the name.
    #[arg(long)]
    pub id: Option<String>,
    /// person or company.
    #[arg(long)]
    pub kind: Option<String>,
    /// The lifecycle stage (default: the book's first stage).
    #[arg(long)]
    pub stage: Option<String>,
    #[arg(long)]
    pub email: Option<String>,
    #[arg(long)]
    pub phone: Option<String>,
    /// For a person: the id of their company's record.
    #[arg(long)]
    pub company: Option<String>,
    /// Who looks after the customer.
    #[arg(long)]
    pub owner: Option<String>,
    /// The acquisition channel (webinar, referral, …).
    #[arg(long)]
    pub source: Option<String>,
    /// A tag (repeatable).
    #[arg(long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,
    /// A custom field declared in rapport.toml, as NAME=VALUE (repeatable).
    #[arg(long = "field", value_name = "NAME=VALUE")]
    pub fields: Vec<String>,
    /// Any other key, as in `rapport set` (address.city=Rīga; repeatable).
    #[arg(long = "set", value_name = "KEY=VALUE")]
    pub sets: Vec<String>,
}

/// Show one customer with its history and derived figures.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The customer's id.
    pub id: String,
    /// Output format (default: table on a terminal, tsv in a pipe).
    #[arg(long, value_enum)]
    pub format: Option<Format>,
}

/// Change fields of one or more customers.
///
/// Arguments with `=` are assignments, the others ids:
/// `rapport set eriks-ozolins jiri-dvorak stage=customer tags+=vip`.
/// `KEY=` removes a key; `tags+=x` and `tags-=x` add and remove one tag;
/// `stage=…` also logs the change as a `stage` interaction.
///
/// `rapport set --where 'stage = lead and created < -1y' stage=churned`
/// changes every customer the expression selects.
#[derive(Debug, Args)]
pub struct SetArgs {
    /// Ids and KEY=VALUE, KEY+=VALUE, KEY-=VALUE assignments.
    #[arg(required = true, value_name = "ID|KEY=VALUE")]
    pub args: Vec<String>,
    #[command(flatten)]
    pub filter: WhereArgs,
}

/// Log an interaction: a call, a purchase, a survey, …
#[derive(Debug, Args)]
pub struct LogArgs {
    /// The customer's id.
    pub id: String,
    /// The kind of interaction (one of the book's interaction_kinds).
    pub kind: String,
    /// When it happened: 2024-03-01, 2024-03-01T10:30, today, -2d (default: today).
    #[arg(long)]
    pub date: Option<String>,
    /// The amount of a purchase (negative for a refund), exact to the cent.
    #[arg(long, allow_hyphen_values = true)]
    pub amount: Option<String>,
    /// What happened, in a line.
    #[arg(long, short = 'm')]
    pub summary: Option<String>,
    /// A net promoter score, 0..10.
    #[arg(long)]
    pub nps: Option<u8>,
    /// A satisfaction score, 1..5.
    #[arg(long)]
    pub csat: Option<u8>,
    /// An external reference (invoice number, ticket id); must be new.
    #[arg(long = "ref", value_name = "REF")]
    pub reference: Option<String>,
    /// Who handled it, if not the customer's owner.
    #[arg(long)]
    pub owner: Option<String>,
    /// For a support case: when it was resolved.
    #[arg(long)]
    pub resolved: Option<String>,
}

/// Edit a customer's file in $VISUAL or $EDITOR; a broken save is never kept.
#[derive(Debug, Args)]
pub struct EditArgs {
    /// The customer's id.
    pub id: String,
}

/// Delete customers (asks first unless --yes).
#[derive(Debug, Args)]
pub struct RmArgs {
    /// The ids to delete.
    #[arg(required = true)]
    pub ids: Vec<String>,
    /// Do not ask.
    #[arg(long, short = 'y')]
    pub yes: bool,
}

/// Validate rapport.toml and every customer file; list each problem as
/// file:line:column.
#[derive(Debug, Args)]
pub struct CheckArgs {}

/// Print a completion script for a shell.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// bash, zsh, fish, elvish or powershell.
    #[arg(value_enum)]
    pub shell: Shell,
}

/// `--where EXPR`: the customers a command works on. Every command that
/// reads or changes many customers flattens this in.
#[derive(Clone, Debug, Default, Args)]
pub struct WhereArgs {
    /// Only the customers this expression selects (the query language of
    /// `rapport query`).
    #[arg(long = "where", id = "where", value_name = "EXPR")]
    pub expr: Option<String>,
}

/// How a listing of customers is shown: `--sort`, `--limit`, `--columns`,
/// `--format`.
#[derive(Clone, Debug, Default, Args)]
pub struct ListingArgs {
    /// Sort by these fields; a leading `-` sorts descending, missing values
    /// come last: `--sort -revenue,name`. Default: by id.
    #[arg(long, value_name = "[-]FIELD,…", allow_hyphen_values = true)]
    pub sort: Option<String>,
    /// Show at most N rows (after sorting).
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    /// The columns, as field paths (default:
    /// id,name,stage,email,revenue,last_contact).
    #[arg(long, value_name = "FIELD,…")]
    pub columns: Option<String>,
    /// Output format (default: table on a terminal, tsv in a pipe).
    #[arg(long, value_enum)]
    pub format: Option<Format>,
}

/// List the customers an expression selects.
///
/// `rapport query 'stage = customer and revenue > 1000 and tags has vip'`.
/// Without an expression, every customer. Comparisons: = != < <= > >=,
/// ~ and !~ (contains, ignoring case and accents), has (list membership),
/// in [a, b], not in [..], exists FIELD; and, or, not, parentheses. Dates:
/// 2024-03-01, today, yesterday, now, -30d, +7d, -2w, -6m, -1y. Fields:
/// every stored key by path (address.city, fields.industry, next.date) and
/// the derived figures (revenue, orders, aov, first_purchase,
/// last_purchase, last_contact, interactions, nps, open_deals, pipeline,
/// won); `segment = NAME` tests a saved segment.
#[derive(Debug, Args)]
pub struct QueryArgs {
    /// The expression (quote it for the shell).
    #[arg(value_name = "EXPR")]
    pub expr: Option<String>,
    #[command(flatten)]
    pub filter: WhereArgs,
    #[command(flatten)]
    pub listing: ListingArgs,
}

/// Saved segments: named expressions under `[segments]` in rapport.toml.
///
/// `rapport segment vip` lists the members of `vip`; `rapport segment list`
/// shows every segment with its size; `rapport segment --by source [NAME]`
/// counts customers and sums revenue per value of a field.
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct SegmentArgs {
    #[command(subcommand)]
    pub command: Option<SegmentCommand>,
    /// The segment to list (or to group, with --by).
    #[arg(value_name = "NAME")]
    pub name: Option<String>,
    /// Group by this field: the number of customers and their revenue per
    /// value (a customer counts once for each of its tags).
    #[arg(long, value_name = "FIELD")]
    pub by: Option<String>,
    #[command(flatten)]
    pub filter: WhereArgs,
    #[command(flatten)]
    pub listing: ListingArgs,
}

/// The subcommands of `segment`. (`rfm` is reserved for RFM scoring.)
#[derive(Debug, Subcommand)]
pub enum SegmentCommand {
    /// List the saved segments, each with its number of customers and
    /// their revenue.
    List(SegmentListArgs),
}

/// `segment list`.
#[derive(Debug, Args)]
pub struct SegmentListArgs {
    /// Output format (default: table on a terminal, tsv in a pipe).
    #[arg(long, value_enum)]
    pub format: Option<Format>,
}
