# Messages on stderr: errors, warnings and notes of the book, model, query and git layers.
# Ids are dotted in the code (`model.invalid-toml`), written with `-` here.


## The words of every message: error, warning, hint

diag-error = error
diag-warning = warning
diag-hint = hint
error-problems-found = { $count } problem(s) found
error-output = cannot write the output: { $reason }

## Customer files (src/model)

model-conflict = unresolved merge conflict
model-conflict-hint = keep the lines you want, delete the <<<<<<< ======= >>>>>>> lines, then `git add` the file
model-invalid-toml = invalid TOML: { $message }
model-unknown-key = unknown key `{ $key }` in { $place }; rapport keeps it but does not use it
model-the-customer-file = the customer file
model-did-you-mean = did you mean `{ $near }`?
model-name-missing = `{ $key }` is missing: every customer needs a name
model-empty = `{ $key }` is empty
model-bad-kind = `{ $key }` is `{ $kind }`; it must be `person` or `company`
model-not-a-stage = `{ $stage }` is not a stage of this book
model-not-a-deal-stage = `{ $stage }` is not a deal stage of this book
model-not-an-interaction-kind = `{ $kind }` is not an interaction kind of this book
model-type = `{ $key }` must be { $expected }, found { $found }
model-dates-without-quotes = (write dates without quotes, e.g. 2024-03-01)
model-amounts-without-quotes = (write amounts without quotes, e.g. 1500.00)
model-a-string = a string
model-a-list-of-strings = a list of strings
model-a-number-such-as = a number such as 1500.00
model-a-date-such-as = a date such as 2024-03-01
model-a-date-or-date-time = a date or date-time such as 2024-03-01T10:30:00
model-true-or-false = true or false
model-a-whole-number-from = a whole number from { $from } to { $to }
model-a-table = a table
model-an-array-of-tables = an array of tables ([[{ $key }]])
model-key-problem = `{ $key }`: { $problem }
model-custom-undeclared = custom field `{ $name }` is not declared in rapport.toml
model-declare-field = declare it as [fields.{ $name }] with a type
model-deal-needs = a deal needs a `{ $key }`
model-interaction-needs = an interaction needs a `{ $key }`
model-the-string = the string "{ $text }"
model-an-integer = an integer
model-a-float = a float
model-a-boolean = a boolean
model-a-date-time = a date-time
model-a-date = a date
model-an-array = an array
model-did-you-mean-among = did you mean `{ $near }`? ({ $setting }: { $allowed })
model-allowed-in-settings = { $setting } in rapport.toml are: { $allowed }; add it there if it is new
model-not-a-number = `{ $text }` is not a number
model-not-a-whole-number = `{ $text }` is not a whole number
model-not-an-integer = `{ $text }` is not an integer
model-not-a-boolean = `{ $text }` is not a boolean (true or false)
model-number-ambiguous = `{ $text }` could be read as { $one } or { $other }; pass --decimal-comma if `,` is the decimal separator here, or write the number without grouping
model-id-empty = an id cannot be empty
model-id-too-long = `{ $id }` is longer than { $max } characters
model-id-invalid = `{ $id }` is not a valid id: use lowercase letters a-z, digits and `-`, starting with a letter or digit
model-id-reserved = `{ $id }` is a name Windows reserves for a device and cannot be an id
model-not-a-date = `{ $text }` is not a date: use 2024-03-01, 1.3.2024, 2024-03-01T10:30, today, yesterday, -30d, +2w, -6m or -1y
model-money-syntax = `{ $text }` is not an amount (expected digits such as 1500 or 1500.00)
model-money-too-precise = `{ $text }` has more than two decimals; amounts are exact to the cent
model-money-too-large = `{ $text }` is outside ±10^12, the largest amount rapport holds
model-money-ambiguous = `{ $text }` reads two ways (a thousand, or one and a fraction): write 1234, 1234.00, 1 234,00 or 1,234.00
model-money-not-typed = `{ $text }` is not an amount: write 19.99, 19,99, 1 234,50, 1.234,50 or 1,234.50
model-not-one-of = `{ $value }` is not one of: { $allowed }
model-list-items-strings = list items must be strings, found { $found }
model-expected-found = expected { $expected } ({ $ty }), found { $found }
model-a-number = a number
model-a-list = a list
model-deal-stages = deal stages
model-not-a-duration = `{ $text }` is not a duration: use a number and a unit, such as 36h, 180d, 2w, 6m or 1y

