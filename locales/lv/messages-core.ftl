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
model-deal-stages = darījumu posmi
model-not-a-duration = `{ $text }` nav ilgums: lietojiet skaitli un vienību, piem., 36h, 180d, 2w, 6m vai 1y

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
query-clv-unavailable = `clv` šai grāmatai nevar aprēķināt: { $problem }

## rapport.toml (src/book/settings.rs): keys and values stay as written

settings-won-lost-exist = `{ $stage }` pastāv vienmēr; uzskaitiet tikai atvērto darījumu posmus
settings-stage-kind-exists = `stage` pastāv vienmēr, un to raksta rapport; izņemiet to
settings-git = `git` ir `{ $value }`; tam jābūt "off" vai "commit"
settings-language = `language` ir `{ $value }`; tam jābūt vienam no: { $choices }
settings-unknown = nezināms iestatījums `{ $key }`; rapport to neņem vērā
settings-must-be-string = `{ $key }` jābūt tekstam
settings-must-be-list = `{ $key }` jābūt tekstu sarakstam
settings-twice = `{ $value }` ir norādīts divreiz sarakstā `{ $key }`
settings-must-be-non-empty = `{ $key }` jābūt netukšu tekstu sarakstam
settings-at-least =
    { $count ->
        [zero] `{ $key }` vajag vismaz { $count } ierakstu
        [one] `{ $key }` vajag vismaz { $count } ierakstu
       *[other] `{ $key }` vajag vismaz { $count } ierakstus
    }
settings-sla-priority = `sla.{ $name }` nav prioritāte: lietojiet low, normal vai high
settings-fields-table = `fields` jābūt [fields.NAME] tabulai
settings-field-table = [fields.{ $name }] jābūt tabulai ar `type`
settings-field-unknown-key = nezināma atslēga `{ $key }` sadaļā [fields.{ $name }]
settings-field-keys = laukam ir `type`, `values` (enum, list) un `description`
settings-field-needs-type = [fields.{ $name }] vajag `type`: vienu no { $types }
settings-enum-values = enum laukam `{ $name }` vajag `values = [...]`
settings-field-type = nezināms lauka tips `{ $ty }`; lietojiet vienu no { $types }
settings-rfm-table = `rfm` jābūt robežvērtību tabulai: [rfm] ar recency, frequency un monetary
settings-rfm-keys = [rfm] pieņem recency, frequency un monetary
settings-rfm-unknown-key = nezināma atslēga `{ $key }` sadaļā [rfm]; rapport to neņem vērā
settings-rfm-four-whole = `rfm.{ $key }` jābūt četru veselu skaitļu sarakstam, piem., { $example }
settings-rfm-four-amounts = `rfm.{ $key }` jābūt četru summu sarakstam, piem., { $example }
settings-rfm-decimals = `rfm.{ $key }`: { $value } ir vairāk nekā divas decimāldaļas
settings-rfm-it-has = { $wrong }; tajā ir { $count }
settings-rfm-ascending = `rfm.{ $key }` jābūt augošā secībā, katrai robežai lielākai par iepriekšējo, piem., { $example }
settings-segments-table = `segments` jābūt tabulai name = "expression"

## Changing a customer (src/book/change.rs): keys and values stay as written

change-tag-semicolon = birka nevar saturēt `;` ({ $tag })
change-one-tag = pievienojiet vai noņemiet pa vienai birkai
change-only-tags = += un -= der tikai { $key }
change-needs-name = katram klientam vajag vārdu
change-kind = { $key } ir `person` vai `company`
change-not-a-stage = nav šīs grāmatas posms
change-no-company = nav klienta `{ $id }`; { $key } satur uzņēmuma ieraksta id
change-bool = { $key } ir true vai false
change-declare-first = vispirms deklarējiet to rapport.toml kā [{ $field }] ar tipu
change-not-settable = `{ $key }` nav atslēga, ko rapport var iestatīt
change-settable-keys = iestatāmās atslēgas: { $keys }, { $prefix }NAME; darījumus un saskarsmes maina ar `rapport edit`
change-stages = posmi: { $stages }
change-not-an-email = `{ $text }` nav e-pasta adrese

