# Messages on stderr: errors, warnings and notes of the book, model, query and git layers.
# Ids are dotted in the code (`model.invalid-toml`), written with `-` here.


## The words of every message: error, warning, hint

diag-error = chyba
diag-warning = varování
diag-hint = nápověda
error-problems-found =
    { $count ->
        [one] nalezen { $count } problém
        [few] nalezeny { $count } problémy
       *[other] nalezeno { $count } problémů
    }
error-output = výstup nelze zapsat: { $reason }

## Customer files (src/model)

model-conflict = nevyřešený konflikt sloučení
model-conflict-hint = ponechte řádky, které chcete, smažte řádky <<<<<<< ======= >>>>>>> a pak soubor přidejte pomocí `git add`
model-invalid-toml = neplatný TOML: { $message }
model-unknown-key = neznámý klíč `{ $key }` v { $place }; rapport ho ponechá, ale nepoužívá
model-the-customer-file = souboru zákazníka
model-did-you-mean = měli jste na mysli `{ $near }`?
model-name-missing = chybí `{ $key }`: každý zákazník potřebuje jméno
model-empty = `{ $key }` je prázdné
model-bad-kind = `{ $key }` je `{ $kind }`; musí být `person` nebo `company`
model-not-a-stage = `{ $stage }` není fáze této knihy
model-not-a-deal-stage = `{ $stage }` není fáze obchodu této knihy
model-not-an-interaction-kind = `{ $kind }` není druh kontaktu této knihy
model-type = `{ $key }` musí být { $expected }, nalezeno: { $found }
model-dates-without-quotes = (data pište bez uvozovek, např. 2024-03-01)
model-amounts-without-quotes = (částky pište bez uvozovek, např. 1500.00)
model-a-string = řetězec
model-a-list-of-strings = seznam řetězců
model-a-number-such-as = číslo, např. 1500.00
model-a-date-such-as = datum, např. 2024-03-01
model-a-date-or-date-time = datum nebo datum s časem, např. 2024-03-01T10:30:00
model-true-or-false = true nebo false
model-a-whole-number-from = celé číslo od { $from } do { $to }
model-a-table = tabulka
model-an-array-of-tables = pole tabulek ([[{ $key }]])
model-key-problem = `{ $key }`: { $problem }
model-custom-undeclared = vlastní pole `{ $name }` není deklarováno v rapport.toml
model-declare-field = deklarujte ho jako [fields.{ $name }] s typem
model-deal-needs = obchod potřebuje `{ $key }`
model-interaction-needs = kontakt potřebuje `{ $key }`
model-the-string = řetězec "{ $text }"
model-an-integer = celé číslo
model-a-float = desetinné číslo
model-a-boolean = logická hodnota
model-a-date-time = datum s časem
model-a-date = datum
model-an-array = pole
model-did-you-mean-among = měli jste na mysli `{ $near }`? ({ $setting }: { $allowed })
model-allowed-in-settings = { $setting } v rapport.toml jsou: { $allowed }; pokud je nový, přidejte ho tam
model-not-a-number = `{ $text }` není číslo
model-not-a-whole-number = `{ $text }` není celé číslo
model-not-an-integer = `{ $text }` není celé číslo
model-not-a-boolean = `{ $text }` není logická hodnota (true nebo false)
model-number-ambiguous = `{ $text }` lze číst jako { $one } nebo { $other }; zadejte --decimal-comma, je-li zde `,` desetinný oddělovač, nebo napište číslo bez oddělovačů tisíců
model-id-empty = id nemůže být prázdné
model-id-too-long = `{ $id }` je delší než { $max } znaků
model-id-invalid = `{ $id }` není platné id: použijte malá písmena a-z, číslice a `-`, na začátku písmeno nebo číslici
model-id-reserved = `{ $id }` je název, který Windows vyhrazuje pro zařízení, a nemůže být id
model-not-a-date = `{ $text }` není datum: použijte 2024-03-01, 1.3.2024, 2024-03-01T10:30, today, yesterday, -30d, +2w, -6m nebo -1y
model-money-syntax = `{ $text }` není částka (očekávány číslice, např. 1500 nebo 1500.00)
model-money-too-precise = `{ $text }` má víc než dvě desetinná místa; částky jsou přesné na haléře
model-money-too-large = `{ $text }` je mimo ±10^12, největší částku, kterou rapport uchová
model-money-ambiguous = `{ $text }` lze číst dvojím způsobem (tisíc, nebo jedna a zlomek): napište 1234, 1234.00, 1 234,00 nebo 1,234.00
model-money-not-typed = `{ $text }` není částka: napište 19.99, 19,99, 1 234,50, 1.234,50 nebo 1,234.50
model-not-one-of = `{ $value }` není žádná z hodnot: { $allowed }
model-list-items-strings = položky seznamu musí být řetězce, nalezeno: { $found }
model-expected-found = očekáváno: { $expected } ({ $ty }), nalezeno: { $found }
model-a-number = číslo
model-a-list = seznam
model-deal-stages = fáze obchodů
model-not-a-duration = `{ $text }` není doba trvání: použijte číslo a jednotku, např. 36h, 180d, 2w, 6m nebo 1y