## The query language (src/query): its words and field names are never translated

query-unexpected = unexpected { $found }
query-bang-hint = write `!=`, `!~`, or `not` before a condition
query-quote-not-closed = this quote is not closed
query-end-string-with = end the string with { $quote }
query-paren-unopened = this `)` has no `(`
query-join-conditions = join conditions with `and` or `or`
query-operators = the operators are `=`, `!=`, `<`, `<=`, `>`, `>=`, `~`, `!~`, `has`, `in` or `not in`
query-too-deep = the expression nests deeper than { $depth } levels
query-too-deep-hint = remove needless parentheses and double `not`s
query-ends-early = the expression ends where a condition should follow
query-paren-not-closed = this `(` is not closed
query-paren-not-closed-hint = add `)` where the group ends
query-field-quoted = expected a field name, found a quoted string
query-field-quoted-hint = quote values, not fields: `name = "Anna Liepa"`
query-expected-field-found = expected a field name, found { $found }
query-expected-field = expected a field name
query-expected-operator = expected an operator after `{ $field }`
query-expected-operator-found = expected an operator after `{ $field }`, found { $found }
query-expected-value-found = expected a value after `{ $after }`, found { $found }
query-expected-value = expected a value after `{ $after }`
query-expected-bracket = expected `[` after `in`
query-expected-bracket-hint = write the values as a list: `country in [LV, LT, EE]`
query-bracket-not-closed = this `[` is not closed
query-bracket-not-closed-hint = separate values with `,` and end the list with `]`
query-value-hint = write a word, a number, a date or a quoted string after `{ $after }`
query-in-segment = in segment `{ $name }`
query-define-segments = define segments under [segments] in rapport.toml
query-the-segments-are = the segments are { $names }
query-no-segment = no segment `{ $name }` in rapport.toml
query-segment-cycle = segment `{ $name }` refers to itself: { $cycle }
query-segment-cycle-hint = a segment may use other segments, but not in a circle
query-segment-too-deep = segments use segments more than { $depth } deep here
query-segment-too-deep-hint = a segment may use other segments, but not in a chain this long
query-has-not-list = `has` tests membership of a list, and `{ $field }` is { $ty }
query-has-not-list-hint = write `{ $field } = { $value }` or `{ $field } ~ { $value }`
query-clash = `{ $text }` is not { $expected }, and `{ $field }` is { $expected }
query-stages-in-order = the stages, in order, are { $stages }
query-not-a-kind = `{ $text }` is not a kind: `kind` is `person` or `company`
query-write-number = write a number, such as `{ $field } > 3`
query-not-an-amount = `{ $text }` is not an amount, and `{ $field }` is an amount
query-write-amount = { $problem }; write e.g. `{ $field } > 1000` or `{ $field } >= 99.90`
query-write-date = write a date as 2024-03-01, 2024-03-01T10:30, today, yesterday, now, -30d, +7d, -2w, -6m or -1y
query-write-bool = write `{ $field } = true`
query-list-compare = `{ $field }` is a list; `{ $op }` compares single values
query-list-compare-hint = write `{ $field } has { $value }`, `{ $field } in [{ $value }, …]` or `{ $field } ~ { $value }`
query-segment-misuse = `segment` is used as `segment = NAME`, `segment != NAME` or `segment in [A, B]`
query-type-text = text
query-type-whole-number = a whole number
query-type-amount = an amount
query-type-any = any value
query-not-a-path = `{ $path }` is not a field path
query-not-a-path-hint = paths are keys joined by dots, such as `address.city`
query-custom-written = custom fields are written `{ $prefix }NAME`
query-a-table = `{ $path }` is a table, not a field
query-name-a-key = name one of its keys: { $keys }
query-use-deal-figures = use `open_deals`, `pipeline` or `won`
query-unknown-field = unknown field `{ $field }`
query-table-holds = [{ $table }] holds { $keys }
query-sort-no-column = --sort: no column `{ $name }` here
query-the-columns-are = the columns are { $columns }
query-clv-unavailable = `clv` cannot be computed for this book: { $problem }

## rapport.toml (src/book/settings.rs): keys and values stay as written

