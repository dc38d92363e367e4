# Messages on stderr: errors, warnings and notes of import/export and the commands.

## Záznamy zákazníka určené adresou (obchody, požadavky podpory): $what je `deal` nebo `case`.
entry-ambiguous = { $address } odpovídá { $count } { $what ->
    [deal] { $count ->
        [one] obchodu
       *[other] obchodům
    }
   *[case] { $count ->
        [one] požadavku podpory
       *[other] požadavkům podpory
    }
}
entry-ambiguous-hint = jsou to: { $entries }; opravte soubor pomocí `rapport edit { $id }`
entry-several-open = { $id } má { $count } { $what ->
    [deal] { $count ->
        [one] otevřený obchod
        [few] otevřené obchody
       *[other] otevřených obchodů
    }
   *[case] { $count ->
        [one] otevřený požadavek podpory
        [few] otevřené požadavky podpory
       *[other] otevřených požadavků podpory
    }
}; upřesněte který
entry-one-of = jeden z: { $entries }
entry-no-such = { $id } nemá { $what ->
    [deal] obchod
   *[case] požadavek podpory
} `{ $wanted }`
entry-none-open = { $id } nemá žádný otevřený { $what ->
    [deal] obchod
   *[case] požadavek podpory
}
entry-none-at-all = { $id } nemá vůbec žádný { $what ->
    [deal] obchod
   *[case] požadavek podpory
}
entry-its = jeho { $what ->
    [deal] obchody
   *[case] požadavky podpory
}: { $entries }
entry-did-you-mean-its = mysleli jste { $address }? jeho { $what ->
    [deal] obchody
   *[case] požadavky podpory
}: { $entries }

## Co úprava změnila: $field je název pole.
change-removed = { $field } odstraněno

## deal
deal-stage-did-you-mean = mysleli jste `{ $near }`? (fáze obchodů: { $stages })
deal-stages-add = fáze obchodů: { $stages }; pokud je fáze nová, přidejte ji do deal_stages v rapport.toml
deal-not-a-stage = `{ $stage }` není fáze obchodu v této knize
deal-empty-title = název obchodu nesmí být prázdný
deal-no-stages = kniha nemá deal_stages; zadejte fázi pomocí --stage
deal-expected-before-opened = --expected je před otevřením obchodu ({ $opened })
deal-title-no-key = název `{ $title }` neobsahuje žádné písmeno ani číslici, z nichž by šel vytvořit klíč obchodu
deal-title-no-key-hint = dejte mu název, který říká, co se prodává: `rapport deal add ID 'Website redesign'`
deal-added = { $address }: přidán obchod „{ $title }“ ({ $stage })
deal-added-value = { $address }: přidán obchod „{ $title }“ ({ $stage }, { $value })
deal-was-closed = { $address } je uzavřen jako { $stage }
deal-was-closed-on = { $address } je uzavřen jako { $stage } dne { $day }
deal-reopen-hint = uzavřený obchod přesunete s --reopen: `{ $command }`
deal-date-before-opened = --date: { $day } je před otevřením { $address } ({ $opened })
deal-already = { $address } už je { $stage }; nic se nezměnilo

## Progress
progress-working = pracuji
progress-reading-rows = čtu řádky
progress-checking-rows = kontroluji řádky
progress-building-files = sestavuji soubory
progress-writing-files = zapisuji soubory
progress-reading-customers = čtu zákazníky
progress-checking-customers = kontroluji zákazníky
progress-reading-messages = čtu zprávy

