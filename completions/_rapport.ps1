
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'rapport' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'rapport'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'rapport' {
            [CompletionResult]::new('--book', '--book', [CompletionResultType]::ParameterName, 'The book to use (a folder holding rapport.toml)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create a book: a commented rapport.toml, customers/, .gitattributes and .gitignore')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a customer and print its id')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one customer with its history and derived figures')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change fields of one or more customers')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Log an interaction: a call, a purchase, a survey, …')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Edit a customer''s file in $VISUAL or $EDITOR; a broken save is never kept')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete customers (asks first unless --yes)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Validate rapport.toml and every customer file; list each problem as file:line:column')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Reports: KPIs, pipeline, cohorts, predicted lifetime value …')
            [CompletionResult]::new('segment', 'segment', [CompletionResultType]::ParameterValue, 'Saved segments and RFM segmentation')
            [CompletionResult]::new('query', 'query', [CompletionResultType]::ParameterValue, 'List the customers an expression selects')
            [CompletionResult]::new('agenda', 'agenda', [CompletionResultType]::ParameterValue, 'What needs doing: follow-ups due (overdue first), open support cases past their SLA, open deals with no activity for 30 days')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Log a customer''s planned follow-up as done, and plan the next one')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a completion script for a shell')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff), generated from these definitions')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Show a customer''s changes, from git: who changed what, and when')
            [CompletionResult]::new('dupes', 'dupes', [CompletionResultType]::ParameterValue, 'List likely duplicate customers, with the reason')
            [CompletionResult]::new('merge', 'merge', [CompletionResultType]::ParameterValue, 'Merge duplicate customers into one: KEEP takes the others'' history')
            [CompletionResult]::new('forget', 'forget', [CompletionResultType]::ParameterValue, 'Erase a customer on request (GDPR art. 17, right to erasure)')
            [CompletionResult]::new('merge-driver', 'merge-driver', [CompletionResultType]::ParameterValue, 'The git merge driver (git runs it; see `rapport init`): merges one customer file three-way, field by field, into OURS')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import customers, interactions or deals from a CSV file; all or nothing')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export customers, interactions or deals as CSV')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rapport;init' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The book''s name (default: the folder''s name)')
            [CompletionResult]::new('--book', '--book', [CompletionResultType]::ParameterName, 'The book to use (a folder holding rapport.toml)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'rapport;add' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'Use this id instead of one made from the name')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'person or company')
            [CompletionResult]::new('--stage', '--stage', [CompletionResultType]::ParameterName, 'The lifecycle stage (default: the book''s first stage)')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'email')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'phone')
            [CompletionResult]::new('--company', '--company', [CompletionResultType]::ParameterName, 'For a person: the id of their company''s record')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Who looks after the customer')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'The acquisition channel (webinar, referral, …)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'A tag (repeatable)')
            [CompletionResult]::new('--created', '--created', [CompletionResultType]::ParameterName, 'When the customer relationship began (default: today), for history logged afterwards: 2024-03-01, -2y. Reports count from this day')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A custom field declared in rapport.toml, as NAME=VALUE (repeatable)')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Any other key, as in `rapport set` (address.city=Rīga; repeatable)')
            [CompletionResult]::new('--book', '--book', [CompletionResultType]::ParameterName, 'The book to use (a folder holding rapport.toml)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'rapport;show' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, tsv in a pipe)')
            [CompletionResult]::new('--book', '--book', [CompletionResultType]::ParameterName, 'The book to use (a folder holding rapport.toml)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'rapport;set' {
            [CompletionResult]::new('--where', '--where', [CompletionResultType]::ParameterName, 'Only the customers this expression selects (the query language of `rapport query`)')
            [CompletionResult]::new('--book', '--book', [CompletionResultType]::ParameterName, 'The book to use (a folder holding rapport.toml)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'rapport;log' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'When it happened: 2024-03-01, 2024-03-01T10:30, today, -2d (default: today)')
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'The amount of a purchase (negative for a refund), exact to the cent')
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'What happened, in a line')
            [CompletionResult]::new('--summary', '--summary', [CompletionResultType]::ParameterName, 'What happened, in a line')
            [CompletionResult]::new('--nps', '--nps', [CompletionResultType]::ParameterName, 'A net promoter score, 0..10')
            [CompletionResult]::new('--csat', '--csat', [CompletionResultType]::ParameterName, 'A satisfaction score, 1..5')
            [CompletionResult]::new('--ref', '--ref', [CompletionResultType]::ParameterName, 'An external reference (invoice number, ticket id); must be new')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Who handled it, if not the customer''s owner')
            [CompletionResult]::new('--resolved', '--resolved', [CompletionResultType]::ParameterName, 'For a support case: when it was resolved')
            [CompletionResult]::new('--book', '--book', [CompletionResultType]::ParameterName, 'The book to use (a folder holding rapport.toml)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)')
            [CompletionResult]::new('--future', '--future', [CompletionResultType]::ParameterName, 'Log a purchase dated after today (otherwise refused; other kinds dated after today are logged with a warning)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'rapport;edit' {
            [CompletionResult]::new('--book', '--book', [CompletionResultType]::ParameterName, 'The book to use (a folder holding rapport.toml)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'rapport;rm' {
            [CompletionResult]::new('--book', '--book', [CompletionResultType]::ParameterName, 'The book to use (a folder holding rapport.toml)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'rapport;check' {
            [CompletionResult]::new('--book', '--book', [CompletionResultType]::ParameterName, 'The book to use (a folder holding rapport.toml)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'rapport;report' {
            [CompletionResult]::new('--book', '--book', [CompletionResultType]::ParameterName, 'The book to use (a folder holding rapport.toml)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('clv', 'clv', [CompletionResultType]::ParameterValue, 'Predicted customer lifetime value: BG/NBD purchases × Gamma-Gamma spend')
            [CompletionResult]::new('summary', 'summary', [CompletionResultType]::ParameterValue, 'The key figures on one screen: customers by stage, new, active and churned customers, revenue, orders, AOV, NPS, CAC, conversion, win rate, sales cycle and open pipeline')
            [CompletionResult]::new('pipeline', 'pipeline', [CompletionResultType]::ParameterValue, 'Open deals at the end of the period by deal stage (count, value, share, median age), and the deals won and lost in the period (value, median sales cycle, win rate)')
            [CompletionResult]::new('funnel', 'funnel', [CompletionResultType]::ParameterValue, 'The lifecycle funnel from the `stage` interactions: customers entering each stage in the period, the conversion to the next stage, and the median days spent in each')
            [CompletionResult]::new('cohorts', 'cohorts', [CompletionResultType]::ParameterValue, 'Retention cohorts: customers by the month (week, quarter) of their first order, and the share of each cohort ordering in each period after')
            [CompletionResult]::new('activity', 'activity', [CompletionResultType]::ParameterValue, 'Interactions in the period by owner and kind, and by month')
            [CompletionResult]::new('nps', 'nps', [CompletionResultType]::ParameterValue, 'Net promoter score: promoters, passives, detractors and the score for the period and for each month (week, quarter) in it')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Support cases opened and resolved, the median time to resolve, the share resolved within the book''s sla, and the cases open at the end')
            [CompletionResult]::new('followups', 'followups', [CompletionResultType]::ParameterValue, 'Follow-ups by owner as of the end of the period: planned, overdue, due within a week, none planned; customers contacted in the period')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rapport;report;clv' {
            [CompletionResult]::new('--unit', '--unit', [CompletionResultType]::ParameterName, 'The unit of x, t_x and T, and of the fit')
            [CompletionResult]::new('--horizon', '--horizon', [CompletionResultType]::ParameterName, 'How far ahead to predict, in months (12m) or years (1y)')
            [CompletionResult]::new('--discount', '--discount', [CompletionResultType]::ParameterName, 'The discount rate per month (0.01 = 1 %)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by these columns, `-col` for descending (default: -clv)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Print at most N customers')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, tsv in a pipe)')
            [CompletionResult]::new('--where', '--where', [CompletionResultType]::ParameterName, 'Only the customers this expression selects (the query language of `rapport query`)')
            [CompletionResult]::new('--book', '--book', [CompletionResultType]::ParameterName, 'The book to use (a folder holding rapport.toml)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)')
            [CompletionResult]::new('--params', '--params', [CompletionResultType]::ParameterName, 'Print the fitted parameters, their standard errors and the log-likelihoods instead of the customers')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'rapport;report;summary' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'The first day of the period, included (2026-01-01, -3m; default: the day after the same day a year before --until)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'The last day of the period, included (default: today)')
            [CompletionResult]::new('--where', '--where', [CompletionResultType]::ParameterName, 'Only the customers matching this query expression')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Figures for each group of this field too: owner, source, stage, kind, tags (a group per tag), company, address.country, address.city, fields.NAME')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, tsv in a pipe); html is one self-contained page with charts, fit to mail')
            [CompletionResult]::new('--book', '--book', [CompletionResultType]::ParameterName, 'The book to use (a folder holding rapport.toml)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'rapport;report;pipeline' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'The first day of the period, included (2026-01-01, -3m; default: the day after the same day a year before --until)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'The last day of the period, included (default: today)')
            [CompletionResult]::new('--where', '--where', [CompletionResultType]::ParameterName, 'Only the customers matching this query expression')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Figures for each group of this field too: owner, source, stage, kind, tags (a group per tag), company, address.country, address.city, fields.NAME')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, tsv in a pipe); html is one self-contained page with charts, fit to mail')
            [CompletionResult]::new('--book', '--book', [CompletionResultType]::ParameterName, 'The book to use (a folder holding rapport.toml)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'rapport;report;funnel' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'The first day of the period, included (2026-01-01, -3m; default: the day after the same day a year before --until)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'The last day of the period, included (default: today)')
            [CompletionResult]::new('--where', '--where', [CompletionResultType]::ParameterName, 'Only the customers matching this query expression')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Figures for each group of this field too: owner, source, stage, kind, tags (a group per tag), company, address.country, address.city, fields.NAME')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, tsv in a pipe); html is one self-contained page with charts, fit to mail')
            [CompletionResult]::new('--book', '--book', [CompletionResultType]::ParameterName, 'The book to use (a folder holding rapport.toml)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'rapport;report;cohorts' {
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'The length of a cohort and of a column')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'The first day of the period, included (2026-01-01, -3m; default: the day after the same day a year before --until)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'The last day of the period, included (default: today)')
            [CompletionResult]::new('--where', '--where', [CompletionResultType]::ParameterName, 'Only the customers matching this query expression')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Figures for each group of this field too: owner, source, stage, kind, tags (a group per tag), company, address.country, address.city, fields.NAME')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, tsv in a pipe); html is one self-contained page with charts, fit to mail')
            [CompletionResult]::new('--book', '--book', [CompletionResultType]::ParameterName, 'The book to use (a folder holding rapport.toml)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'rapport;report;activity' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'The first day of the period, included (2026-01-01, -3m; default: the day after the same day a year before --until)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'The last day of the period, included (default: today)')
            [CompletionResult]::new('--where', '--where', [CompletionResultType]::ParameterName, 'Only the customers matching this query expression')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Figures for each group of this field too: owner, source, stage, kind, tags (a group per tag), company, address.country, address.city, fields.NAME')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, tsv in a pipe); html is one self-contained page with charts, fit to mail')
            [CompletionResult]::new('--book', '--book', [CompletionResultType]::ParameterName, 'The book to use (a folder holding rapport.toml)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'rapport;report;nps' {
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'The length of each period over time')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'The first day of the period, included (2026-01-01, -3m; default: the day after the same day a year before --until)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'The last day of the period, included (default: today)')
            [CompletionResult]::new('--where', '--where', [CompletionResultType]::ParameterName, 'Only the customers matching this query expression')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Figures for each group of this field too: owner, source, stage, kind, tags (a group per tag), company, address.country, address.city, fields.NAME')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, tsv in a pipe); html is one self-contained page with charts, fit to mail')
            [CompletionResult]::new('--book', '--book', [CompletionResultType]::ParameterName, 'The book to use (a folder holding rapport.toml)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'rapport;report;service' {
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'The length of each period over time')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'The first day of the period, included (2026-01-01, -3m; default: the day after the same day a year before --until)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'The last day of the period, included (default: today)')
            [CompletionResult]::new('--where', '--where', [CompletionResultType]::ParameterName, 'Only the customers matching this query expression')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Figures for each group of this field too: owner, source, stage, kind, tags (a group per tag), company, address.country, address.city, fields.NAME')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, tsv in a pipe); html is one self-contained page with charts, fit to mail')
            [CompletionResult]::new('--book', '--book', [CompletionResultType]::ParameterName, 'The book to use (a folder holding rapport.toml)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'rapport;report;followups' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'The first day of the period, included (2026-01-01, -3m; default: the day after the same day a year before --until)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'The last day of the period, included (default: today)')
            [CompletionResult]::new('--where', '--where', [CompletionResultType]::ParameterName, 'Only the customers matching this query expression')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Figures for each group of this field too: owner, source, stage, kind, tags (a group per tag), company, address.country, address.city, fields.NAME')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, tsv in a pipe); html is one self-contained page with charts, fit to mail')
            [CompletionResult]::new('--book', '--book', [CompletionResultType]::ParameterName, 'The book to use (a folder holding rapport.toml)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'rapport;report;help' {
            [CompletionResult]::new('clv', 'clv', [CompletionResultType]::ParameterValue, 'Predicted customer lifetime value: BG/NBD purchases × Gamma-Gamma spend')
            [CompletionResult]::new('summary', 'summary', [CompletionResultType]::ParameterValue, 'The key figures on one screen: customers by stage, new, active and churned customers, revenue, orders, AOV, NPS, CAC, conversion, win rate, sales cycle and open pipeline')
            [CompletionResult]::new('pipeline', 'pipeline', [CompletionResultType]::ParameterValue, 'Open deals at the end of the period by deal stage (count, value, share, median age), and the deals won and lost in the period (value, median sales cycle, win rate)')
            [CompletionResult]::new('funnel', 'funnel', [CompletionResultType]::ParameterValue, 'The lifecycle funnel from the `stage` interactions: customers entering each stage in the period, the conversion to the next stage, and the median days spent in each')
            [CompletionResult]::new('cohorts', 'cohorts', [CompletionResultType]::ParameterValue, 'Retention cohorts: customers by the month (week, quarter) of their first order, and the share of each cohort ordering in each period after')
            [CompletionResult]::new('activity', 'activity', [CompletionResultType]::ParameterValue, 'Interactions in the period by owner and kind, and by month')
            [CompletionResult]::new('nps', 'nps', [CompletionResultType]::ParameterValue, 'Net promoter score: promoters, passives, detractors and the score for the period and for each month (week, quarter) in it')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Support cases opened and resolved, the median time to resolve, the share resolved within the book''s sla, and the cases open at the end')
            [CompletionResult]::new('followups', 'followups', [CompletionResultType]::ParameterValue, 'Follow-ups by owner as of the end of the period: planned, overdue, due within a week, none planned; customers contacted in the period')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rapport;report;help;clv' {
            break
        }
        'rapport;report;help;summary' {
            break
        }
        'rapport;report;help;pipeline' {
            break
        }
        'rapport;report;help;funnel' {
            break
        }
        'rapport;report;help;cohorts' {
            break
        }
        'rapport;report;help;activity' {
            break
        }
        'rapport;report;help;nps' {
            break
        }
        'rapport;report;help;service' {
            break
        }
        'rapport;report;help;followups' {
            break
        }
        'rapport;report;help;help' {
            break
        }
        'rapport;segment' {
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Group by this field: the number of customers and their revenue per value (a customer counts once for each of its tags)')
            [CompletionResult]::new('--where', '--where', [CompletionResultType]::ParameterName, 'Only the customers this expression selects (the query language of `rapport query`)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by these fields; a leading `-` sorts descending, missing values come last: `--sort -revenue,name`. Default: by id')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N rows (after sorting)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns, as field paths (default: id,name,stage,email,revenue,last_contact)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, tsv in a pipe)')
            [CompletionResult]::new('--book', '--book', [CompletionResultType]::ParameterName, 'The book to use (a folder holding rapport.toml)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the saved segments, each with its number of customers and their revenue')
            [CompletionResult]::new('rfm', 'rfm', [CompletionResultType]::ParameterValue, 'RFM: every customer with an order scored 1-5 on recency, frequency and monetary value as of --today, and their segment (Champions, At Risk …)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rapport;segment;list' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, tsv in a pipe)')
            [CompletionResult]::new('--book', '--book', [CompletionResultType]::ParameterName, 'The book to use (a folder holding rapport.toml)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'rapport;segment;rfm' {
            [CompletionResult]::new('--compare', '--compare', [CompletionResultType]::ParameterName, 'A segment-to-segment matrix of how many customers moved from their segment on DATE to their segment on --today')
            [CompletionResult]::new('--where', '--where', [CompletionResultType]::ParameterName, 'Only the customers matching this query expression (scored among all)')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'With --summary: the segments of each group of this field too')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort the customers by these columns, `-col` for descending (default: id)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Print at most N customers')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, tsv in a pipe)')
            [CompletionResult]::new('--book', '--book', [CompletionResultType]::ParameterName, 'The book to use (a folder holding rapport.toml)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)')
            [CompletionResult]::new('--summary', '--summary', [CompletionResultType]::ParameterName, 'Customers and revenue per segment instead of the customers')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'rapport;segment;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the saved segments, each with its number of customers and their revenue')
            [CompletionResult]::new('rfm', 'rfm', [CompletionResultType]::ParameterValue, 'RFM: every customer with an order scored 1-5 on recency, frequency and monetary value as of --today, and their segment (Champions, At Risk …)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rapport;segment;help;list' {
            break
        }
        'rapport;segment;help;rfm' {
            break
        }
        'rapport;segment;help;help' {
            break
        }
        'rapport;query' {
            [CompletionResult]::new('--where', '--where', [CompletionResultType]::ParameterName, 'Only the customers this expression selects (the query language of `rapport query`)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by these fields; a leading `-` sorts descending, missing values come last: `--sort -revenue,name`. Default: by id')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N rows (after sorting)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns, as field paths (default: id,name,stage,email,revenue,last_contact)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, tsv in a pipe)')
            [CompletionResult]::new('--book', '--book', [CompletionResultType]::ParameterName, 'The book to use (a folder holding rapport.toml)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'rapport;agenda' {
            [CompletionResult]::new('--days', '--days', [CompletionResultType]::ParameterName, 'Follow-ups due up to this many days ahead')
            [CompletionResult]::new('--where', '--where', [CompletionResultType]::ParameterName, 'Only the customers matching this query expression')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, tsv in a pipe)')
            [CompletionResult]::new('--book', '--book', [CompletionResultType]::ParameterName, 'The book to use (a folder holding rapport.toml)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'rapport;done' {
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'What was done, in a line (default: the planned action)')
            [CompletionResult]::new('--summary', '--summary', [CompletionResultType]::ParameterName, 'What was done, in a line (default: the planned action)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'The kind of interaction to log (default: note)')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'When it was done (default: today)')
            [CompletionResult]::new('--next', '--next', [CompletionResultType]::ParameterName, 'Plan the next follow-up: a date (2026-12-01, +2w) and an action')
            [CompletionResult]::new('--book', '--book', [CompletionResultType]::ParameterName, 'The book to use (a folder holding rapport.toml)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'rapport;completions' {
            [CompletionResult]::new('--book', '--book', [CompletionResultType]::ParameterName, 'The book to use (a folder holding rapport.toml)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'rapport;man' {
            [CompletionResult]::new('--book', '--book', [CompletionResultType]::ParameterName, 'The book to use (a folder holding rapport.toml)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'rapport;history' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, tsv in a pipe)')
            [CompletionResult]::new('--book', '--book', [CompletionResultType]::ParameterName, 'The book to use (a folder holding rapport.toml)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'rapport;dupes' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, tsv in a pipe)')
            [CompletionResult]::new('--book', '--book', [CompletionResultType]::ParameterName, 'The book to use (a folder holding rapport.toml)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'rapport;merge' {
            [CompletionResult]::new('--book', '--book', [CompletionResultType]::ParameterName, 'The book to use (a folder holding rapport.toml)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the merged record and change nothing')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'rapport;forget' {
            [CompletionResult]::new('--book', '--book', [CompletionResultType]::ParameterName, 'The book to use (a folder holding rapport.toml)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)')
            [CompletionResult]::new('--keep-figures', '--keep-figures', [CompletionResultType]::ParameterName, 'Keep an anonymous record with the purchases'' dates and amounts')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'rapport;merge-driver' {
            [CompletionResult]::new('--book', '--book', [CompletionResultType]::ParameterName, 'The book to use (a folder holding rapport.toml)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'rapport;import' {
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'How a row finds the customer it would update: by the `id` column (default) or by e-mail, compared without regard to case')
            [CompletionResult]::new('--on-match', '--on-match', [CompletionResultType]::ParameterName, 'What to do with a row that matches a customer of the book: update it with the row''s non-empty cells, skip the row, or refuse the import (default)')
            [CompletionResult]::new('--map', '--map', [CompletionResultType]::ParameterName, 'Map a column to a field, as ''Column=field'' (repeatable); ''Column='' leaves the column out. Fields: id, name, first_name, last_name, kind, stage, email, phone, company, owner, tags, source, acquisition_cost, created, address.*, fields.NAME, next.*, consent.*')
            [CompletionResult]::new('--map-value', '--map-value', [CompletionResultType]::ParameterName, 'Rename a value of a field, as ''field:Value=replacement'' (repeatable), e.g. ''stage:Marketing Qualified Lead=lead''; without `field:` it renames stages (interaction kinds with --interactions). Values compare without regard to case')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'The file''s encoding when it is not UTF-8: windows-1257 (Baltic), windows-1250 (Central European), windows-1251, latin1 …')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'The delimiter, when detection should not decide: `,` `;` `|` or `tab`')
            [CompletionResult]::new('--date-format', '--date-format', [CompletionResultType]::ParameterName, 'How the file writes dates, as a strftime pattern: ''%d/%m/%Y'', ''%m/%d/%Y %I:%M %p''. Needed for dates such as 03/04/2024 that read two ways; ISO dates and 01.03.2024 are always understood')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format of the --dry-run listing (default: table on a terminal, tsv in a pipe)')
            [CompletionResult]::new('--book', '--book', [CompletionResultType]::ParameterName, 'The book to use (a folder holding rapport.toml)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)')
            [CompletionResult]::new('--interactions', '--interactions', [CompletionResultType]::ParameterName, 'The file holds interactions: customer, date, kind, amount, summary, ref, nps, csat, from, to, resolved, owner')
            [CompletionResult]::new('--deals', '--deals', [CompletionResultType]::ParameterName, 'The file holds deals: customer, title, value, stage, opened, closed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be created and changed, and write nothing')
            [CompletionResult]::new('--keep-unmapped', '--keep-unmapped', [CompletionResultType]::ParameterName, 'Keep the columns no field takes, as custom fields named after the column (`Record ID` → fields.record_id); otherwise they are listed and left out')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'Numbers use a decimal comma (1.234,50 or 1 234,50)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'rapport;export' {
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to write, comma-separated (default: every stored key). For customers also the derived figures: revenue, orders, aov, first_purchase, last_purchase, last_contact, interactions, nps, open_deals, pipeline, won')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (default: csv)')
            [CompletionResult]::new('--where', '--where', [CompletionResultType]::ParameterName, 'Only the customers this expression selects (the query language of `rapport query`)')
            [CompletionResult]::new('--book', '--book', [CompletionResultType]::ParameterName, 'The book to use (a folder holding rapport.toml)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)')
            [CompletionResult]::new('--interactions', '--interactions', [CompletionResultType]::ParameterName, 'Export the interactions, one row each, with the customer''s id')
            [CompletionResult]::new('--deals', '--deals', [CompletionResultType]::ParameterName, 'Export the deals, one row each, with the customer''s id')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'rapport;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create a book: a commented rapport.toml, customers/, .gitattributes and .gitignore')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a customer and print its id')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one customer with its history and derived figures')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change fields of one or more customers')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Log an interaction: a call, a purchase, a survey, …')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Edit a customer''s file in $VISUAL or $EDITOR; a broken save is never kept')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete customers (asks first unless --yes)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Validate rapport.toml and every customer file; list each problem as file:line:column')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Reports: KPIs, pipeline, cohorts, predicted lifetime value …')
            [CompletionResult]::new('segment', 'segment', [CompletionResultType]::ParameterValue, 'Saved segments and RFM segmentation')
            [CompletionResult]::new('query', 'query', [CompletionResultType]::ParameterValue, 'List the customers an expression selects')
            [CompletionResult]::new('agenda', 'agenda', [CompletionResultType]::ParameterValue, 'What needs doing: follow-ups due (overdue first), open support cases past their SLA, open deals with no activity for 30 days')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Log a customer''s planned follow-up as done, and plan the next one')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a completion script for a shell')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff), generated from these definitions')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Show a customer''s changes, from git: who changed what, and when')
            [CompletionResult]::new('dupes', 'dupes', [CompletionResultType]::ParameterValue, 'List likely duplicate customers, with the reason')
            [CompletionResult]::new('merge', 'merge', [CompletionResultType]::ParameterValue, 'Merge duplicate customers into one: KEEP takes the others'' history')
            [CompletionResult]::new('forget', 'forget', [CompletionResultType]::ParameterValue, 'Erase a customer on request (GDPR art. 17, right to erasure)')
            [CompletionResult]::new('merge-driver', 'merge-driver', [CompletionResultType]::ParameterValue, 'The git merge driver (git runs it; see `rapport init`): merges one customer file three-way, field by field, into OURS')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import customers, interactions or deals from a CSV file; all or nothing')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export customers, interactions or deals as CSV')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rapport;help;init' {
            break
        }
        'rapport;help;add' {
            break
        }
        'rapport;help;show' {
            break
        }
        'rapport;help;set' {
            break
        }
        'rapport;help;log' {
            break
        }
        'rapport;help;edit' {
            break
        }
        'rapport;help;rm' {
            break
        }
        'rapport;help;check' {
            break
        }
        'rapport;help;report' {
            [CompletionResult]::new('clv', 'clv', [CompletionResultType]::ParameterValue, 'Predicted customer lifetime value: BG/NBD purchases × Gamma-Gamma spend')
            [CompletionResult]::new('summary', 'summary', [CompletionResultType]::ParameterValue, 'The key figures on one screen: customers by stage, new, active and churned customers, revenue, orders, AOV, NPS, CAC, conversion, win rate, sales cycle and open pipeline')
            [CompletionResult]::new('pipeline', 'pipeline', [CompletionResultType]::ParameterValue, 'Open deals at the end of the period by deal stage (count, value, share, median age), and the deals won and lost in the period (value, median sales cycle, win rate)')
            [CompletionResult]::new('funnel', 'funnel', [CompletionResultType]::ParameterValue, 'The lifecycle funnel from the `stage` interactions: customers entering each stage in the period, the conversion to the next stage, and the median days spent in each')
            [CompletionResult]::new('cohorts', 'cohorts', [CompletionResultType]::ParameterValue, 'Retention cohorts: customers by the month (week, quarter) of their first order, and the share of each cohort ordering in each period after')
            [CompletionResult]::new('activity', 'activity', [CompletionResultType]::ParameterValue, 'Interactions in the period by owner and kind, and by month')
            [CompletionResult]::new('nps', 'nps', [CompletionResultType]::ParameterValue, 'Net promoter score: promoters, passives, detractors and the score for the period and for each month (week, quarter) in it')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Support cases opened and resolved, the median time to resolve, the share resolved within the book''s sla, and the cases open at the end')
            [CompletionResult]::new('followups', 'followups', [CompletionResultType]::ParameterValue, 'Follow-ups by owner as of the end of the period: planned, overdue, due within a week, none planned; customers contacted in the period')
            break
        }
        'rapport;help;report;clv' {
            break
        }
        'rapport;help;report;summary' {
            break
        }
        'rapport;help;report;pipeline' {
            break
        }
        'rapport;help;report;funnel' {
            break
        }
        'rapport;help;report;cohorts' {
            break
        }
        'rapport;help;report;activity' {
            break
        }
        'rapport;help;report;nps' {
            break
        }
        'rapport;help;report;service' {
            break
        }
        'rapport;help;report;followups' {
            break
        }
        'rapport;help;segment' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the saved segments, each with its number of customers and their revenue')
            [CompletionResult]::new('rfm', 'rfm', [CompletionResultType]::ParameterValue, 'RFM: every customer with an order scored 1-5 on recency, frequency and monetary value as of --today, and their segment (Champions, At Risk …)')
            break
        }
        'rapport;help;segment;list' {
            break
        }
        'rapport;help;segment;rfm' {
            break
        }
        'rapport;help;query' {
            break
        }
        'rapport;help;agenda' {
            break
        }
        'rapport;help;done' {
            break
        }
        'rapport;help;completions' {
            break
        }
        'rapport;help;man' {
            break
        }
        'rapport;help;history' {
            break
        }
        'rapport;help;dupes' {
            break
        }
        'rapport;help;merge' {
            break
        }
        'rapport;help;forget' {
            break
        }
        'rapport;help;merge-driver' {
            break
        }
        'rapport;help;import' {
            break
        }
        'rapport;help;export' {
            break
        }
        'rapport;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
