# Messages on stderr: errors, warnings and notes of the book, model, query and git layers.
# Ids are dotted in the code (`model.invalid-toml`), written with `-` here.


## The words of every message: error, warning, hint

diag-error = грешка
diag-warning = упозорење
diag-hint = савет
error-problems-found =
    { $count ->
        [one] пронађен је { $count } проблем
        [few] пронађена су { $count } проблема
       *[other] пронађено је { $count } проблема
    }
error-output = излаз није могуће уписати: { $reason }

## Customer files (src/model)

model-conflict = неразрешен конфликт спајања
model-conflict-hint = задржите редове које желите, обришите редове <<<<<<< ======= >>>>>>>, а затим додајте датотеку са `git add`
model-invalid-toml = неисправан TOML: { $message }
model-unknown-key = непознат кључ `{ $key }` у { $place }; rapport га задржава, али га не користи
model-the-customer-file = датотеци купца
model-did-you-mean = да ли сте мислили `{ $near }`?
model-name-missing = недостаје `{ $key }`: сваки купац мора имати име
model-empty = `{ $key }` је празно
model-bad-kind = `{ $key }` је `{ $kind }`; мора бити `person` или `company`
model-not-a-stage = `{ $stage }` није фаза ове књиге
model-not-a-deal-stage = `{ $stage }` није фаза посла ове књиге
model-not-an-interaction-kind = `{ $kind }` није врста контакта ове књиге
model-type = `{ $key }` мора бити { $expected }, пронађено: { $found }
model-dates-without-quotes = (датуме пишите без наводника, нпр. 2024-03-01)
model-amounts-without-quotes = (износе пишите без наводника, нпр. 1500.00)
model-a-string = текст
model-a-list-of-strings = листа текстова
model-a-number-such-as = број, нпр. 1500.00
model-a-date-such-as = датум, нпр. 2024-03-01
model-a-date-or-date-time = датум или датум са временом, нпр. 2024-03-01T10:30:00
model-true-or-false = true или false
model-a-whole-number-from = цео број од { $from } до { $to }
model-a-table = табела
model-an-array-of-tables = низ табела ([[{ $key }]])
model-key-problem = `{ $key }`: { $problem }
model-custom-undeclared = прилагођено поље `{ $name }` није декларисано у rapport.toml
model-declare-field = декларишите га као [fields.{ $name }] са типом
model-deal-needs = посао мора имати `{ $key }`
model-interaction-needs = контакт мора имати `{ $key }`
model-the-string = текст "{ $text }"
model-an-integer = цео број
model-a-float = децимални број
model-a-boolean = логичка вредност
model-a-date-time = датум са временом
model-a-date = датум
model-an-array = низ
model-did-you-mean-among = да ли сте мислили `{ $near }`? ({ $setting }: { $allowed })
model-allowed-in-settings = { $setting } у rapport.toml су: { $allowed }; ако је нов, додајте га тамо
model-not-a-number = `{ $text }` није број
model-not-a-whole-number = `{ $text }` није цео број
model-not-an-integer = `{ $text }` није цео број
model-not-a-boolean = `{ $text }` није логичка вредност (true или false)
model-number-ambiguous = `{ $text }` може да се прочита као { $one } или { $other }; наведите --decimal-comma ако је `,` овде децимални сепаратор, или напишите број без груписања
model-id-empty = id не може бити празан
model-id-too-long = `{ $id }` је дужи од { $max } знакова
model-id-invalid = `{ $id }` није исправан id: користите мала слова a-z, цифре и `-`, са словом или цифром на почетку
model-id-reserved = `{ $id }` је име које Windows резервише за уређај и не може бити id
model-not-a-date = `{ $text }` није датум: користите 2024-03-01, 1.3.2024, 2024-03-01T10:30, today, yesterday, -30d, +2w, -6m или -1y
model-money-syntax = `{ $text }` није износ (очекују се цифре, нпр. 1500 или 1500.00)
model-money-too-precise = `{ $text }` има више од две децимале; износи су тачни до цента
model-money-too-large = `{ $text }` је изван ±10^12, највећег износа који rapport чува
model-money-ambiguous = `{ $text }` се може читати на два начина (хиљаду, или један и део): напишите 1234, 1234.00, 1 234,00 или 1,234.00
model-money-not-typed = `{ $text }` није износ: напишите 19.99, 19,99, 1 234,50, 1.234,50 или 1,234.50
model-not-one-of = `{ $value }` није ниједна од: { $allowed }
model-list-items-strings = ставке листе морају бити текстови, пронађено: { $found }
model-expected-found = очекује се { $expected } ({ $ty }), пронађено: { $found }
model-a-number = број
model-a-list = листа
model-deal-stages = фазе послова
model-not-a-duration = `{ $text }` није трајање: користите број и јединицу, нпр. 36h, 180d, 2w, 6m или 1y