## import
import-customers-done = import { $name }: vytvořeno { $created }, aktualizováno { $updated }, beze změny { $unchanged }, přeskočeno { $skipped }
import-customers-dry-run = { $name } (zkušební běh, nic nezapsáno): bylo by vytvořeno { $created }, aktualizováno { $updated }, beze změny { $unchanged }, přeskočeno { $skipped }
import-companies = ; z vytvořených { $count ->
    [one] je { $count } firma uvedená
    [few] jsou { $count } firmy uvedené
   *[other] je { $count } firem uvedených
} ve sloupci company
import-entries-dry-run = { $name } (zkušební běh, nic nezapsáno): k přidání { $appended } { $what ->
    [deal] { $appended ->
        [one] obchod
        [few] obchody
       *[other] obchodů
    }
   *[interaction] { $appended ->
        [one] kontakt
        [few] kontakty
       *[other] kontaktů
    }
}, již existujících: { $skipped }
import-entries-done = import { $name }: { $appended } { $what ->
    [deal] { $appended ->
        [one] obchod přidán
        [few] obchody přidány
       *[other] obchodů přidáno
    }
   *[interaction] { $appended ->
        [one] kontakt přidán
        [few] kontakty přidány
       *[other] kontaktů přidáno
    }
} u { $customers } { $customers ->
    [one] zákazníka
   *[other] zákazníků
}, již existujících: { $skipped }
import-declined = nic nebylo importováno: nic se nezměnilo
import-date-order = sloupec `{ $column }` { $why }; určete pořadí pomocí --date-format '%d/%m/%Y' (nejdřív den) nebo --date-format '%m/%d/%Y' (nejdřív měsíc)
import-no-column = { $name }: žádný sloupec neobsahuje { $fields }; sloupce jsou: { $columns }
import-no-column-hint = přiřaďte jeden pomocí { $map }
import-columns = sloupce: { $columns }
import-columns-none = žádné
import-column-else = (jinak `{ $column }`)
import-not-imported = neimportováno: { $columns }; přiřaďte sloupec pomocí --map 'Column=field', nebo takové sloupce ponechte pomocí --keep-unmapped
import-kept-column = `{ $column }` jako { $field }
import-kept-custom = ponecháno jako vlastní pole (text, pokud nejsou deklarována v rapport.toml): { $columns }
import-kept-extra = ponecháno jako další klíče (text): { $columns }
import-erased = `{ $key }` obsahuje { $what ->
    [phone] telefon
   *[e-mail] e-mail
} osoby vymazané pomocí `rapport forget`; znovu se neukládá
import-unknown-values = sloupec `{ $column }` obsahuje { $count } { $count ->
    [one] hodnotu, která není
    [few] hodnoty, které nejsou
   *[other] hodnot, které nejsou
} mezi { $what ->
    [stages] fázemi
    [kinds] druhy (person nebo company)
    [interaction-kinds] druhy kontaktů
    [deal-stages] fázemi obchodů
   *[values] hodnotami pole { $field }
} této knihy ({ $allowed }):
import-also-on = (také { $lines })
import-map-values = přiřaďte každou hodnotu, např. { $maps }
import-map-values-or-add = přiřaďte každou hodnotu, např. { $maps }, nebo je přidejte do `{ $setting }` v rapport.toml
import-refused = { $name } nelze importovat; nic nebylo zapsáno
import-bad-rows = { $name }: { $count } { $count ->
    [one] chybný řádek
    [few] chybné řádky
   *[other] chybných řádků
}; nic nebylo zapsáno
import-bad-rows-hint = opravte nebo odstraňte uvedené řádky a importujte znovu; --dry-run soubor zkontroluje, aniž by cokoli zapsal
import-match-for-customers = --match a --on-match platí pro zákazníky; kontakty a obchody najdou svého zákazníka podle sloupce `customer` (id) nebo `email`

## Řádky vstupu uvedené v problému.
problems-line = řádek { $line }
problems-lines = řádky { $lines }
problems-lines-more = řádky { $lines } a { $more } dalších

