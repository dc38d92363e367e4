
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
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a completion script for a shell')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff), generated from these definitions')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Show a customer''s changes, from git: who changed what, and when')
            [CompletionResult]::new('dupes', 'dupes', [CompletionResultType]::ParameterValue, 'List likely duplicate customers, with the reason')
            [CompletionResult]::new('merge', 'merge', [CompletionResultType]::ParameterValue, 'Merge duplicate customers into one: KEEP takes the others'' history')
            [CompletionResult]::new('forget', 'forget', [CompletionResultType]::ParameterValue, 'Erase a customer on request (GDPR art. 17, right to erasure)')
            [CompletionResult]::new('merge-driver', 'merge-driver', [CompletionResultType]::ParameterValue, 'The git merge driver (git runs it; see `rapport init`): merges one customer file three-way, field by field, into OURS')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rapport;init' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The book''s name (default: the folder''s name)')
            [CompletionResult]::new('--book', '--book', [CompletionResultType]::ParameterName, 'The book to use (a folder holding rapport.toml)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)')
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
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A custom field declared in rapport.toml, as NAME=VALUE (repeatable)')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Any other key, as in `rapport set` (address.city=Rīga; repeatable)')
            [CompletionResult]::new('--book', '--book', [CompletionResultType]::ParameterName, 'The book to use (a folder holding rapport.toml)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'rapport;show' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, tsv in a pipe)')
            [CompletionResult]::new('--book', '--book', [CompletionResultType]::ParameterName, 'The book to use (a folder holding rapport.toml)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'rapport;set' {
            [CompletionResult]::new('--book', '--book', [CompletionResultType]::ParameterName, 'The book to use (a folder holding rapport.toml)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)')
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
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'rapport;edit' {
            [CompletionResult]::new('--book', '--book', [CompletionResultType]::ParameterName, 'The book to use (a folder holding rapport.toml)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'rapport;rm' {
            [CompletionResult]::new('--book', '--book', [CompletionResultType]::ParameterName, 'The book to use (a folder holding rapport.toml)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'rapport;check' {
            [CompletionResult]::new('--book', '--book', [CompletionResultType]::ParameterName, 'The book to use (a folder holding rapport.toml)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'rapport;report' {
            [CompletionResult]::new('--book', '--book', [CompletionResultType]::ParameterName, 'The book to use (a folder holding rapport.toml)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('clv', 'clv', [CompletionResultType]::ParameterValue, 'Predicted customer lifetime value: BG/NBD purchases × Gamma-Gamma spend')
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
            [CompletionResult]::new('--book', '--book', [CompletionResultType]::ParameterName, 'The book to use (a folder holding rapport.toml)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)')
            [CompletionResult]::new('--params', '--params', [CompletionResultType]::ParameterName, 'Print the fitted parameters, their standard errors and the log-likelihoods instead of the customers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'rapport;report;help' {
            [CompletionResult]::new('clv', 'clv', [CompletionResultType]::ParameterValue, 'Predicted customer lifetime value: BG/NBD purchases × Gamma-Gamma spend')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rapport;report;help;clv' {
            break
        }
        'rapport;report;help;help' {
            break
        }
        'rapport;completions' {
            [CompletionResult]::new('--book', '--book', [CompletionResultType]::ParameterName, 'The book to use (a folder holding rapport.toml)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'rapport;man' {
            [CompletionResult]::new('--book', '--book', [CompletionResultType]::ParameterName, 'The book to use (a folder holding rapport.toml)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'rapport;history' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, tsv in a pipe)')
            [CompletionResult]::new('--book', '--book', [CompletionResultType]::ParameterName, 'The book to use (a folder holding rapport.toml)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'rapport;dupes' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, tsv in a pipe)')
            [CompletionResult]::new('--book', '--book', [CompletionResultType]::ParameterName, 'The book to use (a folder holding rapport.toml)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'rapport;merge' {
            [CompletionResult]::new('--book', '--book', [CompletionResultType]::ParameterName, 'The book to use (a folder holding rapport.toml)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the merged record and change nothing')
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
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'rapport;merge-driver' {
            [CompletionResult]::new('--book', '--book', [CompletionResultType]::ParameterName, 'The book to use (a folder holding rapport.toml)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
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
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a completion script for a shell')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff), generated from these definitions')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Show a customer''s changes, from git: who changed what, and when')
            [CompletionResult]::new('dupes', 'dupes', [CompletionResultType]::ParameterValue, 'List likely duplicate customers, with the reason')
            [CompletionResult]::new('merge', 'merge', [CompletionResultType]::ParameterValue, 'Merge duplicate customers into one: KEEP takes the others'' history')
            [CompletionResult]::new('forget', 'forget', [CompletionResultType]::ParameterValue, 'Erase a customer on request (GDPR art. 17, right to erasure)')
            [CompletionResult]::new('merge-driver', 'merge-driver', [CompletionResultType]::ParameterValue, 'The git merge driver (git runs it; see `rapport init`): merges one customer file three-way, field by field, into OURS')
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
            break
        }
        'rapport;help;report;clv' {
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
        'rapport;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