## The query language (src/query): its words and field names are never translated

query-unexpected = neočekávané { $found }
query-bang-hint = napište `!=`, `!~` nebo `not` před podmínku
query-quote-not-closed = tyto uvozovky nejsou uzavřené
query-end-string-with = ukončete řetězec znakem { $quote }
query-paren-unopened = k této `)` chybí `(`
query-join-conditions = spojte podmínky pomocí `and` nebo `or`
query-operators = operátory jsou `=`, `!=`, `<`, `<=`, `>`, `>=`, `~`, `!~`, `has`, `in` nebo `not in`
query-too-deep = výraz je vnořen hlouběji než { $depth } úrovní
query-too-deep-hint = odstraňte zbytečné závorky a dvojitá `not`
query-ends-early = výraz končí tam, kde má následovat podmínka
query-paren-not-closed = tato `(` není uzavřena
query-paren-not-closed-hint = přidejte `)` tam, kde skupina končí
query-field-quoted = očekáván název pole, nalezen řetězec v uvozovkách
query-field-quoted-hint = do uvozovek dávejte hodnoty, ne pole: `name = "Anna Liepa"`
query-expected-field-found = očekáván název pole, nalezeno { $found }
query-expected-field = očekáván název pole
query-expected-operator = za `{ $field }` očekáván operátor
query-expected-operator-found = za `{ $field }` očekáván operátor, nalezeno { $found }
query-expected-value-found = za `{ $after }` očekávána hodnota, nalezeno { $found }
query-expected-value = za `{ $after }` očekávána hodnota
query-expected-bracket = za `in` očekávána `[`
query-expected-bracket-hint = napište hodnoty jako seznam: `country in [LV, LT, EE]`
query-bracket-not-closed = tato `[` není uzavřena
query-bracket-not-closed-hint = oddělte hodnoty `,` a seznam ukončete `]`
query-value-hint = za `{ $after }` napište slovo, číslo, datum nebo řetězec v uvozovkách
query-in-segment = v segmentu `{ $name }`
query-define-segments = definujte segmenty v sekci [segments] v rapport.toml
query-the-segments-are = segmenty jsou { $names }
query-no-segment = v rapport.toml není segment `{ $name }`
query-segment-cycle = segment `{ $name }` odkazuje sám na sebe: { $cycle }
query-segment-cycle-hint = segment smí používat jiné segmenty, ale ne v kruhu
query-segment-too-deep = segmenty zde používají segmenty hlouběji než { $depth } úrovní
query-segment-too-deep-hint = segment smí používat jiné segmenty, ale ne v tak dlouhém řetězci
query-has-not-list = `has` testuje příslušnost k seznamu, ale `{ $field }` je { $ty }
query-has-not-list-hint = napište `{ $field } = { $value }` nebo `{ $field } ~ { $value }`
query-clash = `{ $text }` není { $expected }, ale `{ $field }` je { $expected }
query-stages-in-order = fáze v pořadí jsou { $stages }
query-not-a-kind = `{ $text }` není druh: `kind` je `person` nebo `company`
query-write-number = napište číslo, např. `{ $field } > 3`
query-not-an-amount = `{ $text }` není částka, ale `{ $field }` je částka
query-write-amount = { $problem }; napište např. `{ $field } > 1000` nebo `{ $field } >= 99.90`
query-write-date = napište datum jako 2024-03-01, 2024-03-01T10:30, today, yesterday, now, -30d, +7d, -2w, -6m nebo -1y
query-write-bool = napište `{ $field } = true`
query-list-compare = `{ $field }` je seznam; `{ $op }` porovnává jednotlivé hodnoty
query-list-compare-hint = napište `{ $field } has { $value }`, `{ $field } in [{ $value }, …]` nebo `{ $field } ~ { $value }`
query-segment-misuse = `segment` se používá jako `segment = NAME`, `segment != NAME` nebo `segment in [A, B]`
query-type-text = text
query-type-whole-number = celé číslo
query-type-amount = částka
query-type-any = libovolná hodnota
query-not-a-path = `{ $path }` není cesta k poli
query-not-a-path-hint = cesty jsou klíče spojené tečkami, např. `address.city`
query-custom-written = vlastní pole se píší `{ $prefix }NAME`
query-a-table = `{ $path }` je tabulka, ne pole
query-name-a-key = uveďte jeden z jejích klíčů: { $keys }
query-use-deal-figures = použijte `open_deals`, `pipeline` nebo `won`
query-unknown-field = neznámé pole `{ $field }`
query-table-holds = [{ $table }] obsahuje { $keys }
query-sort-no-column = --sort: sloupec `{ $name }` zde není
query-the-columns-are = sloupce jsou { $columns }
query-clv-unavailable = `clv` nelze pro tuto knihu spočítat: { $problem }