settings-won-lost-exist = `{ $stage }` always exists; list only the open deal stages
settings-stage-kind-exists = `stage` always exists and is written by rapport; remove it
settings-git = `git` is `{ $value }`; it must be "off" or "commit"
settings-language = `language` is `{ $value }`; it must be one of { $choices }
settings-unknown = unknown setting `{ $key }`; rapport ignores it
settings-must-be-string = `{ $key }` must be a string
settings-must-be-list = `{ $key }` must be a list of strings
settings-twice = `{ $value }` is listed twice in `{ $key }`
settings-must-be-non-empty = `{ $key }` must be a list of non-empty strings
settings-at-least = `{ $key }` needs at least { $count } entry
settings-sla-priority = `sla.{ $name }` is not a priority: use low, normal or high
settings-fields-table = `fields` must be a table of [fields.NAME]
settings-field-table = [fields.{ $name }] must be a table with a `type`
settings-field-unknown-key = unknown key `{ $key }` in [fields.{ $name }]
settings-field-keys = a field takes `type`, `values` (enum, list) and `description`
settings-field-needs-type = [fields.{ $name }] needs a `type`: one of { $types }
settings-enum-values = enum field `{ $name }` needs `values = [...]`
settings-field-type = unknown field type `{ $ty }`; use one of { $types }
settings-rfm-table = `rfm` must be a table of breakpoints: [rfm] with recency, frequency and monetary
settings-rfm-keys = [rfm] takes recency, frequency and monetary
settings-rfm-unknown-key = unknown key `{ $key }` in [rfm]; rapport ignores it
settings-rfm-four-whole = `rfm.{ $key }` must be a list of four whole numbers, such as { $example }
settings-rfm-four-amounts = `rfm.{ $key }` must be a list of four amounts, such as { $example }
settings-rfm-decimals = `rfm.{ $key }`: { $value } has more than two decimals
settings-rfm-it-has = { $wrong }; it has { $count }
settings-rfm-ascending = `rfm.{ $key }` must be in ascending order, each breakpoint above the one before, such as { $example }
settings-segments-table = `segments` must be a table of name = "expression"

## Changing a customer (src/book/change.rs): keys and values stay as written

change-tag-semicolon = a tag cannot contain `;` ({ $tag })
change-one-tag = add or remove one tag at a time
change-only-tags = only { $key } take += and -=
change-needs-name = every customer needs a name
change-kind = { $key } is `person` or `company`
change-not-a-stage = not a stage of this book
change-no-company = no customer `{ $id }`; { $key } holds the id of the company's record
change-bool = { $key } is true or false
change-declare-first = declare it first as [{ $field }] with a type in rapport.toml
change-not-settable = `{ $key }` is not a key rapport can set
change-settable-keys = settable keys: { $keys }, { $prefix }NAME; deals and interactions change with `rapport edit`
change-stages = stages: { $stages }
change-not-an-email = `{ $text }` is not an e-mail address

## The undo store (src/book/undo.rs)

undo-not-recorded = { $why }; this is not an operation rapport recorded
undo-not-recorded-hint = remove the file to forget that operation
undo-first-line = the first line is not `rapport undo 1`
undo-header-line = a header line is not `KEY<tab>VALUE`
undo-entry = an entry is not `file PATH BEFORE AFTER`
undo-later-entry = a later entry for a file not recorded before
undo-length-not-number = the length of the previous bytes is not a number
undo-cut-short = the previous bytes are cut short
undo-length-too-large = the length of the previous bytes is too large
undo-erasure = the last operation, `{ $command }` ({ $time }), cannot be undone: an erased customer is never brought back
undo-erasure-hint = nothing was changed; `rapport undo --list` shows the operations
undo-not-a-customer-file = operation { $number } names `{ $path }`, not a customer file; undo refused
undo-removed-since = { $path } was removed since `{ $command }` ({ $time }); undo refused, nothing was changed
undo-created-since = { $path } was created again since `{ $command }` ({ $time }); undo refused, nothing was changed
undo-changed-since = { $path } changed since `{ $command }` ({ $time }); undo refused, nothing was changed
undo-changed-since-hint = see what changed with `rapport history` or git, and put it right by hand

## The book and its files (src/book)

