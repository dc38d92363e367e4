# Messages on stderr: errors, warnings and notes of the book, model, query and git layers.
# Ids are dotted in the code (`model.invalid-toml`), written with `-` here.


## The words of every message: error, warning, hint

diag-error = kļūda
diag-warning = brīdinājums
diag-hint = padoms
error-problems-found =
    { $count ->
        [zero] atrastas { $count } problēmas
        [one] atrasta { $count } problēma
       *[other] atrastas { $count } problēmas
    }
error-output = nevar ierakstīt izvadi: { $reason }

## Customer files (src/model)

model-conflict = neatrisināts sapludināšanas konflikts
model-conflict-hint = paturiet vajadzīgās rindas, izdzēsiet rindas <<<<<<< ======= >>>>>>>, tad izpildiet `git add` šim failam
model-invalid-toml = nederīgs TOML: { $message }
model-unknown-key = { $place }: nezināma atslēga `{ $key }`; rapport to saglabā, bet neizmanto
model-the-customer-file = klienta fails
model-did-you-mean = vai domājāt `{ $near }`?
model-name-missing = trūkst `{ $key }`: katram klientam vajag vārdu
model-empty = `{ $key }` ir tukšs
model-bad-kind = `{ $key }` ir `{ $kind }`; tam jābūt `person` vai `company`
model-not-a-stage = `{ $stage }` nav šīs grāmatas posms
model-not-a-deal-stage = `{ $stage }` nav šīs grāmatas darījuma posms
model-not-an-interaction-kind = `{ $kind }` nav šīs grāmatas saskarsmes veids
model-type = `{ $key }` jābūt: { $expected }; atrasts: { $found }
model-dates-without-quotes = (rakstiet datumus bez pēdiņām, piem., 2024-03-01)
model-amounts-without-quotes = (rakstiet summas bez pēdiņām, piem., 1500.00)
model-a-string = teksts
model-a-list-of-strings = tekstu saraksts
model-a-number-such-as = skaitlis, piem., 1500.00
model-a-date-such-as = datums, piem., 2024-03-01
model-a-date-or-date-time = datums vai datums ar laiku, piem., 2024-03-01T10:30:00
model-true-or-false = true vai false
model-a-whole-number-from = vesels skaitlis no { $from } līdz { $to }
model-a-table = tabula
model-an-array-of-tables = tabulu masīvs ([[{ $key }]])
model-key-problem = `{ $key }`: { $problem }
model-custom-undeclared = pielāgotais lauks `{ $name }` nav deklarēts rapport.toml
model-declare-field = deklarējiet to kā [fields.{ $name }] ar tipu
model-deal-needs = darījumam vajag `{ $key }`
model-interaction-needs = saskarsmei vajag `{ $key }`
model-the-string = teksts "{ $text }"
model-an-integer = vesels skaitlis
model-a-float = daļskaitlis
model-a-boolean = loģiskā vērtība
model-a-date-time = datums ar laiku
model-a-date = datums
model-an-array = masīvs
model-did-you-mean-among = vai domājāt `{ $near }`? ({ $setting }: { $allowed })
model-allowed-in-settings = { $setting } rapport.toml ir: { $allowed }; ja tas ir jauns, pievienojiet to tur
model-not-a-number = `{ $text }` nav skaitlis
model-not-a-whole-number = `{ $text }` nav vesels skaitlis
model-not-an-integer = `{ $text }` nav vesels skaitlis
model-not-a-boolean = `{ $text }` nav loģiskā vērtība (true vai false)
model-number-ambiguous = `{ $text }` var nolasīt kā { $one } vai { $other }; norādiet --decimal-comma, ja `,` šeit ir decimāldaļas atdalītājs, vai rakstiet skaitli bez grupēšanas
model-id-empty = id nevar būt tukšs
model-id-too-long = `{ $id }` ir garāks par { $max } rakstzīmēm
model-id-invalid = `{ $id }` nav derīgs id: lietojiet mazos burtus a-z, ciparus un `-`, sākot ar burtu vai ciparu
model-id-reserved = `{ $id }` ir nosaukums, ko Windows rezervē ierīcei, un tas nevar būt id
model-not-a-date = `{ $text }` nav datums: lietojiet 2024-03-01, 1.3.2024, 2024-03-01T10:30, today, yesterday, -30d, +2w, -6m vai -1y
model-money-syntax = `{ $text }` nav summa (gaidīti cipari, piem., 1500 vai 1500.00)
model-money-too-precise = `{ $text }` ir vairāk nekā divas decimāldaļas; summas ir precīzas līdz centam
model-money-too-large = `{ $text }` ir ārpus ±10^12, lielākās summas, ko rapport glabā
model-money-ambiguous = `{ $text }` var lasīt divējādi (tūkstotis vai viens ar daļu): rakstiet 1234, 1234.00, 1 234,00 vai 1,234.00
model-money-not-typed = `{ $text }` nav summa: rakstiet 19.99, 19,99, 1 234,50, 1.234,50 vai 1,234.50
model-not-one-of = `{ $value }` nav neviens no: { $allowed }
model-list-items-strings = saraksta elementiem jābūt tekstiem, atrasts: { $found }
model-expected-found = gaidīts: { $expected } ({ $ty }), atrasts: { $found }
model-a-number = skaitlis
model-a-list = saraksts

