# Messages on stderr: errors, warnings and notes of import/export and the commands.

## Ieraksti, ko nosaka adrese (darījumi, atbalsta pieteikumi): $what ir `deal` vai `case`.
entry-ambiguous = { $address } atbilst { $count } { $what ->
    [deal] { $count ->
        [one] darījumam
       *[other] darījumiem
    }
   *[case] { $count ->
        [one] atbalsta pieteikumam
       *[other] atbalsta pieteikumiem
    }
}
entry-ambiguous-hint = tie ir: { $entries }; izlabojiet failu ar `rapport edit { $id }`
entry-several-open = { $id } ir { $count } { $what ->
    [deal] { $count ->
        [one] atvērts darījums
       *[other] atvērti darījumi
    }
   *[case] { $count ->
        [one] atvērts atbalsta pieteikums
       *[other] atvērti atbalsta pieteikumi
    }
}; norādiet, kuru
entry-one-of = viens no: { $entries }
entry-no-such = { $id } nav { $what ->
    [deal] darījuma
   *[case] atbalsta pieteikuma
} `{ $wanted }`
entry-none-open = { $id } nav atvērta { $what ->
    [deal] darījuma
   *[case] atbalsta pieteikuma
}
entry-none-at-all = { $id } nav neviena { $what ->
    [deal] darījuma
   *[case] atbalsta pieteikuma
}
entry-its = tā { $what ->
    [deal] darījumi
   *[case] atbalsta pieteikumi
}: { $entries }
entry-did-you-mean-its = vai domājāt { $address }? tā { $what ->
    [deal] darījumi
   *[case] atbalsta pieteikumi
}: { $entries }

## Ko labojums mainīja: $field ir lauka nosaukums.
change-removed = { $field } noņemts

## deal
deal-stage-did-you-mean = vai domājāt `{ $near }`? (darījumu posmi: { $stages })
deal-stages-add = darījumu posmi: { $stages }; ja posms ir jauns, pievienojiet to deal_stages failā rapport.toml
deal-not-a-stage = `{ $stage }` nav šīs grāmatas darījuma posms
deal-empty-title = darījuma nosaukums nedrīkst būt tukšs
deal-no-stages = grāmatā nav deal_stages; norādiet posmu ar --stage
deal-expected-before-opened = --expected ir pirms darījuma atvēršanas ({ $opened })
deal-title-no-key = nosaukumā `{ $title }` nav neviena burta vai cipara, no kā veidot darījuma atslēgu
deal-title-no-key-hint = dodiet nosaukumu, kas saka, kas tiek pārdots: `rapport deal add ID 'Website redesign'`
deal-added = { $address }: pievienots darījums “{ $title }” ({ $stage })
deal-added-value = { $address }: pievienots darījums “{ $title }” ({ $stage }, { $value })
deal-was-closed = { $address } ir slēgts kā { $stage }
deal-was-closed-on = { $address } ir slēgts kā { $stage } { $day }
deal-reopen-hint = lai pārvietotu slēgtu darījumu, norādiet --reopen: `{ $command }`
deal-date-before-opened = --date: { $day } ir pirms { $address } atvēršanas ({ $opened })
deal-already = { $address } jau ir { $stage }; nekas nav mainīts

## Progress
progress-working = darbs notiek
progress-reading-rows = lasa rindas
progress-checking-rows = pārbauda rindas
progress-building-files = veido failus
progress-writing-files = raksta failus
progress-reading-customers = lasa klientus
progress-checking-customers = pārbauda klientus
progress-reading-messages = lasa vēstules

