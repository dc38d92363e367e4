//! The command line: clap definitions. The doc comment of each command is
//! its help text; completions and the man page are generated from here.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
use clap_complete::Shell;
use clap_complete::engine::ArgValueCompleter;

use crate::commands::complete;

use crate::csv::customers::{MatchBy, OnMatch};
use crate::lang::Lang;
use crate::output::Format;
use crate::report::calendar::Calendar;
use crate::report::clv::Unit;
use crate::stats::clv::CountModelKind;

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

    /// Read every customer file, neither reading nor updating the cache of
    /// parsed customers (.rapport/cache); the answers are the same, only
    /// slower.
    #[arg(long, global = true)]
    pub no_cache: bool,

    /// The language people read: en, lv, cs, sr (Cyrillic) or sr-Latn (also
    /// $RAPPORT_LANG; else `language` in rapport.toml, else the locale).
    /// csv, tsv, json, ndjson and ids are the same in every language.
    #[arg(
        long,
        global = true,
        value_name = "LANG",
        ignore_case = true,
        value_parser = lang_value()
    )]
    pub lang: Option<Lang>,

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
    Report(ReportArgs),
    Segment(SegmentArgs),
    Query(QueryArgs),
    Agenda(AgendaArgs),
    Done(DoneArgs),
    Completions(CompletionsArgs),
    Man(ManArgs),
    History(HistoryArgs),
    Dupes(DupesArgs),
    Merge(MergeArgs),
    Forget(ForgetArgs),
    MergeDriver(MergeDriverArgs),
    Import(ImportArgs),
    Export(ExportArgs),
    Deal(DealArgs),
    Case(CaseArgs),
    Timeline(TimelineArgs),
    Undo(UndoArgs),
}

impl Command {
    /// Returns true for a writing command given `--dry-run` whose writes the
    /// book plans instead of making (merge and import plan their own).
    pub fn dry_run(&self) -> bool {
        match self {
            Command::Set(a) => a.dry_run,
            Command::Log(a) => a.dry_run,
            Command::Done(a) => a.dry_run,
            Command::Add(a) => a.dry_run,
            Command::Rm(a) => a.dry_run,
            Command::Forget(a) => a.dry_run,
            Command::Deal(a) => match &a.command {
                DealCommand::Add(a) => a.dry_run,
                DealCommand::Move(a) => a.dry_run,
                DealCommand::Won(a) => a.dry_run,
                DealCommand::Lost(a) => a.dry_run,
                DealCommand::List(_) => false,
            },
            Command::Case(a) => match &a.command {
                CaseCommand::Open(a) => a.dry_run,
                CaseCommand::Resolve(a) => a.dry_run,
                CaseCommand::List(_) => false,
            },
            _ => false,
        }
    }
}

/// Deals: add one, move it through the stages, win or lose it, list them.
///
/// A deal is addressed as CUSTOMER/KEY (`eriks-ozolins/website-redesign`);
/// the key is made from the title when the deal is added and never changes.
/// CUSTOMER alone is enough while the customer has one open deal. Every
/// move is logged as a `deal` interaction (deal, from, to).
#[derive(Debug, Args)]
pub struct DealArgs {
    #[command(subcommand)]
    pub command: DealCommand,
}

/// The subcommands of `deal`.
#[derive(Debug, Subcommand)]
pub enum DealCommand {
    Add(DealAddArgs),
    Move(DealMoveArgs),
    Won(DealWonArgs),
    Lost(DealLostArgs),
    List(DealListArgs),
}

