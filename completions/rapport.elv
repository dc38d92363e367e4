
use builtin;
use str;

set edit:completion:arg-completer[rapport] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'rapport'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'rapport'= {
            cand --book 'The book to use (a folder holding rapport.toml)'
            cand --today 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)'
            cand --no-cache 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create a book: a commented rapport.toml, customers/, .gitattributes and .gitignore'
            cand add 'Add a customer and print its id'
            cand show 'Show one customer with its history and derived figures'
            cand set 'Change fields of one or more customers'
            cand log 'Log an interaction: a call, a purchase, a survey, …'
            cand edit 'Edit a customer''s file in $VISUAL or $EDITOR; a broken save is never kept'
            cand rm 'Delete customers (asks first unless --yes)'
            cand check 'Validate rapport.toml and every customer file; list each problem as file:line:column'
            cand report 'Reports: KPIs, pipeline, cohorts, predicted lifetime value …'
            cand segment 'Saved segments and RFM segmentation'
            cand query 'List the customers an expression selects'
            cand agenda 'What needs doing: follow-ups due (overdue first), open support cases past their SLA, open deals with no activity for 30 days'
            cand done 'Log a customer''s planned follow-up as done, and plan the next one'
            cand completions 'Print a completion script for a shell'
            cand man 'Print the man page (roff), generated from these definitions'
            cand history 'Show a customer''s changes, from git: who changed what, and when'
            cand dupes 'List likely duplicate customers, with the reason'
            cand merge 'Merge duplicate customers into one: KEEP takes the others'' history'
            cand forget 'Erase a customer on request (GDPR art. 17, right to erasure)'
            cand merge-driver 'The git merge driver (git runs it; see `rapport init`): merges one customer file three-way, field by field, into OURS'
            cand import 'Import customers, interactions or deals from a CSV file; all or nothing'
            cand export 'Export customers, interactions or deals as CSV'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'rapport;init'= {
            cand --name 'The book''s name (default: the folder''s name)'
            cand --book 'The book to use (a folder holding rapport.toml)'
            cand --today 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)'
            cand --no-cache 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'rapport;add'= {
            cand --id 'Use this id instead of one made from the name'
            cand --kind 'person or company'
            cand --stage 'The lifecycle stage (default: the book''s first stage)'
            cand --email 'email'
            cand --phone 'phone'
            cand --company 'For a person: the id of their company''s record'
            cand --owner 'Who looks after the customer'
            cand --source 'The acquisition channel (webinar, referral, …)'
            cand --tag 'A tag (repeatable)'
            cand --created 'When the customer relationship began (default: today), for history logged afterwards: 2024-03-01, -2y. Reports count from this day'
            cand --field 'A custom field declared in rapport.toml, as NAME=VALUE (repeatable)'
            cand --set 'Any other key, as in `rapport set` (address.city=Rīga; repeatable)'
            cand --book 'The book to use (a folder holding rapport.toml)'
            cand --today 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)'
            cand --no-cache 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'rapport;show'= {
            cand --format 'Output format (default: table on a terminal, tsv in a pipe)'
            cand --book 'The book to use (a folder holding rapport.toml)'
            cand --today 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)'
            cand --no-cache 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'rapport;set'= {
            cand --where 'Only the customers this expression selects (the query language of `rapport query`)'
            cand --book 'The book to use (a folder holding rapport.toml)'
            cand --today 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)'
            cand --no-cache 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'rapport;log'= {
            cand --date 'When it happened: 2024-03-01, 2024-03-01T10:30, today, -2d (default: today)'
            cand --amount 'The amount of a purchase (negative for a refund), exact to the cent'
            cand -m 'What happened, in a line'
            cand --summary 'What happened, in a line'
            cand --nps 'A net promoter score, 0..10'
            cand --csat 'A satisfaction score, 1..5'
            cand --ref 'An external reference (invoice number, ticket id); must be new'
            cand --owner 'Who handled it, if not the customer''s owner'
            cand --resolved 'For a support case: when it was resolved'
            cand --book 'The book to use (a folder holding rapport.toml)'
            cand --today 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)'
            cand --future 'Log a purchase dated after today (otherwise refused; other kinds dated after today are logged with a warning)'
            cand --no-cache 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'rapport;edit'= {
            cand --book 'The book to use (a folder holding rapport.toml)'
            cand --today 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)'
            cand --no-cache 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'rapport;rm'= {
            cand --book 'The book to use (a folder holding rapport.toml)'
            cand --today 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)'
            cand -y 'Do not ask'
            cand --yes 'Do not ask'
            cand --no-cache 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'rapport;check'= {
            cand --book 'The book to use (a folder holding rapport.toml)'
            cand --today 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)'
            cand --no-cache 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'rapport;report'= {
            cand --book 'The book to use (a folder holding rapport.toml)'
            cand --today 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)'
            cand --no-cache 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
            cand -h 'Print help'
            cand --help 'Print help'
            cand clv 'Predicted customer lifetime value: BG/NBD purchases × Gamma-Gamma spend'
            cand summary 'The key figures on one screen: customers by stage, new, active and churned customers, revenue, orders, AOV, NPS, CAC, conversion, win rate, sales cycle and open pipeline'
            cand pipeline 'Open deals at the end of the period by deal stage (count, value, share, median age), and the deals won and lost in the period (value, median sales cycle, win rate)'
            cand funnel 'The lifecycle funnel from the `stage` interactions: customers entering each stage in the period, the conversion to the next stage, and the median days spent in each'
            cand cohorts 'Retention cohorts: customers by the month (week, quarter) of their first order, and the share of each cohort ordering in each period after'
            cand activity 'Interactions in the period by owner and kind, and by month'
            cand nps 'Net promoter score: promoters, passives, detractors and the score for the period and for each month (week, quarter) in it'
            cand service 'Support cases opened and resolved, the median time to resolve, the share resolved within the book''s sla, and the cases open at the end'
            cand followups 'Follow-ups by owner as of the end of the period: planned, overdue, due within a week, none planned; customers contacted in the period'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'rapport;report;clv'= {
            cand --unit 'The unit of x, t_x and T, and of the fit'
            cand --horizon 'How far ahead to predict, in months (12m) or years (1y)'
            cand --discount 'The discount rate per month (0.01 = 1 %)'
            cand --sort 'Sort by these columns, `-col` for descending (default: -clv)'
            cand --limit 'Print at most N customers'
            cand --format 'Output format (default: table on a terminal, tsv in a pipe)'
            cand --where 'Only the customers this expression selects (the query language of `rapport query`)'
            cand --book 'The book to use (a folder holding rapport.toml)'
            cand --today 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)'
            cand --params 'Print the fitted parameters, their standard errors and the log-likelihoods instead of the customers'
            cand --no-cache 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'rapport;report;summary'= {
            cand --since 'The first day of the period, included (2026-01-01, -3m; default: the day after the same day a year before --until)'
            cand --until 'The last day of the period, included (default: today)'
            cand --where 'Only the customers matching this query expression'
            cand --by 'Figures for each group of this field too: owner, source, stage, kind, tags (a group per tag), company, address.country, address.city, fields.NAME'
            cand --format 'Output format (default: table on a terminal, tsv in a pipe); html is one self-contained page with charts, fit to mail'
            cand --book 'The book to use (a folder holding rapport.toml)'
            cand --today 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)'
            cand --no-cache 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'rapport;report;pipeline'= {
            cand --since 'The first day of the period, included (2026-01-01, -3m; default: the day after the same day a year before --until)'
            cand --until 'The last day of the period, included (default: today)'
            cand --where 'Only the customers matching this query expression'
            cand --by 'Figures for each group of this field too: owner, source, stage, kind, tags (a group per tag), company, address.country, address.city, fields.NAME'
            cand --format 'Output format (default: table on a terminal, tsv in a pipe); html is one self-contained page with charts, fit to mail'
            cand --book 'The book to use (a folder holding rapport.toml)'
            cand --today 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)'
            cand --no-cache 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'rapport;report;funnel'= {
            cand --since 'The first day of the period, included (2026-01-01, -3m; default: the day after the same day a year before --until)'
            cand --until 'The last day of the period, included (default: today)'
            cand --where 'Only the customers matching this query expression'
            cand --by 'Figures for each group of this field too: owner, source, stage, kind, tags (a group per tag), company, address.country, address.city, fields.NAME'
            cand --format 'Output format (default: table on a terminal, tsv in a pipe); html is one self-contained page with charts, fit to mail'
            cand --book 'The book to use (a folder holding rapport.toml)'
            cand --today 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)'
            cand --no-cache 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'rapport;report;cohorts'= {
            cand --period 'The length of a cohort and of a column'
            cand --since 'The first day of the period, included (2026-01-01, -3m; default: the day after the same day a year before --until)'
            cand --until 'The last day of the period, included (default: today)'
            cand --where 'Only the customers matching this query expression'
            cand --by 'Figures for each group of this field too: owner, source, stage, kind, tags (a group per tag), company, address.country, address.city, fields.NAME'
            cand --format 'Output format (default: table on a terminal, tsv in a pipe); html is one self-contained page with charts, fit to mail'
            cand --book 'The book to use (a folder holding rapport.toml)'
            cand --today 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)'
            cand --no-cache 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'rapport;report;activity'= {
            cand --since 'The first day of the period, included (2026-01-01, -3m; default: the day after the same day a year before --until)'
            cand --until 'The last day of the period, included (default: today)'
            cand --where 'Only the customers matching this query expression'
            cand --by 'Figures for each group of this field too: owner, source, stage, kind, tags (a group per tag), company, address.country, address.city, fields.NAME'
            cand --format 'Output format (default: table on a terminal, tsv in a pipe); html is one self-contained page with charts, fit to mail'
            cand --book 'The book to use (a folder holding rapport.toml)'
            cand --today 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)'
            cand --no-cache 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'rapport;report;nps'= {
            cand --period 'The length of each period over time'
            cand --since 'The first day of the period, included (2026-01-01, -3m; default: the day after the same day a year before --until)'
            cand --until 'The last day of the period, included (default: today)'
            cand --where 'Only the customers matching this query expression'
            cand --by 'Figures for each group of this field too: owner, source, stage, kind, tags (a group per tag), company, address.country, address.city, fields.NAME'
            cand --format 'Output format (default: table on a terminal, tsv in a pipe); html is one self-contained page with charts, fit to mail'
            cand --book 'The book to use (a folder holding rapport.toml)'
            cand --today 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)'
            cand --no-cache 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'rapport;report;service'= {
            cand --period 'The length of each period over time'
            cand --since 'The first day of the period, included (2026-01-01, -3m; default: the day after the same day a year before --until)'
            cand --until 'The last day of the period, included (default: today)'
            cand --where 'Only the customers matching this query expression'
            cand --by 'Figures for each group of this field too: owner, source, stage, kind, tags (a group per tag), company, address.country, address.city, fields.NAME'
            cand --format 'Output format (default: table on a terminal, tsv in a pipe); html is one self-contained page with charts, fit to mail'
            cand --book 'The book to use (a folder holding rapport.toml)'
            cand --today 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)'
            cand --no-cache 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'rapport;report;followups'= {
            cand --since 'The first day of the period, included (2026-01-01, -3m; default: the day after the same day a year before --until)'
            cand --until 'The last day of the period, included (default: today)'
            cand --where 'Only the customers matching this query expression'
            cand --by 'Figures for each group of this field too: owner, source, stage, kind, tags (a group per tag), company, address.country, address.city, fields.NAME'
            cand --format 'Output format (default: table on a terminal, tsv in a pipe); html is one self-contained page with charts, fit to mail'
            cand --book 'The book to use (a folder holding rapport.toml)'
            cand --today 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)'
            cand --no-cache 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'rapport;report;help'= {
            cand clv 'Predicted customer lifetime value: BG/NBD purchases × Gamma-Gamma spend'
            cand summary 'The key figures on one screen: customers by stage, new, active and churned customers, revenue, orders, AOV, NPS, CAC, conversion, win rate, sales cycle and open pipeline'
            cand pipeline 'Open deals at the end of the period by deal stage (count, value, share, median age), and the deals won and lost in the period (value, median sales cycle, win rate)'
            cand funnel 'The lifecycle funnel from the `stage` interactions: customers entering each stage in the period, the conversion to the next stage, and the median days spent in each'
            cand cohorts 'Retention cohorts: customers by the month (week, quarter) of their first order, and the share of each cohort ordering in each period after'
            cand activity 'Interactions in the period by owner and kind, and by month'
            cand nps 'Net promoter score: promoters, passives, detractors and the score for the period and for each month (week, quarter) in it'
            cand service 'Support cases opened and resolved, the median time to resolve, the share resolved within the book''s sla, and the cases open at the end'
            cand followups 'Follow-ups by owner as of the end of the period: planned, overdue, due within a week, none planned; customers contacted in the period'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'rapport;report;help;clv'= {
        }
        &'rapport;report;help;summary'= {
        }
        &'rapport;report;help;pipeline'= {
        }
        &'rapport;report;help;funnel'= {
        }
        &'rapport;report;help;cohorts'= {
        }
        &'rapport;report;help;activity'= {
        }
        &'rapport;report;help;nps'= {
        }
        &'rapport;report;help;service'= {
        }
        &'rapport;report;help;followups'= {
        }
        &'rapport;report;help;help'= {
        }
        &'rapport;segment'= {
            cand --by 'Group by this field: the number of customers and their revenue per value (a customer counts once for each of its tags)'
            cand --where 'Only the customers this expression selects (the query language of `rapport query`)'
            cand --sort 'Sort by these fields; a leading `-` sorts descending, missing values come last: `--sort -revenue,name`. Default: by id'
            cand --limit 'Show at most N rows (after sorting)'
            cand --columns 'The columns, as field paths (default: id,name,stage,email,revenue,last_contact)'
            cand --format 'Output format (default: table on a terminal, tsv in a pipe)'
            cand --book 'The book to use (a folder holding rapport.toml)'
            cand --today 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)'
            cand --no-cache 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'List the saved segments, each with its number of customers and their revenue'
            cand rfm 'RFM: every customer with an order scored 1-5 on recency, frequency and monetary value as of --today, and their segment (Champions, At Risk …)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'rapport;segment;list'= {
            cand --format 'Output format (default: table on a terminal, tsv in a pipe)'
            cand --book 'The book to use (a folder holding rapport.toml)'
            cand --today 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)'
            cand --no-cache 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'rapport;segment;rfm'= {
            cand --compare 'A segment-to-segment matrix of how many customers moved from their segment on DATE to their segment on --today'
            cand --where 'Only the customers matching this query expression (scored among all)'
            cand --by 'With --summary: the segments of each group of this field too'
            cand --sort 'Sort the customers by these columns, `-col` for descending (default: id)'
            cand --limit 'Print at most N customers'
            cand --format 'Output format (default: table on a terminal, tsv in a pipe)'
            cand --book 'The book to use (a folder holding rapport.toml)'
            cand --today 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)'
            cand --summary 'Customers and revenue per segment instead of the customers'
            cand --no-cache 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'rapport;segment;help'= {
            cand list 'List the saved segments, each with its number of customers and their revenue'
            cand rfm 'RFM: every customer with an order scored 1-5 on recency, frequency and monetary value as of --today, and their segment (Champions, At Risk …)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'rapport;segment;help;list'= {
        }
        &'rapport;segment;help;rfm'= {
        }
        &'rapport;segment;help;help'= {
        }
        &'rapport;query'= {
            cand --where 'Only the customers this expression selects (the query language of `rapport query`)'
            cand --sort 'Sort by these fields; a leading `-` sorts descending, missing values come last: `--sort -revenue,name`. Default: by id'
            cand --limit 'Show at most N rows (after sorting)'
            cand --columns 'The columns, as field paths (default: id,name,stage,email,revenue,last_contact)'
            cand --format 'Output format (default: table on a terminal, tsv in a pipe)'
            cand --book 'The book to use (a folder holding rapport.toml)'
            cand --today 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)'
            cand --no-cache 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'rapport;agenda'= {
            cand --days 'Follow-ups due up to this many days ahead'
            cand --where 'Only the customers matching this query expression'
            cand --format 'Output format (default: table on a terminal, tsv in a pipe)'
            cand --book 'The book to use (a folder holding rapport.toml)'
            cand --today 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)'
            cand --no-cache 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'rapport;done'= {
            cand -m 'What was done, in a line (default: the planned action)'
            cand --summary 'What was done, in a line (default: the planned action)'
            cand --kind 'The kind of interaction to log (default: note)'
            cand --date 'When it was done (default: today)'
            cand --next 'Plan the next follow-up: a date (2026-12-01, +2w) and an action'
            cand --book 'The book to use (a folder holding rapport.toml)'
            cand --today 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)'
            cand --no-cache 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'rapport;completions'= {
            cand --book 'The book to use (a folder holding rapport.toml)'
            cand --today 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)'
            cand --no-cache 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'rapport;man'= {
            cand --book 'The book to use (a folder holding rapport.toml)'
            cand --today 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)'
            cand --no-cache 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'rapport;history'= {
            cand --format 'Output format (default: table on a terminal, tsv in a pipe)'
            cand --book 'The book to use (a folder holding rapport.toml)'
            cand --today 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)'
            cand --no-cache 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'rapport;dupes'= {
            cand --format 'Output format (default: table on a terminal, tsv in a pipe)'
            cand --book 'The book to use (a folder holding rapport.toml)'
            cand --today 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)'
            cand --no-cache 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'rapport;merge'= {
            cand --book 'The book to use (a folder holding rapport.toml)'
            cand --today 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)'
            cand --dry-run 'Print the merged record and change nothing'
            cand --no-cache 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'rapport;forget'= {
            cand --book 'The book to use (a folder holding rapport.toml)'
            cand --today 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)'
            cand --keep-figures 'Keep an anonymous record with the purchases'' dates and amounts'
            cand -y 'Do not ask'
            cand --yes 'Do not ask'
            cand --no-cache 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'rapport;merge-driver'= {
            cand --book 'The book to use (a folder holding rapport.toml)'
            cand --today 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)'
            cand --no-cache 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'rapport;import'= {
            cand --match 'How a row finds the customer it would update: by the `id` column (default) or by e-mail, compared without regard to case'
            cand --on-match 'What to do with a row that matches a customer of the book: update it with the row''s non-empty cells, skip the row, or refuse the import (default)'
            cand --map 'Map a column to a field, as ''Column=field'' (repeatable); ''Column='' leaves the column out. Fields: id, name, first_name, last_name, kind, stage, email, phone, company, owner, tags, source, acquisition_cost, created, address.*, fields.NAME, next.*, consent.*'
            cand --map-value 'Rename a value of a field, as ''field:Value=replacement'' (repeatable), e.g. ''stage:Marketing Qualified Lead=lead''; without `field:` it renames stages (interaction kinds with --interactions). Values compare without regard to case'
            cand --encoding 'The file''s encoding when it is not UTF-8: windows-1257 (Baltic), windows-1250 (Central European), windows-1251, latin1 …'
            cand --delimiter 'The delimiter, when detection should not decide: `,` `;` `|` or `tab`'
            cand --date-format 'How the file writes dates, as a strftime pattern: ''%d/%m/%Y'', ''%m/%d/%Y %I:%M %p''. Needed for dates such as 03/04/2024 that read two ways; ISO dates and 01.03.2024 are always understood'
            cand --format 'Format of the --dry-run listing (default: table on a terminal, tsv in a pipe)'
            cand --book 'The book to use (a folder holding rapport.toml)'
            cand --today 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)'
            cand --interactions 'The file holds interactions: customer, date, kind, amount, summary, ref, nps, csat, from, to, resolved, owner'
            cand --deals 'The file holds deals: customer, title, value, stage, opened, closed'
            cand --dry-run 'Show what would be created and changed, and write nothing'
            cand --keep-unmapped 'Keep the columns no field takes, as custom fields named after the column (`Record ID` → fields.record_id); otherwise they are listed and left out'
            cand --decimal-comma 'Numbers use a decimal comma (1.234,50 or 1 234,50)'
            cand --no-cache 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'rapport;export'= {
            cand --columns 'The columns to write, comma-separated (default: every stored key). For customers also the derived figures: revenue, orders, aov, first_purchase, last_purchase, last_contact, interactions, nps, open_deals, pipeline, won'
            cand --format 'Output format (default: csv)'
            cand --where 'Only the customers this expression selects (the query language of `rapport query`)'
            cand --book 'The book to use (a folder holding rapport.toml)'
            cand --today 'The day to treat as today, for reproducible figures and dates (YYYY-MM-DD; also $RAPPORT_TODAY)'
            cand --interactions 'Export the interactions, one row each, with the customer''s id'
            cand --deals 'Export the deals, one row each, with the customer''s id'
            cand --no-cache 'Read every customer file, neither reading nor updating the cache of parsed customers (.rapport/cache); the answers are the same, only slower'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'rapport;help'= {
            cand init 'Create a book: a commented rapport.toml, customers/, .gitattributes and .gitignore'
            cand add 'Add a customer and print its id'
            cand show 'Show one customer with its history and derived figures'
            cand set 'Change fields of one or more customers'
            cand log 'Log an interaction: a call, a purchase, a survey, …'
            cand edit 'Edit a customer''s file in $VISUAL or $EDITOR; a broken save is never kept'
            cand rm 'Delete customers (asks first unless --yes)'
            cand check 'Validate rapport.toml and every customer file; list each problem as file:line:column'
            cand report 'Reports: KPIs, pipeline, cohorts, predicted lifetime value …'
            cand segment 'Saved segments and RFM segmentation'
            cand query 'List the customers an expression selects'
            cand agenda 'What needs doing: follow-ups due (overdue first), open support cases past their SLA, open deals with no activity for 30 days'
            cand done 'Log a customer''s planned follow-up as done, and plan the next one'
            cand completions 'Print a completion script for a shell'
            cand man 'Print the man page (roff), generated from these definitions'
            cand history 'Show a customer''s changes, from git: who changed what, and when'
            cand dupes 'List likely duplicate customers, with the reason'
            cand merge 'Merge duplicate customers into one: KEEP takes the others'' history'
            cand forget 'Erase a customer on request (GDPR art. 17, right to erasure)'
            cand merge-driver 'The git merge driver (git runs it; see `rapport init`): merges one customer file three-way, field by field, into OURS'
            cand import 'Import customers, interactions or deals from a CSV file; all or nothing'
            cand export 'Export customers, interactions or deals as CSV'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'rapport;help;init'= {
        }
        &'rapport;help;add'= {
        }
        &'rapport;help;show'= {
        }
        &'rapport;help;set'= {
        }
        &'rapport;help;log'= {
        }
        &'rapport;help;edit'= {
        }
        &'rapport;help;rm'= {
        }
        &'rapport;help;check'= {
        }
        &'rapport;help;report'= {
            cand clv 'Predicted customer lifetime value: BG/NBD purchases × Gamma-Gamma spend'
            cand summary 'The key figures on one screen: customers by stage, new, active and churned customers, revenue, orders, AOV, NPS, CAC, conversion, win rate, sales cycle and open pipeline'
            cand pipeline 'Open deals at the end of the period by deal stage (count, value, share, median age), and the deals won and lost in the period (value, median sales cycle, win rate)'
            cand funnel 'The lifecycle funnel from the `stage` interactions: customers entering each stage in the period, the conversion to the next stage, and the median days spent in each'
            cand cohorts 'Retention cohorts: customers by the month (week, quarter) of their first order, and the share of each cohort ordering in each period after'
            cand activity 'Interactions in the period by owner and kind, and by month'
            cand nps 'Net promoter score: promoters, passives, detractors and the score for the period and for each month (week, quarter) in it'
            cand service 'Support cases opened and resolved, the median time to resolve, the share resolved within the book''s sla, and the cases open at the end'
            cand followups 'Follow-ups by owner as of the end of the period: planned, overdue, due within a week, none planned; customers contacted in the period'
        }
        &'rapport;help;report;clv'= {
        }
        &'rapport;help;report;summary'= {
        }
        &'rapport;help;report;pipeline'= {
        }
        &'rapport;help;report;funnel'= {
        }
        &'rapport;help;report;cohorts'= {
        }
        &'rapport;help;report;activity'= {
        }
        &'rapport;help;report;nps'= {
        }
        &'rapport;help;report;service'= {
        }
        &'rapport;help;report;followups'= {
        }
        &'rapport;help;segment'= {
            cand list 'List the saved segments, each with its number of customers and their revenue'
            cand rfm 'RFM: every customer with an order scored 1-5 on recency, frequency and monetary value as of --today, and their segment (Champions, At Risk …)'
        }
        &'rapport;help;segment;list'= {
        }
        &'rapport;help;segment;rfm'= {
        }
        &'rapport;help;query'= {
        }
        &'rapport;help;agenda'= {
        }
        &'rapport;help;done'= {
        }
        &'rapport;help;completions'= {
        }
        &'rapport;help;man'= {
        }
        &'rapport;help;history'= {
        }
        &'rapport;help;dupes'= {
        }
        &'rapport;help;merge'= {
        }
        &'rapport;help;forget'= {
        }
        &'rapport;help;merge-driver'= {
        }
        &'rapport;help;import'= {
        }
        &'rapport;help;export'= {
        }
        &'rapport;help;help'= {
        }
    ]
    $completions[$command]
}