## import
import-customers-done = imports { $name }: { $created } { $created ->
    [one] izveidots
   *[other] izveidoti
}, { $updated } { $updated ->
    [one] atjaunināts
   *[other] atjaunināti
}, { $unchanged } { $unchanged ->
    [one] nemainīts
   *[other] nemainīti
}, { $skipped } { $skipped ->
    [one] izlaists
   *[other] izlaisti
}
import-customers-dry-run = { $name } (izmēģinājums, nekas nav ierakstīts): būtu { $created } { $created ->
    [one] izveidots
   *[other] izveidoti
}, { $updated } { $updated ->
    [one] atjaunināts
   *[other] atjaunināti
}, { $unchanged } { $unchanged ->
    [one] nemainīts
   *[other] nemainīti
}, { $skipped } { $skipped ->
    [one] izlaists
   *[other] izlaisti
}
import-companies = ; no izveidotajiem { $count } { $count ->
    [one] ir uzņēmums, kas nosaukts
   *[other] ir uzņēmumi, kas nosaukti
} kolonnā company
import-entries-dry-run = { $name } (izmēģinājums, nekas nav ierakstīts): { $what ->
    [deal] { $appended ->
        [one] tiktu pievienots { $appended } darījums
       *[other] tiktu pievienoti { $appended } darījumi
    }
   *[interaction] { $appended ->
        [one] tiktu pievienota { $appended } saskarsme
       *[other] tiktu pievienotas { $appended } saskarsmes
    }
}, jau ir: { $skipped }
import-entries-done = imports { $name }: { $appended } { $what ->
    [deal] { $appended ->
        [one] darījums pievienots
       *[other] darījumi pievienoti
    }
   *[interaction] { $appended ->
        [one] saskarsme pievienota
       *[other] saskarsmes pievienotas
    }
} { $customers } { $customers ->
    [one] klientam
   *[other] klientiem
}, jau bija: { $skipped }
import-declined = nekas nav importēts: nekas nav mainīts
import-date-order = kolonna `{ $column }` { $why }; norādiet secību ar --date-format '%d/%m/%Y' (vispirms diena) vai --date-format '%m/%d/%Y' (vispirms mēnesis)
import-no-column = { $name }: neviena kolonna nesniedz { $fields }; kolonnas ir: { $columns }
import-no-column-hint = piesaistiet kolonnu ar { $map }
import-columns = kolonnas: { $columns }
import-columns-none = nav
import-column-else = (citādi `{ $column }`)
import-not-imported = netika importēts: { $columns }; piesaistiet kolonnu ar --map 'Column=field' vai paturiet šādas kolonnas ar --keep-unmapped
import-kept-column = `{ $column }` kā { $field }
import-kept-custom = paturēts kā pielāgotie lauki (teksts, ja vien nav deklarēts rapport.toml): { $columns }
import-kept-extra = paturēts kā papildu atslēgas (teksts): { $columns }
import-erased = `{ $key }` satur { $what ->
    [phone] tālruni
   *[e-mail] e-pastu
} personai, kas dzēsta ar `rapport forget`; to vairs nesaglabā
import-unknown-values = kolonnā `{ $column }` ir { $count } { $count ->
    [one] vērtība, kas nav
   *[other] vērtības, kas nav
} starp šīs grāmatas { $what ->
    [stages] posmiem
    [kinds] veidiem (person vai company)
    [interaction-kinds] saskarsmju veidiem
    [deal-stages] darījumu posmiem
   *[values] lauka { $field } vērtībām
} ({ $allowed }):
import-also-on = (arī { $lines })
import-map-values = piesaistiet katru vērtību, piemēram, { $maps }
import-map-values-or-add = piesaistiet katru vērtību, piemēram, { $maps }, vai pievienojiet tās `{ $setting }` failā rapport.toml
import-refused = { $name } nevar importēt; nekas nav ierakstīts
import-bad-rows = { $name }: { $count } { $count ->
    [one] kļūdaina rinda
   *[other] kļūdainas rindas
}; nekas nav ierakstīts
import-bad-rows-hint = izlabojiet vai izņemiet uzskaitītās rindas un importējiet vēlreiz; --dry-run pārbauda failu, neko neierakstot
import-match-for-customers = --match un --on-match ir klientiem; saskarsmes un darījumi atrod savu klientu pēc kolonnas `customer` (id) vai `email`

## Ievades rindas, kas nosauktas problēmā.
problems-line = rinda { $line }
problems-lines = rindas { $lines }
problems-lines-more = rindas { $lines } un vēl { $more }