## import: problémy řádku
import-ragged = řádek má { $count } { $count ->
    [one] buňku
    [few] buňky
   *[other] buněk
}, ale záhlaví { $want }
import-id-twice = id `{ $id }` je také na řádku { $line }
import-email-twice = e-mail `{ $email }` je také na řádku { $line }
import-email-several = e-mail `{ $email }` patří několika zákazníkům ({ $ids }); zadejte id pomocí --match id
import-email-other-id = e-mail patří `{ $owner }`, ale sloupec id říká `{ $id }`; id se nikdy nemění
import-email-taken = e-mail `{ $email }` už patří `{ $owner }`; chcete-li jej aktualizovat, importujte s --match email
import-id-taken = id `{ $id }` už má zákazník s jiným e-mailem
import-matches = odpovídá zákazníkovi `{ $id }`, který už v knize je; pro změnu importujte s --on-match update, nebo s --on-match skip
import-name-empty = jméno je prázdné; každý zákazník potřebuje jméno
import-company-ambiguous = firma `{ $company }` může být kterákoli z { $ids }; napište její id do sloupce company
import-matches-unreadable = odpovídá `{ $id }`, jehož soubor nelze přečíst: { $why }
import-formula = sloupec `{ $column }` obsahuje vzorec tabulkového procesoru `{ $formula }`; rapport importuje hodnoty, ne vzorce
import-too-large = `{ $text }` je příliš velké
import-not-a-number = `{ $text }` není číslo
import-not-boolean = sloupec `{ $column }`: `{ $text }` není true ani false
import-not-a-score = sloupec `{ $column }`: { $score } není hodnocení od { $low } do { $high }

## Data importovaného souboru
dates-mixed = míchá data se dnem na začátku (řádek { $line1 }: `{ $value1 }`) s daty s měsícem na začátku (řádek { $line2 }: `{ $value2 }`)
dates-undecided = obsahuje data jako `{ $value }` (řádek { $line }), která lze číst jako den/měsíc i měsíc/den, a žádná hodnota nad 12 na žádném místě nerozhoduje
dates-either-order = `{ $text }` lze číst jako den/měsíc i měsíc/den; zadejte --date-format
dates-four-digit-year = `{ $text }`: napište rok čtyřmi číslicemi
dates-no-month = `{ $text }` není datum: měsíc { $month } neexistuje
dates-no-day = `{ $text }` není datum: ten měsíc nemá den { $day }
dates-not-a-date = `{ $text }` není datum (napište 2024-03-01, 01.03.2024, nebo zadejte --date-format)

## Společné pro příkazy
cmd-did-you-mean = mysleli jste `{ $name }`?

## import: záznamy (kontakty, obchody); $field je název pole.
import-no-customer = žádný zákazník: řádek potřebuje id zákazníka (sloupec `customer`) nebo e-mail
import-empty = pole { $field } je prázdné
import-resolved-before = sloupec `{ $column }`: vyřešeno před datem
import-no-such-customer = v této knize není zákazník `{ $id }`
import-email-several-entries = e-mail `{ $email }` patří několika zákazníkům ({ $ids }); zadejte id ve sloupci `customer`
import-no-email = v této knize není zákazník s e-mailem `{ $email }`
import-file-unreadable = soubor `{ $id }` nelze přečíst: { $why }
import-ref-twice = odkaz `{ $reference }` u `{ $id }` je také na řádku { $line }

## --map: který sloupec jde do kterého pole
map-write-column-field = --map `{ $spec }`: napište 'Column=field'
map-no-column = --map `{ $spec }`: soubor nemá sloupec `{ $column }`
map-its-columns = jeho sloupce: { $columns }
map-fields = pole: { $fields }
map-not-a-field = --map `{ $spec }`: `{ $target }` není pole, které zde rapport importuje
map-both = --map: sloupce `{ $first }` i `{ $second }` jdou do `{ $target }`
map-read-where-empty = čte se, kde je `{ $column }` prázdný
map-comes-from = `{ $target }` pochází ze sloupce `{ $column }`
map-name-taken = jeho název `{ $name }` je obsazen