/// Add a deal and print its address, CUSTOMER/KEY.
#[derive(Debug, Args)]
pub struct DealAddArgs {
    /// The customer's id.
    #[arg(add = ArgValueCompleter::new(complete::customer_id))]
    pub customer: String,
    /// What is being sold (the key is made from it: `Website redesign` →
    /// `website-redesign`).
    pub title: String,
    /// The deal's value, exact to the cent.
    #[arg(long)]
    pub value: Option<String>,
    /// The stage (default: the first of the book's deal_stages).
    #[arg(long, add = ArgValueCompleter::new(complete::deal_stage))]
    pub stage: Option<String>,
    /// When it was opened: 2026-03-01, -2w (default: today).
    #[arg(long, allow_hyphen_values = true)]
    pub date: Option<String>,
    /// When it is expected to close, for the forecast.
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub expected: Option<String>,
    /// Who works the deal, if not the customer's owner.
    #[arg(long)]
    pub owner: Option<String>,
    /// Print what would change (the files, and what changes in each) and
    /// write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

/// Move a deal to another stage (won and lost included).
#[derive(Debug, Args)]
pub struct DealMoveArgs {
    /// CUSTOMER/KEY, or CUSTOMER when it has one open deal.
    #[arg(add = ArgValueCompleter::new(complete::deal_address))]
    pub address: String,
    /// The stage to move it to.
    #[arg(add = ArgValueCompleter::new(complete::deal_stage))]
    pub stage: String,
    /// When it moved (default: today).
    #[arg(long, allow_hyphen_values = true)]
    pub date: Option<String>,
    /// Move a won or lost deal (otherwise refused).
    #[arg(long)]
    pub reopen: bool,
    /// Print what would change (the files, and what changes in each) and
    /// write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

/// Win a deal: stage won, closed on --date.
#[derive(Debug, Args)]
pub struct DealWonArgs {
    /// CUSTOMER/KEY, or CUSTOMER when it has one open deal.
    #[arg(add = ArgValueCompleter::new(complete::deal_address))]
    pub address: String,
    /// The value it was won at, if it changed.
    #[arg(long)]
    pub value: Option<String>,
    /// When it was won (default: today).
    #[arg(long, allow_hyphen_values = true)]
    pub date: Option<String>,
    /// Win a deal that was lost (otherwise refused).
    #[arg(long)]
    pub reopen: bool,
    /// Print what would change (the files, and what changes in each) and
    /// write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

/// Lose a deal: stage lost, closed on --date, with the reason kept.
#[derive(Debug, Args)]
pub struct DealLostArgs {
    /// CUSTOMER/KEY, or CUSTOMER when it has one open deal.
    #[arg(add = ArgValueCompleter::new(complete::deal_address))]
    pub address: String,
    /// Why it was lost (kept as `lost_reason`).
    #[arg(long)]
    pub reason: Option<String>,
    /// When it was lost (default: today).
    #[arg(long, allow_hyphen_values = true)]
    pub date: Option<String>,
    /// Lose a deal that was won (otherwise refused).
    #[arg(long)]
    pub reopen: bool,
    /// Print what would change (the files, and what changes in each) and
    /// write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

/// List deals across the book: id, deal, title, stage, value, owner,
/// opened, expected, closed, days_in_stage, last_activity.
#[derive(Debug, Args)]
pub struct DealListArgs {
    /// Only open deals.
    #[arg(long, conflicts_with_all = ["won", "lost"])]
    pub open: bool,
    /// Only won deals.
    #[arg(long, conflicts_with = "lost")]
    pub won: bool,
    /// Only lost deals.
    #[arg(long)]
    pub lost: bool,
    /// Only deals in this stage.
    #[arg(long, add = ArgValueCompleter::new(complete::deal_stage))]
    pub stage: Option<String>,
    /// Only deals of this owner (the deal's, else the customer's).
    #[arg(long)]
    pub owner: Option<String>,
    #[command(flatten)]
    pub filter: WhereArgs,
    /// Sort by these columns; a leading `-` sorts descending:
    /// `--sort -value`. Default: by id, then opened.
    #[arg(long, value_name = "[-]COLUMN,…", allow_hyphen_values = true)]
    pub sort: Option<String>,
    /// Output format (default: table on a terminal, tsv in a pipe).
    #[arg(long, value_parser = listing_format())]
    pub format: Option<Format>,
}

/// Support cases: open one, resolve it, list them with their SLA deadline.
///
/// A case is a `support` interaction addressed as CUSTOMER/REF: the ref
/// given with --ref (a ticket number) or made by rapport (S-1, S-2 … within
/// the customer). CUSTOMER alone is enough while the customer has one open
/// case. Its deadline is its date plus the book's `sla` for its priority.
#[derive(Debug, Args)]
pub struct CaseArgs {
    #[command(subcommand)]
    pub command: CaseCommand,
}

/// The subcommands of `case`.
#[derive(Debug, Subcommand)]
pub enum CaseCommand {
    Open(CaseOpenArgs),
    Resolve(CaseResolveArgs),
    List(CaseListArgs),
}

/// Open a support case and print its address, CUSTOMER/REF.
#[derive(Debug, Args)]
pub struct CaseOpenArgs {
    /// The customer's id.
    #[arg(add = ArgValueCompleter::new(complete::customer_id))]
    pub customer: String,
    /// What the case is about, in a line.
    pub summary: String,
    /// When it was opened: 2026-11-20T09:10, -1d (default: now).
    #[arg(long, allow_hyphen_values = true)]
    pub date: Option<String>,
    /// The ticket number (default: S- and the next number of the customer).
    #[arg(long = "ref", value_name = "REF")]
    pub reference: Option<String>,
    /// Who handles it, if not the customer's owner.
    #[arg(long)]
    pub owner: Option<String>,
    /// low, normal or high (default: normal); picks the `sla`.
    #[arg(long, value_parser = ["low", "normal", "high"])]
    pub priority: Option<String>,
    /// Print what would change (the files, and what changes in each) and
    /// write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

/// Resolve a support case: set `resolved`.
#[derive(Debug, Args)]
pub struct CaseResolveArgs {
    /// CUSTOMER/REF, or CUSTOMER when it has one open case.
    #[arg(add = ArgValueCompleter::new(complete::customer_id))]
    pub address: String,
    /// When it was resolved (default: now).
    #[arg(long, allow_hyphen_values = true)]
    pub date: Option<String>,
    /// A new summary (what the case turned out to be).
    #[arg(long, short = 'm')]
    pub summary: Option<String>,
    /// Print what would change (the files, and what changes in each) and
    /// write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

/// List support cases across the book: id, case, name, summary, priority,
/// owner, opened, resolved, state, age_days, deadline, past_sla; by
/// deadline.
#[derive(Debug, Args)]
pub struct CaseListArgs {
    /// Only open cases.
    #[arg(long)]
    pub open: bool,
    /// Only cases past their SLA deadline (still open after it, or resolved
    /// after it).
    #[arg(long)]
    pub past_sla: bool,
    #[command(flatten)]
    pub filter: WhereArgs,
    /// Output format (default: table on a terminal, tsv in a pipe).
    #[arg(long, value_parser = listing_format())]
    pub format: Option<Format>,
}

/// Every interaction across the book, newest first: what happened this week.
///
/// Deal and stage moves included (their summary says what moved). Columns:
/// id, name, date, kind, amount, summary, owner (the interaction's, else
/// the customer's), ref.
#[derive(Debug, Args)]
pub struct TimelineArgs {
    /// From this day: 2026-11-01, -30d (default: -7d).
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub since: Option<String>,
    /// Up to this day (default: today).
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub until: Option<String>,
    /// Only these kinds: --kind call,meeting (deal and stage included).
    #[arg(long, value_name = "KIND,…", add = ArgValueCompleter::new(complete::interaction_kind))]
    pub kind: Option<String>,
    /// Only what this owner handled (the interaction's owner, else the
    /// customer's).
    #[arg(long)]
    pub owner: Option<String>,
    #[command(flatten)]
    pub filter: WhereArgs,
    /// Show at most N entries, the newest.
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    /// Output format (default: table on a terminal, tsv in a pipe).
    #[arg(long, value_parser = listing_format())]
    pub format: Option<Format>,
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
    #[arg(long, add = ArgValueCompleter::new(complete::customer_kind))]
    pub kind: Option<String>,
    /// The lifecycle stage (default: the book's first stage).
    #[arg(long, add = ArgValueCompleter::new(complete::stage))]
    pub stage: Option<String>,
    #[arg(long)]
    pub email: Option<String>,
    #[arg(long)]
    pub phone: Option<String>,
    /// For a person: the id of their company's record.
    #[arg(long, add = ArgValueCompleter::new(complete::customer_id))]
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
    /// When the customer relationship began (default: today), for history
    /// logged afterwards: 2024-03-01, -2y. Reports count from this day.
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub created: Option<String>,
    /// A custom field declared in rapport.toml, as NAME=VALUE (repeatable).
    #[arg(long = "field", value_name = "NAME=VALUE")]
    pub fields: Vec<String>,
    /// Any other key, as in `rapport set` (address.city=Rīga; repeatable).
    #[arg(long = "set", value_name = "KEY=VALUE")]
    pub sets: Vec<String>,
    /// Print what would change (the files, and what changes in each) and
    /// write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Add the customer even when another one has the same e-mail or phone.
    #[arg(long)]
    pub allow_duplicate: bool,
}

/// Show one customer with its history and derived figures.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The customer's id.
    #[arg(add = ArgValueCompleter::new(complete::customer_id))]
    pub id: String,
    /// Output format (default: table on a terminal, tsv in a pipe).
    #[arg(long, value_parser = listing_format())]
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
    #[arg(
        required = true,
        value_name = "ID|KEY=VALUE",
        add = ArgValueCompleter::new(complete::id_or_assignment)
    )]
    pub args: Vec<String>,
    #[command(flatten)]
    pub filter: WhereArgs,
    /// Print what would change (the files, and what changes in each) and
    /// write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Do not ask before changing more than one customer (a terminal asks,
    /// showing the count; a pipe never does).
    #[arg(long, short = 'y')]
    pub yes: bool,
}

/// Log an interaction: a call, a purchase, a survey, …
#[derive(Debug, Args)]
pub struct LogArgs {
    /// The customer's id.
    #[arg(add = ArgValueCompleter::new(complete::customer_id))]
    pub id: String,
    /// The kind of interaction (one of the book's interaction_kinds).
    #[arg(add = ArgValueCompleter::new(complete::interaction_kind))]
    pub kind: String,
    /// When it happened: 2024-03-01, 2024-03-01T10:30, today, -2d (default: today).
    #[arg(long, allow_hyphen_values = true)]
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
    /// A customer effort score, 1..7 (7 = it was easy).
    #[arg(long)]
    pub ces: Option<u8>,
    /// An external reference (invoice number, ticket id); must be new.
    #[arg(long = "ref", value_name = "REF")]
    pub reference: Option<String>,
    /// Who handled it, if not the customer's owner.
    #[arg(long)]
    pub owner: Option<String>,
    /// For a support case: when it was resolved.
    #[arg(long)]
    pub resolved: Option<String>,
    /// Log a purchase dated after today (otherwise refused; other kinds
    /// dated after today are logged with a warning).
    #[arg(long)]
    pub future: bool,
    /// Print what would change (the files, and what changes in each) and
    /// write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

/// Edit a customer's file in $VISUAL or $EDITOR; a broken save is never kept.
#[derive(Debug, Args)]
pub struct EditArgs {
    /// The customer's id.
    #[arg(add = ArgValueCompleter::new(complete::customer_id))]
    pub id: String,
}

/// Delete customers (asks first unless --yes).
#[derive(Debug, Args)]
pub struct RmArgs {
    /// The ids to delete.
    #[arg(required = true, add = ArgValueCompleter::new(complete::customer_id))]
    pub ids: Vec<String>,
    /// Do not ask.
    #[arg(long, short = 'y')]
    pub yes: bool,
    /// Print what would change (the files, and what changes in each) and
    /// write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

/// Validate rapport.toml and every customer file; list each problem as
/// file:line:column.
#[derive(Debug, Args)]
pub struct CheckArgs {}

/// Reports: KPIs, pipeline, cohorts, predicted lifetime value …
#[derive(Debug, Args)]
pub struct ReportArgs {
    #[command(subcommand)]
    pub report: ReportCommand,
}

/// The reports.
#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    Clv(ClvArgs),
    Summary(SummaryArgs),
    Pipeline(PipelineArgs),
    Funnel(FunnelArgs),
    Cohorts(CohortsArgs),
    Activity(ActivityArgs),
    Nps(NpsArgs),
    Service(ServiceArgs),
    Followups(FollowupsArgs),
    Profile(ProfileArgs),
    Journey(JourneyArgs),
    Kano(KanoArgs),
    Servqual(ServqualArgs),
}

/// What every report takes: the period, the selection, the grouping and the
/// format.
#[derive(Clone, Debug, Args)]
pub struct ReportOptions {
    /// The first day of the period, included (2026-01-01, -3m; default: the
    /// day after the same day a year before --until).
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub since: Option<String>,
    /// The last day of the period, included (default: today).
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub until: Option<String>,
    /// Only the customers matching this query expression.
    #[arg(long = "where", value_name = "EXPR")]
    pub filter: Option<String>,
    /// Figures for each group of this field too: owner, source, stage, kind,
    /// tags (a group per tag), company, address.country, address.city,
    /// fields.NAME.
    #[arg(long, value_name = "FIELD")]
    pub by: Option<String>,
    /// Output format (default: table on a terminal, tsv in a pipe); html is
    /// one self-contained page with charts, fit to mail.
    #[arg(long, value_parser = report_format())]
    pub format: Option<Format>,
}

/// The key figures on one screen: customers by stage, new, active and
/// churned customers, revenue, orders, AOV, NPS, CAC, conversion, win rate,
/// sales cycle and open pipeline.
#[derive(Debug, Args)]
pub struct SummaryArgs {
    #[command(flatten)]
    pub options: ReportOptions,
}

/// Predicted customer lifetime value: BG/NBD purchases × Gamma-Gamma spend.
///
/// Both models are fitted by maximum likelihood on the book's own purchases up
/// to --today (purchases on one day are one transaction); every customer with a
/// purchase gets P(alive), expected purchases and spend over the horizon, and
/// the discounted CLV.
#[derive(Debug, Args)]
pub struct ClvArgs {
    /// The unit of x, t_x and T, and of the fit.
    #[arg(long, value_parser = choices(&UNITS), default_value = "week")]
    pub unit: Unit,
    /// The purchase-count model: BG/NBD or Pareto/NBD (Gamma-Gamma models
    /// the spend with either).
    #[arg(long, value_parser = choices(&COUNT_MODELS), default_value = "bg-nbd")]
    pub model: CountModelKind,
    /// Check the forecast: fit on the purchases up to --today and compare
    /// its predictions with the purchases from the day after up to UNTIL
    /// (a date, or a relative day such as +6m).
    #[arg(long, value_name = "UNTIL", conflicts_with = "params")]
    pub holdout: Option<String>,
    /// How far ahead to predict, in months (12m) or years (1y).
    #[arg(long, default_value = "12m")]
    pub horizon: String,
    /// The discount rate per month (0.01 = 1 %).
    #[arg(long, default_value_t = 0.01)]
    pub discount: f64,
    /// Print the fitted parameters, their standard errors and the
    /// log-likelihoods instead of the customers.
    #[arg(long)]
    pub params: bool,
    /// Sort by these columns, `-col` for descending (default: -clv).
    #[arg(
        long,
        value_delimiter = ',',
        default_value = "-clv",
        allow_hyphen_values = true
    )]
    pub sort: Vec<String>,
    /// Print at most N customers.
    #[arg(long)]
    pub limit: Option<usize>,
    /// Output format (default: table on a terminal, tsv in a pipe).
    #[arg(long, value_parser = choices(&CLV_FORMATS))]
    pub format: Option<Format>,
    /// Print only these customers (the models still learn from all).
    #[command(flatten)]
    pub filter: WhereArgs,
}

/// Open deals at the end of the period by deal stage (count, value, share,
/// median age), and the deals won and lost in the period (value, median
/// sales cycle, win rate).
#[derive(Debug, Args)]
pub struct PipelineArgs {
    #[command(flatten)]
    pub options: ReportOptions,
}

/// The lifecycle funnel from the `stage` interactions: customers entering
/// each stage in the period, the conversion to the next stage, and the
/// median days spent in each.
#[derive(Debug, Args)]
pub struct FunnelArgs {
    #[command(flatten)]
    pub options: ReportOptions,
}

/// Retention cohorts: customers by the month (week, quarter) of their first
/// order, and the share of each cohort ordering in each period after.
#[derive(Debug, Args)]
pub struct CohortsArgs {
    /// The length of a cohort and of a column.
    #[arg(long, value_parser = choices(&CALENDARS), default_value = "month")]
    pub period: Calendar,
    #[command(flatten)]
    pub options: ReportOptions,
}

/// Interactions in the period by owner and kind, and by month.
#[derive(Debug, Args)]
pub struct ActivityArgs {
    #[command(flatten)]
    pub options: ReportOptions,
}

/// Net promoter score: promoters, passives, detractors and the score for
/// the period and for each month (week, quarter) in it.
#[derive(Debug, Args)]
pub struct NpsArgs {
    /// The length of each period over time.
    #[arg(long, value_parser = choices(&CALENDARS), default_value = "month")]
    pub period: Calendar,
    #[command(flatten)]
    pub options: ReportOptions,
}

/// Support cases opened and resolved, the median time to resolve, the share
/// resolved within the book's sla, and the cases open at the end.
#[derive(Debug, Args)]
pub struct ServiceArgs {
    /// The length of each period over time.
    #[arg(long, value_parser = choices(&CALENDARS), default_value = "month")]
    pub period: Calendar,
    #[command(flatten)]
    pub options: ReportOptions,
}

/// A KANO survey per feature: the respondents, the counts of each category
/// (A attractive, O one-dimensional, M must-be, I indifferent, R reverse, Q
/// questionable), the category, better and worse.
#[derive(Debug, Args)]
pub struct KanoArgs {
    /// The survey (a `[surveys.NAME]` of rapport.toml with method "kano");
    /// default: the only one.
    pub survey: Option<String>,
    #[command(flatten)]
    pub options: ReportOptions,
}

/// A SERVQUAL survey per dimension: items, respondents, expectation,
/// perception, gap, weight and weighted gap, then the overall scores.
#[derive(Debug, Args)]
pub struct ServqualArgs {
    /// The survey (a `[surveys.NAME]` of rapport.toml with method
    /// "servqual"); default: the only one.
    pub survey: Option<String>,
    /// List the items (expectation, perception and gap of each) instead of
    /// the dimensions.
    #[arg(long)]
    pub items: bool,
    #[command(flatten)]
    pub options: ReportOptions,
}

/// Follow-ups by owner as of the end of the period: planned, overdue, due
/// within a week, none planned; customers contacted in the period.
#[derive(Debug, Args)]
pub struct FollowupsArgs {
    #[command(flatten)]
    pub options: ReportOptions,
}

/// Segments side by side, the data behind a persona card: customers,
/// share of the book and of revenue, median revenue, AOV, orders per
/// customer, median days since last contact, NPS, CSAT, the stage mix, the
/// top values of source, country and every enum field, and the mean
/// predicted CLV.
///
/// Name saved segments (`[segments]` of rapport.toml), or give --by FIELD
/// (a segment per value) or --rfm (the RFM segments as of --today).
#[derive(Debug, Args)]
pub struct ProfileArgs {
    /// Saved segments of rapport.toml, side by side.
    #[arg(
        value_name = "SEGMENT",
        conflicts_with_all = ["by", "rfm"],
        add = ArgValueCompleter::new(complete::segment_name)
    )]
    pub segments: Vec<String>,
    /// A segment per RFM segment (Champions, At Risk …) as of --today.
    #[arg(long, conflicts_with = "by")]
    pub rfm: bool,
    #[command(flatten)]
    pub options: ReportOptions,
}