## import: rindas problēmas
import-ragged = rindā ir { $count } { $count ->
    [one] šūna
   *[other] šūnas
}, bet galvenē — { $want }
import-id-twice = id `{ $id }` ir arī rindā { $line }
import-email-twice = e-pasts `{ $email }` ir arī rindā { $line }
import-email-several = e-pasts `{ $email }` pieder vairākiem klientiem ({ $ids }); norādiet id ar --match id
import-email-other-id = e-pasts pieder `{ $owner }`, bet id kolonnā ir `{ $id }`; id nekad nemainās
import-email-taken = e-pasts `{ $email }` jau pieder `{ $owner }`; lai to atjauninātu, importējiet ar --match email
import-id-taken = id `{ $id }` jau ir klientam ar citu e-pastu
import-matches = atbilst klientam `{ $id }`, kas jau ir grāmatā; importējiet ar --on-match update, lai to mainītu, vai ar --on-match skip
import-name-empty = vārds ir tukšs; katram klientam vajag vārdu
import-company-ambiguous = uzņēmums `{ $company }` var būt jebkurš no { $ids }; ierakstiet tā id kolonnā company
import-matches-unreadable = atbilst `{ $id }`, kura failu nevar nolasīt: { $why }
import-formula = kolonnā `{ $column }` ir izklājlapas formula `{ $formula }`; rapport importē vērtības, nevis formulas
import-too-large = `{ $text }` ir par lielu
import-not-a-number = `{ $text }` nav skaitlis
import-not-boolean = kolonna `{ $column }`: `{ $text }` nav true vai false
import-not-a-score = kolonna `{ $column }`: { $score } nav vērtējums no { $low } līdz { $high }

## Importētā faila datumi
dates-mixed = jauc datumus ar dienu pirmajā vietā ({ $line1 }. rinda: `{ $value1 }`) ar datumiem ar mēnesi pirmajā vietā ({ $line2 }. rinda: `{ $value2 }`)
dates-undecided = satur datumus, piemēram, `{ $value }` ({ $line }. rinda), ko var lasīt kā diena/mēnesis vai mēnesis/diena, un neviena vērtība virs 12 nevienā vietā to neizšķir
dates-either-order = `{ $text }` var lasīt kā diena/mēnesis vai mēnesis/diena; norādiet --date-format
dates-four-digit-year = `{ $text }`: rakstiet gadu ar četriem cipariem
dates-no-month = `{ $text }` nav datums: nav { $month }. mēneša
dates-no-day = `{ $text }` nav datums: šajā mēnesī nav { $day }. datuma
dates-not-a-date = `{ $text }` nav datums (rakstiet 2024-03-01, 01.03.2024 vai norādiet --date-format)

## Komandām kopīgi
cmd-did-you-mean = vai domājāt `{ $name }`?

## import: ieraksti (saskarsmes, darījumi); $field ir lauka nosaukums.
import-no-customer = nav klienta: rindai vajag klienta id (kolonna `customer`) vai e-pastu
import-empty = lauks { $field } ir tukšs
import-resolved-before = kolonna `{ $column }`: atrisināts pirms datuma
import-no-such-customer = šajā grāmatā nav klienta `{ $id }`
import-email-several-entries = e-pasts `{ $email }` pieder vairākiem klientiem ({ $ids }); norādiet id kolonnā `customer`
import-no-email = šajā grāmatā nav klienta ar e-pastu `{ $email }`
import-file-unreadable = `{ $id }` failu nevar nolasīt: { $why }
import-ref-twice = `{ $id }` atsauce `{ $reference }` ir arī rindā { $line }

## --map: kura kolonna kuram laukam
map-write-column-field = --map `{ $spec }`: rakstiet 'Column=field'
map-no-column = --map `{ $spec }`: failā nav kolonnas `{ $column }`
map-its-columns = tā kolonnas: { $columns }
map-fields = lauki: { $fields }
map-not-a-field = --map `{ $spec }`: `{ $target }` nav lauks, ko rapport šeit importē
map-both = --map: kolonnas `{ $first }` un `{ $second }` abas piesaistītas `{ $target }`
map-read-where-empty = lasa, kur `{ $column }` ir tukšs
map-comes-from = `{ $target }` nāk no kolonnas `{ $column }`
map-name-taken = tās nosaukums `{ $name }` ir aizņemts