## The undo store (src/book/undo.rs)

undo-not-recorded = { $why }; šī nav rapport ierakstīta darbība
undo-not-recorded-hint = izdzēsiet failu, lai aizmirstu šo darbību
undo-first-line = pirmā rinda nav `rapport undo 1`
undo-header-line = galvenes rinda nav `KEY<tab>VALUE`
undo-entry = ieraksts nav `file PATH BEFORE AFTER`
undo-later-entry = vēlāks ieraksts failam, kas iepriekš nav ierakstīts
undo-length-not-number = iepriekšējo baitu garums nav skaitlis
undo-cut-short = iepriekšējie baiti ir nepilnīgi
undo-length-too-large = iepriekšējo baitu garums ir pārāk liels
undo-erasure = pēdējo darbību `{ $command }` ({ $time }) nevar atsaukt: dzēstu klientu nekad neatjauno
undo-erasure-hint = nekas netika mainīts; `rapport undo --list` parāda darbības
undo-not-a-customer-file = darbība { $number } norāda `{ $path }`, kas nav klienta fails; atsaukšana atteikta
undo-removed-since = { $path } ir izdzēsts kopš `{ $command }` ({ $time }); atsaukšana atteikta, nekas netika mainīts
undo-created-since = { $path } ir atkal izveidots kopš `{ $command }` ({ $time }); atsaukšana atteikta, nekas netika mainīts
undo-changed-since = { $path } ir mainīts kopš `{ $command }` ({ $time }); atsaukšana atteikta, nekas netika mainīts
undo-changed-since-hint = apskatiet izmaiņas ar `rapport history` vai git un izlabojiet tās ar roku

## The book and its files (src/book)

book-link = simboliska saite; rapport neraksta caur saitēm
book-link-hint = izdzēsiet saiti (rapport atjauno to, kas tam vajadzīgs)
book-plain-folder = jābūt parastai mapei grāmatā, nevis saitei vai failam
book-plain-folder-hint = izdzēsiet to (rapport atjauno to, kas tam vajadzīgs)
book-dangling-link = simboliska saite uz neko neesošu (`{ $target }`)
book-link-out = simboliska saite, kas ved ārpus grāmatas (uz { $target }); rapport tai neseko
book-link-out-hint = iekopējiet failu grāmatā, nevis veidojiet saiti uz to
book-a-folder = mape, nevis fails
book-not-regular = nav parasts fails
book-name-not-utf8 = faila nosaukums nav derīgs UTF-8, tāpēc tas nevar būt id
book-skip-link = simboliska saite; rapport nekad neseko saitēm ārpus grāmatas
book-name-not-an-id = faila nosaukums nav derīgs id: { $problem }
book-not-utf8 = fails nav derīgs UTF-8
book-not-utf8-hint = saglabājiet failu kā UTF-8
book-not-found = grāmata nav atrasta: --book nav norādīts, $RAPPORT_BOOK nav iestatīts, un ne { $dir }, ne kāda tās vecākmape nesatur rapport.toml
book-not-found-hint = izveidojiet to ar `rapport init DIR` vai norādiet to ar --book DIR vai RAPPORT_BOOK=DIR
book-not-a-book = { $dir } nav grāmata: tajā nav rapport.toml
book-not-a-book-hint = izveidojiet to ar `rapport init DIR`
book-dir-plain-folder = `{ $dir }` jābūt parastai mapei grāmatā, nevis saitei vai failam
book-no-customer = šajā grāmatā nav klienta `{ $id }`
book-did-you-mean-ids = vai domājāt { $ids }?
book-or = vai
book-customer-not-regular = nav parasts fails (saite vai mape); rapport tam nesekos

## Writing files all or nothing (src/book/atomic.rs)