## rapport.toml (src/book/settings.rs): keys and values stay as written

settings-won-lost-exist = `{ $stage }` existuje vždy; uveďte jen fáze otevřených obchodů
settings-stage-kind-exists = `stage` existuje vždy a zapisuje ho rapport; odstraňte ho
settings-git = `git` je `{ $value }`; musí být "off" nebo "commit"
settings-language = `language` je `{ $value }`; musí být jedno z: { $choices }
settings-unknown = neznámé nastavení `{ $key }`; rapport ho ignoruje
settings-must-be-string = `{ $key }` musí být řetězec
settings-must-be-list = `{ $key }` musí být seznam řetězců
settings-twice = `{ $value }` je v `{ $key }` uvedeno dvakrát
settings-must-be-non-empty = `{ $key }` musí být seznam neprázdných řetězců
settings-at-least =
    { $count ->
        [one] `{ $key }` potřebuje aspoň { $count } položku
        [few] `{ $key }` potřebuje aspoň { $count } položky
       *[other] `{ $key }` potřebuje aspoň { $count } položek
    }
settings-sla-priority = `sla.{ $name }` není priorita: použijte low, normal nebo high
settings-fields-table = `fields` musí být tabulka [fields.NAME]
settings-field-table = [fields.{ $name }] musí být tabulka s `type`
settings-field-unknown-key = neznámý klíč `{ $key }` v [fields.{ $name }]
settings-field-keys = pole přijímá `type`, `values` (enum, list) a `description`
settings-field-needs-type = [fields.{ $name }] potřebuje `type`: jeden z { $types }
settings-enum-values = pole enum `{ $name }` potřebuje `values = [...]`
settings-field-type = neznámý typ pole `{ $ty }`; použijte jeden z { $types }
settings-rfm-table = `rfm` musí být tabulka hranic: [rfm] s recency, frequency a monetary
settings-rfm-keys = [rfm] přijímá recency, frequency a monetary
settings-rfm-unknown-key = neznámý klíč `{ $key }` v [rfm]; rapport ho ignoruje
settings-rfm-four-whole = `rfm.{ $key }` musí být seznam čtyř celých čísel, např. { $example }
settings-rfm-four-amounts = `rfm.{ $key }` musí být seznam čtyř částek, např. { $example }
settings-rfm-decimals = `rfm.{ $key }`: { $value } má víc než dvě desetinná místa
settings-rfm-it-has = { $wrong }; má jich { $count }
settings-rfm-ascending = `rfm.{ $key }` musí být vzestupně, každá hranice vyšší než předchozí, např. { $example }
settings-segments-table = `segments` musí být tabulka name = "expression"