## The query language (src/query): its words and field names are never translated

query-unexpected = неочекивано { $found }
query-bang-hint = напишите `!=`, `!~` или `not` испред услова
query-quote-not-closed = ови наводници нису затворени
query-end-string-with = завршите текст са { $quote }
query-paren-unopened = ова `)` нема `(`
query-join-conditions = повежите услове са `and` или `or`
query-operators = оператори су `=`, `!=`, `<`, `<=`, `>`, `>=`, `~`, `!~`, `has`, `in` или `not in`
query-too-deep = израз је угнежђен дубље од { $depth } нивоа
query-too-deep-hint = уклоните сувишне заграде и двоструке `not`
query-ends-early = израз се завршава тамо где треба да следи услов
query-paren-not-closed = ова `(` није затворена
query-paren-not-closed-hint = додајте `)` где се група завршава
query-field-quoted = очекује се назив поља, пронађен је текст под наводницима
query-field-quoted-hint = под наводнике стављајте вредности, не поља: `name = "Anna Liepa"`
query-expected-field-found = очекује се назив поља, пронађено { $found }
query-expected-field = очекује се назив поља
query-expected-operator = после `{ $field }` очекује се оператор
query-expected-operator-found = после `{ $field }` очекује се оператор, пронађено { $found }
query-expected-value-found = после `{ $after }` очекује се вредност, пронађено { $found }
query-expected-value = после `{ $after }` очекује се вредност
query-expected-bracket = после `in` очекује се `[`
query-expected-bracket-hint = напишите вредности као листу: `country in [LV, LT, EE]`
query-bracket-not-closed = ова `[` није затворена
query-bracket-not-closed-hint = одвојите вредности са `,` и завршите листу са `]`
query-value-hint = после `{ $after }` напишите реч, број, датум или текст под наводницима
query-in-segment = у сегменту `{ $name }`
query-define-segments = дефинишите сегменте под [segments] у rapport.toml
query-the-segments-are = сегменти су { $names }
query-no-segment = у rapport.toml нема сегмента `{ $name }`
query-segment-cycle = сегмент `{ $name }` упућује сам на себе: { $cycle }
query-segment-cycle-hint = сегмент може користити друге сегменте, али не у кругу
query-segment-too-deep = сегменти овде користе сегменте дубље од { $depth } нивоа
query-segment-too-deep-hint = сегмент може користити друге сегменте, али не у овако дугом ланцу
query-has-not-list = `has` проверава припадност листи, а `{ $field }` је { $ty }
query-has-not-list-hint = напишите `{ $field } = { $value }` или `{ $field } ~ { $value }`
query-clash = `{ $text }` није { $expected }, а `{ $field }` јесте { $expected }
query-stages-in-order = фазе, редом, су { $stages }
query-not-a-kind = `{ $text }` није врста: `kind` је `person` или `company`
query-write-number = напишите број, нпр. `{ $field } > 3`
query-not-an-amount = `{ $text }` није износ, а `{ $field }` јесте износ
query-write-amount = { $problem }; напишите нпр. `{ $field } > 1000` или `{ $field } >= 99.90`
query-write-date = напишите датум као 2024-03-01, 2024-03-01T10:30, today, yesterday, now, -30d, +7d, -2w, -6m или -1y
query-write-bool = напишите `{ $field } = true`
query-list-compare = `{ $field }` је листа; `{ $op }` пореди појединачне вредности
query-list-compare-hint = напишите `{ $field } has { $value }`, `{ $field } in [{ $value }, …]` или `{ $field } ~ { $value }`
query-segment-misuse = `segment` се користи као `segment = NAME`, `segment != NAME` или `segment in [A, B]`
query-type-text = текст
query-type-whole-number = цео број
query-type-amount = износ
query-type-any = било која вредност
query-not-a-path = `{ $path }` није путања поља
query-not-a-path-hint = путање су кључеви спојени тачкама, нпр. `address.city`
query-custom-written = прилагођена поља се пишу `{ $prefix }NAME`
query-a-table = `{ $path }` је табела, не поље
query-name-a-key = наведите један од њених кључева: { $keys }
query-use-deal-figures = користите `open_deals`, `pipeline` или `won`
query-unknown-field = непознато поље `{ $field }`
query-table-holds = [{ $table }] садржи { $keys }
query-sort-no-column = --sort: овде нема колоне `{ $name }`
query-the-columns-are = колоне су { $columns }
query-clv-unavailable = `clv` се не може израчунати за ову књигу: { $problem }