/// The customer journey by lifecycle stage: customers entering each stage
/// in the period, median days in it, touchpoints per customer by
/// interaction kind while in it, NPS and CSAT given in it, and the share
/// who moved on, dropped out or are still in it; html draws the stage ×
/// touchpoint heat map.
#[derive(Debug, Args)]
pub struct JourneyArgs {
    #[command(flatten)]
    pub options: ReportOptions,
}

/// RFM: every customer with an order scored 1-5 on recency, frequency and
/// monetary value as of --today, and their segment (Champions, At Risk …).
///
/// Lists id, recency_days, frequency, monetary, r, f, m, code, segment;
/// --summary counts customers and revenue per segment; --compare DATE shows
/// how customers moved between segments from DATE to --today.
#[derive(Debug, Args)]
pub struct RfmArgs {
    /// Customers and revenue per segment instead of the customers.
    #[arg(long, conflicts_with = "compare")]
    pub summary: bool,
    /// A segment-to-segment matrix of how many customers moved from their
    /// segment on DATE to their segment on --today.
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub compare: Option<String>,
    /// Only the customers matching this query expression (scored among all).
    #[arg(long = "where", value_name = "EXPR")]
    pub filter: Option<String>,
    /// With --summary: the segments of each group of this field too.
    #[arg(long, value_name = "FIELD", requires = "summary")]
    pub by: Option<String>,
    /// Sort the customers by these columns, `-col` for descending
    /// (default: id).
    #[arg(long, value_delimiter = ',', allow_hyphen_values = true)]
    pub sort: Vec<String>,
    /// Print at most N customers.
    #[arg(long)]
    pub limit: Option<usize>,
    /// Output format (default: table on a terminal, tsv in a pipe).
    #[arg(long, value_parser = report_format())]
    pub format: Option<Format>,
}