## Changing a customer (src/book/change.rs): keys and values stay as written

change-tag-semicolon = štítek nemůže obsahovat `;` ({ $tag })
change-one-tag = přidávejte nebo odebírejte po jednom štítku
change-only-tags = += a -= přijímá jen { $key }
change-needs-name = každý zákazník potřebuje jméno
change-kind = { $key } je `person` nebo `company`
change-not-a-stage = není fáze této knihy
change-no-company = zákazník `{ $id }` neexistuje; { $key } obsahuje id záznamu firmy
change-bool = { $key } je true nebo false
change-declare-first = nejprve ho deklarujte v rapport.toml jako [{ $field }] s typem
change-not-settable = `{ $key }` není klíč, který rapport umí nastavit
change-settable-keys = nastavitelné klíče: { $keys }, { $prefix }NAME; obchody a kontakty se mění pomocí `rapport edit`
change-stages = fáze: { $stages }
change-not-an-email = `{ $text }` není e-mailová adresa

## The undo store (src/book/undo.rs)

undo-not-recorded = { $why }; toto není operace zaznamenaná programem rapport
undo-not-recorded-hint = smažte soubor, aby se na tuto operaci zapomnělo
undo-first-line = první řádek není `rapport undo 1`
undo-header-line = řádek hlavičky není `KEY<tab>VALUE`
undo-entry = záznam není `file PATH BEFORE AFTER`
undo-later-entry = pozdější záznam pro soubor, který předtím zaznamenán nebyl
undo-length-not-number = délka předchozích bajtů není číslo
undo-cut-short = předchozí bajty jsou useknuté
undo-length-too-large = délka předchozích bajtů je příliš velká
undo-erasure = poslední operaci `{ $command }` ({ $time }) nelze vrátit: vymazaný zákazník se nikdy nevrací
undo-erasure-hint = nic se nezměnilo; operace ukáže `rapport undo --list`
undo-not-a-customer-file = operace { $number } uvádí `{ $path }`, což není soubor zákazníka; vrácení odmítnuto
undo-removed-since = { $path } byl od `{ $command }` ({ $time }) odstraněn; vrácení odmítnuto, nic se nezměnilo
undo-created-since = { $path } byl od `{ $command }` ({ $time }) znovu vytvořen; vrácení odmítnuto, nic se nezměnilo
undo-changed-since = { $path } se od `{ $command }` ({ $time }) změnil; vrácení odmítnuto, nic se nezměnilo
undo-changed-since-hint = podívejte se, co se změnilo, pomocí `rapport history` nebo gitu a opravte to ručně

## The book and its files (src/book)

book-link = symbolický odkaz; rapport přes odkazy nezapisuje
book-link-hint = odstraňte odkaz (rapport si znovu vytvoří, co potřebuje)
book-plain-folder = musí být obyčejná složka uvnitř knihy, ne odkaz ani soubor
book-plain-folder-hint = odstraňte ji (rapport si znovu vytvoří, co potřebuje)
book-dangling-link = symbolický odkaz, který nikam nevede (`{ $target }`)
book-link-out = symbolický odkaz vedoucí mimo knihu (do { $target }); rapport ho nenásleduje
book-link-out-hint = zkopírujte soubor do knihy místo odkazu na něj
book-a-folder = složka, ne soubor
book-not-regular = není obyčejný soubor
book-name-not-utf8 = název souboru není platné UTF-8, proto nemůže být id
book-skip-link = symbolický odkaz; rapport nikdy nenásleduje odkazy mimo knihu
book-name-not-an-id = název souboru není platné id: { $problem }
book-not-utf8 = soubor není platné UTF-8
book-not-utf8-hint = uložte soubor jako UTF-8
book-not-found = kniha nenalezena: není zadáno --book, $RAPPORT_BOOK není nastaveno a rapport.toml neobsahuje { $dir } ani žádná nadřazená složka
book-not-found-hint = vytvořte ji pomocí `rapport init DIR`, nebo na ni ukažte pomocí --book DIR či RAPPORT_BOOK=DIR
book-not-a-book = { $dir } není kniha: nemá rapport.toml
book-not-a-book-hint = vytvořte ji pomocí `rapport init DIR`
book-dir-plain-folder = `{ $dir }` musí být obyčejná složka uvnitř knihy, ne odkaz ani soubor
book-no-customer = v této knize není zákazník `{ $id }`
book-did-you-mean-ids = měli jste na mysli { $ids }?
book-or = nebo
book-customer-not-regular = není obyčejný soubor (odkaz nebo složka); rapport ho nebude následovat