## rapport.toml (src/book/settings.rs): keys and values stay as written

settings-won-lost-exist = `{ $stage }` увек постоји; наведите само фазе отворених послова
settings-stage-kind-exists = `stage` увек постоји и уписује га rapport; уклоните га
settings-git = `git` је `{ $value }`; мора бити "off" или "commit"
settings-language = `language` је `{ $value }`; мора бити једно од: { $choices }
settings-unknown = непознато подешавање `{ $key }`; rapport га занемарује
settings-must-be-string = `{ $key }` мора бити текст
settings-must-be-list = `{ $key }` мора бити листа текстова
settings-twice = `{ $value }` је два пута наведено у `{ $key }`
settings-must-be-non-empty = `{ $key }` мора бити листа непразних текстова
settings-at-least =
    { $count ->
        [one] `{ $key }` мора имати бар { $count } ставку
        [few] `{ $key }` мора имати бар { $count } ставке
       *[other] `{ $key }` мора имати бар { $count } ставки
    }
settings-sla-priority = `sla.{ $name }` није приоритет: користите low, normal или high
settings-fields-table = `fields` мора бити табела [fields.NAME]
settings-field-table = [fields.{ $name }] мора бити табела са `type`
settings-field-unknown-key = непознат кључ `{ $key }` у [fields.{ $name }]
settings-field-keys = поље прима `type`, `values` (enum, list) и `description`
settings-field-needs-type = [fields.{ $name }] мора имати `type`: један од { $types }
settings-enum-values = enum поље `{ $name }` мора имати `values = [...]`
settings-field-type = непознат тип поља `{ $ty }`; користите један од { $types }
settings-rfm-table = `rfm` мора бити табела граница: [rfm] са recency, frequency и monetary
settings-rfm-keys = [rfm] прима recency, frequency и monetary
settings-rfm-unknown-key = непознат кључ `{ $key }` у [rfm]; rapport га занемарује
settings-rfm-four-whole = `rfm.{ $key }` мора бити листа од четири цела броја, нпр. { $example }
settings-rfm-four-amounts = `rfm.{ $key }` мора бити листа од четири износа, нпр. { $example }
settings-rfm-decimals = `rfm.{ $key }`: { $value } има више од две децимале
settings-rfm-it-has = { $wrong }; има их { $count }
settings-rfm-ascending = `rfm.{ $key }` мора бити у растућем редоследу, свака граница већа од претходне, нпр. { $example }
settings-segments-table = `segments` мора бити табела name = "expression"

## Changing a customer (src/book/change.rs): keys and values stay as written

change-tag-semicolon = ознака не може садржати `;` ({ $tag })
change-one-tag = додајте или уклоните једну по једну ознаку
change-only-tags = += и -= прима само { $key }
change-needs-name = сваки купац мора имати име
change-kind = { $key } је `person` или `company`
change-not-a-stage = није фаза ове књиге
change-no-company = нема купца `{ $id }`; { $key } садржи id записа фирме
change-bool = { $key } је true или false
change-declare-first = прво га декларишите у rapport.toml као [{ $field }] са типом
change-not-settable = `{ $key }` није кључ који rapport може да постави
change-settable-keys = кључеви који се могу поставити: { $keys }, { $prefix }NAME; послови и контакти се мењају са `rapport edit`
change-stages = фазе: { $stages }
change-not-an-email = `{ $text }` није адреса е-поште

## The undo store (src/book/undo.rs)