/// What needs doing: follow-ups due (overdue first), open support cases
/// past their SLA, open deals with no activity for 30 days.
///
/// With --format ics: an iCalendar file for khal, Thunderbird or Google
/// Calendar instead, with every planned follow-up, the expected close of
/// every open deal and the SLA deadline of every open case as an event
/// whose UID stays the same, so importing it again updates the events.
#[derive(Debug, Args)]
pub struct AgendaArgs {
    /// Follow-ups due up to this many days ahead (not for ics, which holds
    /// every follow-up).
    #[arg(long, default_value_t = 7)]
    pub days: u64,
    /// Only the customers matching this query expression.
    #[arg(long = "where", value_name = "EXPR")]
    pub filter: Option<String>,
    /// Output format (default: table on a terminal, tsv in a pipe).
    #[arg(long, value_parser = choices(&AGENDA_FORMATS))]
    pub format: Option<AgendaFormat>,
}

/// What `agenda --format` writes: a report format, or iCalendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AgendaFormat {
    Report(Format),
    Ics,
}

/// Log a customer's planned follow-up as done, and plan the next one.
///
/// Appends an interaction (kind `note` unless --kind; summary: --summary,
/// else the planned action) dated today, then removes [next], or replaces it
/// with --next DATE ACTION.
#[derive(Debug, Args)]
pub struct DoneArgs {
    /// The customer's id.
    #[arg(add = ArgValueCompleter::new(complete::customer_id))]
    pub id: String,
    /// What was done, in a line (default: the planned action).
    #[arg(long, short = 'm')]
    pub summary: Option<String>,
    /// The kind of interaction to log (default: note).
    #[arg(long, add = ArgValueCompleter::new(complete::interaction_kind))]
    pub kind: Option<String>,
    /// When it was done (default: today).
    #[arg(long, allow_hyphen_values = true)]
    pub date: Option<String>,
    /// Plan the next follow-up: a date (2026-12-01, +2w) and an action.
    #[arg(long, num_args = 2, value_names = ["DATE", "ACTION"])]
    pub next: Option<Vec<String>>,
    /// Print what would change (the files, and what changes in each) and
    /// write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

/// Write the man pages: rapport.1 and one for every subcommand.
///
/// The pages (rapport-init.1 … rapport-report-clv.1) are generated from the
/// same definitions as --help. `rapport man ~/.cargo/share/man/man1` writes
/// them all there, creating the folder and rewriting only the pages that
/// changed; `man rapport-log` then finds them (man looks in ../share/man
/// beside each folder of your PATH, and cargo install puts rapport in
/// ~/.cargo/bin). Without DIR, prints rapport.1 (roff) on standard output:
/// `rapport man | man -l -`.
#[derive(Debug, Args)]
pub struct ManArgs {
    /// The folder to write every page into.
    #[arg(value_hint = clap::ValueHint::DirPath)]
    pub dir: Option<PathBuf>,
}

/// Print a shell's completion script (ids, segments, kinds and stages too).
///
/// It completes subcommands and options, and customer ids, saved segment
/// names, interaction kinds and stages where an argument takes one. The
/// script asks rapport for the candidates as you press Tab (so rapport
/// must be on your PATH), reading the book the command line names (--book,
/// $RAPPORT_BOOK, or the folder you are in); it writes nothing. Install it
/// where your shell looks for it, then open a new shell:
///
/// bash: `rapport completions bash >
/// ~/.local/share/bash-completion/completions/rapport`
///
/// zsh: `rapport completions zsh > ~/.zfunc/_rapport`, with `fpath+=~/.zfunc`
/// before `compinit` in ~/.zshrc
///
/// fish: `rapport completions fish > ~/.config/fish/completions/rapport.fish`
///
/// elvish: `eval (rapport completions elvish | slurp)` in
/// ~/.config/elvish/rc.elv
///
/// powershell: `rapport completions powershell | Out-String |
/// Invoke-Expression` in $PROFILE
///
/// Write the script again after upgrading rapport. `COMPLETE=bash rapport`
/// prints the same script, calling the rapport it was run as.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// bash, zsh, fish, elvish or powershell.
    #[arg(value_enum)]
    pub shell: Shell,
}