book-link = a symbolic link; rapport does not write through links
book-link-hint = remove the link (rapport recreates what it needs)
book-plain-folder = must be a plain folder inside the book, not a link or a file
book-plain-folder-hint = remove it (rapport recreates what it needs)
book-dangling-link = a symbolic link to nothing (`{ $target }`)
book-link-out = a symbolic link leading out of the book (to { $target }); rapport does not follow it
book-link-out-hint = copy the file into the book instead of linking to it
book-a-folder = a folder, not a file
book-not-regular = not a regular file
book-name-not-utf8 = the file name is not valid UTF-8, so it cannot be an id
book-skip-link = a symbolic link; rapport never follows links out of the book
book-name-not-an-id = the file name is not a valid id: { $problem }
book-not-utf8 = the file is not valid UTF-8
book-not-utf8-hint = save the file as UTF-8
book-not-found = no book found: no --book given, $RAPPORT_BOOK is not set, and neither { $dir } nor any parent holds rapport.toml
book-not-found-hint = create one with `rapport init DIR`, or point to one with --book DIR or RAPPORT_BOOK=DIR
book-not-a-book = { $dir } is not a book: it has no rapport.toml
book-not-a-book-hint = create one with `rapport init DIR`
book-dir-plain-folder = `{ $dir }` must be a plain folder inside the book, not a link or a file
book-no-customer = no customer `{ $id }` in this book
book-did-you-mean-ids = did you mean { $ids }?
book-or = or
book-customer-not-regular = not a regular file (a link or a folder); rapport will not follow it

## Writing files all or nothing (src/book/atomic.rs)

atomic-recorded = { $problem }; the write is recorded in { $journal } and is completed by the next command that writes to the book
atomic-recorded-hint = fix the problem, then run `rapport check`, which completes it
atomic-no-folder = no such folder to write into
atomic-no-folder-hint = a book keeps its customer files in customers/ (`rapport init` makes it)
atomic-not-of-the-book = not a file of the book
atomic-no-state-dir = no state directory
atomic-not-a-journal = { $why }; this is not a journal rapport wrote
atomic-not-a-journal-hint = remove the file if you know no import was interrupted in this book
atomic-no-header = the journal of an interrupted write has no header
atomic-bad-line = a line is not `TEMPORARY<tab>TARGET`
atomic-outside = a line names a file outside the book's folders
atomic-completing = completing an import interrupted while renaming its files: { $problem }
atomic-completing-hint = fix the problem and run `rapport check`, which completes the import

## Erased people (src/book/suppressed.rs)

suppressed-erased-email = this e-mail belongs to a person erased with `rapport forget`; it is not stored again
suppressed-erased-phone = this phone belongs to a person erased with `rapport forget`; it is not stored again
suppressed-erased-hint = { $file } lists the erased; if the person asked to come back, remove their line there first
suppressed-skipped = skipped `{ $email }`: a person erased with `rapport forget` is not added again
suppressed-shape = `suppressed` must be a list of entries, one line each: {"{"} salt = "…", email = "sha256:…" {"}"}
suppressed-merged = entries merged line by line by git (the older [[suppressed]] form); read entry by entry
suppressed-merged-hint = the next `rapport forget` rewrites the file one person per line, which merges cleanly
suppressed-random = could not get random bytes for the salt: { $problem }

## Merging versions of a customer file (src/book/merge.rs, document.rs)

merge-invalid-toml = { $side } is not valid TOML: { $message }
merge-base = the base version
merge-ours = our version
merge-theirs = their version
merge-result-invalid = the merged file would not be valid TOML ({ $message })
merge-nested = { $side } has a table `{ $table }` inside a section, which rapport does not merge field by field
merge-value-and-table = `{ $key }` is written as a value in one version and as a table in another
document-layout = rapport cannot keep this file's layout when it edits it (dotted keys of one table written apart, such as `a.x` … `b` … `a.y`): put them together, or change the file with `rapport edit`

## git (src/git): commands and commit messages stay as written

git-not-utf8-version = a version is not valid UTF-8
git-could-not-run = could not run `{ $command }`: { $problem }
git-merge-file-failed = `git merge-file` failed ({ $status })
git-failed = `git { $command }` failed: { $problem }
git-history-not-in-git = { $dir } is not inside a git repository: a customer's history is read from git
git-history-not-in-git-hint = put the book in git (`git init`) and set git = "commit" in rapport.toml so every change is committed
git-output-not-utf8 = the output is not UTF-8
git-exit-status = exit status { $status }
git-not-in-repo = rapport.toml says git = "commit", but { $dir } is not inside a git repository (or git is not installed): the change was written but not committed; run `git init` there, or set git = "off"
git-not-committed = the change was written but not committed: { $problem }; commit it with `{ $command }`
git-path-list = cannot write the list of paths: { $problem }

## Customer lifetime value (src/stats): model and parameter names stay as written