undo-not-recorded = { $why }; ово није операција коју је rapport забележио
undo-not-recorded-hint = обришите датотеку да бисте заборавили ту операцију
undo-first-line = први ред није `rapport undo 1`
undo-header-line = ред заглавља није `KEY<tab>VALUE`
undo-entry = унос није `file PATH BEFORE AFTER`
undo-later-entry = каснији унос за датотеку која раније није забележена
undo-length-not-number = дужина претходних бајтова није број
undo-cut-short = претходни бајтови су скраћени
undo-length-too-large = дужина претходних бајтова је превелика
undo-erasure = последња операција, `{ $command }` ({ $time }), не може се опозвати: обрисани купац се никада не враћа
undo-erasure-hint = ништа није промењено; `rapport undo --list` приказује операције
undo-not-a-customer-file = операција { $number } наводи `{ $path }`, што није датотека купца; опозивање одбијено
undo-removed-since = { $path } је уклоњена од `{ $command }` ({ $time }); опозивање одбијено, ништа није промењено
undo-created-since = { $path } је поново направљена од `{ $command }` ({ $time }); опозивање одбијено, ништа није промењено
undo-changed-since = { $path } је промењена од `{ $command }` ({ $time }); опозивање одбијено, ништа није промењено
undo-changed-since-hint = погледајте шта се променило са `rapport history` или git-ом и исправите то ручно

## The book and its files (src/book)

book-link = симболичка веза; rapport не пише кроз везе
book-link-hint = уклоните везу (rapport поново прави оно што му треба)
book-plain-folder = мора бити обична фасцикла унутар књиге, а не веза или датотека
book-plain-folder-hint = уклоните је (rapport поново прави оно што му треба)
book-dangling-link = симболичка веза која не води никуда (`{ $target }`)
book-link-out = симболичка веза која води ван књиге (у { $target }); rapport је не прати
book-link-out-hint = копирајте датотеку у књигу уместо да правите везу до ње
book-a-folder = фасцикла, а не датотека
book-not-regular = није обична датотека
book-name-not-utf8 = име датотеке није исправан UTF-8, па не може бити id
book-skip-link = симболичка веза; rapport никада не прати везе ван књиге
book-name-not-an-id = име датотеке није исправан id: { $problem }
book-not-utf8 = датотека није исправан UTF-8
book-not-utf8-hint = сачувајте датотеку као UTF-8
book-not-found = књига није пронађена: --book није наведен, $RAPPORT_BOOK није постављен, а ни { $dir } ни нека надређена фасцикла не садржи rapport.toml
book-not-found-hint = направите је са `rapport init DIR` или је наведите са --book DIR или RAPPORT_BOOK=DIR
book-not-a-book = { $dir } није књига: нема rapport.toml
book-not-a-book-hint = направите је са `rapport init DIR`
book-dir-plain-folder = `{ $dir }` мора бити обична фасцикла унутар књиге, а не веза или датотека
book-no-customer = у овој књизи нема купца `{ $id }`
book-did-you-mean-ids = да ли сте мислили { $ids }?
book-or = или
book-customer-not-regular = није обична датотека (веза или фасцикла); rapport је неће пратити

## Writing files all or nothing (src/book/atomic.rs)

atomic-recorded = { $problem }; уписивање је забележено у { $journal } и довршиће га следећа команда која пише у књигу
atomic-recorded-hint = отклоните проблем, а затим покрените `rapport check`, који ће га довршити
atomic-no-folder = нема такве фасцикле за уписивање
atomic-no-folder-hint = књига чува датотеке купаца у customers/ (прави је `rapport init`)
atomic-not-of-the-book = није датотека књиге
atomic-no-state-dir = нема фасцикле стања
atomic-not-a-journal = { $why }; ово није дневник који је написао rapport
atomic-not-a-journal-hint = обришите датотеку ако знате да у овој књизи ниједан увоз није прекинут
atomic-no-header = дневник прекинутог уписивања нема заглавље
atomic-bad-line = ред није `TEMPORARY<tab>TARGET`
atomic-outside = ред наводи датотеку ван фасцикли књиге
atomic-completing = довршавање увоза прекинутог током преименовања његових датотека: { $problem }
atomic-completing-hint = отклоните проблем и покрените `rapport check`, који ће довршити увоз

## Erased people (src/book/suppressed.rs)