/// Show a customer's changes, from git: who changed what, and when.
///
/// Reads `git log --follow` of the customer's file (newest first): the
/// date, author and message of each commit, and what it changed in words
/// (`phone: +371 2612 3456 → +371 2000 0000`, `added call 2026-11-20
/// "Renewal"`). Works for deleted and merged-away customers too.
#[derive(Debug, Args)]
pub struct HistoryArgs {
    /// The customer's id.
    #[arg(add = ArgValueCompleter::new(complete::customer_id))]
    pub id: String,
    /// Output format (default: table on a terminal, tsv in a pipe).
    #[arg(long, value_parser = listing_format())]
    pub format: Option<Format>,
}

/// List likely duplicate customers, with the reason.
///
/// A pair is listed for the same e-mail (ignoring case), the same phone
/// (ignoring spaces, dashes and the +/00 prefix), or the same name
/// (ignoring case, accents, script and word order). Merge a pair with
/// `rapport merge KEEP OTHER`.
#[derive(Debug, Args)]
pub struct DupesArgs {
    /// Output format (default: table on a terminal, tsv in a pipe).
    #[arg(long, value_parser = listing_format())]
    pub format: Option<Format>,
}

/// Merge duplicate customers into one: KEEP takes the others' history.
///
/// Fields are kept from KEEP unless empty there; interactions and deals
/// are united without duplicates, tags too; the OTHER records are removed
/// and other customers' `company` pointing at them is pointed at KEEP.
#[derive(Debug, Args)]
pub struct MergeArgs {
    /// The id of the record to keep.
    #[arg(add = ArgValueCompleter::new(complete::customer_id))]
    pub keep: String,
    /// The ids of the records to merge into it.
    #[arg(required = true, add = ArgValueCompleter::new(complete::customer_id))]
    pub others: Vec<String>,
    /// Print the merged record and change nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Do not ask before changing more than one customer (a terminal asks,
    /// showing the count; a pipe never does).
    #[arg(long, short = 'y')]
    pub yes: bool,
}