## Importa ievades fails
source-unknown-encoding = --encoding: `{ $label }` nav rapport zināms kodējums
source-encodings = piemēram, windows-1257 (Baltijas), windows-1250 (Centrāleiropas), windows-1251 (kirilica), latin1 (Rietumeiropas), utf-16
source-not-valid = fails nav derīgs { $encoding }
source-name-encoding = norādiet faila kodējumu ar --encoding: windows-1257 (Baltijas), windows-1250 (Centrāleiropas), windows-1251 (kirilica), latin1 (Rietumeiropas)
source-check-encoding = pārbaudiet --encoding vai saglabājiet failu kā UTF-8
source-empty = fails ir tukšs; CSV importam vajag galvenes rindu ar kolonnu nosaukumiem
source-delimiter = --delimiter: `{ $text }` nav viena rakstzīme (lietojiet `,`, `;`, `|` vai `tab`)

## export
export-no-column = --columns: nav kolonnas `{ $column }`
export-columns = kolonnas: { $columns }

## Jautājumi pirms rakstīšanas; $what ir komanda, kas jautā: set, merge vai import.
confirm-many = { $what ->
    [merge] apvienot: mainīt
    [import] importēt: ierakstīt
   *[set] mainīt
} { $count } { $count ->
    [one] klientu
   *[other] klientus
}?
confirm-nothing-changed = nekas nav mainīts

## forget
forget-needs-yes = bez --yes nedzēšu, ja nav termināļa
forget-question = dzēst `{ $id }`: neatgriezeniski izņemt šīs personas datus?
forget-nothing-erased = nekas nav dzēsts
forget-erased = dzēsts `{ $id }`: izņemts { $file }
forget-suppressed = personas e-pasta un tālruņa sālītās jaucējvērtības pievienotas { $file }: turpmākie importi tās izlaidīs
forget-already-suppressed = personas e-pasts un tālrunis jau bija { $file }
forget-nothing-to-suppress = personai nebija ne e-pasta, ne tālruņa, ko bloķēt
forget-company-removed = `{ $setting }` izņemts no { $ids }
forget-kept-purchases = { $count ->
    [one] paturēts { $count } pirkums
   *[other] paturēti { $count } pirkumi
}, tikai datumi un summas, kā anonīmais klients `{ $id }`
forget-purge = git vēsture joprojām satur { $path } un commit ziņojumus, kas nosauc `{ $id }`. Lai tos izdzēstu no visiem commit, mapē { $top }:
forget-purge-filter-branch = vai bez git-filter-repo (tas atstāj `{ $id }` citu klientu failu vecajās versijās, piemēram, `company` atsaucē):
forget-purge-then = pēc tam izpildiet force-push visiem zariem un tagiem un lieciet katram klonam klonēt no jauna; arī agrāk veiktās rezerves kopijas un eksporti satur kopijas.

## log
log-already-logged = `{ $reference }` jau ir reģistrēts klientam { $id } ({ $date } { $kind })
log-before-created = { $id } izveidots { $created }, pēc šīs saskarsmes { $kind } { $date }: pārskati skaita tā vēsturi no `created`
log-before-created-hint = ja { $id } bija jūsu klients jau agrāk, izpildiet `{ $command }`
log-logged = { $id }: reģistrēts { $kind } { $date }
log-stage-by-set = posma maiņas reģistrē ar `rapport set ID stage=…`
log-deal-by-deal = darījumu pārvietojumus reģistrē ar `rapport deal move|won|lost`
log-kind-did-you-mean = vai domājāt `{ $near }`? (interaction_kinds: { $kinds })
log-kinds-add = interaction_kinds failā rapport.toml: { $kinds }; pievienojiet tur `{ $kind }`, lai to lietotu
log-not-a-kind = `{ $kind }` nav šīs grāmatas saskarsmes veids
log-purchase-in-future = --date: { $date } ir pēc šodienas ({ $today }); pirkumu reģistrē, kad tas noticis
log-purchase-in-future-hint = ieplānojiet to ar `rapport set ID next.date=… next.action=…` vai norādiet --future, lai tomēr reģistrētu
log-in-future = --date: { $date } ir pēc šodienas ({ $today }); reģistrēts, kā norādīts
log-not-a-score = { $flag }: { $score } nav vērtējums no { $low } līdz { $high }
log-resolved-before-date = --resolved ir pirms --date