clv-too-few = the { $model } model needs at least { $needed } repeat buyers ({ $which }); the book has { $found }
clv-which-repeat = customers with purchases on two or more days
clv-which-positive-spend = customers with purchases on two or more days and a positive mean spend
clv-invalid-summary = customer summary #{ $index } is invalid: { $reason }
clv-unidentified = the { $model } fit cannot pin down { $parameter }: { $detail }; the data may hold too few repeat buyers or too little variety among them
clv-not-converged = the { $model } fit did not converge after { $iterations } iterations: { $reason }
clv-rising-to-infinity = the likelihood keeps rising as it heads toward infinity (the search reached { $reached })
clv-rising-to-zero = the likelihood keeps rising as it heads toward zero (the search reached { $reached })
clv-hessian = the Hessian at the optimum is not positive definite
clv-uncertain = its estimate { $estimate } is uncertain by a factor of e^{ $factor } either way (one standard error)
clv-not-finite = x, t_x and T must be finite (x = { $x }, t_x = { $t_x }, T = { $t })
clv-negative = x = { $x } is negative
clv-t-x-range = t_x = { $t_x } must lie between 0 and T = { $t }
clv-not-finite-at-start = the objective is not finite at the starting point
clv-no-step = no step from the current point lowers the objective
clv-newton = no convergence within { $count } Newton iterations
clv-holdout = the holdout must end after the calibration period: { $until } is not after { $today }

## rapport.toml: [deal_probabilities], [surveys.NAME], [owners]

settings-probabilities-table = `deal_probabilities` must be a table of stage = probability, such as { $example }
settings-probability-number = `deal_probabilities.{ $stage }` must be a number from 0 to 1 (0.25 is 25 %)
settings-probability-closed = `deal_probabilities.{ $stage }`: a { $stage } deal is closed; give only the open deal stages
settings-probability-not-a-stage = `deal_probabilities.{ $stage }`: `{ $stage }` is not one of the book's deal_stages ({ $stages })
settings-surveys-table = `surveys` must be a table of [surveys.NAME]
settings-survey-name = survey name `{ $name }` must be lowercase letters, digits and dashes (it names surveys/{ $name }.toml)
settings-survey-table = [surveys.{ $name }] must be a table with a `method`
settings-survey-method = [surveys.{ $name }]: `method` is `{ $method }`; it must be "kano" or "servqual"
settings-survey-columns = [surveys.{ $name }]: `columns` must be a table of "header" = "key"
settings-survey-column-key = [surveys.{ $name }]: column key `{ $key }` is none of F:<feature>, D:<feature>, E<n>, P<n>, W:<dimension>, { $special }
settings-survey-dimensions = [surveys.{ $name }.dimensions] must be a table of dimension = [items]
settings-survey-dimension-items = [surveys.{ $name }.dimensions]: `{ $dimension }` must be a list of item numbers (1, 2, …)
settings-survey-unknown-key = unknown key `{ $key }` in [surveys.{ $name }]
settings-survey-keys = a survey takes `method`, `columns` and `dimensions`
settings-survey-needs-method = [surveys.{ $name }] needs a `method`: "kano" or "servqual"
settings-owners-table = `owners` must be a table of e-mail addresses: [owners] with anna = ["anna@firm.lv"]
settings-owner-list = `owners.{ $owner }` must be a list of e-mail addresses
settings-owner-not-an-address = `owners.{ $owner }`: `{ $text }` is not an e-mail address
settings-owner-twice = `owners`: `{ $address }` is listed for `{ $other }` and `{ $owner }`

## Surveys (src/survey, src/book/surveys.rs)

survey-wrong-method = survey `{ $name }` is a { $method } survey, not a { $wanted } one
survey-not-declared = no survey `{ $name }` in rapport.toml
survey-declare-it = declare it as [surveys.NAME] with method = "kano" or "servqual"
survey-none = no { $method } survey in rapport.toml
survey-declare-one = declare one as [surveys.NAME] with method = "{ $method }"
survey-several = rapport.toml declares several { $method } surveys; name one: { $names }
survey-file-not-utf8 = { $file }: not UTF-8