suppressed-erased-email = ова е-пошта припада особи обрисаној са `rapport forget`; више се не чува
suppressed-erased-phone = овај телефон припада особи обрисаној са `rapport forget`; више се не чува
suppressed-erased-hint = { $file } наводи обрисане; ако је особа тражила да се врати, прво тамо обришите њен ред
suppressed-skipped = прескочено `{ $email }`: особа избрисана са `rapport forget` не додаје се поново
suppressed-shape = `suppressed` мора бити листа уноса, сваки у једном реду: {"{"} salt = "…", email = "sha256:…" {"}"}
suppressed-merged = уноси које је git спојио ред по ред (старији облик [[suppressed]]); прочитани унос по унос
suppressed-merged-hint = следећи `rapport forget` преписује датотеку једна особа по реду, што се чисто спаја
suppressed-random = није могуће добити насумичне бајтове за со: { $problem }

## Merging versions of a customer file (src/book/merge.rs, document.rs)

merge-invalid-toml = { $side } није исправан TOML: { $message }
merge-base = основна верзија
merge-ours = наша верзија
merge-theirs = њихова верзија
merge-result-invalid = спојена датотека не би била исправан TOML ({ $message })
merge-nested = { $side } има табелу `{ $table }` унутар одељка, коју rapport не спаја поље по поље
merge-value-and-table = `{ $key }` је у једној верзији записан као вредност, а у другој као табела
document-layout = rapport не може да задржи распоред ове датотеке када је мења (кључеви са тачком једне табеле записани одвојено, нпр. `a.x` … `b` … `a.y`): ставите их заједно или промените датотеку са `rapport edit`

## git (src/git): commands and commit messages stay as written

git-not-utf8-version = једна верзија није исправан UTF-8
git-could-not-run = није могуће покренути `{ $command }`: { $problem }
git-merge-file-failed = `git merge-file` није успео ({ $status })
git-failed = `git { $command }` није успео: { $problem }
git-history-not-in-git = { $dir } није у git репозиторијуму: историја купца се чита из git-а
git-history-not-in-git-hint = ставите књигу у git (`git init`) и поставите git = "commit" у rapport.toml да би свака промена била комитована
git-output-not-utf8 = излаз није UTF-8
git-exit-status = излазни статус { $status }
git-not-in-repo = rapport.toml каже git = "commit", али { $dir } није у git репозиторијуму (или git није инсталиран): промена је уписана, али није комитована; покрените тамо `git init` или поставите git = "off"
git-not-committed = промена је уписана, али није комитована: { $problem }; комитујте је са `{ $command }`
git-path-list = није могуће уписати листу путања: { $problem }

## Customer lifetime value (src/stats): model and parameter names stay as written

clv-too-few =
    модел { $model } захтева најмање { $needed ->
        [one] { $needed } поновљеног купца
        [few] { $needed } поновљена купца
       *[other] { $needed } поновљених купаца
    } ({ $which }); књига их има { $found }
clv-which-repeat = купци са куповинама у два или више дана
clv-which-positive-spend = купци са куповинама у два или више дана и позитивном просечном потрошњом
clv-invalid-summary = резиме купца бр. { $index } није исправан: { $reason }
clv-unidentified = прилагођавање модела { $model } не може да одреди { $parameter }: { $detail }; подаци можда садрже премало поновљених купаца или премало разноликости међу њима
clv-not-converged = прилагођавање модела { $model } није конвергирало после { $iterations } итерација: { $reason }
clv-rising-to-infinity = веродостојност стално расте ка бесконачности (претрага је стигла до { $reached })
clv-rising-to-zero = веродостојност стално расте ка нули (претрага је стигла до { $reached })
clv-hessian = Хесијан у оптимуму није позитивно дефинитан
clv-uncertain = његова процена { $estimate } је несигурна за фактор e^{ $factor } у оба смера (једна стандардна грешка)
clv-not-finite = x, t_x и T морају бити коначни (x = { $x }, t_x = { $t_x }, T = { $t })
clv-negative = x = { $x } је негативно
clv-t-x-range = t_x = { $t_x } мора бити између 0 и T = { $t }
clv-not-finite-at-start = циљна функција није коначна у почетној тачки
clv-no-step = ниједан корак из тренутне тачке не смањује циљну функцију
clv-newton = нема конвергенције у { $count } Њутнових итерација
clv-holdout = контролни период мора да се заврши после периода калибрације: { $until } није после { $today }