## Vstupní soubor importu
source-unknown-encoding = --encoding: `{ $label }` není kódování, které rapport zná
source-encodings = například windows-1257 (pobaltské), windows-1250 (středoevropské), windows-1251 (cyrilice), latin1 (západoevropské), utf-16
source-not-valid = soubor není platné { $encoding }
source-name-encoding = uveďte kódování souboru pomocí --encoding: windows-1257 (pobaltské), windows-1250 (středoevropské), windows-1251 (cyrilice), latin1 (západoevropské)
source-check-encoding = zkontrolujte --encoding, nebo soubor uložte jako UTF-8
source-empty = soubor je prázdný; import CSV potřebuje řádek záhlaví s názvy sloupců
source-delimiter = --delimiter: `{ $text }` není jeden znak (použijte `,`, `;`, `|` nebo `tab`)

## export
export-no-column = --columns: sloupec `{ $column }` neexistuje
export-columns = sloupce: { $columns }

## Otázky před zápisem; $what je příkaz, který se ptá: set, merge nebo import.
confirm-many = { $what ->
    [merge] sloučit: změnit
    [import] importovat: zapsat
   *[set] změnit
} { $count } { $count ->
    [one] zákazníka
    [few] zákazníky
   *[other] zákazníků
}?
confirm-nothing-changed = nic se nezměnilo

## forget
forget-needs-yes = bez --yes mimo terminál nic nevymažu
forget-question = vymazat `{ $id }`: natrvalo odstranit osobní údaje?
forget-nothing-erased = nic nebylo vymazáno
forget-erased = vymazáno `{ $id }`: odstraněn { $file }
forget-suppressed = solené otisky e-mailu a telefonu přidány do { $file }: pozdější import je přeskočí
forget-already-suppressed = e-mail a telefon už byly v { $file }
forget-nothing-to-suppress = osoba neměla e-mail ani telefon k zablokování
forget-company-removed = `{ $setting }` odstraněno z { $ids }
forget-kept-purchases = { $count ->
    [one] ponechán { $count } nákup
    [few] ponechány { $count } nákupy
   *[other] ponecháno { $count } nákupů
}, jen data a částky, jako anonymní zákazník `{ $id }`
forget-purge = historie gitu stále obsahuje { $path } a zprávy commitů zmiňující `{ $id }`. Chcete-li je odstranit ze všech commitů, v { $top }:
forget-purge-filter-branch = nebo bez git-filter-repo (ponechá `{ $id }` ve starých verzích souborů jiných zákazníků, např. v odkazu `company`):
forget-purge-then = pak proveďte force-push všech větví a značek a nechte každý klon naklonovat znovu; kopie obsahují i dříve pořízené zálohy a exporty.

## log
log-already-logged = `{ $reference }` už je zaznamenán u { $id } ({ $date } { $kind })
log-before-created = { $id } byl vytvořen { $created }, až po tomto kontaktu { $kind } z { $date }: přehledy počítají jeho historii od `created`
log-before-created-hint = pokud byl { $id } vaším zákazníkem už dříve, spusťte `{ $command }`
log-logged = { $id }: zaznamenán { $kind } z { $date }
log-stage-by-set = změny fáze se zaznamenávají pomocí `rapport set ID stage=…`
log-deal-by-deal = posuny obchodů se zaznamenávají pomocí `rapport deal move|won|lost`
log-kind-did-you-mean = mysleli jste `{ $near }`? (interaction_kinds: { $kinds })
log-kinds-add = interaction_kinds v rapport.toml: { $kinds }; chcete-li `{ $kind }` použít, přidejte jej tam
log-not-a-kind = `{ $kind }` není druh kontaktu v této knize
log-purchase-in-future = --date: { $date } je po dnešku ({ $today }); nákup se zaznamenává, až proběhne
log-purchase-in-future-hint = naplánujte jej pomocí `rapport set ID next.date=… next.action=…`, nebo jej přesto zaznamenejte s --future
log-in-future = --date: { $date } je po dnešku ({ $today }); zaznamenáno, jak bylo zadáno
log-not-a-score = { $flag }: { $score } není hodnocení od { $low } do { $high }
log-resolved-before-date = --resolved je před --date