## Writing files all or nothing (src/book/atomic.rs)

atomic-recorded = { $problem }; zápis je zaznamenán v { $journal } a dokončí ho příští příkaz, který do knihy zapisuje
atomic-recorded-hint = odstraňte problém a pak spusťte `rapport check`, který zápis dokončí
atomic-no-folder = taková složka pro zápis neexistuje
atomic-no-folder-hint = kniha uchovává soubory zákazníků v customers/ (vytvoří ji `rapport init`)
atomic-not-of-the-book = není soubor knihy
atomic-no-state-dir = chybí složka stavu
atomic-not-a-journal = { $why }; toto není deník zapsaný programem rapport
atomic-not-a-journal-hint = smažte soubor, pokud víte, že v této knize nebyl přerušen žádný import
atomic-no-header = deník přerušeného zápisu nemá hlavičku
atomic-bad-line = řádek není `TEMPORARY<tab>TARGET`
atomic-outside = řádek uvádí soubor mimo složky knihy
atomic-completing = dokončování importu přerušeného při přejmenování jeho souborů: { $problem }
atomic-completing-hint = odstraňte problém a spusťte `rapport check`, který import dokončí

## Erased people (src/book/suppressed.rs)

suppressed-erased-email = tento e-mail patří osobě vymazané pomocí `rapport forget`; znovu se neukládá
suppressed-erased-phone = tento telefon patří osobě vymazané pomocí `rapport forget`; znovu se neukládá
suppressed-erased-hint = { $file } obsahuje vymazané; pokud osoba požádala o návrat, nejprve tam smažte její řádek
suppressed-skipped = přeskočeno `{ $email }`: osoba vymazaná pomocí `rapport forget` se znovu nepřidává
suppressed-shape = `suppressed` musí být seznam záznamů, každý na jednom řádku: {"{"} salt = "…", email = "sha256:…" {"}"}
suppressed-merged = záznamy sloučené gitem po řádcích (starší forma [[suppressed]]); načteny po záznamech
suppressed-merged-hint = příští `rapport forget` přepíše soubor po jedné osobě na řádek, což se sloučí čistě
suppressed-random = nepodařilo se získat náhodné bajty pro sůl: { $problem }

## Merging versions of a customer file (src/book/merge.rs, document.rs)

merge-invalid-toml = { $side } není platný TOML: { $message }
merge-base = základní verze
merge-ours = naše verze
merge-theirs = jejich verze
merge-result-invalid = sloučený soubor by nebyl platný TOML ({ $message })
merge-nested = { $side } má tabulku `{ $table }` uvnitř sekce, kterou rapport neslučuje po polích
merge-value-and-table = `{ $key }` je v jedné verzi zapsán jako hodnota a v jiné jako tabulka
document-layout = rapport nedokáže při úpravě zachovat rozvržení tohoto souboru (klíče s tečkou jedné tabulky zapsané odděleně, např. `a.x` … `b` … `a.y`): dejte je k sobě, nebo soubor změňte pomocí `rapport edit`

## git (src/git): commands and commit messages stay as written