atomic-recorded = { $problem }; ierakstīšana ir reģistrēta { $journal }, un to pabeigs nākamā komanda, kas raksta grāmatā
atomic-recorded-hint = novērsiet problēmu, tad palaidiet `rapport check`, kas to pabeigs
atomic-no-folder = nav tādas mapes, kurā rakstīt
atomic-no-folder-hint = grāmata glabā klientu failus mapē customers/ (to izveido `rapport init`)
atomic-not-of-the-book = nav grāmatas fails
atomic-no-state-dir = nav stāvokļa mapes
atomic-not-a-journal = { $why }; šis nav rapport rakstīts žurnāls
atomic-not-a-journal-hint = izdzēsiet failu, ja zināt, ka šajā grāmatā neviens imports netika pārtraukts
atomic-no-header = pārtrauktas ierakstīšanas žurnālam nav galvenes
atomic-bad-line = rinda nav `TEMPORARY<tab>TARGET`
atomic-outside = rinda norāda failu ārpus grāmatas mapēm
atomic-completing = pabeidzot importu, kas tika pārtraukts, pārdēvējot tā failus: { $problem }
atomic-completing-hint = novērsiet problēmu un palaidiet `rapport check`, kas pabeigs importu

## Erased people (src/book/suppressed.rs)

suppressed-erased-email = šis e-pasts pieder personai, kas dzēsta ar `rapport forget`; to vairs nesaglabā
suppressed-erased-phone = šis tālrunis pieder personai, kas dzēsta ar `rapport forget`; to vairs nesaglabā
suppressed-erased-hint = { $file } uzskaita dzēstos; ja persona lūdza atgriezties, vispirms izdzēsiet tur tās rindu
suppressed-skipped = izlaists `{ $email }`: persona, kas dzēsta ar `rapport forget`, netiek pievienota no jauna
suppressed-shape = `suppressed` jābūt ierakstu sarakstam, pa vienam rindā: {"{"} salt = "…", email = "sha256:…" {"}"}
suppressed-merged = ieraksti, ko git sapludinājis pa rindām (vecākā [[suppressed]] forma); nolasīti pa ierakstiem
suppressed-merged-hint = nākamais `rapport forget` pārraksta failu pa vienai personai rindā, kas sapludinās bez konfliktiem
suppressed-random = neizdevās iegūt nejaušus baitus sālij: { $problem }

## Merging versions of a customer file (src/book/merge.rs, document.rs)

merge-invalid-toml = { $side } nav derīgs TOML: { $message }
merge-base = bāzes versija
merge-ours = mūsu versija
merge-theirs = viņu versija
merge-result-invalid = sapludinātais fails nebūtu derīgs TOML ({ $message })
merge-nested = { $side } satur tabulu `{ $table }` sadaļas iekšienē, ko rapport nesapludina pa laukiem
merge-value-and-table = `{ $key }` vienā versijā ir rakstīts kā vērtība, citā kā tabula
document-layout = rapport nevar saglabāt šī faila izkārtojumu, to labojot (vienas tabulas atslēgas ar punktu rakstītas atsevišķi, piem., `a.x` … `b` … `a.y`): salieciet tās kopā vai mainiet failu ar `rapport edit`

## git (src/git): commands and commit messages stay as written

git-not-utf8-version = kāda versija nav derīgs UTF-8
git-could-not-run = neizdevās palaist `{ $command }`: { $problem }
git-merge-file-failed = `git merge-file` neizdevās ({ $status })
git-failed = `git { $command }` neizdevās: { $problem }
git-history-not-in-git = { $dir } nav git repozitorijā: klienta vēsture tiek lasīta no git
git-history-not-in-git-hint = ielieciet grāmatu git (`git init`) un iestatiet git = "commit" failā rapport.toml, lai katra izmaiņa tiktu iesniegta
git-output-not-utf8 = izvade nav UTF-8
git-exit-status = izejas statuss { $status }
git-not-in-repo = rapport.toml norāda git = "commit", bet { $dir } nav git repozitorijā (vai git nav instalēts): izmaiņa ir ierakstīta, bet nav iesniegta; palaidiet tur `git init` vai iestatiet git = "off"
git-not-committed = izmaiņa ir ierakstīta, bet nav iesniegta: { $problem }; iesniedziet to ar `{ $command }`
git-path-list = nevar ierakstīt ceļu sarakstu: { $problem }