## rapport.toml: [deal_probabilities], [surveys.NAME], [owners]

settings-probabilities-table = `deal_probabilities` мора бити табела фаза = вероватноћа, на пример { $example }
settings-probability-number = `deal_probabilities.{ $stage }` мора бити број од 0 до 1 (0.25 је 25 %)
settings-probability-closed = `deal_probabilities.{ $stage }`: посао у фази { $stage } је затворен; наведите само отворене фазе послова
settings-probability-not-a-stage = `deal_probabilities.{ $stage }`: `{ $stage }` није ниједна од deal_stages књиге ({ $stages })
settings-surveys-table = `surveys` мора бити табела [surveys.NAME]
settings-survey-name = назив анкете `{ $name }` сме да садржи само мала слова, цифре и цртице (по њему се зове фајл surveys/{ $name }.toml)
settings-survey-table = [surveys.{ $name }] мора бити табела са `method`
settings-survey-method = [surveys.{ $name }]: `method` је `{ $method }`; мора бити "kano" или "servqual"
settings-survey-columns = [surveys.{ $name }]: `columns` мора бити табела "header" = "key"
settings-survey-column-key = [surveys.{ $name }]: кључ колоне `{ $key }` није ниједан од F:<feature>, D:<feature>, E<n>, P<n>, W:<dimension>, { $special }
settings-survey-dimensions = [surveys.{ $name }.dimensions] мора бити табела dimension = [items]
settings-survey-dimension-items = [surveys.{ $name }.dimensions]: `{ $dimension }` мора бити листа бројева ставки (1, 2, …)
settings-survey-unknown-key = непознат кључ `{ $key }` у [surveys.{ $name }]
settings-survey-keys = анкета прима `method`, `columns` и `dimensions`
settings-survey-needs-method = [surveys.{ $name }] мора имати `method`: "kano" или "servqual"
settings-owners-table = `owners` мора бити табела имејл адреса: [owners] са anna = ["anna@firm.lv"]
settings-owner-list = `owners.{ $owner }` мора бити листа имејл адреса
settings-owner-not-an-address = `owners.{ $owner }`: `{ $text }` није имејл адреса
settings-owner-twice = `owners`: `{ $address }` је наведена и код `{ $other }` и код `{ $owner }`

## Surveys (src/survey, src/book/surveys.rs)

survey-wrong-method = анкета `{ $name }` је анкета { $method }, а не { $wanted }
survey-not-declared = у rapport.toml нема анкете `{ $name }`
survey-declare-it = декларишите је као [surveys.NAME] са method = "kano" или "servqual"
survey-none = у rapport.toml нема анкете { $method }
survey-declare-one = декларишите једну као [surveys.NAME] са method = "{ $method }"
survey-several = rapport.toml декларише неколико анкета { $method }; наведите једну: { $names }
survey-file-not-utf8 = { $file }: није UTF-8

