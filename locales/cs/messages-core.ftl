# Messages on stderr: errors, warnings and notes of the book, model, query and git layers.
# Ids are dotted in the code (`model.invalid-toml`), written with `-` here.


## The words of every message: error, warning, hint

diag-error = chyba
diag-warning = varování
diag-hint = tip
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
