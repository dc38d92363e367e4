# Messages on stderr: errors, warnings and notes of import/export and the commands.

## Entries of a customer named by an address (deals, support cases):
## $what is `deal` or `case`.
entry-ambiguous = { $address } names { $count } { $what ->
    [deal] deals
   *[case] support cases
}
entry-ambiguous-hint = they are: { $entries }; fix the file with `rapport edit { $id }`
entry-several-open = { $id } has { $count } open { $what ->
    [deal] deals
   *[case] support cases
}; say which
entry-one-of = one of: { $entries }
entry-no-such = { $id } has no { $what ->
    [deal] deal
   *[case] support case
} `{ $wanted }`
entry-none-open = { $id } has no open { $what ->
    [deal] deal
   *[case] support case
}
entry-none-at-all = { $id } has no { $what ->
    [deal] deal
   *[case] support case
} at all
entry-its = its { $what ->
    [deal] deals
   *[case] support cases
}: { $entries }
entry-did-you-mean-its = did you mean { $address }? its { $what ->
    [deal] deals
   *[case] support cases
}: { $entries }

## What an edit changed, in the line that says so: $field is a field name.
change-removed = { $field } removed

## deal
deal-stage-did-you-mean = did you mean `{ $near }`? (deal stages: { $stages })
deal-stages-add = deal stages: { $stages }; add it to deal_stages in rapport.toml if it is new
deal-not-a-stage = `{ $stage }` is not a deal stage of this book
deal-empty-title = the deal's title cannot be empty
deal-no-stages = the book has no deal_stages; give the stage with --stage
deal-expected-before-opened = --expected is before the deal is opened ({ $opened })
deal-title-no-key = the title `{ $title }` has no letter or digit to make the deal's key from
deal-title-no-key-hint = give it a title that says what is sold: `rapport deal add ID 'Website redesign'`
deal-added = { $address }: added deal “{ $title }” ({ $stage })
deal-added-value = { $address }: added deal “{ $title }” ({ $stage }, { $value })
deal-was-closed = { $address } was { $stage }
deal-was-closed-on = { $address } was { $stage } on { $day }
deal-reopen-hint = to move a closed deal, pass --reopen: `{ $command }`
deal-date-before-opened = --date: { $day } is before { $address } was opened ({ $opened })
deal-already = { $address } is { $stage } already; nothing changed

## Progress: the words beside a bar on a terminal.
progress-working = working
progress-reading-rows = reading rows
progress-checking-rows = checking rows
progress-building-files = building files
progress-writing-files = writing files
progress-reading-customers = reading customers
progress-checking-customers = checking customers
progress-reading-messages = reading messages

## import
import-customers-done = imported { $name }: { $created } created, { $updated } updated, { $unchanged } unchanged, { $skipped } skipped
import-customers-dry-run = { $name } (dry run, nothing written): would be { $created } created, { $updated } updated, { $unchanged } unchanged, { $skipped } skipped
import-companies = ; of the created, { $count } { $count ->
    [one] is a company
   *[other] are companies
} named in the company column
# $what is `interaction` or `deal`.
import-entries-dry-run = { $name } (dry run, nothing written): { $appended } { $what ->
    [deal] { $appended ->
        [one] deal
       *[other] deals
    }
   *[interaction] { $appended ->
        [one] interaction
       *[other] interactions
    }
} would be appended, { $skipped } already there
import-entries-done = imported { $name }: { $appended } { $what ->
    [deal] { $appended ->
        [one] deal
       *[other] deals
    }
   *[interaction] { $appended ->
        [one] interaction
       *[other] interactions
    }
} appended to { $customers } { $customers ->
    [one] customer
   *[other] customers
}, { $skipped } already there
import-declined = nothing imported: nothing changed
import-date-order = column `{ $column }` { $why }; give the order with --date-format '%d/%m/%Y' (day first) or --date-format '%m/%d/%Y' (month first)
import-no-column = { $name }: no column gives { $fields }; the columns are: { $columns }
import-no-column-hint = map one with { $map }
import-columns = columns: { $columns }
import-columns-none = none
import-column-else = (else `{ $column }`)
import-not-imported = not imported: { $columns }; map a column with --map 'Column=field', or keep such columns with --keep-unmapped
import-kept-column = `{ $column }` as { $field }
import-kept-custom = kept as custom fields (text unless declared in rapport.toml): { $columns }
import-kept-extra = kept as extra keys (text): { $columns }
# $what is the kind of an erased person's detail (email, phone).
import-erased = `{ $key }` holds the { $what ->
    [phone] phone
   *[e-mail] e-mail
} of a person erased with `rapport forget`; it is not stored again
# $what: stages, kinds, interaction-kinds, deal-stages or values (of $field).
import-unknown-values = column `{ $column }` holds { $count } { $count ->
    [one] value that is
   *[other] values that are
} not { $what ->
    [stages] stages
    [kinds] kinds (person or company)
    [interaction-kinds] interaction kinds
    [deal-stages] deal stages
   *[values] values of { $field }
} of this book ({ $allowed }):
import-also-on = (also on { $lines })
import-map-values = map each value, e.g. { $maps }
import-map-values-or-add = map each value, e.g. { $maps }, or add them to `{ $setting }` in rapport.toml
import-refused = { $name } cannot be imported; nothing was written
import-bad-rows = { $count } bad { $count ->
    [one] row
   *[other] rows
} in { $name }; nothing was written
import-bad-rows-hint = fix or remove the rows listed and import again; --dry-run checks a file without writing
import-match-for-customers = --match and --on-match are for customers; interactions and deals find their customer by the `customer` (id) or `email` column