## Mail import (import --mail): the summary, the mailbox's problems.
## $at is FILE:LINE; $number a message's place in an mbox.
mail-summary-dry-run = { $name } (пробно покретање, ништа није уписано): за додавање { $appended } { $appended ->
    [one] имејл
    [few] имејла
   *[other] имејлова
} код { $customers } { $customers ->
    [one] купца
    [few] купца
   *[other] купаца
}, већ постојећих: { $already }
mail-summary-nothing = увоз { $name }: ништа ново, ништа није уписано; већ постојећих имејлова: { $already }
mail-summary-done = увоз { $name }: { $appended } { $appended ->
    [one] имејл додат
    [few] имејла додата
   *[other] имејлова додато
} код { $customers } { $customers ->
    [one] купца
    [few] купца
   *[other] купаца
}, већ постојећих: { $already }
mail-created = ; { $count ->
    [one] направљен { $count } нови потенцијални купац (lead)
    [few] направљена { $count } нова потенцијална купца (lead)
   *[other] направљено { $count } нових потенцијалних купаца (lead)
}
mail-created-dry-run = ; { $count ->
    [one] био би направљен { $count } нови потенцијални купац (lead)
    [few] била би направљена { $count } нова потенцијална купца (lead)
   *[other] било би направљено { $count } нових потенцијалних купаца (lead)
}
mail-copies = ; прескочене копије већ виђених порука: { $count }
mail-unmatched = ; { $count } { $count ->
    [one] адреса не одговара
    [few] адресе не одговарају
   *[other] адреса не одговара
} ниједном купцу
mail-unmatched-messages = , а { $count } { $count ->
    [one] порука нема
    [few] поруке немају
   *[other] порука нема
} ниједног купца
mail-unmatched-hint = : --list-unmatched исписује адресе, --create их додаје као потенцијалне купце
mail-no-email-kind = ова књига нема врсту контакта `{ $kind }`: поруке се не могу забележити
mail-no-email-kind-hint = додајте "email" у `interaction_kinds` у rapport.toml
mail-create-needs-owners = --create захтева сопствене адресе фирме у одељку [owners] у rapport.toml, иначе би ваше запослене додао као потенцијалне купце
mail-create-needs-owners-hint = додајте нпр. `[owners]` са `anna = ["anna@firm.lv"]`, а са --list-unmatched погледајте ко би био додат
mail-bad-messages = { $name }: { $count } { $count ->
    [one] лоша порука
    [few] лоше поруке
   *[other] лоших порука
}; ништа није уписано
mail-bad-messages-hint = исправите или уклоните наведене поруке и увезите поново; --dry-run проверава поштанско сандуче без уписивања
mail-shared-email = имејл `{ $email }` припада неколицини купаца ({ $ids }): његове поруке се бележе код сваког
mail-undated = { $location }: порука нема читљиво Date заглавље; прескочена
mail-customers-unreadable = купци порука из { $name } не могу да се прочитају; ништа није уписано
mail-no-headers = није имејл порука: нема заглавља
mail-no-from-date-id = није имејл порука: нема ни From, ни Date, ни Message-ID заглавља
mail-cut-off-multipart = порука је одсечена: њено multipart тело се нигде не затвара (нема `{ $closing }`); изгледа да је фајл скраћен
mail-folder-empty = { $name }: нема порука: фасцикла није Maildir (са cur/ и new/) нити садржи .eml фајлове
mail-give-a-mailbox = наведите mbox фајл, Maildir фасциклу, фасциклу .eml фајлова или једну поруку
mail-not-a-message = { $at }: није имејл порука: њен први ред није заглавље (`Name: value`), нити `From ` којим почиње mbox
mail-mbox-cut-line = { $at }: mbox се завршава усред реда: изгледа да је одсечен ({ $number }. порука није цела)
mail-copy-again = поново копирајте поштанско сандуче (или из резервне копије); ништа није увезено
mail-no-header-start = { $at }: { $number }. порука не почиње заглављем (`Name: value`)
mail-no-header-start-hint = ред тела који после празног реда почиње са `From ` чита се као почетак нове поруке; mbox га записује као `>From `
mail-headers-never-end = { $at }: { $number }. порука је одсечена: њена заглавља се нигде не завршавају (изгледа да је mbox скраћен)

## vCard import (import --vcard). $line is a line number.
vcard-folder-empty = { $path }: фасцикла не садржи ниједан .vcf фајл
vcard-files = { $count } { $count ->
    [one] фајл
    [few] фајла
   *[other] фајлова
}
vcard-problems = { $what }: { $count } { $count ->
    [one] проблем
    [few] проблема
   *[other] проблема
}; ништа није уписано
vcard-problems-hint = исправите или уклоните наведене картице и увезите поново; --dry-run проверава без уписивања
vcard-none = { $files }: у њему нема vCard-а (нема реда BEGIN:VCARD)
vcard-binary = бинарни подаци (знак { $char }): ово није vCard фајл
vcard-no-end-next = картица нема END:VCARD (следећа картица почиње у реду { $line })
vcard-end-without-begin = END:VCARD без BEGIN:VCARD
vcard-outside = текст изван картице (vCard почиње са BEGIN:VCARD)
vcard-no-end-eof = картица нема END:VCARD (фајл се завршава у реду { $line }): да ли је фајл скраћен?
vcard-unreadable = картица не може да се прочита: { $why }
vcard-no-name = картица нема име (нема FN ни N): додајте ред FN
vcard-other-emails = додатне имејл адресе ({ $count }) сачуване у пољу fields.other_emails (имејл купца је први, односно жељени, са картице)
vcard-other-phones = додатни бројеви телефона ({ $count }) сачувани у пољу fields.other_phones (телефон купца је први, односно жељени, са картице)