## The query language (src/query): its words and field names are never translated

query-unexpected = negaidīts { $found }
query-bang-hint = rakstiet `!=`, `!~` vai `not` pirms nosacījuma
query-quote-not-closed = šīs pēdiņas nav aizvērtas
query-end-string-with = beidziet tekstu ar { $quote }
query-paren-unopened = šai `)` nav `(`
query-join-conditions = savienojiet nosacījumus ar `and` vai `or`
query-operators = operatori ir `=`, `!=`, `<`, `<=`, `>`, `>=`, `~`, `!~`, `has`, `in` vai `not in`
query-too-deep = izteiksmes ligzdojums ir dziļāks par { $depth } līmeņiem
query-too-deep-hint = noņemiet liekās iekavas un dubultos `not`
query-ends-early = izteiksme beidzas vietā, kur jāseko nosacījumam
query-paren-not-closed = šī `(` nav aizvērta
query-paren-not-closed-hint = pievienojiet `)` grupas beigās
query-field-quoted = gaidīts lauka nosaukums, atrasts teksts pēdiņās
query-field-quoted-hint = pēdiņās likiet vērtības, nevis laukus: `name = "Anna Liepa"`
query-expected-field-found = gaidīts lauka nosaukums, atrasts { $found }
query-expected-field = gaidīts lauka nosaukums
query-expected-operator = pēc `{ $field }` gaidīts operators
query-expected-operator-found = pēc `{ $field }` gaidīts operators, atrasts { $found }
query-expected-value-found = pēc `{ $after }` gaidīta vērtība, atrasts { $found }
query-expected-value = pēc `{ $after }` gaidīta vērtība
query-expected-bracket = pēc `in` gaidīta `[`
query-expected-bracket-hint = rakstiet vērtības kā sarakstu: `country in [LV, LT, EE]`
query-bracket-not-closed = šī `[` nav aizvērta
query-bracket-not-closed-hint = atdaliet vērtības ar `,` un beidziet sarakstu ar `]`
query-value-hint = pēc `{ $after }` rakstiet vārdu, skaitli, datumu vai tekstu pēdiņās
query-in-segment = segmentā `{ $name }`
query-define-segments = definējiet segmentus sadaļā [segments] failā rapport.toml
query-the-segments-are = segmenti ir { $names }
query-no-segment = rapport.toml nav segmenta `{ $name }`
query-segment-cycle = segments `{ $name }` atsaucas pats uz sevi: { $cycle }
query-segment-cycle-hint = segments drīkst izmantot citus segmentus, bet ne pa apli
query-segment-too-deep = segmenti šeit izmanto segmentus dziļāk par { $depth } līmeņiem
query-segment-too-deep-hint = segments drīkst izmantot citus segmentus, bet ne tik garā ķēdē
query-has-not-list = `has` pārbauda piederību sarakstam, bet `{ $field }` ir { $ty }
query-has-not-list-hint = rakstiet `{ $field } = { $value }` vai `{ $field } ~ { $value }`
query-clash = `{ $text }` nav { $expected }, bet `{ $field }` ir { $expected }
query-stages-in-order = posmi secībā ir { $stages }
query-not-a-kind = `{ $text }` nav veids: `kind` ir `person` vai `company`
query-write-number = rakstiet skaitli, piem., `{ $field } > 3`
query-not-an-amount = `{ $text }` nav summa, bet `{ $field }` ir summa
query-write-amount = { $problem }; rakstiet, piem., `{ $field } > 1000` vai `{ $field } >= 99.90`
query-write-date = rakstiet datumu kā 2024-03-01, 2024-03-01T10:30, today, yesterday, now, -30d, +7d, -2w, -6m vai -1y
query-write-bool = rakstiet `{ $field } = true`
query-list-compare = `{ $field }` ir saraksts; `{ $op }` salīdzina atsevišķas vērtības
query-list-compare-hint = rakstiet `{ $field } has { $value }`, `{ $field } in [{ $value }, …]` vai `{ $field } ~ { $value }`
query-segment-misuse = `segment` lieto kā `segment = NAME`, `segment != NAME` vai `segment in [A, B]`
query-type-text = teksts
query-type-whole-number = vesels skaitlis
query-type-amount = summa
query-type-any = jebkura vērtība
query-not-a-path = `{ $path }` nav lauka ceļš
query-not-a-path-hint = ceļi ir ar punktiem savienotas atslēgas, piem., `address.city`
query-custom-written = pielāgotos laukus raksta `{ $prefix }NAME`
query-a-table = `{ $path }` ir tabula, nevis lauks
query-name-a-key = norādiet kādu no tās atslēgām: { $keys }
query-use-deal-figures = lietojiet `open_deals`, `pipeline` vai `won`
query-unknown-field = nezināms lauks `{ $field }`
query-table-holds = [{ $table }] satur { $keys }
query-sort-no-column = --sort: šeit nav kolonnas `{ $name }`
query-the-columns-are = kolonnas ir { $columns }