## merge
merge-cannot = nevar apvienot `{ $other }` ar `{ $keep }`: { $why }
merge-cannot-hint = padariet abus failus līdzīgus ar `rapport edit`, tad apvienojiet vēlreiz
merge-kept-ours = paturēts `{ $keep }` { $setting }; `{ $other }` bija { $theirs }
merge-added = { $count } { $key ->
    [interactions] { $count ->
        [one] saskarsme
       *[other] saskarsmes
    }
    [deals] { $count ->
        [one] darījums
       *[other] darījumi
    }
   *[other] { $key }
} no `{ $other }`
merge-unreadable = apvienoto ierakstu nevarētu nolasīt ({ $why }); nekas nav mainīts
merge-merged = { $ids } apvienots ar `{ $keep }`
merge-companies = { $count } { $count ->
    [one] klients tagad norāda
   *[other] klienti tagad norāda
} `{ $keep }` kā savu uzņēmumu

## case
case-no-support = šīs grāmatas interaction_kinds nav `support`; pievienojiet to rapport.toml, lai vestu atbalsta pieteikumus
case-empty-summary = atbalsta pieteikuma apraksts nedrīkst būt tukšs
case-not-a-priority = --priority: `{ $priority }` nav prioritāte
case-priorities = prioritātes: { $priorities }
case-ref-slash = --ref nedrīkst saturēt `/` (tas beidz adreses klienta daļu)
case-opened = { $address }: atvērts atbalsta pieteikums “{ $summary }”
case-opened-due = { $address }: atvērts atbalsta pieteikums “{ $summary }”, termiņš { $due }
case-was-resolved = { $address } atrisināts { $day }
case-was-resolved-hint = lai mainītu laiku, labojiet failu: `rapport edit { $id }`
case-date-before-opened = --date: { $day } ir pirms pieteikuma atvēršanas ({ $opened })
case-within-sla = SLA termiņā
case-past-sla = pēc SLA termiņa ({ $due } bija termiņš)
case-none-open = nav atvērtu atbalsta pieteikumu

## done
done-date-in-future = --date { $date } ir pēc šodienas ({ $today }): reģistrējiet to, kas ir izdarīts
done-next-in-past = --next { $day } ir pirms šodienas ({ $today }): plānojiet nākamo atgādinājumu uz priekšu
done-next-no-action = --next DATUMS DARBĪBA: darbība ir tukša
done-next-two = --next prasa datumu un darbību
done-nothing-planned = klientam { $id } nekas nav ieplānots: tam nav [next]
done-nothing-planned-hint = reģistrējiet notikušo ar `rapport log { $id } KIND` vai ieplānojiet atgādinājumu ar `rapport set { $id } next.date=DATE next.action=…`
done-next = nākamais: { $day } { $action }
done-nothing-next = nekas nav ieplānots
done-logged = { $id }: reģistrēts { $kind } “{ $summary }”; { $planned }
done-no-default-kind = šai grāmatai nav saskarsmes veida `{ $kind }`: norādiet reģistrējamo veidu ar --kind
done-kinds = interaction_kinds: { $kinds }

## segment
segment-name-one = nosauciet segmentu vai lietojiet `segment list` vai `segment --by FIELD`
segment-define = definējiet segmentus sadaļā [segments] failā rapport.toml, piemēram, vip = "revenue >= 10000"
segment-names = segmenti ir { $names }
segment-reserved = segmentam `{ $name }` ir tāds pats nosaukums kā `rapport segment { $name }`; izvadiet to ar `rapport query 'segment = { $name }'`
segment-none = nav segmentu: definējiet tos sadaļā [segments] failā rapport.toml
segment-by-columns = --columns neattiecas uz `segment --by`: tas rāda lauku, klientus un ieņēmumus