git-not-utf8-version = jedna z verzí není platné UTF-8
git-could-not-run = nepodařilo se spustit `{ $command }`: { $problem }
git-merge-file-failed = `git merge-file` selhal ({ $status })
git-failed = `git { $command }` selhal: { $problem }
git-history-not-in-git = { $dir } není v repozitáři gitu: historie zákazníka se čte z gitu
git-history-not-in-git-hint = dejte knihu do gitu (`git init`) a v rapport.toml nastavte git = "commit", aby se každá změna zapsala do commitu
git-output-not-utf8 = výstup není UTF-8
git-exit-status = návratový kód { $status }
git-not-in-repo = rapport.toml uvádí git = "commit", ale { $dir } není v repozitáři gitu (nebo git není nainstalován): změna je zapsána, ale ne v commitu; spusťte tam `git init`, nebo nastavte git = "off"
git-not-committed = změna je zapsána, ale ne v commitu: { $problem }; zapište ji pomocí `{ $command }`
git-path-list = nelze zapsat seznam cest: { $problem }

## Customer lifetime value (src/stats): model and parameter names stay as written

clv-too-few =
    model { $model } potřebuje aspoň { $needed ->
        [one] { $needed } opakovaného kupujícího
        [few] { $needed } opakované kupující
       *[other] { $needed } opakovaných kupujících
    } ({ $which }); kniha jich má { $found }
clv-which-repeat = zákazníci s nákupy ve dvou či více dnech
clv-which-positive-spend = zákazníci s nákupy ve dvou či více dnech a kladnou průměrnou útratou
clv-invalid-summary = souhrn zákazníka č. { $index } je neplatný: { $reason }
clv-unidentified = odhad modelu { $model } nedokáže určit { $parameter }: { $detail }; data možná obsahují příliš málo opakovaných kupujících nebo jsou si příliš podobní
clv-not-converged = odhad modelu { $model } nekonvergoval po { $iterations } iteracích: { $reason }
clv-rising-to-infinity = věrohodnost stále roste směrem k nekonečnu (hledání dosáhlo { $reached })
clv-rising-to-zero = věrohodnost stále roste směrem k nule (hledání dosáhlo { $reached })
clv-hessian = Hessova matice v optimu není pozitivně definitní
clv-uncertain = jeho odhad { $estimate } je nejistý o faktor e^{ $factor } oběma směry (jedna směrodatná chyba)
clv-not-finite = x, t_x a T musí být konečné (x = { $x }, t_x = { $t_x }, T = { $t })
clv-negative = x = { $x } je záporné
clv-t-x-range = t_x = { $t_x } musí ležet mezi 0 a T = { $t }
clv-not-finite-at-start = účelová funkce není v počátečním bodě konečná
clv-no-step = žádný krok z aktuálního bodu účelovou funkci nesnižuje
clv-newton = žádná konvergence během { $count } Newtonových iterací
clv-holdout = kontrolní období musí skončit po kalibračním období: { $until } není po { $today }

## rapport.toml: [deal_probabilities], [surveys.NAME], [owners]