/// Erase a customer on request (GDPR art. 17, right to erasure).
///
/// Removes the customer's file, adds salted hashes of the e-mail address
/// and phone number to suppressed.toml so a later import skips them, and
/// prints how to purge the old file from git history. With
/// --keep-figures, an anonymous record keeps the purchases' dates and
/// amounts (and the lifecycle stage) for reports.
#[derive(Debug, Args)]
pub struct ForgetArgs {
    /// The customer's id.
    #[arg(add = ArgValueCompleter::new(complete::customer_id))]
    pub id: String,
    /// Keep an anonymous record with the purchases' dates and amounts.
    #[arg(long)]
    pub keep_figures: bool,
    /// Do not ask.
    #[arg(long, short = 'y')]
    pub yes: bool,
    /// Print which files would change and write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

/// The git merge driver (git runs it; see `rapport init`): merges one
/// customer file three-way, field by field, into OURS.
#[derive(Debug, Args)]
pub struct MergeDriverArgs {
    /// The common ancestor's version (%O).
    pub base: PathBuf,
    /// Our version, where the result is written (%A).
    pub ours: PathBuf,
    /// Their version (%B).
    pub theirs: PathBuf,
    /// The file's path in the repository, for messages (%P; words joined,
    /// should a git quote it loosely).
    pub path: Vec<String>,
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
    #[arg(long, value_parser = listing_format())]
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
/// won, rfm, clv); `segment = NAME` tests a saved segment.
#[derive(Debug, Args)]
pub struct QueryArgs {
    /// The expression (quote it for the shell), or plain words to find in
    /// names, ids, e-mails, phones, companies, cities and tags
    /// (`rapport query ozol riga`).
    #[arg(value_name = "EXPR")]
    pub expr: Vec<String>,
    #[command(flatten)]
    pub filter: WhereArgs,
    #[command(flatten)]
    pub listing: ListingArgs,
}

/// Saved segments and RFM segmentation.
///
/// `rapport segment vip` lists the members of `vip`; `rapport segment list`
/// shows every segment with its size; `rapport segment --by source [NAME]`
/// counts customers and sums revenue per value of a field; `rapport segment
/// rfm` scores every customer on recency, frequency and monetary value.
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct SegmentArgs {
    #[command(subcommand)]
    pub command: Option<SegmentCommand>,
    /// The segment to list (or to group, with --by).
    #[arg(value_name = "NAME", add = ArgValueCompleter::new(complete::segment_name))]
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

/// The subcommands of `segment`.
#[derive(Debug, Subcommand)]
pub enum SegmentCommand {
    /// List the saved segments, each with its number of customers and
    /// their revenue.
    List(SegmentListArgs),
    Rfm(RfmArgs),
}

/// `segment list`.
#[derive(Debug, Args)]
pub struct SegmentListArgs {
    /// Output format (default: table on a terminal, tsv in a pipe).
    #[arg(long, value_parser = listing_format())]
    pub format: Option<Format>,
}

/// Import customers, interactions or deals from a CSV file; all or nothing.
///
/// Columns are mapped by name: rapport's own (`email`, `address.city`,
/// `fields.industry`), the names HubSpot, Pipedrive and Salesforce exports
/// use (`First Name` + `Last Name`, `E-mail`, `Company Name`, `Lifecycle
/// Stage`, `Create Date` …), then --map. The delimiter (`,` `;` tab `|`) is
/// detected, a UTF-8 byte-order mark removed. Every row is checked before
/// anything is written: one bad row writes nothing, and each is listed as
/// FILE:LINE: reason.
///
/// With --interactions, rows are appended to the history of the customer
/// named in a `customer` column (an id) or an `email` column; a row already
/// logged (same `ref`, or without one, the same in every column) is
/// skipped, so importing a file twice changes nothing.
///
/// With --mail, FILE is an mbox file, a Maildir folder (cur/ and new/), a
/// folder of .eml files or one message: every message whose From, To or Cc
/// holds a customer's e-mail is logged on that customer as an `email`
/// interaction (date in local time, subject as summary, Message-ID as
/// `ref`, `owner` from [owners] in rapport.toml), so importing a mailbox
/// twice changes nothing.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The CSV file (`-` reads standard input); with --vcard a .vcf file
    /// or a folder of them; with --mail the mailbox.
    pub file: PathBuf,
    /// The file is e-mail: an mbox file, a Maildir folder, a folder of .eml
    /// files or one message.
    #[arg(long, conflicts_with_all = [
        "interactions", "deals", "vcard", "survey", "match_by", "on_match", "maps", "map_values",
        "keep_unmapped", "encoding", "delimiter", "date_format", "decimal_comma",
    ])]
    pub mail: bool,
    /// With --mail: list the addresses that match no customer, with their
    /// display name and number of messages, and write nothing.
    #[arg(long, requires = "mail", conflicts_with_all = ["create", "dry_run"])]
    pub list_unmatched: bool,
    /// The file holds interactions: customer, date, kind, amount, summary,
    /// ref, nps, csat, ces, from, to, resolved, owner.
    #[arg(long, conflicts_with = "deals")]
    pub interactions: bool,
    /// The file holds deals: customer, title, value, stage, opened, closed.
    #[arg(long)]
    pub deals: bool,
    /// The file holds vCards (3.0 or 4.0, one or many a file), or is a
    /// folder of .vcf files (a vdir of vdirsyncer or khard): FN, EMAIL,
    /// TEL, ADR, ORG, TITLE, NOTE, CATEGORIES and UID become customers; a
    /// card imported again updates its customer, found by its UID or else
    /// its e-mail address (--on-match update).
    #[arg(long, conflicts_with_all = ["interactions", "deals", "survey", "maps", "map_values", "keep_unmapped", "delimiter", "date_format", "decimal_comma"])]
    pub vcard: bool,
    /// The file holds the responses to a research survey of rapport.toml
    /// (`[surveys.NAME]`), one row a respondent found by `email` or `id`:
    /// each becomes a `survey` interaction with its answers.
    #[arg(long, value_name = "NAME", conflicts_with_all = ["interactions", "deals"])]
    pub survey: Option<String>,
    /// With --survey: a respondent who is not a customer becomes a new lead.
    /// With --mail: each address that matches no customer (and is not in
    /// [owners]) becomes a lead, named by its display name, else the address.
    #[arg(long, conflicts_with = "anonymous")]
    pub create: bool,
    /// With --survey: the answers of a respondent who is not a customer are
    /// kept without one, in surveys/NAME.toml.
    #[arg(long, requires = "survey")]
    pub anonymous: bool,
    /// Show what would be created and changed, and write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Do not ask before changing more than one customer (a terminal asks,
    /// showing the count; a pipe never does).
    #[arg(long, short = 'y')]
    pub yes: bool,
    /// How a row finds the customer it would update: by the `id` column
    /// (default) or by e-mail, compared without regard to case.
    #[arg(long = "match", value_name = "BY", value_parser = choices(&MATCH_BY))]
    pub match_by: Option<MatchBy>,
    /// What to do with a row that matches a customer of the book: update it
    /// with the row's non-empty cells, skip the row, or refuse the import
    /// (default).
    #[arg(long, value_name = "ACTION", value_parser = choices(&ON_MATCH))]
    pub on_match: Option<OnMatch>,
    // Help: "Map a column to a field, as 'Column=field' (repeatable);
    // 'Column=' leaves the column out. Fields: id, name, …", the fields
    // listed from the field table.
    #[arg(long = "map", value_name = "COLUMN=FIELD", help = crate::csv::mapping::map_help())]
    pub maps: Vec<String>,
    /// Rename a value of a field, as 'field:Value=replacement' (repeatable),
    /// e.g. 'stage:Marketing Qualified Lead=lead'; without `field:` it
    /// renames stages (interaction kinds with --interactions). Values
    /// compare without regard to case.
    #[arg(long = "map-value", value_name = "FIELD:VALUE=NEW")]
    pub map_values: Vec<String>,
    /// Keep the columns no field takes, as custom fields named after the
    /// column (`Record ID` → fields.record_id); otherwise they are listed
    /// and left out.
    #[arg(long)]
    pub keep_unmapped: bool,
    /// The file's encoding when it is not UTF-8: windows-1257 (Baltic),
    /// windows-1250 (Central European), windows-1251, latin1 …
    #[arg(long, value_name = "LABEL")]
    pub encoding: Option<String>,
    /// The delimiter, when detection should not decide: `,` `;` `|` or `tab`.
    #[arg(long, value_name = "CHAR")]
    pub delimiter: Option<String>,
    /// How the file writes dates, as a strftime pattern: '%d/%m/%Y',
    /// '%m/%d/%Y %I:%M %p'. Needed for dates such as 03/04/2024 that read
    /// two ways; ISO dates and 01.03.2024 are always understood.
    #[arg(long, value_name = "PATTERN")]
    pub date_format: Option<String>,
    /// Numbers use a decimal comma (1.234,50 or 1 234,50).
    #[arg(long)]
    pub decimal_comma: bool,
    /// Format of the --dry-run and --list-unmatched listings (default:
    /// table on a terminal, tsv in a pipe).
    #[arg(long, value_parser = listing_format())]
    pub format: Option<Format>,
}