## merge
merge-cannot = `{ $other }` nelze sloučit do `{ $keep }`: { $why }
merge-cannot-hint = sjednoťte oba soubory pomocí `rapport edit` a slučte znovu
merge-kept-ours = ponecháno { $setting } z `{ $keep }`; `{ $other }` měl { $theirs }
merge-added = { $count } { $key ->
    [interactions] { $count ->
        [one] kontakt
        [few] kontakty
       *[other] kontaktů
    }
    [deals] { $count ->
        [one] obchod
        [few] obchody
       *[other] obchodů
    }
   *[other] { $key }
} z `{ $other }`
merge-unreadable = sloučený záznam by nebyl čitelný ({ $why }); nic se nezměnilo
merge-merged = { $ids } sloučeno do `{ $keep }`
merge-companies = { $count ->
    [one] { $count } zákazník nyní uvádí
    [few] { $count } zákazníci nyní uvádějí
   *[other] { $count } zákazníků nyní uvádí
} `{ $keep }` jako svou firmu

## case
case-no-support = tato kniha nemá `support` v interaction_kinds; chcete-li vést požadavky, přidejte jej do rapport.toml
case-empty-summary = popis požadavku nesmí být prázdný
case-not-a-priority = --priority: `{ $priority }` není priorita
case-priorities = priority: { $priorities }
case-ref-slash = --ref nesmí obsahovat `/` (ukončuje zákaznickou část adresy)
case-opened = { $address }: otevřen požadavek podpory „{ $summary }“
case-opened-due = { $address }: otevřen požadavek podpory „{ $summary }“, termín { $due }
case-was-resolved = { $address } byl vyřešen { $day }
case-was-resolved-hint = chcete-li změnit čas, upravte soubor: `rapport edit { $id }`
case-date-before-opened = --date: { $day } je před otevřením požadavku ({ $opened })
case-within-sla = v rámci SLA
case-past-sla = po termínu SLA (termín byl { $due })
case-none-open = žádný otevřený požadavek podpory

## done
done-date-in-future = --date { $date } je po dnešku ({ $today }): zaznamenejte, co už se stalo
done-next-in-past = --next { $day } je před dneškem ({ $today }): další připomínku plánujte dopředu
done-next-no-action = --next DATUM ÚKON: úkon je prázdný
done-next-two = --next vyžaduje datum a úkon
done-nothing-planned = u { $id } není nic naplánováno: nemá [next]
done-nothing-planned-hint = zaznamenejte, co se stalo, pomocí `rapport log { $id } KIND`, nebo naplánujte připomínku pomocí `rapport set { $id } next.date=DATE next.action=…`
done-next = další: { $day } { $action }
done-nothing-next = nic dalšího není naplánováno
done-logged = { $id }: zaznamenán { $kind } „{ $summary }“; { $planned }
done-no-default-kind = tato kniha nemá druh kontaktu `{ $kind }`: zadejte druh pomocí --kind
done-kinds = interaction_kinds: { $kinds }

## segment
segment-name-one = zadejte segment, nebo použijte `segment list` či `segment --by FIELD`
segment-define = segmenty definujte v sekci [segments] v rapport.toml, např. vip = "revenue >= 10000"
segment-names = segmenty jsou { $names }
segment-reserved = segment `{ $name }` má stejný název jako `rapport segment { $name }`; vypište jej pomocí `rapport query 'segment = { $name }'`
segment-none = žádné segmenty: definujte je v sekci [segments] v rapport.toml
segment-by-columns = --columns neplatí pro `segment --by`: ten ukazuje pole, zákazníky a tržby