settings-probabilities-table = `deal_probabilities` musí být tabulka fáze = pravděpodobnost, například { $example }
settings-probability-number = `deal_probabilities.{ $stage }` musí být číslo od 0 do 1 (0.25 je 25 %)
settings-probability-closed = `deal_probabilities.{ $stage }`: obchod ve fázi { $stage } je uzavřený; uveďte jen otevřené fáze obchodů
settings-probability-not-a-stage = `deal_probabilities.{ $stage }`: `{ $stage }` není žádná z deal_stages knihy ({ $stages })
settings-surveys-table = `surveys` musí být tabulka [surveys.NAME]
settings-survey-name = název průzkumu `{ $name }` smí obsahovat jen malá písmena, číslice a pomlčky (podle něj se jmenuje soubor surveys/{ $name }.toml)
settings-survey-table = [surveys.{ $name }] musí být tabulka s `method`
settings-survey-method = [surveys.{ $name }]: `method` je `{ $method }`; musí být "kano" nebo "servqual"
settings-survey-columns = [surveys.{ $name }]: `columns` musí být tabulka "header" = "key"
settings-survey-column-key = [surveys.{ $name }]: klíč sloupce `{ $key }` není žádný z F:<feature>, D:<feature>, E<n>, P<n>, W:<dimension>, { $special }
settings-survey-dimensions = [surveys.{ $name }.dimensions] musí být tabulka dimension = [items]
settings-survey-dimension-items = [surveys.{ $name }.dimensions]: `{ $dimension }` musí být seznam čísel položek (1, 2, …)
settings-survey-unknown-key = neznámý klíč `{ $key }` v [surveys.{ $name }]
settings-survey-keys = průzkum přijímá `method`, `columns` a `dimensions`
settings-survey-needs-method = [surveys.{ $name }] potřebuje `method`: "kano" nebo "servqual"
settings-owners-table = `owners` musí být tabulka e-mailových adres: [owners] s anna = ["anna@firm.lv"]
settings-owner-list = `owners.{ $owner }` musí být seznam e-mailových adres
settings-owner-not-an-address = `owners.{ $owner }`: `{ $text }` není e-mailová adresa
settings-owner-twice = `owners`: `{ $address }` je uvedena u `{ $other }` i u `{ $owner }`

## Surveys (src/survey, src/book/surveys.rs)

survey-wrong-method = průzkum `{ $name }` je průzkum { $method }, ne { $wanted }
survey-not-declared = v rapport.toml není průzkum `{ $name }`
survey-declare-it = deklarujte jej jako [surveys.NAME] s method = "kano" nebo "servqual"
survey-none = v rapport.toml není průzkum { $method }
survey-declare-one = deklarujte průzkum jako [surveys.NAME] s method = "{ $method }"
survey-several = rapport.toml deklaruje několik průzkumů { $method }; vyberte jeden: { $names }
survey-file-not-utf8 = { $file }: není v UTF-8