## Customer lifetime value (src/stats): model and parameter names stay as written

clv-too-few =
    modelim { $model } vajag vismaz { $needed ->
        [one] { $needed } atkārtotu pircēju
       *[other] { $needed } atkārtotus pircējus
    } ({ $which }); grāmatā ir { $found }
clv-which-repeat = klienti ar pirkumiem divās vai vairāk dienās
clv-which-positive-spend = klienti ar pirkumiem divās vai vairāk dienās un pozitīvu vidējo tēriņu
clv-invalid-summary = klienta kopsavilkums #{ $index } nav derīgs: { $reason }
clv-unidentified = { $model } modeļa pielāgošana nevar noteikt { $parameter }: { $detail }; datos var būt pārāk maz atkārtotu pircēju vai pārāk maza to dažādība
clv-not-converged = { $model } modeļa pielāgošana nekonverģēja pēc { $iterations } iterācijām: { $reason }
clv-rising-to-infinity = ticamība turpina augt, tuvojoties bezgalībai (meklēšana sasniedza { $reached })
clv-rising-to-zero = ticamība turpina augt, tuvojoties nullei (meklēšana sasniedza { $reached })
clv-hessian = Hesses matrica optimumā nav pozitīvi definēta
clv-uncertain = tā novērtējums { $estimate } ir neprecīzs ar koeficientu e^{ $factor } abos virzienos (viena standartkļūda)
clv-not-finite = x, t_x un T jābūt galīgiem (x = { $x }, t_x = { $t_x }, T = { $t })
clv-negative = x = { $x } ir negatīvs
clv-t-x-range = t_x = { $t_x } jābūt starp 0 un T = { $t }
clv-not-finite-at-start = mērķfunkcija sākumpunktā nav galīga
clv-no-step = neviens solis no pašreizējā punkta nesamazina mērķfunkciju
clv-newton = nav konverģences { $count } Ņūtona iterācijās
clv-holdout = pārbaudes periodam jābeidzas pēc kalibrēšanas perioda: { $until } nav pēc { $today }

## rapport.toml: [deal_probabilities], [surveys.NAME], [owners]

settings-probabilities-table = `deal_probabilities` jābūt tabulai posms = varbūtība, piemēram, { $example }
settings-probability-number = `deal_probabilities.{ $stage }` jābūt skaitlim no 0 līdz 1 (0.25 ir 25 %)
settings-probability-closed = `deal_probabilities.{ $stage }`: darījums posmā { $stage } ir slēgts; norādiet tikai atvērtos darījumu posmus
settings-probability-not-a-stage = `deal_probabilities.{ $stage }`: `{ $stage }` nav neviens no grāmatas deal_stages ({ $stages })
settings-surveys-table = `surveys` jābūt tabulai [surveys.NAME]
settings-survey-name = aptaujas nosaukumā `{ $name }` drīkst būt tikai mazie burti, cipari un defises (tas ir faila surveys/{ $name }.toml nosaukums)
settings-survey-table = [surveys.{ $name }] jābūt tabulai ar `method`
settings-survey-method = [surveys.{ $name }]: `method` ir `{ $method }`; tam jābūt "kano" vai "servqual"
settings-survey-columns = [surveys.{ $name }]: `columns` jābūt tabulai "header" = "key"
settings-survey-column-key = [surveys.{ $name }]: kolonnas atslēga `{ $key }` nav neviena no F:<feature>, D:<feature>, E<n>, P<n>, W:<dimension>, { $special }
settings-survey-dimensions = [surveys.{ $name }.dimensions] jābūt tabulai dimension = [items]
settings-survey-dimension-items = [surveys.{ $name }.dimensions]: `{ $dimension }` jābūt apgalvojumu numuru sarakstam (1, 2, …)
settings-survey-unknown-key = nezināma atslēga `{ $key }` sadaļā [surveys.{ $name }]
settings-survey-keys = aptaujai ir `method`, `columns` un `dimensions`
settings-survey-needs-method = [surveys.{ $name }] vajag `method`: "kano" vai "servqual"
settings-owners-table = `owners` jābūt e-pasta adrešu tabulai: [owners] ar anna = ["anna@firm.lv"]
settings-owner-list = `owners.{ $owner }` jābūt e-pasta adrešu sarakstam
settings-owner-not-an-address = `owners.{ $owner }`: `{ $text }` nav e-pasta adrese
settings-owner-twice = `owners`: `{ $address }` ir norādīta gan pie `{ $other }`, gan pie `{ $owner }`