## check
check-summary = { $files ->
    [one] zkontrolován { $files } soubor zákazníka
    [few] zkontrolovány { $files } soubory zákazníků
   *[other] zkontrolováno { $files } souborů zákazníků
}: { $errors } { $errors ->
    [one] chyba
    [few] chyby
   *[other] chyb
}, { $warnings } varování
check-no-book = kniha nenalezena
check-company-unknown = `company` uvádí `{ $company }`, který není zákazníkem této knihy
check-company-unknown-hint = company obsahuje id záznamu firmy
check-control = { $what } obsahuje řídicí znak { $code }; rapport jej zobrazuje jako { $shown }
check-control-hint = odstraňte jej: terminál nebo program, který jej vypíše nezměněný, jej může provést jako příkaz (escape sekvenci)
check-the-key = klíč `{ $key }`
check-recovered = dokončen import přerušený při přejmenovávání souborů: { $count ->
    [one] ještě { $count } soubor přesunut
    [few] ještě { $count } soubory přesunuty
   *[other] ještě { $count } souborů přesunuto
} na místo
check-temporary-removed = { $count ->
    [one] odstraněn { $count } dočasný soubor
    [few] odstraněny { $count } dočasné soubory
   *[other] odstraněno { $count } dočasných souborů
} po přerušeném zápisu; soubory zákazníků jsou celé

## init
init-registered-again = { $dir } už je kniha; ovladač slučování zaregistrován v konfiguraci gitu { $top }
init-gitattributes = chybějící řádky přidány do .gitattributes; commitněte jej
init-already = { $dir } už je kniha: obsahuje rapport.toml
init-created = vytvořena kniha `{ $name }` v { $dir }
init-registered = ovladač slučování souborů zákazníků zaregistrován v konfiguraci gitu { $top }
init-register-later = až bude kniha v gitu, zaregistrujte v něm její ovladač slučování pomocí `{ $command }` (nebo v ní znovu spusťte `rapport init`)

## edit
edit-not-utf8 = upravený soubor není platné UTF-8; { $file } se nezměnil
edit-open-again = soubor obsahuje chyby; otevřít znovu?
edit-not-changed = { $file } se nezměnil; vaše úprava je uložena v { $copy }
edit-no-changes = žádné změny
edit-changed-meanwhile = { $file } se změnil, zatímco jste jej upravovali; vaše úprava je uložena v { $copy }
edit-changed-meanwhile-hint = porovnejte obě verze a pak znovu spusťte `rapport edit`
edit-cannot-start = editor `{ $editor }` nelze spustit: { $why }
edit-editor-failed = editor `{ $editor }` selhal ({ $status }); nic se nezměnilo

## add
add-empty-name = jméno nesmí být prázdné
add-exists = zákazník `{ $id }` už existuje
add-exists-hint = zvolte jiné --id, nebo jej vynechte a id se očísluje
add-write-assignment = { $flag }: napište { $form }
add-duplicate = `{ $id }` už má tento { $what ->
    [phone] telefon
   *[e-mail] e-mail
}
add-duplicate-hint = zobrazíte je pomocí `rapport show { $id }`; chcete-li přesto přidat druhý záznam, zadejte --allow-duplicate

## set
set-nothing = není co nastavit: za id napište KEY=VALUE
set-ids-or-where = zadejte buď id, nebo --where, ne obojí
set-no-customer = není zadán zákazník: napište `rapport set ID… KEY=VALUE…` nebo `rapport set --where EXPR KEY=VALUE…`
set-none-match = --where neodpovídá žádný zákazník; nic se nezměnilo
set-changed = { $count ->
    [one] změněn { $count } zákazník
    [few] změněni { $count } zákazníci
   *[other] změněno { $count } zákazníků
}
set-would-change = { $count ->
    [one] byl by změněn { $count } zákazník
    [few] byli by změněni { $count } zákazníci
   *[other] bylo by změněno { $count } zákazníků
}
set-already-so = ({ $count } už takto)

## undo
undo-nothing = není co vrátit: žádná operace není zaznamenána
undo-nothing-hint = rapport uchovává posledních 20 zápisů v .rapport/undo/
undo-undid = vráceno `{ $command }` ({ $time }): { $files }
undo-dry-run = zkušební běh: { $count ->
    [one] byl by zapsán { $count } soubor
    [few] byly by zapsány { $count } soubory
   *[other] bylo by zapsáno { $count } souborů
}; nic se nezměnilo