/// Undo the last write rapport made to the book.
///
/// Every file the last operation created, changed or removed gets its
/// previous bytes back, all or nothing, after checking that none changed
/// since (else nothing is changed and the file is named). `undo` again goes
/// one further back. The last 20 operations are kept in .rapport/undo/
/// (not in git). `forget` is never undone. With `git = "commit"` the undo
/// is a commit.
#[derive(Debug, Args)]
pub struct UndoArgs {
    /// List the operations that can be undone, newest first: number, time,
    /// command and files.
    #[arg(long)]
    pub list: bool,
    /// Format of the --list listing (default: table on a terminal, tsv in a
    /// pipe).
    #[arg(long, value_parser = listing_format(), requires = "list")]
    pub format: Option<Format>,
}

/// Export customers, interactions or deals as CSV.
///
/// Every stored key is a column, lists are joined with `;`, and a cell a
/// spreadsheet would run as a formula (starting with = + - @) is written
/// with a leading `'`, which import removes again: exporting a book and
/// importing customers, deals and interactions into an empty book writes the
/// same files byte for byte.
///
/// With --format vcard: customers as vCard 4.0 cards (UID = the id) for
/// khard, vdirsyncer or a phone; `import --vcard` reads them back.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Export the interactions, one row each, with the customer's id.
    #[arg(long, conflicts_with = "deals")]
    pub interactions: bool,
    /// Export the deals, one row each, with the customer's id.
    #[arg(long)]
    pub deals: bool,
    /// The columns to write, comma-separated (default: every stored key).
    /// For customers also the derived figures: revenue, orders, aov,
    /// first_purchase, last_purchase, last_contact, interactions, nps,
    /// open_deals, pipeline, won.
    #[arg(long, value_delimiter = ',', value_name = "COLUMNS")]
    pub columns: Vec<String>,
    /// Output format (default: csv, also on a terminal).
    #[arg(long, value_parser = choices(&EXPORT_ALL_FORMATS))]
    pub format: Option<ExportFormat>,
    /// Export only these customers (with --interactions or --deals, only
    /// theirs).
    #[command(flatten)]
    pub filter: WhereArgs,
}

/// How `import --match` finds the customer a row updates.
const MATCH_BY: [(&str, MatchBy, &str); 2] = [
    ("id", MatchBy::Id, "By the `id` column"),
    (
        "email",
        MatchBy::Email,
        "By e-mail, compared without regard to case",
    ),
];

/// What `import --on-match` does with a row that matches a customer.
const ON_MATCH: [(&str, OnMatch, &str); 3] = [
    (
        "update",
        OnMatch::Update,
        "Set the row's non-empty cells on the customer",
    ),
    ("skip", OnMatch::Skip, "Leave the customer as it is"),
    (
        "error",
        OnMatch::Error,
        "Refuse the import, listing the row",
    ),
];

/// The formats of a listing's `--format`: name, format, help.
const LISTING_FORMATS: [(&str, Format, &str); 7] = [
    (
        "table",
        Format::Table,
        "An aligned table (the default on a terminal)",
    ),
    (
        "csv",
        Format::Csv,
        "Comma-separated values with a header row",
    ),
    (
        "tsv",
        Format::Tsv,
        "Tab-separated values with a header row (the default in a pipe)",
    ),
    (
        "json",
        Format::Json,
        "One JSON array (or object, for `show`)",
    ),
    ("ndjson", Format::Ndjson, "One JSON object per line"),
    (
        "ids",
        Format::Ids,
        "Only the ids, one per line, for `xargs`",
    ),
    ("markdown", Format::Markdown, "A Markdown table"),
];

/// The formats of `export --format`: export writes csv wherever stdout
/// goes, so its help names no terminal default.
const EXPORT_FORMATS: [(&str, Format, &str); 7] = [
    (
        "csv",
        Format::Csv,
        "Comma-separated values with a header row (the default, on a terminal too); a cell a spreadsheet would run as a formula gets a leading '",
    ),
    (
        "tsv",
        Format::Tsv,
        "Tab-separated values with a header row, formulas guarded as in csv",
    ),
    (
        "json",
        Format::Json,
        "One JSON array of objects, one per row, with typed values and no formula guard",
    ),
    (
        "ndjson",
        Format::Ndjson,
        "One JSON object per row, one per line",
    ),
    (
        "table",
        Format::Table,
        "An aligned table to read, only when asked for",
    ),
    ("markdown", Format::Markdown, "A Markdown table"),
    (
        "ids",
        Format::Ids,
        "Only the customer ids, one per line (with --interactions or --deals, one per row)",
    ),
];

/// What `export --format` writes: rows in a format, or vCards.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    Rows(Format),
    Vcard,
}