## check
check-summary = pārbaudīti klientu faili: { $files }; { $errors } { $errors ->
    [zero] kļūdu
    [one] kļūda
   *[other] kļūdas
}, { $warnings } { $warnings ->
    [zero] brīdinājumu
    [one] brīdinājums
   *[other] brīdinājumi
}
check-no-book = grāmata nav atrasta
check-company-unknown = `company` norāda `{ $company }`, kas nav šīs grāmatas klients
check-company-unknown-hint = company satur uzņēmuma ieraksta id
check-control = { $what } satur vadības rakstzīmi { $code }; rapport to rāda kā { $shown }
check-control-hint = izņemiet to: terminālis vai programma, kas to izvada neapstrādātu, var to izpildīt kā komandu (vadības secību)
check-the-key = atslēga `{ $key }`
check-recovered = pabeigts imports, kas tika pārtraukts failu pārdēvēšanas laikā: vēl { $count } { $count ->
    [one] fails pārdēvēts
   *[other] faili pārdēvēti
} savā vietā
check-temporary-removed = { $count ->
    [one] izņemts { $count } pagaidu fails
   *[other] izņemti { $count } pagaidu faili
}, kas palika pēc pārtrauktas rakstīšanas; klientu faili ir veseli

## init
init-registered-again = { $dir } jau ir grāmata; sapludināšanas draiveris reģistrēts { $top } git konfigurācijā
init-gitattributes = trūkstošās rindas pievienotas .gitattributes; iesniedziet (commit) to
init-already = { $dir } jau ir grāmata: tajā ir rapport.toml
init-created = izveidota grāmata `{ $name }` mapē { $dir }
init-registered = klientu failu sapludināšanas draiveris reģistrēts { $top } git konfigurācijā
init-register-later = kad grāmata būs git, reģistrējiet tur tās sapludināšanas draiveri ar `{ $command }` (vai vēlreiz izpildiet tajā `rapport init`)

## edit
edit-not-utf8 = labotais fails nav derīgs UTF-8; { $file } nav mainīts
edit-open-again = failā ir kļūdas; atvērt to vēlreiz?
edit-not-changed = { $file } nav mainīts; jūsu labojums saglabāts { $copy }
edit-no-changes = nav izmaiņu
edit-changed-meanwhile = { $file } mainījās, kamēr to labojāt; jūsu labojums saglabāts { $copy }
edit-changed-meanwhile-hint = salīdziniet abus, tad vēlreiz izpildiet `rapport edit`
edit-cannot-start = nevar palaist redaktoru `{ $editor }`: { $why }
edit-editor-failed = redaktors `{ $editor }` beidzās ar kļūdu ({ $status }); nekas nav mainīts

## add
add-empty-name = vārds nedrīkst būt tukšs
add-exists = klients `{ $id }` jau ir
add-exists-hint = izvēlieties citu --id vai izlaidiet to, lai id numurētu
add-write-assignment = { $flag }: rakstiet { $form }
add-duplicate = `{ $id }` jau ir šis { $what ->
    [phone] tālrunis
   *[e-mail] e-pasts
}
add-duplicate-hint = `rapport show { $id }`, lai tos redzētu; norādiet --allow-duplicate, lai tomēr pievienotu otru ierakstu

## set
set-nothing = nav ko iestatīt: pēc id rakstiet KEY=VALUE
set-ids-or-where = norādiet vai nu id, vai --where, ne abus
set-no-customer = nav norādīts klients: rakstiet `rapport set ID… KEY=VALUE…` vai `rapport set --where EXPR KEY=VALUE…`
set-none-match = neviens klients neatbilst --where; nekas nav mainīts
set-changed = { $count ->
    [one] mainīts { $count } klients
   *[other] mainīti { $count } klienti
}
set-would-change = { $count ->
    [one] tiktu mainīts { $count } klients
   *[other] tiktu mainīti { $count } klienti
}
set-already-so = ({ $count } jau tādi)

## undo
undo-nothing = nav ko atsaukt: neviena darbība nav reģistrēta
undo-nothing-hint = rapport glabā pēdējās 20 rakstīšanas mapē .rapport/undo/
undo-undid = atsaukts `{ $command }` ({ $time }): { $files }
undo-dry-run = izmēģinājums: { $count ->
    [one] tiktu ierakstīts { $count } fails
   *[other] tiktu ierakstīti { $count } faili
}; nekas nav mainīts