## timeline
timeline-until-before-since = --until ({ $until }) je před --since ({ $since })
timeline-nothing = od { $since } do { $until } se nic nestalo
timeline-kind-did-you-mean = mysleli jste `{ $near }`? (druhy: { $kinds })
timeline-kinds = druhy: { $kinds }
timeline-not-a-kind = --kind: `{ $kind }` není druh kontaktu v této knize

## show
show-no-match = žádný zákazník nemá id ani jméno s `{ $text }`
show-no-match-hint = `rapport query WORDS` najde zákazníky podle libovolné části jména
show-matches = `{ $text }` odpovídá { $count } { $count ->
    [one] zákazníkovi
   *[other] zákazníkům
}: { $customers }
show-matches-more = `{ $text }` odpovídá { $count } { $count ->
    [one] zákazníkovi
   *[other] zákazníkům
}: { $customers } a { $more } dalším
show-matches-hint = zadejte id, nebo více slov ze jména

## rm
rm-question = smazat { $count } { $count ->
    [one] zákazníka
    [few] zákazníky
   *[other] zákazníků
} ({ $ids })?
rm-needs-yes = bez --yes mimo terminál nic nesmažu
rm-nothing-deleted = nic nebylo smazáno
rm-deleted = smazán { $id }

## query, export --where
query-no-field = žádný zákazník nemá pole `{ $key }`, takže každá podmínka na něj je nepravdivá (`!=` pravdivá)
query-none = žádný zákazník neodpovídá

## history
history-none = git nemá žádnou historii `{ $id }`
history-check-id = zkontrolujte id; `rapport history` najde i smazané zákazníky
history-commit = commitněte knihu (nebo nastavte git = "commit" v rapport.toml)

## segment rfm
rfm-compare-not-before = --compare { $day } není před dneškem ({ $today }): porovnává dřívější den s dneškem
rfm-few = hodnoceno je jen { $count } { $count ->
    [one] zákazník
    [few] zákazníci
   *[other] zákazníků
}: hodnocení { $keys } podle kvintilů mezi tak málo zákazníky mnoho neříká; nastavte pevné hranice v sekci [rfm] v rapport.toml

## Ovladač slučování souborů zákazníků (git)
merge-driver-fell-back = { $why }; místo toho sloučeno po řádcích pomocí `git merge-file`
merge-driver-hunks = { $count } { $count ->
    [one] konfliktní blok
    [few] konfliktní bloky
   *[other] konfliktních bloků
}; obě verze jsou ponechány mezi značkami konfliktu
merge-driver-both-changed = obě strany změnily { $keys }; obě verze jsou ponechány mezi značkami konfliktu
merge-driver-hint = upravte soubor mezi <<<<<<< ours a >>>>>>> theirs a pak jej přidejte pomocí `git add`

## dupes: $reason je email, phone nebo name.
dupes-placeholder = { $count } { $count ->
    [one] zákazník sdílí
    [few] zákazníci sdílejí
   *[other] zákazníků sdílí
} { $reason ->
    [email] e-mail
    [phone] telefon
   *[name] jméno
} `{ $value }`; vynecháno jako zástupná hodnota, ne osoba

## export
export-unreadable = { $count } { $count ->
    [one] soubor zákazníka nelze přečíst a není exportován
    [few] soubory zákazníků nelze přečíst a nejsou exportovány
   *[other] souborů zákazníků nelze přečíst a nejsou exportovány
}

## report: chyby a varování příkazu
report-run-until-after-today = --until { $until } je po dnešku ({ $today }): přehled zahrnuje to, co se už stalo
report-run-until-after-today-hint = zadejte --today pro přehled k pozdějšímu dni
report-run-since-after-until = --since { $since } je po --until { $until }
clv-run-discount = --discount { $discount }: měsíční sazba od 0 do 1 (0.01 = 1 %)
clv-run-cannot-fit = modely CLV nelze na této knize odhadnout: { $why }
clv-run-imprecise = parametr { $parameter } modelu { $model } má směrodatnou chybu { $error }, větší než svou hodnotu: nákupy v knize jej téměř neurčují, takže předpovědi jsou nejisté
clv-run-horizon-form = --horizon `{ $text }`: napište celé měsíce nebo roky, např. 12m nebo 2y
clv-run-holdout-not-after = --holdout { $until } není po --today { $today }: kontrolní období je doba po nákupech, na nichž je model odhadnut
clv-run-holdout-not-after-hint = zadejte --today jako konec kalibračního období, např. --today 1997-09-30
clv-run-cannot-fit-until = model { $model } nelze odhadnout na nákupech do { $today }: { $why }
funnel-bar-on-to = { $entered } · { $share } dál do { $next }

