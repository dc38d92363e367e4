# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_rapport_global_optspecs
    string join \n book= today= no-cache h/help V/version
end

function __fish_rapport_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_rapport_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_rapport_using_subcommand
    set -l cmd (__fish_rapport_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c rapport -n "__fish_rapport_needs_command" -l book -d 'The book to use (a folder holding rapport.toml)' -r -F
complete -c rapport -n "__fish_rapport_needs_command" -l today -d 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)' -r
complete -c rapport -n "__fish_rapport_needs_command" -l no-cache -d 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
complete -c rapport -n "__fish_rapport_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rapport -n "__fish_rapport_needs_command" -s V -l version -d 'Print version'
complete -c rapport -n "__fish_rapport_needs_command" -f -a "init" -d 'Create a book: a commented rapport.toml, customers/, .gitattributes and .gitignore'
complete -c rapport -n "__fish_rapport_needs_command" -f -a "add" -d 'Add a customer and print its id'
complete -c rapport -n "__fish_rapport_needs_command" -f -a "show" -d 'Show one customer with its history and derived figures'
complete -c rapport -n "__fish_rapport_needs_command" -f -a "set" -d 'Change fields of one or more customers'
complete -c rapport -n "__fish_rapport_needs_command" -f -a "log" -d 'Log an interaction: a call, a purchase, a survey, …'
complete -c rapport -n "__fish_rapport_needs_command" -f -a "edit" -d 'Edit a customer\'s file in $VISUAL or $EDITOR; a broken save is never kept'
complete -c rapport -n "__fish_rapport_needs_command" -f -a "rm" -d 'Delete customers (asks first unless --yes)'
complete -c rapport -n "__fish_rapport_needs_command" -f -a "check" -d 'Validate rapport.toml and every customer file; list each problem as file:line:column'
complete -c rapport -n "__fish_rapport_needs_command" -f -a "report" -d 'Reports: KPIs, pipeline, cohorts, predicted lifetime value …'
complete -c rapport -n "__fish_rapport_needs_command" -f -a "segment" -d 'Saved segments and RFM segmentation'
complete -c rapport -n "__fish_rapport_needs_command" -f -a "query" -d 'List the customers an expression selects'
complete -c rapport -n "__fish_rapport_needs_command" -f -a "agenda" -d 'What needs doing: follow-ups due (overdue first), open support cases past their SLA, open deals with no activity for 30 days'
complete -c rapport -n "__fish_rapport_needs_command" -f -a "done" -d 'Log a customer\'s planned follow-up as done, and plan the next one'
complete -c rapport -n "__fish_rapport_needs_command" -f -a "completions" -d 'Print a completion script for a shell'
complete -c rapport -n "__fish_rapport_needs_command" -f -a "man" -d 'Print the man page (roff), generated from these definitions'
complete -c rapport -n "__fish_rapport_needs_command" -f -a "history" -d 'Show a customer\'s changes, from git: who changed what, and when'
complete -c rapport -n "__fish_rapport_needs_command" -f -a "dupes" -d 'List likely duplicate customers, with the reason'
complete -c rapport -n "__fish_rapport_needs_command" -f -a "merge" -d 'Merge duplicate customers into one: KEEP takes the others\' history'
complete -c rapport -n "__fish_rapport_needs_command" -f -a "forget" -d 'Erase a customer on request (GDPR art. 17, right to erasure)'
complete -c rapport -n "__fish_rapport_needs_command" -f -a "merge-driver" -d 'The git merge driver (git runs it; see `rapport init`): merges one customer file three-way, field by field, into OURS'
complete -c rapport -n "__fish_rapport_needs_command" -f -a "import" -d 'Import customers, interactions or deals from a CSV file; all or nothing'
complete -c rapport -n "__fish_rapport_needs_command" -f -a "export" -d 'Export customers, interactions or deals as CSV'
complete -c rapport -n "__fish_rapport_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rapport -n "__fish_rapport_using_subcommand init" -l name -d 'The book\'s name (default: the folder\'s name)' -r
complete -c rapport -n "__fish_rapport_using_subcommand init" -l book -d 'The book to use (a folder holding rapport.toml)' -r -F
complete -c rapport -n "__fish_rapport_using_subcommand init" -l today -d 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)' -r
complete -c rapport -n "__fish_rapport_using_subcommand init" -l no-cache -d 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
complete -c rapport -n "__fish_rapport_using_subcommand init" -s h -l help -d 'Print help'
complete -c rapport -n "__fish_rapport_using_subcommand add" -l id -d 'Use this id instead of one made from the name' -r
complete -c rapport -n "__fish_rapport_using_subcommand add" -l kind -d 'person or company' -r
complete -c rapport -n "__fish_rapport_using_subcommand add" -l stage -d 'The lifecycle stage (default: the book\'s first stage)' -r
complete -c rapport -n "__fish_rapport_using_subcommand add" -l email -r
complete -c rapport -n "__fish_rapport_using_subcommand add" -l phone -r
complete -c rapport -n "__fish_rapport_using_subcommand add" -l company -d 'For a person: the id of their company\'s record' -r
complete -c rapport -n "__fish_rapport_using_subcommand add" -l owner -d 'Who looks after the customer' -r
complete -c rapport -n "__fish_rapport_using_subcommand add" -l source -d 'The acquisition channel (webinar, referral, …)' -r
complete -c rapport -n "__fish_rapport_using_subcommand add" -l tag -d 'A tag (repeatable)' -r
complete -c rapport -n "__fish_rapport_using_subcommand add" -l created -d 'When the customer relationship began (default: today), for history logged afterwards: 2024-03-01, -2y. Reports count from this day' -r
complete -c rapport -n "__fish_rapport_using_subcommand add" -l field -d 'A custom field declared in rapport.toml, as NAME=VALUE (repeatable)' -r
complete -c rapport -n "__fish_rapport_using_subcommand add" -l set -d 'Any other key, as in `rapport set` (address.city=Rīga; repeatable)' -r
complete -c rapport -n "__fish_rapport_using_subcommand add" -l book -d 'The book to use (a folder holding rapport.toml)' -r -F
complete -c rapport -n "__fish_rapport_using_subcommand add" -l today -d 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)' -r
complete -c rapport -n "__fish_rapport_using_subcommand add" -l no-cache -d 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
complete -c rapport -n "__fish_rapport_using_subcommand add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rapport -n "__fish_rapport_using_subcommand show" -l format -d 'Output format (default: table on a terminal, tsv in a pipe)' -r -f -a "table\t'An aligned table (the default on a terminal)'
csv\t'Comma-separated values with a header row'
tsv\t'Tab-separated values with a header row (the default in a pipe)'
json\t'One JSON array (or object, for `show`)'
ndjson\t'One JSON object per line'
ids\t'Only the ids, one per line, for `xargs`'
markdown\t'A Markdown table'"
complete -c rapport -n "__fish_rapport_using_subcommand show" -l book -d 'The book to use (a folder holding rapport.toml)' -r -F
complete -c rapport -n "__fish_rapport_using_subcommand show" -l today -d 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)' -r
complete -c rapport -n "__fish_rapport_using_subcommand show" -l no-cache -d 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
complete -c rapport -n "__fish_rapport_using_subcommand show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rapport -n "__fish_rapport_using_subcommand set" -l where -d 'Only the customers this expression selects (the query language of `rapport query`)' -r
complete -c rapport -n "__fish_rapport_using_subcommand set" -l book -d 'The book to use (a folder holding rapport.toml)' -r -F
complete -c rapport -n "__fish_rapport_using_subcommand set" -l today -d 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)' -r
complete -c rapport -n "__fish_rapport_using_subcommand set" -l no-cache -d 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
complete -c rapport -n "__fish_rapport_using_subcommand set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rapport -n "__fish_rapport_using_subcommand log" -l date -d 'When it happened: 2024-03-01, 2024-03-01T10:30, today, -2d (default: today)' -r
complete -c rapport -n "__fish_rapport_using_subcommand log" -l amount -d 'The amount of a purchase (negative for a refund), exact to the cent' -r
complete -c rapport -n "__fish_rapport_using_subcommand log" -s m -l summary -d 'What happened, in a line' -r
complete -c rapport -n "__fish_rapport_using_subcommand log" -l nps -d 'A net promoter score, 0..10' -r
complete -c rapport -n "__fish_rapport_using_subcommand log" -l csat -d 'A satisfaction score, 1..5' -r
complete -c rapport -n "__fish_rapport_using_subcommand log" -l ref -d 'An external reference (invoice number, ticket id); must be new' -r
complete -c rapport -n "__fish_rapport_using_subcommand log" -l owner -d 'Who handled it, if not the customer\'s owner' -r
complete -c rapport -n "__fish_rapport_using_subcommand log" -l resolved -d 'For a support case: when it was resolved' -r
complete -c rapport -n "__fish_rapport_using_subcommand log" -l book -d 'The book to use (a folder holding rapport.toml)' -r -F
complete -c rapport -n "__fish_rapport_using_subcommand log" -l today -d 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)' -r
complete -c rapport -n "__fish_rapport_using_subcommand log" -l future -d 'Log a purchase dated after today (otherwise refused; other kinds dated after today are logged with a warning)'
complete -c rapport -n "__fish_rapport_using_subcommand log" -l no-cache -d 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
complete -c rapport -n "__fish_rapport_using_subcommand log" -s h -l help -d 'Print help'
complete -c rapport -n "__fish_rapport_using_subcommand edit" -l book -d 'The book to use (a folder holding rapport.toml)' -r -F
complete -c rapport -n "__fish_rapport_using_subcommand edit" -l today -d 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)' -r
complete -c rapport -n "__fish_rapport_using_subcommand edit" -l no-cache -d 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
complete -c rapport -n "__fish_rapport_using_subcommand edit" -s h -l help -d 'Print help'
complete -c rapport -n "__fish_rapport_using_subcommand rm" -l book -d 'The book to use (a folder holding rapport.toml)' -r -F
complete -c rapport -n "__fish_rapport_using_subcommand rm" -l today -d 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)' -r
complete -c rapport -n "__fish_rapport_using_subcommand rm" -s y -l yes -d 'Do not ask'
complete -c rapport -n "__fish_rapport_using_subcommand rm" -l no-cache -d 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
complete -c rapport -n "__fish_rapport_using_subcommand rm" -s h -l help -d 'Print help'
complete -c rapport -n "__fish_rapport_using_subcommand check" -l book -d 'The book to use (a folder holding rapport.toml)' -r -F
complete -c rapport -n "__fish_rapport_using_subcommand check" -l today -d 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)' -r
complete -c rapport -n "__fish_rapport_using_subcommand check" -l no-cache -d 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
complete -c rapport -n "__fish_rapport_using_subcommand check" -s h -l help -d 'Print help'
complete -c rapport -n "__fish_rapport_using_subcommand report; and not __fish_seen_subcommand_from clv summary pipeline funnel cohorts activity nps service followups help" -l book -d 'The book to use (a folder holding rapport.toml)' -r -F
complete -c rapport -n "__fish_rapport_using_subcommand report; and not __fish_seen_subcommand_from clv summary pipeline funnel cohorts activity nps service followups help" -l today -d 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)' -r
complete -c rapport -n "__fish_rapport_using_subcommand report; and not __fish_seen_subcommand_from clv summary pipeline funnel cohorts activity nps service followups help" -l no-cache -d 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
complete -c rapport -n "__fish_rapport_using_subcommand report; and not __fish_seen_subcommand_from clv summary pipeline funnel cohorts activity nps service followups help" -s h -l help -d 'Print help'
complete -c rapport -n "__fish_rapport_using_subcommand report; and not __fish_seen_subcommand_from clv summary pipeline funnel cohorts activity nps service followups help" -f -a "clv" -d 'Predicted customer lifetime value: BG/NBD purchases × Gamma-Gamma spend'
complete -c rapport -n "__fish_rapport_using_subcommand report; and not __fish_seen_subcommand_from clv summary pipeline funnel cohorts activity nps service followups help" -f -a "summary" -d 'The key figures on one screen: customers by stage, new, active and churned customers, revenue, orders, AOV, NPS, CAC, conversion, win rate, sales cycle and open pipeline'
complete -c rapport -n "__fish_rapport_using_subcommand report; and not __fish_seen_subcommand_from clv summary pipeline funnel cohorts activity nps service followups help" -f -a "pipeline" -d 'Open deals at the end of the period by deal stage (count, value, share, median age), and the deals won and lost in the period (value, median sales cycle, win rate)'
complete -c rapport -n "__fish_rapport_using_subcommand report; and not __fish_seen_subcommand_from clv summary pipeline funnel cohorts activity nps service followups help" -f -a "funnel" -d 'The lifecycle funnel from the `stage` interactions: customers entering each stage in the period, the conversion to the next stage, and the median days spent in each'
complete -c rapport -n "__fish_rapport_using_subcommand report; and not __fish_seen_subcommand_from clv summary pipeline funnel cohorts activity nps service followups help" -f -a "cohorts" -d 'Retention cohorts: customers by the month (week, quarter) of their first order, and the share of each cohort ordering in each period after'
complete -c rapport -n "__fish_rapport_using_subcommand report; and not __fish_seen_subcommand_from clv summary pipeline funnel cohorts activity nps service followups help" -f -a "activity" -d 'Interactions in the period by owner and kind, and by month'
complete -c rapport -n "__fish_rapport_using_subcommand report; and not __fish_seen_subcommand_from clv summary pipeline funnel cohorts activity nps service followups help" -f -a "nps" -d 'Net promoter score: promoters, passives, detractors and the score for the period and for each month (week, quarter) in it'
complete -c rapport -n "__fish_rapport_using_subcommand report; and not __fish_seen_subcommand_from clv summary pipeline funnel cohorts activity nps service followups help" -f -a "service" -d 'Support cases opened and resolved, the median time to resolve, the share resolved within the book\'s sla, and the cases open at the end'
complete -c rapport -n "__fish_rapport_using_subcommand report; and not __fish_seen_subcommand_from clv summary pipeline funnel cohorts activity nps service followups help" -f -a "followups" -d 'Follow-ups by owner as of the end of the period: planned, overdue, due within a week, none planned; customers contacted in the period'
complete -c rapport -n "__fish_rapport_using_subcommand report; and not __fish_seen_subcommand_from clv summary pipeline funnel cohorts activity nps service followups help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from clv" -l unit -d 'The unit of x, t_x and T, and of the fit' -r -f -a "day\t''
week\t''"
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from clv" -l horizon -d 'How far ahead to predict, in months (12m) or years (1y)' -r
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from clv" -l discount -d 'The discount rate per month (0.01 = 1 %)' -r
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from clv" -l sort -d 'Sort by these columns, `-col` for descending (default: -clv)' -r
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from clv" -l limit -d 'Print at most N customers' -r
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from clv" -l format -d 'Output format (default: table on a terminal, tsv in a pipe)' -r -f -a "table\t'An aligned table (the default on a terminal)'
csv\t'Comma-separated values with a header row'
tsv\t'Tab-separated values with a header row (the default in a pipe)'
json\t'One JSON array (or object, for `show`)'
ndjson\t'One JSON object per line'
ids\t'Only the ids, one per line, for `xargs`'
markdown\t'A Markdown table'"
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from clv" -l where -d 'Only the customers this expression selects (the query language of `rapport query`)' -r
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from clv" -l book -d 'The book to use (a folder holding rapport.toml)' -r -F
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from clv" -l today -d 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)' -r
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from clv" -l params -d 'Print the fitted parameters, their standard errors and the log-likelihoods instead of the customers'
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from clv" -l no-cache -d 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from clv" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from summary" -l since -d 'The first day of the period, included (2026-01-01, -3m; default: the day after the same day a year before --until)' -r
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from summary" -l until -d 'The last day of the period, included (default: today)' -r
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from summary" -l where -d 'Only the customers matching this query expression' -r
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from summary" -l by -d 'Figures for each group of this field too: owner, source, stage, kind, tags (a group per tag), company, address.country, address.city, fields.NAME' -r
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from summary" -l format -d 'Output format (default: table on a terminal, tsv in a pipe); html is one self-contained page with charts, fit to mail' -r -f -a "table\t'An aligned table (the default on a terminal)'
csv\t'Comma-separated values with a header row: the data table'
tsv\t'Tab-separated values with a header row (the default in a pipe)'
json\t'One JSON object: the facts and the data rows'
ndjson\t'One JSON object per data row'
ids\t'The first column of the data table, one per line'
markdown\t'Markdown tables'
html\t'One self-contained HTML page with charts as inline SVG, fit to mail'"
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from summary" -l book -d 'The book to use (a folder holding rapport.toml)' -r -F
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from summary" -l today -d 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)' -r
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from summary" -l no-cache -d 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from summary" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from pipeline" -l since -d 'The first day of the period, included (2026-01-01, -3m; default: the day after the same day a year before --until)' -r
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from pipeline" -l until -d 'The last day of the period, included (default: today)' -r
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from pipeline" -l where -d 'Only the customers matching this query expression' -r
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from pipeline" -l by -d 'Figures for each group of this field too: owner, source, stage, kind, tags (a group per tag), company, address.country, address.city, fields.NAME' -r
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from pipeline" -l format -d 'Output format (default: table on a terminal, tsv in a pipe); html is one self-contained page with charts, fit to mail' -r -f -a "table\t'An aligned table (the default on a terminal)'
csv\t'Comma-separated values with a header row: the data table'
tsv\t'Tab-separated values with a header row (the default in a pipe)'
json\t'One JSON object: the facts and the data rows'
ndjson\t'One JSON object per data row'
ids\t'The first column of the data table, one per line'
markdown\t'Markdown tables'
html\t'One self-contained HTML page with charts as inline SVG, fit to mail'"
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from pipeline" -l book -d 'The book to use (a folder holding rapport.toml)' -r -F
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from pipeline" -l today -d 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)' -r
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from pipeline" -l no-cache -d 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from pipeline" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from funnel" -l since -d 'The first day of the period, included (2026-01-01, -3m; default: the day after the same day a year before --until)' -r
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from funnel" -l until -d 'The last day of the period, included (default: today)' -r
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from funnel" -l where -d 'Only the customers matching this query expression' -r
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from funnel" -l by -d 'Figures for each group of this field too: owner, source, stage, kind, tags (a group per tag), company, address.country, address.city, fields.NAME' -r
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from funnel" -l format -d 'Output format (default: table on a terminal, tsv in a pipe); html is one self-contained page with charts, fit to mail' -r -f -a "table\t'An aligned table (the default on a terminal)'
csv\t'Comma-separated values with a header row: the data table'
tsv\t'Tab-separated values with a header row (the default in a pipe)'
json\t'One JSON object: the facts and the data rows'
ndjson\t'One JSON object per data row'
ids\t'The first column of the data table, one per line'
markdown\t'Markdown tables'
html\t'One self-contained HTML page with charts as inline SVG, fit to mail'"
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from funnel" -l book -d 'The book to use (a folder holding rapport.toml)' -r -F
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from funnel" -l today -d 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)' -r
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from funnel" -l no-cache -d 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from funnel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from cohorts" -l period -d 'The length of a cohort and of a column' -r -f -a "week\t'ISO weeks, Monday to Sunday (labelled 2026-W03)'
month\t'Calendar months (labelled 2026-01)'
quarter\t'Calendar quarters (labelled 2026-Q1)'"
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from cohorts" -l since -d 'The first day of the period, included (2026-01-01, -3m; default: the day after the same day a year before --until)' -r
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from cohorts" -l until -d 'The last day of the period, included (default: today)' -r
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from cohorts" -l where -d 'Only the customers matching this query expression' -r
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from cohorts" -l by -d 'Figures for each group of this field too: owner, source, stage, kind, tags (a group per tag), company, address.country, address.city, fields.NAME' -r
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from cohorts" -l format -d 'Output format (default: table on a terminal, tsv in a pipe); html is one self-contained page with charts, fit to mail' -r -f -a "table\t'An aligned table (the default on a terminal)'
csv\t'Comma-separated values with a header row: the data table'
tsv\t'Tab-separated values with a header row (the default in a pipe)'
json\t'One JSON object: the facts and the data rows'
ndjson\t'One JSON object per data row'
ids\t'The first column of the data table, one per line'
markdown\t'Markdown tables'
html\t'One self-contained HTML page with charts as inline SVG, fit to mail'"
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from cohorts" -l book -d 'The book to use (a folder holding rapport.toml)' -r -F
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from cohorts" -l today -d 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)' -r
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from cohorts" -l no-cache -d 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from cohorts" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from activity" -l since -d 'The first day of the period, included (2026-01-01, -3m; default: the day after the same day a year before --until)' -r
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from activity" -l until -d 'The last day of the period, included (default: today)' -r
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from activity" -l where -d 'Only the customers matching this query expression' -r
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from activity" -l by -d 'Figures for each group of this field too: owner, source, stage, kind, tags (a group per tag), company, address.country, address.city, fields.NAME' -r
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from activity" -l format -d 'Output format (default: table on a terminal, tsv in a pipe); html is one self-contained page with charts, fit to mail' -r -f -a "table\t'An aligned table (the default on a terminal)'
csv\t'Comma-separated values with a header row: the data table'
tsv\t'Tab-separated values with a header row (the default in a pipe)'
json\t'One JSON object: the facts and the data rows'
ndjson\t'One JSON object per data row'
ids\t'The first column of the data table, one per line'
markdown\t'Markdown tables'
html\t'One self-contained HTML page with charts as inline SVG, fit to mail'"
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from activity" -l book -d 'The book to use (a folder holding rapport.toml)' -r -F
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from activity" -l today -d 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)' -r
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from activity" -l no-cache -d 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from activity" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from nps" -l period -d 'The length of each period over time' -r -f -a "week\t'ISO weeks, Monday to Sunday (labelled 2026-W03)'
month\t'Calendar months (labelled 2026-01)'
quarter\t'Calendar quarters (labelled 2026-Q1)'"
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from nps" -l since -d 'The first day of the period, included (2026-01-01, -3m; default: the day after the same day a year before --until)' -r
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from nps" -l until -d 'The last day of the period, included (default: today)' -r
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from nps" -l where -d 'Only the customers matching this query expression' -r
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from nps" -l by -d 'Figures for each group of this field too: owner, source, stage, kind, tags (a group per tag), company, address.country, address.city, fields.NAME' -r
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from nps" -l format -d 'Output format (default: table on a terminal, tsv in a pipe); html is one self-contained page with charts, fit to mail' -r -f -a "table\t'An aligned table (the default on a terminal)'
csv\t'Comma-separated values with a header row: the data table'
tsv\t'Tab-separated values with a header row (the default in a pipe)'
json\t'One JSON object: the facts and the data rows'
ndjson\t'One JSON object per data row'
ids\t'The first column of the data table, one per line'
markdown\t'Markdown tables'
html\t'One self-contained HTML page with charts as inline SVG, fit to mail'"
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from nps" -l book -d 'The book to use (a folder holding rapport.toml)' -r -F
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from nps" -l today -d 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)' -r
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from nps" -l no-cache -d 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from nps" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from service" -l period -d 'The length of each period over time' -r -f -a "week\t'ISO weeks, Monday to Sunday (labelled 2026-W03)'
month\t'Calendar months (labelled 2026-01)'
quarter\t'Calendar quarters (labelled 2026-Q1)'"
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from service" -l since -d 'The first day of the period, included (2026-01-01, -3m; default: the day after the same day a year before --until)' -r
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from service" -l until -d 'The last day of the period, included (default: today)' -r
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from service" -l where -d 'Only the customers matching this query expression' -r
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from service" -l by -d 'Figures for each group of this field too: owner, source, stage, kind, tags (a group per tag), company, address.country, address.city, fields.NAME' -r
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from service" -l format -d 'Output format (default: table on a terminal, tsv in a pipe); html is one self-contained page with charts, fit to mail' -r -f -a "table\t'An aligned table (the default on a terminal)'
csv\t'Comma-separated values with a header row: the data table'
tsv\t'Tab-separated values with a header row (the default in a pipe)'
json\t'One JSON object: the facts and the data rows'
ndjson\t'One JSON object per data row'
ids\t'The first column of the data table, one per line'
markdown\t'Markdown tables'
html\t'One self-contained HTML page with charts as inline SVG, fit to mail'"
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from service" -l book -d 'The book to use (a folder holding rapport.toml)' -r -F
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from service" -l today -d 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)' -r
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from service" -l no-cache -d 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from service" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from followups" -l since -d 'The first day of the period, included (2026-01-01, -3m; default: the day after the same day a year before --until)' -r
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from followups" -l until -d 'The last day of the period, included (default: today)' -r
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from followups" -l where -d 'Only the customers matching this query expression' -r
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from followups" -l by -d 'Figures for each group of this field too: owner, source, stage, kind, tags (a group per tag), company, address.country, address.city, fields.NAME' -r
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from followups" -l format -d 'Output format (default: table on a terminal, tsv in a pipe); html is one self-contained page with charts, fit to mail' -r -f -a "table\t'An aligned table (the default on a terminal)'
csv\t'Comma-separated values with a header row: the data table'
tsv\t'Tab-separated values with a header row (the default in a pipe)'
json\t'One JSON object: the facts and the data rows'
ndjson\t'One JSON object per data row'
ids\t'The first column of the data table, one per line'
markdown\t'Markdown tables'
html\t'One self-contained HTML page with charts as inline SVG, fit to mail'"
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from followups" -l book -d 'The book to use (a folder holding rapport.toml)' -r -F
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from followups" -l today -d 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)' -r
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from followups" -l no-cache -d 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from followups" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "clv" -d 'Predicted customer lifetime value: BG/NBD purchases × Gamma-Gamma spend'
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "summary" -d 'The key figures on one screen: customers by stage, new, active and churned customers, revenue, orders, AOV, NPS, CAC, conversion, win rate, sales cycle and open pipeline'
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "pipeline" -d 'Open deals at the end of the period by deal stage (count, value, share, median age), and the deals won and lost in the period (value, median sales cycle, win rate)'
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "funnel" -d 'The lifecycle funnel from the `stage` interactions: customers entering each stage in the period, the conversion to the next stage, and the median days spent in each'
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "cohorts" -d 'Retention cohorts: customers by the month (week, quarter) of their first order, and the share of each cohort ordering in each period after'
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "activity" -d 'Interactions in the period by owner and kind, and by month'
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "nps" -d 'Net promoter score: promoters, passives, detractors and the score for the period and for each month (week, quarter) in it'
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "service" -d 'Support cases opened and resolved, the median time to resolve, the share resolved within the book\'s sla, and the cases open at the end'
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "followups" -d 'Follow-ups by owner as of the end of the period: planned, overdue, due within a week, none planned; customers contacted in the period'
complete -c rapport -n "__fish_rapport_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rapport -n "__fish_rapport_using_subcommand segment; and not __fish_seen_subcommand_from list rfm help" -l by -d 'Group by this field: the number of customers and their revenue per value (a customer counts once for each of its tags)' -r
complete -c rapport -n "__fish_rapport_using_subcommand segment; and not __fish_seen_subcommand_from list rfm help" -l where -d 'Only the customers this expression selects (the query language of `rapport query`)' -r
complete -c rapport -n "__fish_rapport_using_subcommand segment; and not __fish_seen_subcommand_from list rfm help" -l sort -d 'Sort by these fields; a leading `-` sorts descending, missing values come last: `--sort -revenue,name`. Default: by id' -r
complete -c rapport -n "__fish_rapport_using_subcommand segment; and not __fish_seen_subcommand_from list rfm help" -l limit -d 'Show at most N rows (after sorting)' -r
complete -c rapport -n "__fish_rapport_using_subcommand segment; and not __fish_seen_subcommand_from list rfm help" -l columns -d 'The columns, as field paths (default: id,name,stage,email,revenue,last_contact)' -r
complete -c rapport -n "__fish_rapport_using_subcommand segment; and not __fish_seen_subcommand_from list rfm help" -l format -d 'Output format (default: table on a terminal, tsv in a pipe)' -r -f -a "table\t'An aligned table (the default on a terminal)'
csv\t'Comma-separated values with a header row'
tsv\t'Tab-separated values with a header row (the default in a pipe)'
json\t'One JSON array (or object, for `show`)'
ndjson\t'One JSON object per line'
ids\t'Only the ids, one per line, for `xargs`'
markdown\t'A Markdown table'"
complete -c rapport -n "__fish_rapport_using_subcommand segment; and not __fish_seen_subcommand_from list rfm help" -l book -d 'The book to use (a folder holding rapport.toml)' -r -F
complete -c rapport -n "__fish_rapport_using_subcommand segment; and not __fish_seen_subcommand_from list rfm help" -l today -d 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)' -r
complete -c rapport -n "__fish_rapport_using_subcommand segment; and not __fish_seen_subcommand_from list rfm help" -l no-cache -d 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
complete -c rapport -n "__fish_rapport_using_subcommand segment; and not __fish_seen_subcommand_from list rfm help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rapport -n "__fish_rapport_using_subcommand segment; and not __fish_seen_subcommand_from list rfm help" -a "list" -d 'List the saved segments, each with its number of customers and their revenue'
complete -c rapport -n "__fish_rapport_using_subcommand segment; and not __fish_seen_subcommand_from list rfm help" -a "rfm" -d 'RFM: every customer with an order scored 1-5 on recency, frequency and monetary value as of --today, and their segment (Champions, At Risk …)'
complete -c rapport -n "__fish_rapport_using_subcommand segment; and not __fish_seen_subcommand_from list rfm help" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rapport -n "__fish_rapport_using_subcommand segment; and __fish_seen_subcommand_from list" -l format -d 'Output format (default: table on a terminal, tsv in a pipe)' -r -f -a "table\t'An aligned table (the default on a terminal)'
csv\t'Comma-separated values with a header row'
tsv\t'Tab-separated values with a header row (the default in a pipe)'
json\t'One JSON array (or object, for `show`)'
ndjson\t'One JSON object per line'
ids\t'Only the ids, one per line, for `xargs`'
markdown\t'A Markdown table'"
complete -c rapport -n "__fish_rapport_using_subcommand segment; and __fish_seen_subcommand_from list" -l book -d 'The book to use (a folder holding rapport.toml)' -r -F
complete -c rapport -n "__fish_rapport_using_subcommand segment; and __fish_seen_subcommand_from list" -l today -d 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)' -r
complete -c rapport -n "__fish_rapport_using_subcommand segment; and __fish_seen_subcommand_from list" -l no-cache -d 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
complete -c rapport -n "__fish_rapport_using_subcommand segment; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rapport -n "__fish_rapport_using_subcommand segment; and __fish_seen_subcommand_from rfm" -l compare -d 'A segment-to-segment matrix of how many customers moved from their segment on DATE to their segment on --today' -r
complete -c rapport -n "__fish_rapport_using_subcommand segment; and __fish_seen_subcommand_from rfm" -l where -d 'Only the customers matching this query expression (scored among all)' -r
complete -c rapport -n "__fish_rapport_using_subcommand segment; and __fish_seen_subcommand_from rfm" -l by -d 'With --summary: the segments of each group of this field too' -r
complete -c rapport -n "__fish_rapport_using_subcommand segment; and __fish_seen_subcommand_from rfm" -l sort -d 'Sort the customers by these columns, `-col` for descending (default: id)' -r
complete -c rapport -n "__fish_rapport_using_subcommand segment; and __fish_seen_subcommand_from rfm" -l limit -d 'Print at most N customers' -r
complete -c rapport -n "__fish_rapport_using_subcommand segment; and __fish_seen_subcommand_from rfm" -l format -d 'Output format (default: table on a terminal, tsv in a pipe)' -r -f -a "table\t'An aligned table (the default on a terminal)'
csv\t'Comma-separated values with a header row: the data table'
tsv\t'Tab-separated values with a header row (the default in a pipe)'
json\t'One JSON object: the facts and the data rows'
ndjson\t'One JSON object per data row'
ids\t'The first column of the data table, one per line'
markdown\t'Markdown tables'
html\t'One self-contained HTML page with charts as inline SVG, fit to mail'"
complete -c rapport -n "__fish_rapport_using_subcommand segment; and __fish_seen_subcommand_from rfm" -l book -d 'The book to use (a folder holding rapport.toml)' -r -F
complete -c rapport -n "__fish_rapport_using_subcommand segment; and __fish_seen_subcommand_from rfm" -l today -d 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)' -r
complete -c rapport -n "__fish_rapport_using_subcommand segment; and __fish_seen_subcommand_from rfm" -l summary -d 'Customers and revenue per segment instead of the customers'
complete -c rapport -n "__fish_rapport_using_subcommand segment; and __fish_seen_subcommand_from rfm" -l no-cache -d 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
complete -c rapport -n "__fish_rapport_using_subcommand segment; and __fish_seen_subcommand_from rfm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rapport -n "__fish_rapport_using_subcommand segment; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the saved segments, each with its number of customers and their revenue'
complete -c rapport -n "__fish_rapport_using_subcommand segment; and __fish_seen_subcommand_from help" -f -a "rfm" -d 'RFM: every customer with an order scored 1-5 on recency, frequency and monetary value as of --today, and their segment (Champions, At Risk …)'
complete -c rapport -n "__fish_rapport_using_subcommand segment; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rapport -n "__fish_rapport_using_subcommand query" -l where -d 'Only the customers this expression selects (the query language of `rapport query`)' -r
complete -c rapport -n "__fish_rapport_using_subcommand query" -l sort -d 'Sort by these fields; a leading `-` sorts descending, missing values come last: `--sort -revenue,name`. Default: by id' -r
complete -c rapport -n "__fish_rapport_using_subcommand query" -l limit -d 'Show at most N rows (after sorting)' -r
complete -c rapport -n "__fish_rapport_using_subcommand query" -l columns -d 'The columns, as field paths (default: id,name,stage,email,revenue,last_contact)' -r
complete -c rapport -n "__fish_rapport_using_subcommand query" -l format -d 'Output format (default: table on a terminal, tsv in a pipe)' -r -f -a "table\t'An aligned table (the default on a terminal)'
csv\t'Comma-separated values with a header row'
tsv\t'Tab-separated values with a header row (the default in a pipe)'
json\t'One JSON array (or object, for `show`)'
ndjson\t'One JSON object per line'
ids\t'Only the ids, one per line, for `xargs`'
markdown\t'A Markdown table'"
complete -c rapport -n "__fish_rapport_using_subcommand query" -l book -d 'The book to use (a folder holding rapport.toml)' -r -F
complete -c rapport -n "__fish_rapport_using_subcommand query" -l today -d 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)' -r
complete -c rapport -n "__fish_rapport_using_subcommand query" -l no-cache -d 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
complete -c rapport -n "__fish_rapport_using_subcommand query" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rapport -n "__fish_rapport_using_subcommand agenda" -l days -d 'Follow-ups due up to this many days ahead' -r
complete -c rapport -n "__fish_rapport_using_subcommand agenda" -l where -d 'Only the customers matching this query expression' -r
complete -c rapport -n "__fish_rapport_using_subcommand agenda" -l format -d 'Output format (default: table on a terminal, tsv in a pipe)' -r -f -a "table\t'An aligned table (the default on a terminal)'
csv\t'Comma-separated values with a header row: the data table'
tsv\t'Tab-separated values with a header row (the default in a pipe)'
json\t'One JSON object: the facts and the data rows'
ndjson\t'One JSON object per data row'
ids\t'The first column of the data table, one per line'
markdown\t'Markdown tables'
html\t'One self-contained HTML page with charts as inline SVG, fit to mail'"
complete -c rapport -n "__fish_rapport_using_subcommand agenda" -l book -d 'The book to use (a folder holding rapport.toml)' -r -F
complete -c rapport -n "__fish_rapport_using_subcommand agenda" -l today -d 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)' -r
complete -c rapport -n "__fish_rapport_using_subcommand agenda" -l no-cache -d 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
complete -c rapport -n "__fish_rapport_using_subcommand agenda" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rapport -n "__fish_rapport_using_subcommand done" -s m -l summary -d 'What was done, in a line (default: the planned action)' -r
complete -c rapport -n "__fish_rapport_using_subcommand done" -l kind -d 'The kind of interaction to log (default: note)' -r
complete -c rapport -n "__fish_rapport_using_subcommand done" -l date -d 'When it was done (default: today)' -r
complete -c rapport -n "__fish_rapport_using_subcommand done" -l next -d 'Plan the next follow-up: a date (2026-12-01, +2w) and an action' -r
complete -c rapport -n "__fish_rapport_using_subcommand done" -l book -d 'The book to use (a folder holding rapport.toml)' -r -F
complete -c rapport -n "__fish_rapport_using_subcommand done" -l today -d 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)' -r
complete -c rapport -n "__fish_rapport_using_subcommand done" -l no-cache -d 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
complete -c rapport -n "__fish_rapport_using_subcommand done" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rapport -n "__fish_rapport_using_subcommand completions" -l book -d 'The book to use (a folder holding rapport.toml)' -r -F
complete -c rapport -n "__fish_rapport_using_subcommand completions" -l today -d 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)' -r
complete -c rapport -n "__fish_rapport_using_subcommand completions" -l no-cache -d 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
complete -c rapport -n "__fish_rapport_using_subcommand completions" -s h -l help -d 'Print help'
complete -c rapport -n "__fish_rapport_using_subcommand man" -l book -d 'The book to use (a folder holding rapport.toml)' -r -F
complete -c rapport -n "__fish_rapport_using_subcommand man" -l today -d 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)' -r
complete -c rapport -n "__fish_rapport_using_subcommand man" -l no-cache -d 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
complete -c rapport -n "__fish_rapport_using_subcommand man" -s h -l help -d 'Print help'
complete -c rapport -n "__fish_rapport_using_subcommand history" -l format -d 'Output format (default: table on a terminal, tsv in a pipe)' -r -f -a "table\t'An aligned table (the default on a terminal)'
csv\t'Comma-separated values with a header row'
tsv\t'Tab-separated values with a header row (the default in a pipe)'
json\t'One JSON array (or object, for `show`)'
ndjson\t'One JSON object per line'
ids\t'Only the ids, one per line, for `xargs`'
markdown\t'A Markdown table'"
complete -c rapport -n "__fish_rapport_using_subcommand history" -l book -d 'The book to use (a folder holding rapport.toml)' -r -F
complete -c rapport -n "__fish_rapport_using_subcommand history" -l today -d 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)' -r
complete -c rapport -n "__fish_rapport_using_subcommand history" -l no-cache -d 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
complete -c rapport -n "__fish_rapport_using_subcommand history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rapport -n "__fish_rapport_using_subcommand dupes" -l format -d 'Output format (default: table on a terminal, tsv in a pipe)' -r -f -a "table\t'An aligned table (the default on a terminal)'
csv\t'Comma-separated values with a header row'
tsv\t'Tab-separated values with a header row (the default in a pipe)'
json\t'One JSON array (or object, for `show`)'
ndjson\t'One JSON object per line'
ids\t'Only the ids, one per line, for `xargs`'
markdown\t'A Markdown table'"
complete -c rapport -n "__fish_rapport_using_subcommand dupes" -l book -d 'The book to use (a folder holding rapport.toml)' -r -F
complete -c rapport -n "__fish_rapport_using_subcommand dupes" -l today -d 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)' -r
complete -c rapport -n "__fish_rapport_using_subcommand dupes" -l no-cache -d 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
complete -c rapport -n "__fish_rapport_using_subcommand dupes" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rapport -n "__fish_rapport_using_subcommand merge" -l book -d 'The book to use (a folder holding rapport.toml)' -r -F
complete -c rapport -n "__fish_rapport_using_subcommand merge" -l today -d 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)' -r
complete -c rapport -n "__fish_rapport_using_subcommand merge" -l dry-run -d 'Print the merged record and change nothing'
complete -c rapport -n "__fish_rapport_using_subcommand merge" -l no-cache -d 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
complete -c rapport -n "__fish_rapport_using_subcommand merge" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rapport -n "__fish_rapport_using_subcommand forget" -l book -d 'The book to use (a folder holding rapport.toml)' -r -F
complete -c rapport -n "__fish_rapport_using_subcommand forget" -l today -d 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)' -r
complete -c rapport -n "__fish_rapport_using_subcommand forget" -l keep-figures -d 'Keep an anonymous record with the purchases\' dates and amounts'
complete -c rapport -n "__fish_rapport_using_subcommand forget" -s y -l yes -d 'Do not ask'
complete -c rapport -n "__fish_rapport_using_subcommand forget" -l no-cache -d 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
complete -c rapport -n "__fish_rapport_using_subcommand forget" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rapport -n "__fish_rapport_using_subcommand merge-driver" -l book -d 'The book to use (a folder holding rapport.toml)' -r -F
complete -c rapport -n "__fish_rapport_using_subcommand merge-driver" -l today -d 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)' -r
complete -c rapport -n "__fish_rapport_using_subcommand merge-driver" -l no-cache -d 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
complete -c rapport -n "__fish_rapport_using_subcommand merge-driver" -s h -l help -d 'Print help'
complete -c rapport -n "__fish_rapport_using_subcommand import" -l match -d 'How a row finds the customer it would update: by the `id` column (default) or by e-mail, compared without regard to case' -r -f -a "id\t'By the `id` column'
email\t'By e-mail, compared without regard to case'"
complete -c rapport -n "__fish_rapport_using_subcommand import" -l on-match -d 'What to do with a row that matches a customer of the book: update it with the row\'s non-empty cells, skip the row, or refuse the import (default)' -r -f -a "update\t'Set the row\'s non-empty cells on the customer'
skip\t'Leave the customer as it is'
error\t'Refuse the import, listing the row'"
complete -c rapport -n "__fish_rapport_using_subcommand import" -l map -d 'Map a column to a field, as \'Column=field\' (repeatable); \'Column=\' leaves the column out. Fields: id, name, first_name, last_name, kind, stage, email, phone, company, owner, tags, source, acquisition_cost, created, address.*, fields.NAME, next.*, consent.*' -r
complete -c rapport -n "__fish_rapport_using_subcommand import" -l map-value -d 'Rename a value of a field, as \'field:Value=replacement\' (repeatable), e.g. \'stage:Marketing Qualified Lead=lead\'; without `field:` it renames stages (interaction kinds with --interactions). Values compare without regard to case' -r
complete -c rapport -n "__fish_rapport_using_subcommand import" -l encoding -d 'The file\'s encoding when it is not UTF-8: windows-1257 (Baltic), windows-1250 (Central European), windows-1251, latin1 …' -r
complete -c rapport -n "__fish_rapport_using_subcommand import" -l delimiter -d 'The delimiter, when detection should not decide: `,` `;` `|` or `tab`' -r
complete -c rapport -n "__fish_rapport_using_subcommand import" -l date-format -d 'How the file writes dates, as a strftime pattern: \'%d/%m/%Y\', \'%m/%d/%Y %I:%M %p\'. Needed for dates such as 03/04/2024 that read two ways; ISO dates and 01.03.2024 are always understood' -r
complete -c rapport -n "__fish_rapport_using_subcommand import" -l format -d 'Format of the --dry-run listing (default: table on a terminal, tsv in a pipe)' -r -f -a "table\t'An aligned table (the default on a terminal)'
csv\t'Comma-separated values with a header row'
tsv\t'Tab-separated values with a header row (the default in a pipe)'
json\t'One JSON array (or object, for `show`)'
ndjson\t'One JSON object per line'
ids\t'Only the ids, one per line, for `xargs`'
markdown\t'A Markdown table'"
complete -c rapport -n "__fish_rapport_using_subcommand import" -l book -d 'The book to use (a folder holding rapport.toml)' -r -F
complete -c rapport -n "__fish_rapport_using_subcommand import" -l today -d 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)' -r
complete -c rapport -n "__fish_rapport_using_subcommand import" -l interactions -d 'The file holds interactions: customer, date, kind, amount, summary, ref, nps, csat, from, to, resolved, owner'
complete -c rapport -n "__fish_rapport_using_subcommand import" -l deals -d 'The file holds deals: customer, title, value, stage, opened, closed'
complete -c rapport -n "__fish_rapport_using_subcommand import" -l dry-run -d 'Show what would be created and changed, and write nothing'
complete -c rapport -n "__fish_rapport_using_subcommand import" -l keep-unmapped -d 'Keep the columns no field takes, as custom fields named after the column (`Record ID` → fields.record_id); otherwise they are listed and left out'
complete -c rapport -n "__fish_rapport_using_subcommand import" -l decimal-comma -d 'Numbers use a decimal comma (1.234,50 or 1 234,50)'
complete -c rapport -n "__fish_rapport_using_subcommand import" -l no-cache -d 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
complete -c rapport -n "__fish_rapport_using_subcommand import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rapport -n "__fish_rapport_using_subcommand export" -l columns -d 'The columns to write, comma-separated (default: every stored key). For customers also the derived figures: revenue, orders, aov, first_purchase, last_purchase, last_contact, interactions, nps, open_deals, pipeline, won' -r
complete -c rapport -n "__fish_rapport_using_subcommand export" -l format -d 'Output format (default: csv)' -r -f -a "table\t'An aligned table (the default on a terminal)'
csv\t'Comma-separated values with a header row'
tsv\t'Tab-separated values with a header row (the default in a pipe)'
json\t'One JSON array (or object, for `show`)'
ndjson\t'One JSON object per line'
ids\t'Only the ids, one per line, for `xargs`'
markdown\t'A Markdown table'"
complete -c rapport -n "__fish_rapport_using_subcommand export" -l where -d 'Only the customers this expression selects (the query language of `rapport query`)' -r
complete -c rapport -n "__fish_rapport_using_subcommand export" -l book -d 'The book to use (a folder holding rapport.toml)' -r -F
complete -c rapport -n "__fish_rapport_using_subcommand export" -l today -d 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)' -r
complete -c rapport -n "__fish_rapport_using_subcommand export" -l interactions -d 'Export the interactions, one row each, with the customer\'s id'
complete -c rapport -n "__fish_rapport_using_subcommand export" -l deals -d 'Export the deals, one row each, with the customer\'s id'
complete -c rapport -n "__fish_rapport_using_subcommand export" -l no-cache -d 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
complete -c rapport -n "__fish_rapport_using_subcommand export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rapport -n "__fish_rapport_using_subcommand help; and not __fish_seen_subcommand_from init add show set log edit rm check report segment query agenda done completions man history dupes merge forget merge-driver import export help" -f -a "init" -d 'Create a book: a commented rapport.toml, customers/, .gitattributes and .gitignore'
complete -c rapport -n "__fish_rapport_using_subcommand help; and not __fish_seen_subcommand_from init add show set log edit rm check report segment query agenda done completions man history dupes merge forget merge-driver import export help" -f -a "add" -d 'Add a customer and print its id'
complete -c rapport -n "__fish_rapport_using_subcommand help; and not __fish_seen_subcommand_from init add show set log edit rm check report segment query agenda done completions man history dupes merge forget merge-driver import export help" -f -a "show" -d 'Show one customer with its history and derived figures'
complete -c rapport -n "__fish_rapport_using_subcommand help; and not __fish_seen_subcommand_from init add show set log edit rm check report segment query agenda done completions man history dupes merge forget merge-driver import export help" -f -a "set" -d 'Change fields of one or more customers'
complete -c rapport -n "__fish_rapport_using_subcommand help; and not __fish_seen_subcommand_from init add show set log edit rm check report segment query agenda done completions man history dupes merge forget merge-driver import export help" -f -a "log" -d 'Log an interaction: a call, a purchase, a survey, …'
complete -c rapport -n "__fish_rapport_using_subcommand help; and not __fish_seen_subcommand_from init add show set log edit rm check report segment query agenda done completions man history dupes merge forget merge-driver import export help" -f -a "edit" -d 'Edit a customer\'s file in $VISUAL or $EDITOR; a broken save is never kept'
complete -c rapport -n "__fish_rapport_using_subcommand help; and not __fish_seen_subcommand_from init add show set log edit rm check report segment query agenda done completions man history dupes merge forget merge-driver import export help" -f -a "rm" -d 'Delete customers (asks first unless --yes)'
complete -c rapport -n "__fish_rapport_using_subcommand help; and not __fish_seen_subcommand_from init add show set log edit rm check report segment query agenda done completions man history dupes merge forget merge-driver import export help" -f -a "check" -d 'Validate rapport.toml and every customer file; list each problem as file:line:column'
complete -c rapport -n "__fish_rapport_using_subcommand help; and not __fish_seen_subcommand_from init add show set log edit rm check report segment query agenda done completions man history dupes merge forget merge-driver import export help" -f -a "report" -d 'Reports: KPIs, pipeline, cohorts, predicted lifetime value …'
complete -c rapport -n "__fish_rapport_using_subcommand help; and not __fish_seen_subcommand_from init add show set log edit rm check report segment query agenda done completions man history dupes merge forget merge-driver import export help" -f -a "segment" -d 'Saved segments and RFM segmentation'
complete -c rapport -n "__fish_rapport_using_subcommand help; and not __fish_seen_subcommand_from init add show set log edit rm check report segment query agenda done completions man history dupes merge forget merge-driver import export help" -f -a "query" -d 'List the customers an expression selects'
complete -c rapport -n "__fish_rapport_using_subcommand help; and not __fish_seen_subcommand_from init add show set log edit rm check report segment query agenda done completions man history dupes merge forget merge-driver import export help" -f -a "agenda" -d 'What needs doing: follow-ups due (overdue first), open support cases past their SLA, open deals with no activity for 30 days'
complete -c rapport -n "__fish_rapport_using_subcommand help; and not __fish_seen_subcommand_from init add show set log edit rm check report segment query agenda done completions man history dupes merge forget merge-driver import export help" -f -a "done" -d 'Log a customer\'s planned follow-up as done, and plan the next one'
complete -c rapport -n "__fish_rapport_using_subcommand help; and not __fish_seen_subcommand_from init add show set log edit rm check report segment query agenda done completions man history dupes merge forget merge-driver import export help" -f -a "completions" -d 'Print a completion script for a shell'
complete -c rapport -n "__fish_rapport_using_subcommand help; and not __fish_seen_subcommand_from init add show set log edit rm check report segment query agenda done completions man history dupes merge forget merge-driver import export help" -f -a "man" -d 'Print the man page (roff), generated from these definitions'
complete -c rapport -n "__fish_rapport_using_subcommand help; and not __fish_seen_subcommand_from init add show set log edit rm check report segment query agenda done completions man history dupes merge forget merge-driver import export help" -f -a "history" -d 'Show a customer\'s changes, from git: who changed what, and when'
complete -c rapport -n "__fish_rapport_using_subcommand help; and not __fish_seen_subcommand_from init add show set log edit rm check report segment query agenda done completions man history dupes merge forget merge-driver import export help" -f -a "dupes" -d 'List likely duplicate customers, with the reason'
complete -c rapport -n "__fish_rapport_using_subcommand help; and not __fish_seen_subcommand_from init add show set log edit rm check report segment query agenda done completions man history dupes merge forget merge-driver import export help" -f -a "merge" -d 'Merge duplicate customers into one: KEEP takes the others\' history'
complete -c rapport -n "__fish_rapport_using_subcommand help; and not __fish_seen_subcommand_from init add show set log edit rm check report segment query agenda done completions man history dupes merge forget merge-driver import export help" -f -a "forget" -d 'Erase a customer on request (GDPR art. 17, right to erasure)'
complete -c rapport -n "__fish_rapport_using_subcommand help; and not __fish_seen_subcommand_from init add show set log edit rm check report segment query agenda done completions man history dupes merge forget merge-driver import export help" -f -a "merge-driver" -d 'The git merge driver (git runs it; see `rapport init`): merges one customer file three-way, field by field, into OURS'
complete -c rapport -n "__fish_rapport_using_subcommand help; and not __fish_seen_subcommand_from init add show set log edit rm check report segment query agenda done completions man history dupes merge forget merge-driver import export help" -f -a "import" -d 'Import customers, interactions or deals from a CSV file; all or nothing'
complete -c rapport -n "__fish_rapport_using_subcommand help; and not __fish_seen_subcommand_from init add show set log edit rm check report segment query agenda done completions man history dupes merge forget merge-driver import export help" -f -a "export" -d 'Export customers, interactions or deals as CSV'
complete -c rapport -n "__fish_rapport_using_subcommand help; and not __fish_seen_subcommand_from init add show set log edit rm check report segment query agenda done completions man history dupes merge forget merge-driver import export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rapport -n "__fish_rapport_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "clv" -d 'Predicted customer lifetime value: BG/NBD purchases × Gamma-Gamma spend'
complete -c rapport -n "__fish_rapport_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "summary" -d 'The key figures on one screen: customers by stage, new, active and churned customers, revenue, orders, AOV, NPS, CAC, conversion, win rate, sales cycle and open pipeline'
complete -c rapport -n "__fish_rapport_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "pipeline" -d 'Open deals at the end of the period by deal stage (count, value, share, median age), and the deals won and lost in the period (value, median sales cycle, win rate)'
complete -c rapport -n "__fish_rapport_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "funnel" -d 'The lifecycle funnel from the `stage` interactions: customers entering each stage in the period, the conversion to the next stage, and the median days spent in each'
complete -c rapport -n "__fish_rapport_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "cohorts" -d 'Retention cohorts: customers by the month (week, quarter) of their first order, and the share of each cohort ordering in each period after'
complete -c rapport -n "__fish_rapport_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "activity" -d 'Interactions in the period by owner and kind, and by month'
complete -c rapport -n "__fish_rapport_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "nps" -d 'Net promoter score: promoters, passives, detractors and the score for the period and for each month (week, quarter) in it'
complete -c rapport -n "__fish_rapport_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "service" -d 'Support cases opened and resolved, the median time to resolve, the share resolved within the book\'s sla, and the cases open at the end'
complete -c rapport -n "__fish_rapport_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "followups" -d 'Follow-ups by owner as of the end of the period: planned, overdue, due within a week, none planned; customers contacted in the period'
complete -c rapport -n "__fish_rapport_using_subcommand help; and __fish_seen_subcommand_from segment" -f -a "list" -d 'List the saved segments, each with its number of customers and their revenue'
complete -c rapport -n "__fish_rapport_using_subcommand help; and __fish_seen_subcommand_from segment" -f -a "rfm" -d 'RFM: every customer with an order scored 1-5 on recency, frequency and monetary value as of --today, and their segment (Champions, At Risk …)'