## Lines of an input named in a problem.
problems-line = line { $line }
problems-lines = lines { $lines }
problems-lines-more = lines { $lines } and { $more } more

## import: the problems of a row
import-ragged = the row has { $count } { $count ->
    [one] cell
   *[other] cells
} where the header has { $want }
import-id-twice = the id `{ $id }` is also on line { $line }
import-email-twice = the e-mail `{ $email }` is also on line { $line }
import-email-several = the e-mail `{ $email }` belongs to several customers ({ $ids }); give the id with --match id
import-email-other-id = the e-mail belongs to `{ $owner }` but the id column says `{ $id }`; ids never change
import-email-taken = the e-mail `{ $email }` already belongs to `{ $owner }`; to update it, import with --match email
import-id-taken = the id `{ $id }` is taken by a customer with another e-mail
import-matches = matches the customer `{ $id }` already in the book; import with --on-match update to change it, or --on-match skip
import-name-empty = the name is empty; every customer needs a name
import-company-ambiguous = the company `{ $company }` could be any of { $ids }; write its id in the company column
import-matches-unreadable = matches `{ $id }`, whose file cannot be read: { $why }
import-formula = column `{ $column }` holds the spreadsheet formula `{ $formula }`; rapport imports values, not formulas
import-too-large = `{ $text }` is too large
import-not-a-number = `{ $text }` is not a number
import-not-boolean = column `{ $column }`: `{ $text }` is not true or false
import-not-a-score = column `{ $column }`: { $score } is not a score from { $low } to { $high }

## Dates of an imported file
dates-mixed = mixes day-first dates (line { $line1 }: `{ $value1 }`) with month-first ones (line { $line2 }: `{ $value2 }`)
dates-undecided = has dates such as `{ $value }` (line { $line }) that read as day/month or month/day, and no value above 12 in either place tells which
dates-either-order = `{ $text }` reads as day/month or month/day; pass --date-format
dates-four-digit-year = `{ $text }`: write the year with four digits
dates-no-month = `{ $text }` is not a date: there is no month { $month }
dates-no-day = `{ $text }` is not a date: that month has no day { $day }
dates-not-a-date = `{ $text }` is not a date (write 2024-03-01, 01.03.2024, or give --date-format)

## Shared by the commands
cmd-did-you-mean = did you mean `{ $name }`?

## import: entries (interactions, deals); $field is a field name.
import-no-customer = no customer: the row needs the customer's id (column `customer`) or e-mail
import-empty = the { $field } is empty
import-resolved-before = column `{ $column }`: resolved before the date
import-no-such-customer = no customer `{ $id }` in this book
import-email-several-entries = the e-mail `{ $email }` belongs to several customers ({ $ids }); give the id in a `customer` column
import-no-email = no customer with the e-mail `{ $email }` in this book
import-file-unreadable = the file of `{ $id }` cannot be read: { $why }
import-ref-twice = the ref `{ $reference }` of `{ $id }` is also on line { $line }