## timeline
timeline-until-before-since = --until ({ $until }) ir pirms --since ({ $since })
timeline-nothing = no { $since } līdz { $until } nekas nav noticis
timeline-kind-did-you-mean = vai domājāt `{ $near }`? (veidi: { $kinds })
timeline-kinds = veidi: { $kinds }
timeline-not-a-kind = --kind: `{ $kind }` nav šīs grāmatas saskarsmes veids

## show
show-no-match = nevienam klientam nav id vai vārda ar `{ $text }`
show-no-match-hint = `rapport query WORDS` atrod klientus pēc jebkuras vārda daļas
show-matches = `{ $text }` atbilst { $count } { $count ->
    [one] klientam
   *[other] klientiem
}: { $customers }
show-matches-more = `{ $text }` atbilst { $count } { $count ->
    [one] klientam
   *[other] klientiem
}: { $customers } un vēl { $more }
show-matches-hint = norādiet id vai vairāk vārda daļu

## rm
rm-question = dzēst { $count } { $count ->
    [one] klientu
   *[other] klientus
} ({ $ids })?
rm-needs-yes = bez --yes nedzēšu, ja nav termināļa
rm-nothing-deleted = nekas nav dzēsts
rm-deleted = dzēsts { $id }

## query, export --where
query-no-field = nevienam klientam nav lauka `{ $key }`, tāpēc katrs nosacījums par to ir nepatiess (`!=` patiess)
query-none = neviens klients neatbilst

## history
history-none = git nav `{ $id }` vēstures
history-check-id = pārbaudiet id; `rapport history` atrod arī dzēstus klientus
history-commit = iesniedziet (commit) grāmatu (vai iestatiet git = "commit" failā rapport.toml)

## segment rfm
rfm-compare-not-before = --compare { $day } nav pirms šodienas ({ $today }): tas salīdzina agrāku dienu ar šodienu
rfm-few = novērtēti tikai { $count } { $count ->
    [one] klients
   *[other] klienti
}: { $keys } vērtējumi pēc kvintilēm tik mazā skaitā maz ko izsaka; iestatiet fiksētus robežpunktus sadaļā [rfm] failā rapport.toml

## Klientu failu sapludināšanas draiveris (git)
merge-driver-fell-back = { $why }; tā vietā sapludināts pa rindām ar `git merge-file`
merge-driver-hunks = { $count } { $count ->
    [one] konfliktējošs fragments
   *[other] konfliktējoši fragmenti
}; abas versijas saglabātas starp konflikta marķieriem
merge-driver-both-changed = abas puses mainīja { $keys }; abas versijas saglabātas starp konflikta marķieriem
merge-driver-hint = labojiet failu starp <<<<<<< ours un >>>>>>> theirs, tad izpildiet `git add`

## dupes: $reason ir email, phone vai name.
dupes-placeholder = { $count } { $count ->
    [one] klientam
   *[other] klientiem
} ir kopīgs { $reason ->
    [email] e-pasts
    [phone] tālrunis
   *[name] vārds
} `{ $value }`; izlaists kā aizstājējs, nevis persona

## export
export-unreadable = { $count } { $count ->
    [one] klienta failu nevarēja nolasīt, un tas nav eksportēts
   *[other] klientu failus nevarēja nolasīt, un tie nav eksportēti
}

## report: komandas kļūdas un brīdinājumi
report-run-until-after-today = --until { $until } ir pēc šodienas ({ $today }): pārskats aptver to, kas ir noticis
report-run-until-after-today-hint = norādiet --today, lai veidotu pārskatu uz vēlāku dienu
report-run-since-after-until = --since { $since } ir pēc --until { $until }
clv-run-discount = --discount { $discount }: mēneša likme no 0 līdz 1 (0.01 = 1 %)
clv-run-cannot-fit = šai grāmatai nevar pielāgot CLV modeļus: { $why }
clv-run-imprecise = { $model } parametra { $parameter } standartkļūda ir { $error }, lielāka par tā vērtību: grāmatas pirkumi to gandrīz nenosaka, tāpēc prognozes ir nedrošas
clv-run-horizon-form = --horizon `{ $text }`: rakstiet veselus mēnešus vai gadus, piemēram, 12m vai 2y
clv-run-holdout-not-after = --holdout { $until } nav pēc --today { $today }: pārbaudes periods ir laiks pēc pirkumiem, uz kuriem modelis pielāgots
clv-run-holdout-not-after-hint = norādiet --today kalibrēšanas perioda beigas, piemēram, --today 1997-09-30
clv-run-cannot-fit-until = modeli { $model } nevar pielāgot pirkumiem līdz { $today }: { $why }
funnel-bar-on-to = { $entered } · { $share } tālāk uz { $next }