## Mail import (import --mail): the summary, the mailbox's problems.
## $at is FILE:LINE; $number a message's place in an mbox.
mail-summary-dry-run = { $name } (zkušební běh, nic nezapsáno): k přidání { $appended } { $appended ->
    [one] e-mail
    [few] e-maily
   *[other] e-mailů
} u { $customers } { $customers ->
    [one] zákazníka
   *[other] zákazníků
}, již existujících: { $already }
mail-summary-nothing = import { $name }: nic nového, nic nezapsáno; již existujících e-mailů: { $already }
mail-summary-done = import { $name }: { $appended } { $appended ->
    [one] e-mail přidán
    [few] e-maily přidány
   *[other] e-mailů přidáno
} u { $customers } { $customers ->
    [one] zákazníka
   *[other] zákazníků
}, již existujících: { $already }
mail-created = ; { $count ->
    [one] vytvořen { $count } nový potenciální zákazník (lead)
    [few] vytvořeni { $count } noví potenciální zákazníci (lead)
   *[other] vytvořeno { $count } nových potenciálních zákazníků (lead)
}
mail-created-dry-run = ; { $count ->
    [one] byl by vytvořen { $count } nový potenciální zákazník (lead)
    [few] byli by vytvořeni { $count } noví potenciální zákazníci (lead)
   *[other] bylo by vytvořeno { $count } nových potenciálních zákazníků (lead)
}
mail-copies = ; přeskočené kopie již viděných zpráv: { $count }
mail-unmatched = ; { $count } { $count ->
    [one] adresa neodpovídá
    [few] adresy neodpovídají
   *[other] adres neodpovídá
} žádnému zákazníkovi
mail-unmatched-messages = { " " }a { $count } { $count ->
    [one] zpráva nepatří
    [few] zprávy nepatří
   *[other] zpráv nepatří
} vůbec žádnému zákazníkovi
mail-unmatched-hint = : --list-unmatched vypíše adresy, --create je přidá jako potenciální zákazníky
mail-no-email-kind = tato kniha nemá druh kontaktu `{ $kind }`: zprávy nelze zaznamenat
mail-no-email-kind-hint = přidejte "email" do `interaction_kinds` v rapport.toml
mail-create-needs-owners = --create vyžaduje vlastní adresy firmy v sekci [owners] v rapport.toml, jinak by jako potenciální zákazníky přidal i vaše vlastní zaměstnance
mail-create-needs-owners-hint = přidejte např. `[owners]` s `anna = ["anna@firm.lv"]` a pomocí --list-unmatched se podívejte, kdo by byl přidán
mail-bad-messages = { $name }: { $count } { $count ->
    [one] chybná zpráva
    [few] chybné zprávy
   *[other] chybných zpráv
}; nic nebylo zapsáno
mail-bad-messages-hint = opravte nebo odstraňte uvedené zprávy a importujte znovu; --dry-run schránku zkontroluje, aniž by cokoli zapsal
mail-shared-email = e-mail `{ $email }` patří několika zákazníkům ({ $ids }): jeho zprávy se zaznamenají u každého
mail-undated = { $location }: zpráva nemá čitelnou hlavičku Date; přeskočena
mail-customers-unreadable = zákazníky zpráv z { $name } nelze načíst; nic nebylo zapsáno
mail-no-headers = nejde o e-mailovou zprávu: nemá hlavičky
mail-no-from-date-id = nejde o e-mailovou zprávu: nemá hlavičku From, Date ani Message-ID
mail-cut-off-multipart = zpráva je useknutá: její multipart tělo se nikde neuzavírá (chybí `{ $closing }`); soubor je nejspíš zkrácený
mail-folder-empty = { $name }: žádné zprávy: složka není Maildir (s cur/ a new/) ani neobsahuje soubory .eml
mail-give-a-mailbox = zadejte soubor mbox, složku Maildir, složku se soubory .eml nebo jednu zprávu
mail-not-a-message = { $at }: nejde o e-mailovou zprávu: její první řádek není hlavička (`Name: value`) ani `From ` na začátku mboxu
mail-mbox-cut-line = { $at }: mbox končí uprostřed řádku: je nejspíš useknutý ({ $number }. zpráva není celá)
mail-copy-again = zkopírujte schránku znovu (nebo ze zálohy); nic nebylo importováno
mail-no-header-start = { $at }: { $number }. zpráva nezačíná hlavičkou (`Name: value`)
mail-no-header-start-hint = řádek těla začínající `From ` po prázdném řádku se čte jako začátek nové zprávy; mbox jej zapisuje jako `>From `
mail-headers-never-end = { $at }: { $number }. zpráva je useknutá: její hlavičky nikde nekončí (mbox je nejspíš zkrácený)

## vCard import (import --vcard). $line is a line number.
vcard-folder-empty = { $path }: složka neobsahuje žádný soubor .vcf
vcard-files = { $count } { $count ->
    [one] soubor
    [few] soubory
   *[other] souborů
}
vcard-problems = { $what }: { $count } { $count ->
    [one] problém
    [few] problémy
   *[other] problémů
}; nic nebylo zapsáno
vcard-problems-hint = opravte nebo odstraňte uvedené vizitky a importujte znovu; --dry-run je zkontroluje, aniž by cokoli zapsal
vcard-none = { $files }: neobsahuje žádnou vCard (žádný řádek BEGIN:VCARD)
vcard-binary = binární data (znak { $char }): toto není soubor vCard
vcard-no-end-next = vizitce chybí END:VCARD (další vizitka začíná na řádku { $line })
vcard-end-without-begin = END:VCARD bez BEGIN:VCARD
vcard-outside = text mimo vizitku (vCard začíná řádkem BEGIN:VCARD)
vcard-no-end-eof = vizitce chybí END:VCARD (soubor končí na řádku { $line }): není soubor zkrácený?
vcard-unreadable = vizitku nelze přečíst: { $why }
vcard-no-name = vizitka nemá jméno (chybí FN i N): doplňte řádek FN
vcard-other-emails = další e-mailové adresy ({ $count }) uloženy v poli fields.other_emails (e-mail zákazníka je první, případně preferovaný, z vizitky)
vcard-other-phones = další telefonní čísla ({ $count }) uložena v poli fields.other_phones (telefon zákazníka je první, případně preferovaný, z vizitky)