## --map: which column goes to which field
map-write-column-field = --map `{ $spec }`: write 'Column=field'
map-no-column = --map `{ $spec }`: the file has no column `{ $column }`
map-its-columns = its columns: { $columns }
map-fields = fields: { $fields }
map-not-a-field = --map `{ $spec }`: `{ $target }` is not a field rapport imports here
map-both = --map: columns `{ $first }` and `{ $second }` both go to `{ $target }`
map-read-where-empty = read where `{ $column }` is empty
map-comes-from = `{ $target }` comes from column `{ $column }`
map-name-taken = its name `{ $name }` is taken

## The input file of an import
source-unknown-encoding = --encoding: `{ $label }` is not an encoding rapport knows
source-encodings = for example windows-1257 (Baltic), windows-1250 (Central European), windows-1251 (Cyrillic), latin1 (Western European), utf-16
source-not-valid = the file is not valid { $encoding }
source-name-encoding = name the file's encoding with --encoding: windows-1257 (Baltic), windows-1250 (Central European), windows-1251 (Cyrillic), latin1 (Western European)
source-check-encoding = check the --encoding, or save the file as UTF-8
source-empty = the file is empty; a CSV import needs a header row naming the columns
source-delimiter = --delimiter: `{ $text }` is not one character (use `,`, `;`, `|` or `tab`)

## export
export-no-column = --columns: there is no column `{ $column }`
export-columns = columns: { $columns }

## Questions before a write; $what is the command that asks: set, merge or import.
confirm-many = { $what ->
    [merge] merge: change
    [import] import: write
   *[set] change
} { $count } { $count ->
    [one] customer
   *[other] customers
}?
confirm-nothing-changed = nothing changed