## Mail import (import --mail): the summary, the mailbox's problems.
## $at is FILE:LINE; $number a message's place in an mbox.
mail-summary-dry-run = { $name } (dry run, nothing written): { $appended } { $appended ->
    [one] e-mail
   *[other] e-mails
} would be appended to { $customers } { $customers ->
    [one] customer
   *[other] customers
}, { $already } already there
mail-summary-nothing = imported { $name }: nothing new, nothing written: { $already } { $already ->
    [one] e-mail
   *[other] e-mails
} already there
mail-summary-done = imported { $name }: { $appended } { $appended ->
    [one] e-mail
   *[other] e-mails
} appended to { $customers } { $customers ->
    [one] customer
   *[other] customers
}, { $already } already there
mail-created = ; { $count } { $count ->
    [one] lead
   *[other] leads
} created
mail-created-dry-run = ; { $count } { $count ->
    [one] lead
   *[other] leads
} would be created
mail-copies = ; { $count } { $count ->
    [one] copy
   *[other] copies
} of a message seen before skipped
mail-unmatched = ; { $count } { $count ->
    [one] address
   *[other] addresses
} matched no customer
mail-unmatched-messages = , and { $count } { $count ->
    [one] message has
   *[other] messages have
} no customer at all
mail-unmatched-hint = : --list-unmatched lists the addresses, --create adds them as leads
mail-no-email-kind = this book has no interaction kind `{ $kind }`: the messages cannot be logged
mail-no-email-kind-hint = add "email" to `interaction_kinds` in rapport.toml
mail-create-needs-owners = --create needs the firm's own addresses in [owners] of rapport.toml, or it would add your own people as leads
mail-create-needs-owners-hint = add e.g. `[owners]` with `anna = ["anna@firm.lv"]`, and see who would be added with --list-unmatched
mail-bad-messages = { $count } bad { $count ->
    [one] message
   *[other] messages
} in { $name }; nothing was written
mail-bad-messages-hint = fix or remove the messages listed and import again; --dry-run checks a mailbox without writing
mail-shared-email = the e-mail `{ $email }` belongs to several customers ({ $ids }): its messages are logged on each
mail-undated = { $location }: the message has no readable Date header; skipped
mail-customers-unreadable = customers of { $name } cannot be read; nothing was written
mail-no-headers = not an e-mail message: no headers
mail-no-from-date-id = not an e-mail message: it has no From, Date or Message-ID header
mail-cut-off-multipart = the message is cut off: its multipart body never closes (no `{ $closing }`); the file looks truncated
mail-folder-empty = { $name }: no messages: the folder is neither a Maildir (with cur/ and new/) nor holds .eml files
mail-give-a-mailbox = give an mbox file, a Maildir folder, a folder of .eml files or one message
mail-not-a-message = { $at }: not an e-mail message: its first line is not a header (`Name: value`), nor `From ` starting an mbox
mail-mbox-cut-line = { $at }: the mbox ends inside a line: it looks cut off (message { $number } is not whole)
mail-copy-again = copy the mailbox again (or from a backup); nothing was imported
mail-no-header-start = { $at }: message { $number } does not start with a header (`Name: value`)
mail-no-header-start-hint = a body line starting `From ` after a blank line reads as the start of a message; an mbox writes it `>From `
mail-headers-never-end = { $at }: message { $number } is cut off: its headers never end (the mbox looks truncated)

## vCard import (import --vcard). $line is a line number.
vcard-folder-empty = { $path }: the folder holds no .vcf file
vcard-files = { $count } { $count ->
    [one] file
   *[other] files
}
vcard-problems = { $count } { $count ->
    [one] problem
   *[other] problems
} in { $what }; nothing was written
vcard-problems-hint = fix or remove the cards listed and import again; --dry-run checks without writing
vcard-none = { $files }: no vCard in it (no line BEGIN:VCARD)
vcard-binary = binary data (a { $char } character): this is not a vCard file
vcard-no-end-next = the card has no END:VCARD (another card begins on line { $line })
vcard-end-without-begin = END:VCARD without a BEGIN:VCARD
vcard-outside = text outside a card (a vCard begins with BEGIN:VCARD)
vcard-no-end-eof = the card has no END:VCARD (the file ends on line { $line }): is the file cut short?
vcard-unreadable = the card cannot be read: { $why }
vcard-no-name = the card has no name (no FN, and no N): give it an FN line
vcard-other-emails = { $count } further e-mail { $count ->
    [one] address
   *[other] addresses
} kept in fields.other_emails (a customer's e-mail is the card's first, or preferred, one)
vcard-other-phones = { $count } further phone { $count ->
    [one] number
   *[other] numbers
} kept in fields.other_phones (a customer's phone is the card's first, or preferred, one)