## Surveys (src/survey, src/book/surveys.rs)

survey-wrong-method = aptauja `{ $name }` ir { $method } aptauja, nevis { $wanted }
survey-not-declared = rapport.toml nav aptaujas `{ $name }`
survey-declare-it = deklarējiet to kā [surveys.NAME] ar method = "kano" vai "servqual"
survey-none = rapport.toml nav { $method } aptaujas
survey-declare-one = deklarējiet aptauju kā [surveys.NAME] ar method = "{ $method }"
survey-several = rapport.toml deklarē vairākas { $method } aptaujas; norādiet vienu: { $names }
survey-file-not-utf8 = { $file }: nav UTF-8

## Mail import (import --mail): the summary, the mailbox's problems.
## $at is FILE:LINE; $number a message's place in an mbox.
mail-summary-dry-run = { $name } (izmēģinājums, nekas nav ierakstīts): { $appended ->
    [one] tiktu pievienota { $appended } vēstule
   *[other] tiktu pievienotas { $appended } vēstules
} { $customers } { $customers ->
    [one] klientam
   *[other] klientiem
}, jau ir: { $already }
mail-summary-nothing = imports { $name }: nekā jauna, nekas nav ierakstīts; jau bija: { $already } { $already ->
    [one] vēstule
   *[other] vēstules
}
mail-summary-done = imports { $name }: { $appended } { $appended ->
    [one] vēstule pievienota
   *[other] vēstules pievienotas
} { $customers } { $customers ->
    [one] klientam
   *[other] klientiem
}, jau bija: { $already }
mail-created = ; { $count ->
    [one] izveidots { $count } jauns potenciālais klients (lead)
   *[other] izveidoti { $count } jauni potenciālie klienti (lead)
}
mail-created-dry-run = ; { $count ->
    [one] tiktu izveidots { $count } jauns potenciālais klients (lead)
   *[other] tiktu izveidoti { $count } jauni potenciālie klienti (lead)
}
mail-copies = ; izlaistas jau redzētu vēstuļu kopijas: { $count }
mail-unmatched = ; { $count } { $count ->
    [one] adrese neatbilst
   *[other] adreses neatbilst
} nevienam klientam
mail-unmatched-messages = , un { $count } { $count ->
    [one] vēstulei
   *[other] vēstulēm
} nav neviena klienta
mail-unmatched-hint = : --list-unmatched uzskaita adreses, --create pievieno tās kā potenciālos klientus
mail-no-email-kind = šai grāmatai nav saskarsmes veida `{ $kind }`: vēstules nevar reģistrēt
mail-no-email-kind-hint = pievienojiet "email" pie `interaction_kinds` failā rapport.toml
mail-create-needs-owners = --create prasa uzņēmuma paša adreses rapport.toml sadaļā [owners], citādi tas pievienotu jūsu pašu darbiniekus kā potenciālos klientus
mail-create-needs-owners-hint = pievienojiet, piemēram, `[owners]` ar `anna = ["anna@firm.lv"]`, un ar --list-unmatched apskatiet, kuri tiktu pievienoti
mail-bad-messages = { $name }: { $count } { $count ->
    [one] kļūdaina vēstule
   *[other] kļūdainas vēstules
}; nekas nav ierakstīts
mail-bad-messages-hint = izlabojiet vai izņemiet uzskaitītās vēstules un importējiet vēlreiz; --dry-run pārbauda pastkastīti, neko neierakstot
mail-shared-email = e-pasts `{ $email }` pieder vairākiem klientiem ({ $ids }): tā vēstules tiek reģistrētas katram
mail-undated = { $location }: vēstulei nav nolasāmas Date galvenes; izlaista
mail-customers-unreadable = nevar nolasīt klientus, kuriem pieder vēstules no { $name }; nekas nav ierakstīts
mail-no-headers = tā nav e-pasta vēstule: nav galveņu
mail-no-from-date-id = tā nav e-pasta vēstule: tai nav ne From, ne Date, ne Message-ID galvenes
mail-cut-off-multipart = vēstule ir nogriezta: tās multipart saturs netiek noslēgts (nav `{ $closing }`); fails izskatās saīsināts
mail-folder-empty = { $name }: nav vēstuļu: mape nav Maildir (ar cur/ un new/) un nesatur .eml failus
mail-give-a-mailbox = norādiet mbox failu, Maildir mapi, .eml failu mapi vai vienu vēstuli
mail-not-a-message = { $at }: tā nav e-pasta vēstule: tās pirmā rinda nav galvene (`Name: value`), nedz mbox sākums `From `
mail-mbox-cut-line = { $at }: mbox beidzas rindas vidū: tas izskatās nogriezts ({ $number }. vēstule nav pilnīga)
mail-copy-again = nokopējiet pastkastīti vēlreiz (vai no rezerves kopijas); nekas nav importēts
mail-no-header-start = { $at }: { $number }. vēstule nesākas ar galveni (`Name: value`)
mail-no-header-start-hint = satura rinda, kas pēc tukšas rindas sākas ar `From `, tiek lasīta kā jaunas vēstules sākums; mbox to raksta kā `>From `
mail-headers-never-end = { $at }: { $number }. vēstule ir nogriezta: tās galvenēm nav beigu (mbox izskatās saīsināts)