## forget
forget-needs-yes = refusing to erase without --yes when not on a terminal
forget-question = erase `{ $id }`: remove their personal data for good?
forget-nothing-erased = nothing erased
forget-erased = erased `{ $id }`: removed { $file }
forget-suppressed = added salted hashes of their e-mail and phone to { $file }: a later import skips them
forget-already-suppressed = their e-mail and phone were already in { $file }
forget-nothing-to-suppress = they had no e-mail or phone to suppress
forget-company-removed = removed `{ $setting }` from { $ids }
forget-kept-purchases = kept { $count } purchase(s), dates and amounts only, as the anonymous customer `{ $id }`
forget-purge = git history still holds { $path } and commit messages naming `{ $id }`. To purge them from every commit, in { $top }:
forget-purge-filter-branch = or, without git-filter-repo (this leaves `{ $id }` in old versions of other customers' files, such as a `company` reference):
forget-purge-then = then force-push every branch and tag, and have every clone re-clone; backups and exports made before hold copies too.

## log
log-already-logged = `{ $reference }` is already logged for { $id } ({ $date } { $kind })
log-before-created = { $id } was created on { $created }, after this { $kind } of { $date }: reports count its history from `created`
log-before-created-hint = if { $id } was your customer before, run `{ $command }`
log-logged = { $id }: logged { $kind } on { $date }
log-stage-by-set = stage changes are logged by `rapport set ID stage=…`
log-deal-by-deal = deal moves are logged by `rapport deal move|won|lost`
log-kind-did-you-mean = did you mean `{ $near }`? (interaction_kinds: { $kinds })
log-kinds-add = interaction_kinds in rapport.toml: { $kinds }; add `{ $kind }` there to use it
log-not-a-kind = `{ $kind }` is not an interaction kind of this book
log-purchase-in-future = --date: { $date } is after today ({ $today }); a purchase is logged when it happened
log-purchase-in-future-hint = plan it with `rapport set ID next.date=… next.action=…`, or pass --future to log it anyway
log-in-future = --date: { $date } is after today ({ $today }); logged as given
log-not-a-score = { $flag }: { $score } is not a score from { $low } to { $high }
log-resolved-before-date = --resolved is before --date

## merge
merge-cannot = cannot merge `{ $other }` into `{ $keep }`: { $why }
merge-cannot-hint = make the two files alike with `rapport edit`, then merge again
merge-kept-ours = kept { $setting } of `{ $keep }`; `{ $other }` had { $theirs }
# $key is the array of tables the entries come from (interactions, deals, or another).
merge-added = { $count } { $key ->
    [interactions] { $count ->
        [one] interaction
       *[other] interactions
    }
    [deals] { $count ->
        [one] deal
       *[other] deals
    }
   *[other] { $key }
} from `{ $other }`
merge-unreadable = the merged record would not be readable ({ $why }); nothing was changed
merge-merged = merged { $ids } into `{ $keep }`
merge-companies = { $count } customer(s) now name `{ $keep }` as their company

## case
case-no-support = this book has no `support` in interaction_kinds; add it to rapport.toml to keep cases
case-empty-summary = the case's summary cannot be empty
case-not-a-priority = --priority: `{ $priority }` is not a priority
case-priorities = priorities: { $priorities }
case-ref-slash = --ref cannot hold `/` (it ends the customer part of an address)
case-opened = { $address }: opened support case “{ $summary }”
case-opened-due = { $address }: opened support case “{ $summary }”, due { $due }
case-was-resolved = { $address } was resolved on { $day }
case-was-resolved-hint = to change when, edit the file: `rapport edit { $id }`
case-date-before-opened = --date: { $day } is before the case was opened ({ $opened })
case-within-sla = within its SLA
case-past-sla = past its SLA ({ $due } was due)
case-none-open = no open support case

## done
done-date-in-future = --date { $date } is after today ({ $today }): log what has been done
done-next-in-past = --next { $day } is before today ({ $today }): plan the next follow-up ahead
done-next-no-action = --next DATE ACTION: the action is empty
done-next-two = --next takes a date and an action
done-nothing-planned = nothing is planned for { $id }: it has no [next]
done-nothing-planned-hint = log what happened with `rapport log { $id } KIND`, or plan a follow-up with `rapport set { $id } next.date=DATE next.action=…`
done-next = next: { $day } { $action }
done-nothing-next = nothing planned next
done-logged = { $id }: logged { $kind } “{ $summary }”; { $planned }
done-no-default-kind = this book has no interaction kind `{ $kind }`: say which kind to log with --kind
done-kinds = interaction_kinds: { $kinds }

## segment
segment-name-one = name a segment, or use `segment list` or `segment --by FIELD`
segment-define = define segments under [segments] in rapport.toml, e.g. vip = "revenue >= 10000"
segment-names = the segments are { $names }
segment-reserved = segment `{ $name }` shares its name with `rapport segment { $name }`; list it with `rapport query 'segment = { $name }'`
segment-none = no segments: define them under [segments] in rapport.toml
segment-by-columns = --columns does not apply to `segment --by`: it shows the field, customers and revenue

## check
check-summary = checked { $files } customer { $files ->
    [one] file
   *[other] files
}: { $errors } { $errors ->
    [one] error
   *[other] errors
}, { $warnings } { $warnings ->
    [one] warning
   *[other] warnings
}
check-no-book = no book found
check-company-unknown = `company` names `{ $company }`, which is not a customer of this book
check-company-unknown-hint = company holds the id of the company's record
# $what is a key (`the key …`, check-the-key) or a value (`a.b`); $shown its picture.
check-control = { $what } holds the control character { $code }; rapport shows it as { $shown }
check-control-hint = remove it: a terminal or a program that prints it raw may run it as a command (an escape sequence)
check-the-key = the key `{ $key }`
check-recovered = completed an import interrupted while renaming its files: { $count } more file(s) renamed into place
check-temporary-removed = removed { $count } temporary file(s) left by an interrupted write; the customer files are whole

## init
init-registered-again = { $dir } is already a book; registered the merge driver in the git config of { $top }
init-gitattributes = added the missing lines to .gitattributes; commit it
init-already = { $dir } is already a book: it has a rapport.toml
init-created = created the book `{ $name }` in { $dir }
init-registered = registered the merge driver for customer files in the git config of { $top }
init-register-later = once the book is in git, register its merge driver there with `{ $command }` (or run `rapport init` in it again)

## edit
edit-not-utf8 = the edited file is not valid UTF-8; { $file } was not changed
edit-open-again = the file has errors; open it again?
edit-not-changed = { $file } was not changed; your edit is kept in { $copy }
edit-no-changes = no changes
edit-changed-meanwhile = { $file } changed while you were editing it; your edit is kept in { $copy }
edit-changed-meanwhile-hint = compare the two, then run `rapport edit` again
edit-cannot-start = could not start the editor `{ $editor }`: { $why }
edit-editor-failed = the editor `{ $editor }` failed ({ $status }); nothing was changed

## add
add-empty-name = the name cannot be empty
add-exists = a customer `{ $id }` already exists
add-exists-hint = choose another --id, or leave it out to number the id
add-write-assignment = { $flag }: write { $form }
# $what is `e-mail` or `phone`.
add-duplicate = `{ $id }` already has this { $what ->
    [phone] phone
   *[e-mail] e-mail
}
add-duplicate-hint = `rapport show { $id }` to see them; pass --allow-duplicate to add a second record anyway

## set
set-nothing = nothing to set: write KEY=VALUE after the ids
set-ids-or-where = give either ids or --where, not both
set-no-customer = no customer given: write `rapport set ID… KEY=VALUE…` or `rapport set --where EXPR KEY=VALUE…`
set-none-match = no customer matches --where; nothing changed
set-changed = changed { $count } { $count ->
    [one] customer
   *[other] customers
}
set-would-change = would change { $count } { $count ->
    [one] customer
   *[other] customers
}
set-already-so = ({ $count } already so)

## undo
undo-nothing = nothing to undo: no operation is recorded
undo-nothing-hint = rapport keeps the last 20 writes in .rapport/undo/
undo-undid = undid `{ $command }` ({ $time }): { $files }
undo-dry-run = dry run: { $count } { $count ->
    [one] file
   *[other] files
} would be written; nothing was changed

## timeline
timeline-until-before-since = --until ({ $until }) is before --since ({ $since })
timeline-nothing = nothing happened from { $since } to { $until }
timeline-kind-did-you-mean = did you mean `{ $near }`? (kinds: { $kinds })
timeline-kinds = kinds: { $kinds }
timeline-not-a-kind = --kind: `{ $kind }` is not an interaction kind of this book

## show
show-no-match = no customer has the id or a name with `{ $text }`
show-no-match-hint = `rapport query WORDS` lists customers by any part of their name
show-matches = `{ $text }` matches { $count } customers: { $customers }
show-matches-more = `{ $text }` matches { $count } customers: { $customers } and { $more } more
show-matches-hint = give the id, or more words of the name

## rm
rm-question = delete { $count } { $count ->
    [one] customer
   *[other] customers
} ({ $ids })?
rm-needs-yes = refusing to delete without --yes when not on a terminal
rm-nothing-deleted = nothing deleted
rm-deleted = deleted { $id }

## query, export --where
query-no-field = no customer has a field `{ $key }`, so every condition on it is false (`!=` true)
query-none = no customers match

## history
history-none = git has no history of `{ $id }`
history-check-id = check the id; `rapport history` also finds deleted customers
history-commit = commit the book (or set git = "commit" in rapport.toml)

## segment rfm
rfm-compare-not-before = --compare { $day } is not before today ({ $today }): it compares an earlier day with today
rfm-few = only { $count } customers are scored: { $keys } scores by quintile among so few say little; set fixed breakpoints under [rfm] in rapport.toml

## The merge driver of customer files (git)
merge-driver-fell-back = { $why }; merged line by line with `git merge-file` instead
merge-driver-hunks = { $count } conflicting hunk(s); both versions are kept between conflict markers
merge-driver-both-changed = both sides changed { $keys }; both versions are kept between conflict markers
merge-driver-hint = edit the file between <<<<<<< ours and >>>>>>> theirs, then `git add` it

## dupes: $reason is email, phone or name.
dupes-placeholder = { $count } customers share the { $reason } `{ $value }`; left out as a placeholder, not a person

## export
export-unreadable = { $count } customer { $count ->
    [one] file could not be read and is
   *[other] files could not be read and are
} not exported

## report: the command's own errors and warnings
report-run-until-after-today = --until { $until } is after today ({ $today }): a report covers what has happened
report-run-until-after-today-hint = give --today to report as of a later day
report-run-since-after-until = --since { $since } is after --until { $until }
clv-run-discount = --discount { $discount }: a monthly rate from 0 to 1 (0.01 = 1 %)
clv-run-cannot-fit = cannot fit the CLV models on this book: { $why }
clv-run-imprecise = the { $model } parameter { $parameter } has a standard error of { $error }, more than its value: the book's purchases hardly pin it down, so the predictions are uncertain
clv-run-horizon-form = --horizon `{ $text }`: write whole months or years, such as 12m or 2y
clv-run-holdout-not-after = --holdout { $until } is not after --today { $today }: the holdout is the period after the purchases the model is fitted on
clv-run-holdout-not-after-hint = give --today the end of the calibration period, such as --today 1997-09-30
clv-run-cannot-fit-until = cannot fit the { $model } model on the purchases up to { $today }: { $why }
# The text beside a bar of the funnel chart: $share is a percentage, $next a stage.
funnel-bar-on-to = { $entered } · { $share } on to { $next }

## completions
completions-none = no completion script for { $shell }
forget-no-random = could not get random bytes: { $why }

## A dry run's plan, one line per file
undo-would-create = would create { $file }
undo-would-remove = would remove { $file }
undo-would-change = would change { $file }

## merge
merge-into-itself = `{ $id }` is the record to keep; it cannot be merged into itself

## import --survey

survey-import-column-not-asked = column `{ $column }` holds { $key }, which a { $method } survey does not ask
survey-import-no-answer-column = no column holds an answer to `{ $name }`: a { $method } survey needs columns `{ $first }` and `{ $second }` (or a `columns` map in [surveys.{ $name }])
survey-import-no-respondent-column = no `email` or `id` column to find each respondent by; pass --anonymous to keep the answers without customers
survey-import-not-imported = { $file }: not imported (no survey column): { $columns }
survey-import-not-kano = column `{ $column }`: `{ $cell }` is not a KANO answer (like, expect, neutral, tolerate, dislike, or 1–5)
survey-import-not-rating = column `{ $column }`: `{ $cell }` is not a rating from 1 to 7
survey-import-not-points = column `{ $column }`: `{ $cell }` is not a number of points from 0 to 100
survey-import-column-problem = column `{ $column }`: { $problem }
survey-import-not-a-date = column `{ $column }`: `{ $cell }` is not a date (2026-03-14, 14.03.2026, 3/14/2026 …)
survey-import-not-a-score = column `{ $column }`: `{ $cell }` is not a score from { $from } to { $to }
survey-import-only-functional = feature `{ $feature }` has a functional answer but no dysfunctional one
survey-import-only-dysfunctional = feature `{ $feature }` has a dysfunctional answer but no functional one
survey-import-weights = the weights (W: columns) add up to { $sum }, not 100
survey-import-no-answer = no answer to the survey `{ $name }`
survey-import-no-customer-email = no customer with the e-mail `{ $email }` in this book (--create adds respondents as leads, --anonymous keeps their answers without a customer)
survey-import-no-customer-id = no customer `{ $id }` in this book
survey-import-no-respondent = no e-mail or id to find the respondent by
survey-import-anonymous-kept = { $count } anonymous { $count ->
    [one] response
   *[other] responses
} kept in { $file }
survey-import-anonymous-would-keep = { $count } anonymous { $count ->
    [one] response
   *[other] responses
} would be kept in { $file }

## report profile, import --map-value
import-map-value-form = --map-value `{ $spec }`: write 'field:Value=replacement', e.g. 'stage:Marketing Qualified Lead=lead'
profile-what = name saved segments, or give --by FIELD or --rfm
profile-define-segments = define segments under [segments] in rapport.toml, or use --by FIELD or --rfm
profile-the-segments = the segments are { $names }