## completions
completions-none = pro { $shell } neexistuje skript doplňování
forget-no-random = nelze získat náhodné bajty: { $why }

## Plán zkušebního běhu, řádek na soubor
undo-would-create = vytvořilo by se { $file }
undo-would-remove = odstranilo by se { $file }
undo-would-change = změnilo by se { $file }

## merge
merge-into-itself = `{ $id }` je záznam, který se ponechá; nelze jej sloučit sám se sebou

## import --survey

survey-import-column-not-asked = sloupec `{ $column }` obsahuje { $key }, na což se průzkum { $method } neptá
survey-import-no-answer-column = žádný sloupec neobsahuje odpověď na `{ $name }`: průzkum { $method } potřebuje sloupce `{ $first }` a `{ $second }` (nebo mapu `columns` v [surveys.{ $name }])
survey-import-no-respondent-column = chybí sloupec `email` nebo `id`, podle kterého se najde každý respondent; zadejte --anonymous, chcete-li odpovědi uložit bez zákazníků
survey-import-not-imported = { $file }: neimportováno (není sloupec průzkumu): { $columns }
survey-import-not-kano = sloupec `{ $column }`: `{ $cell }` není odpověď KANO (like, expect, neutral, tolerate, dislike nebo 1–5)
survey-import-not-rating = sloupec `{ $column }`: `{ $cell }` není hodnocení od 1 do 7
survey-import-not-points = sloupec `{ $column }`: `{ $cell }` není počet bodů od 0 do 100
survey-import-column-problem = sloupec `{ $column }`: { $problem }
survey-import-not-a-date = sloupec `{ $column }`: `{ $cell }` není datum (2026-03-14, 14.03.2026, 3/14/2026 …)
survey-import-not-a-score = sloupec `{ $column }`: `{ $cell }` není skóre od { $from } do { $to }
survey-import-only-functional = funkce `{ $feature }` má funkční odpověď, ale žádnou dysfunkční
survey-import-only-dysfunctional = funkce `{ $feature }` má dysfunkční odpověď, ale žádnou funkční
survey-import-weights = váhy (sloupce W:) dávají dohromady { $sum }, ne 100
survey-import-no-answer = žádná odpověď na průzkum `{ $name }`
survey-import-no-customer-email = v této knize není zákazník s e-mailem `{ $email }` (--create přidá respondenty jako potenciální zákazníky, --anonymous uloží jejich odpovědi bez zákazníka)
survey-import-no-customer-id = v této knize není zákazník `{ $id }`
survey-import-no-respondent = žádný e-mail ani id, podle kterého by se našel respondent
survey-import-anonymous-kept = { $count } { $count ->
    [one] anonymní odpověď uložena
    [few] anonymní odpovědi uloženy
   *[other] anonymních odpovědí uloženo
} v { $file }
survey-import-anonymous-would-keep = { $count } { $count ->
    [one] anonymní odpověď by byla uložena
    [few] anonymní odpovědi by byly uloženy
   *[other] anonymních odpovědí by bylo uloženo
} v { $file }

## report profile, import --map-value
import-map-value-form = --map-value `{ $spec }`: zapište 'field:Value=replacement', např. 'stage:Marketing Qualified Lead=lead'
profile-what = uveďte uložené segmenty, nebo zadejte --by FIELD či --rfm
profile-define-segments = definujte segmenty v sekci [segments] v rapport.toml, nebo použijte --by FIELD či --rfm
profile-the-segments = segmenty: { $names }