## completions
completions-none = { $shell } nav pabeigšanas skripta
forget-no-random = nevarēja iegūt nejaušus baitus: { $why }

## Izmēģinājuma plāns, rinda katram failam
undo-would-create = tiktu izveidots { $file }
undo-would-remove = tiktu izņemts { $file }
undo-would-change = tiktu mainīts { $file }

## merge
merge-into-itself = `{ $id }` ir paturamais ieraksts; to nevar apvienot pašu ar sevi

## import --survey

survey-import-column-not-asked = kolonnā `{ $column }` ir { $key }, ko { $method } aptauja nejautā
survey-import-no-answer-column = nevienā kolonnā nav atbilžu uz `{ $name }`: { $method } aptaujai vajag kolonnas `{ $first }` un `{ $second }` (vai `columns` karti sadaļā [surveys.{ $name }])
survey-import-no-respondent-column = nav kolonnas `email` vai `id`, pēc kuras atrast katru respondentu; norādiet --anonymous, lai atbildes saglabātu bez klientiem
survey-import-not-imported = { $file }: nav importēts (nav aptaujas kolonna): { $columns }
survey-import-not-kano = kolonna `{ $column }`: `{ $cell }` nav KANO atbilde (like, expect, neutral, tolerate, dislike vai 1–5)
survey-import-not-rating = kolonna `{ $column }`: `{ $cell }` nav vērtējums no 1 līdz 7
survey-import-not-points = kolonna `{ $column }`: `{ $cell }` nav punktu skaits no 0 līdz 100
survey-import-column-problem = kolonna `{ $column }`: { $problem }
survey-import-not-a-date = kolonna `{ $column }`: `{ $cell }` nav datums (2026-03-14, 14.03.2026, 3/14/2026 …)
survey-import-not-a-score = kolonna `{ $column }`: `{ $cell }` nav vērtējums no { $from } līdz { $to }
survey-import-only-functional = funkcijai `{ $feature }` ir funkcionālā atbilde, bet nav disfunkcionālās
survey-import-only-dysfunctional = funkcijai `{ $feature }` ir disfunkcionālā atbilde, bet nav funkcionālās
survey-import-weights = svaru (W: kolonnu) summa ir { $sum }, nevis 100
survey-import-no-answer = nav atbildes uz aptauju `{ $name }`
survey-import-no-customer-email = šajā grāmatā nav klienta ar e-pastu `{ $email }` (--create pievieno respondentus kā potenciālos klientus, --anonymous saglabā viņu atbildes bez klienta)
survey-import-no-customer-id = šajā grāmatā nav klienta `{ $id }`
survey-import-no-respondent = nav ne e-pasta, ne id, pēc kā atrast respondentu
survey-import-anonymous-kept = { $count } { $count ->
    [zero] anonīmu atbilžu saglabāts
    [one] anonīma atbilde saglabāta
   *[other] anonīmas atbildes saglabātas
} failā { $file }
survey-import-anonymous-would-keep = { $count } { $count ->
    [zero] anonīmu atbilžu tiktu saglabāts
    [one] anonīma atbilde tiktu saglabāta
   *[other] anonīmas atbildes tiktu saglabātas
} failā { $file }

## report profile, import --map-value
import-map-value-form = --map-value `{ $spec }`: rakstiet 'field:Value=replacement', piemēram, 'stage:Marketing Qualified Lead=lead'
profile-what = nosauciet saglabātus segmentus vai norādiet --by FIELD vai --rfm
profile-define-segments = definējiet segmentus sadaļā [segments] failā rapport.toml vai lietojiet --by FIELD vai --rfm
profile-the-segments = segmenti: { $names }