/// The formats of `export --format`: the formats of rows, and vcard.
const EXPORT_ALL_FORMATS: [(&str, ExportFormat, &str); 8] = [
    (
        EXPORT_FORMATS[0].0,
        ExportFormat::Rows(EXPORT_FORMATS[0].1),
        EXPORT_FORMATS[0].2,
    ),
    (
        EXPORT_FORMATS[1].0,
        ExportFormat::Rows(EXPORT_FORMATS[1].1),
        EXPORT_FORMATS[1].2,
    ),
    (
        EXPORT_FORMATS[2].0,
        ExportFormat::Rows(EXPORT_FORMATS[2].1),
        EXPORT_FORMATS[2].2,
    ),
    (
        EXPORT_FORMATS[3].0,
        ExportFormat::Rows(EXPORT_FORMATS[3].1),
        EXPORT_FORMATS[3].2,
    ),
    (
        EXPORT_FORMATS[4].0,
        ExportFormat::Rows(EXPORT_FORMATS[4].1),
        EXPORT_FORMATS[4].2,
    ),
    (
        EXPORT_FORMATS[5].0,
        ExportFormat::Rows(EXPORT_FORMATS[5].1),
        EXPORT_FORMATS[5].2,
    ),
    (
        EXPORT_FORMATS[6].0,
        ExportFormat::Rows(EXPORT_FORMATS[6].1),
        EXPORT_FORMATS[6].2,
    ),
    (
        "vcard",
        ExportFormat::Vcard,
        "vCard 4.0, one card per customer with the id as UID, for khard, vdirsyncer or a phone (customers only)",
    ),
];

/// The formats of a report's `--format`: every listing format, and html.
const REPORT_FORMATS: [(&str, Format, &str); 8] = [
    (
        "table",
        Format::Table,
        "An aligned table (the default on a terminal)",
    ),
    (
        "csv",
        Format::Csv,
        "Comma-separated values with a header row: the data table",
    ),
    (
        "tsv",
        Format::Tsv,
        "Tab-separated values with a header row (the default in a pipe)",
    ),
    (
        "json",
        Format::Json,
        "One JSON object: the facts and the data rows",
    ),
    ("ndjson", Format::Ndjson, "One JSON object per data row"),
    (
        "ids",
        Format::Ids,
        "The first column of the data table, one per line",
    ),
    ("markdown", Format::Markdown, "Markdown tables"),
    (
        "html",
        Format::Html,
        "One self-contained HTML page with charts as inline SVG, fit to mail",
    ),
];

/// The formats of `agenda --format`: the report formats, and ics.
const AGENDA_FORMATS: [(&str, AgendaFormat, &str); 9] = [
    (
        REPORT_FORMATS[0].0,
        AgendaFormat::Report(REPORT_FORMATS[0].1),
        REPORT_FORMATS[0].2,
    ),
    (
        REPORT_FORMATS[1].0,
        AgendaFormat::Report(REPORT_FORMATS[1].1),
        REPORT_FORMATS[1].2,
    ),
    (
        REPORT_FORMATS[2].0,
        AgendaFormat::Report(REPORT_FORMATS[2].1),
        REPORT_FORMATS[2].2,
    ),
    (
        REPORT_FORMATS[3].0,
        AgendaFormat::Report(REPORT_FORMATS[3].1),
        REPORT_FORMATS[3].2,
    ),
    (
        REPORT_FORMATS[4].0,
        AgendaFormat::Report(REPORT_FORMATS[4].1),
        REPORT_FORMATS[4].2,
    ),
    (
        REPORT_FORMATS[5].0,
        AgendaFormat::Report(REPORT_FORMATS[5].1),
        REPORT_FORMATS[5].2,
    ),
    (
        REPORT_FORMATS[6].0,
        AgendaFormat::Report(REPORT_FORMATS[6].1),
        REPORT_FORMATS[6].2,
    ),
    (
        REPORT_FORMATS[7].0,
        AgendaFormat::Report(REPORT_FORMATS[7].1),
        REPORT_FORMATS[7].2,
    ),
    (
        "ics",
        AgendaFormat::Ics,
        "iCalendar (RFC 5545) for khal, Thunderbird, Google Calendar: follow-ups, expected deal closes and SLA deadlines as events with stable UIDs",
    ),
];

/// The lengths of `--period`.
const CALENDARS: [(&str, Calendar, &str); 3] = [
    (
        "week",
        Calendar::Week,
        "ISO weeks, Monday to Sunday (labelled 2026-W03)",
    ),
    (
        "month",
        Calendar::Month,
        "Calendar months (labelled 2026-01)",
    ),
    (
        "quarter",
        Calendar::Quarter,
        "Calendar quarters (labelled 2026-Q1)",
    ),
];

/// The units of `report clv --unit`.
const UNITS: [(&str, Unit, &str); 2] = [("day", Unit::Day, ""), ("week", Unit::Week, "")];

/// The models of `report clv --model`.
const COUNT_MODELS: [(&str, CountModelKind, &str); 2] = [
    (
        "bg-nbd",
        CountModelKind::BgNbd,
        "BG/NBD (Fader, Hardie & Lee 2005)",
    ),
    (
        "pareto-nbd",
        CountModelKind::ParetoNbd,
        "Pareto/NBD (Schmittlein, Morrison & Colombo 1987)",
    ),
];

/// The formats of `report clv`: a listing's, and html (the holdout check's
/// charts).
const CLV_FORMATS: [(&str, Format, &str); 8] = [
    LISTING_FORMATS[0],
    LISTING_FORMATS[1],
    LISTING_FORMATS[2],
    LISTING_FORMATS[3],
    LISTING_FORMATS[4],
    LISTING_FORMATS[5],
    LISTING_FORMATS[6],
    (
        "html",
        Format::Html,
        "One self-contained HTML page (with --holdout: its charts as inline SVG)",
    ),
];

/// Returns the parser of `--format` for listings: the printer's
/// [`Format`] stays free of clap, the command line names its values.
fn listing_format() -> impl clap::builder::TypedValueParser<Value = Format> {
    choices(&LISTING_FORMATS)
}

/// Returns the parser of `--format` for reports (html too).
fn report_format() -> impl clap::builder::TypedValueParser<Value = Format> {
    choices(&REPORT_FORMATS)
}

/// Returns a parser of one of `values` (name, value, help): the library's
/// types stay free of clap, and the command line names and explains their
/// values here.
fn choices<T: Copy + Send + Sync + 'static>(
    values: &'static [(&'static str, T, &'static str)],
) -> impl clap::builder::TypedValueParser<Value = T> {
    use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
    PossibleValuesParser::new(values.iter().map(|(name, _, help)| {
        let value = PossibleValue::new(*name);
        if help.is_empty() {
            value
        } else {
            value.help(*help)
        }
    }))
    .map(move |name: String| {
        values
            .iter()
            .find(|(n, _, _)| *n == name)
            .map(|(_, value, _)| *value)
            .unwrap_or(values[0].1)
    })
}

/// The values of `--lang`, offered by completion and named by its error.
fn lang_value() -> impl clap::builder::TypedValueParser<Value = Lang> {
    use clap::builder::{PossibleValuesParser, TypedValueParser};
    PossibleValuesParser::new(Lang::ALL.map(Lang::code))
        .map(|code| Lang::parse(&code).unwrap_or_default())
}