## vCard import (import --vcard). $line is a line number.
vcard-folder-empty = { $path }: mapē nav neviena .vcf faila
vcard-files = { $count } { $count ->
    [one] failā
   *[other] failos
}
vcard-problems = { $what }: { $count } { $count ->
    [one] problēma
   *[other] problēmas
}; nekas nav ierakstīts
vcard-problems-hint = izlabojiet vai izņemiet uzskaitītās kartītes un importējiet vēlreiz; --dry-run pārbauda, neko neierakstot
vcard-none = { $files }: tajā nav vCard (nav rindas BEGIN:VCARD)
vcard-binary = binārie dati (rakstzīme { $char }): tas nav vCard fails
vcard-no-end-next = kartītei nav END:VCARD (nākamā kartīte sākas { $line }. rindā)
vcard-end-without-begin = END:VCARD bez BEGIN:VCARD
vcard-outside = teksts ārpus kartītes (vCard sākas ar BEGIN:VCARD)
vcard-no-end-eof = kartītei nav END:VCARD (fails beidzas { $line }. rindā): vai fails nav saīsināts?
vcard-unreadable = kartīti nevar nolasīt: { $why }
vcard-no-name = kartītei nav vārda (nav FN un nav N): pievienojiet FN rindu
vcard-other-emails = papildu e-pasta adreses ({ $count }) saglabātas laukā fields.other_emails (klienta e-pasts ir kartītes pirmais jeb vēlamais)
vcard-other-phones = papildu tālruņa numuri ({ $count }) saglabāti laukā fields.other_phones (klienta tālrunis ir kartītes pirmais jeb vēlamais)
