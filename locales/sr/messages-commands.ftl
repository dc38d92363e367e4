# Messages on stderr: errors, warnings and notes of import/export and the commands.

## Ставке купца одређене адресом (послови, захтеви подршке): $what је `deal` или `case`.
entry-ambiguous = { $address } се односи на { $count } { $what ->
    [deal] { $count ->
        [one] посао
        [few] посла
       *[other] послова
    }
   *[case] { $count ->
        [one] захтев подршке
       *[other] захтева подршке
    }
}
entry-ambiguous-hint = то су: { $entries }; исправите фајл са `rapport edit { $id }`
entry-several-open = { $id } има { $count } { $what ->
    [deal] { $count ->
        [one] отворен посао
        [few] отворена посла
       *[other] отворених послова
    }
   *[case] { $count ->
        [one] отворен захтев подршке
        [few] отворена захтева подршке
       *[other] отворених захтева подршке
    }
}; наведите који
entry-one-of = један од: { $entries }
entry-no-such = { $id } нема { $what ->
    [deal] посао
   *[case] захтев подршке
} `{ $wanted }`
entry-none-open = { $id } нема отворен { $what ->
    [deal] посао
   *[case] захтев подршке
}
entry-none-at-all = { $id } нема ниједан { $what ->
    [deal] посао
   *[case] захтев подршке
}
entry-its = његови { $what ->
    [deal] послови
   *[case] захтеви подршке
}: { $entries }
entry-did-you-mean-its = да ли сте мислили { $address }? његови { $what ->
    [deal] послови
   *[case] захтеви подршке
}: { $entries }

## Шта је измена променила: $field је назив поља.
change-removed = { $field } уклоњено

## deal
deal-stage-did-you-mean = да ли сте мислили `{ $near }`? (фазе послова: { $stages })
deal-stages-add = фазе послова: { $stages }; ако је фаза нова, додајте је у deal_stages у rapport.toml
deal-not-a-stage = `{ $stage }` није фаза посла у овој књизи
deal-empty-title = назив посла не може бити празан
deal-no-stages = књига нема deal_stages; наведите фазу са --stage
deal-expected-before-opened = --expected је пре отварања посла ({ $opened })
deal-title-no-key = назив `{ $title }` нема ниједно слово ни цифру од којих би се направио кључ посла
deal-title-no-key-hint = дајте му назив који каже шта се продаје: `rapport deal add ID 'Website redesign'`
deal-added = { $address }: додат посао „{ $title }“ ({ $stage })
deal-added-value = { $address }: додат посао „{ $title }“ ({ $stage }, { $value })
deal-was-closed = { $address } је затворен као { $stage }
deal-was-closed-on = { $address } је затворен као { $stage } { $day }
deal-reopen-hint = да бисте померили затворен посао, додајте --reopen: `{ $command }`
deal-date-before-opened = --date: { $day } је пре отварања { $address } ({ $opened })
deal-already = { $address } је већ { $stage }; ништа није промењено

## Напредак
progress-working = ради се
progress-reading-rows = читају се редови
progress-checking-rows = проверавају се редови
progress-building-files = праве се фајлови
progress-writing-files = уписују се фајлови
progress-reading-customers = читају се купци
progress-checking-customers = проверавају се купци
progress-reading-messages = читају се поруке

## import
import-customers-done = увоз { $name }: направљено { $created }, ажурирано { $updated }, непромењено { $unchanged }, прескочено { $skipped }
import-customers-dry-run = { $name } (пробно покретање, ништа није уписано): било би направљено { $created }, ажурирано { $updated }, непромењено { $unchanged }, прескочено { $skipped }
import-companies = ; од направљених { $count ->
    [one] { $count } је фирма наведена
    [few] { $count } су фирме наведене
   *[other] { $count } је фирми наведено
} у колони company
import-entries-dry-run = { $name } (пробно покретање, ништа није уписано): за додавање { $appended } { $what ->
    [deal] { $appended ->
        [one] посао
        [few] посла
       *[other] послова
    }
   *[interaction] { $appended ->
        [one] контакт
        [few] контакта
       *[other] контаката
    }
}, већ постојећих: { $skipped }
import-entries-done = увоз { $name }: { $appended } { $what ->
    [deal] { $appended ->
        [one] посао додат
        [few] посла додата
       *[other] послова додато
    }
   *[interaction] { $appended ->
        [one] контакт додат
        [few] контакта додата
       *[other] контаката додато
    }
} код { $customers } { $customers ->
    [one] купца
    [few] купца
   *[other] купаца
}, већ постојећих: { $skipped }
import-declined = ништа није увезено: ништа није промењено
import-date-order = колона `{ $column }` { $why }; наведите редослед са --date-format '%d/%m/%Y' (прво дан) или --date-format '%m/%d/%Y' (прво месец)
import-no-column = { $name }: ниједна колона не даје { $fields }; колоне су: { $columns }
import-no-column-hint = доделите једну са { $map }
import-columns = колоне: { $columns }
import-columns-none = ниједна
import-column-else = (иначе `{ $column }`)
import-not-imported = није увезено: { $columns }; доделите колону са --map 'Column=field' или задржите такве колоне са --keep-unmapped
import-kept-column = `{ $column }` као { $field }
import-kept-custom = задржано као прилагођена поља (текст, осим ако нису декларисана у rapport.toml): { $columns }
import-kept-extra = задржано као додатни кључеви (текст): { $columns }
import-erased = `{ $key }` садржи { $what ->
    [phone] телефон
   *[e-mail] имејл
} особе обрисане са `rapport forget`; не чува се поново
import-unknown-values = колона `{ $column }` садржи { $count } { $count ->
    [one] вредност која није
   *[other] вредности које нису
} међу { $what ->
    [stages] фазама
    [kinds] врстама (person или company)
    [interaction-kinds] врстама контаката
    [deal-stages] фазама послова
   *[values] вредностима поља { $field }
} ове књиге ({ $allowed }):
import-also-on = (такође { $lines })
import-map-values = доделите сваку вредност, нпр. { $maps }
import-map-values-or-add = доделите сваку вредност, нпр. { $maps }, или их додајте у `{ $setting }` у rapport.toml
import-refused = { $name } се не може увести; ништа није уписано
import-bad-rows = { $name }: { $count } { $count ->
    [one] лош ред
    [few] лоша реда
   *[other] лоших редова
}; ништа није уписано
import-bad-rows-hint = исправите или уклоните наведене редове и увезите поново; --dry-run проверава фајл без уписивања
import-match-for-customers = --match и --on-match су за купце; контакти и послови налазе свог купца по колони `customer` (id) или `email`

## Редови улаза наведени у проблему.
problems-line = ред { $line }
problems-lines = редови { $lines }
problems-lines-more = редови { $lines } и још { $more }

## import: проблеми реда
import-ragged = ред има { $count } { $count ->
    [one] ћелију
    [few] ћелије
   *[other] ћелија
}, а заглавље { $want }
import-id-twice = id `{ $id }` је и у реду { $line }
import-email-twice = имејл `{ $email }` је и у реду { $line }
import-email-several = имејл `{ $email }` припада неколицини купаца ({ $ids }); наведите id са --match id
import-email-other-id = имејл припада `{ $owner }`, али колона id каже `{ $id }`; id се никад не мења
import-email-taken = имејл `{ $email }` већ припада `{ $owner }`; да бисте га ажурирали, увезите са --match email
import-id-taken = id `{ $id }` већ има купац са другим имејлом
import-matches = одговара купцу `{ $id }` који је већ у књизи; увезите са --on-match update да га промените, или са --on-match skip
import-name-empty = име је празно; сваки купац мора имати име
import-company-ambiguous = фирма `{ $company }` може бити било која од { $ids }; упишите њен id у колону company
import-matches-unreadable = одговара `{ $id }`, чији се фајл не може прочитати: { $why }
import-formula = колона `{ $column }` садржи формулу табеле `{ $formula }`; rapport увози вредности, не формуле
import-too-large = `{ $text }` је превелико
import-not-a-number = `{ $text }` није број
import-not-boolean = колона `{ $column }`: `{ $text }` није true ни false
import-not-a-score = колона `{ $column }`: { $score } није оцена од { $low } до { $high }

## Датуми увезеног фајла
dates-mixed = меша датуме са даном на почетку (ред { $line1 }: `{ $value1 }`) са датумима са месецом на почетку (ред { $line2 }: `{ $value2 }`)
dates-undecided = садржи датуме као `{ $value }` (ред { $line }) који се читају и као дан/месец и као месец/дан, а ниједна вредност изнад 12 ни на једном месту не одлучује
dates-either-order = `{ $text }` се чита и као дан/месец и као месец/дан; наведите --date-format
dates-four-digit-year = `{ $text }`: напишите годину са четири цифре
dates-no-month = `{ $text }` није датум: нема месеца { $month }
dates-no-day = `{ $text }` није датум: тај месец нема { $day }. дан
dates-not-a-date = `{ $text }` није датум (напишите 2024-03-01, 01.03.2024 или наведите --date-format)

## Заједничко за команде
cmd-did-you-mean = да ли сте мислили `{ $name }`?

## import: ставке (контакти, послови); $field је назив поља.
import-no-customer = нема купца: реду треба id купца (колона `customer`) или имејл
import-empty = поље { $field } је празно
import-resolved-before = колона `{ $column }`: решено пре датума
import-no-such-customer = у овој књизи нема купца `{ $id }`
import-email-several-entries = имејл `{ $email }` припада неколицини купаца ({ $ids }); наведите id у колони `customer`
import-no-email = у овој књизи нема купца са имејлом `{ $email }`
import-file-unreadable = фајл `{ $id }` се не може прочитати: { $why }
import-ref-twice = ознака `{ $reference }` купца `{ $id }` је и у реду { $line }

## --map: која колона иде у које поље
map-write-column-field = --map `{ $spec }`: напишите 'Column=field'
map-no-column = --map `{ $spec }`: фајл нема колону `{ $column }`
map-its-columns = његове колоне: { $columns }
map-fields = поља: { $fields }
map-not-a-field = --map `{ $spec }`: `{ $target }` није поље које rapport овде увози
map-both = --map: колоне `{ $first }` и `{ $second }` обе иду у `{ $target }`
map-read-where-empty = чита се где је `{ $column }` празно
map-comes-from = `{ $target }` долази из колоне `{ $column }`
map-name-taken = њен назив `{ $name }` је заузет

## Улазни фајл увоза
source-unknown-encoding = --encoding: `{ $label }` није кодирање које rapport зна
source-encodings = на пример windows-1257 (балтичко), windows-1250 (средњоевропско), windows-1251 (ћирилица), latin1 (западноевропско), utf-16
source-not-valid = фајл није исправан { $encoding }
source-name-encoding = наведите кодирање фајла са --encoding: windows-1257 (балтичко), windows-1250 (средњоевропско), windows-1251 (ћирилица), latin1 (западноевропско)
source-check-encoding = проверите --encoding или сачувајте фајл као UTF-8
source-empty = фајл је празан; CSV увоз захтева ред заглавља са називима колона
source-delimiter = --delimiter: `{ $text }` није један знак (користите `,`, `;`, `|` или `tab`)

## export
export-no-column = --columns: нема колоне `{ $column }`
export-columns = колоне: { $columns }

## Питања пре уписа; $what је команда која пита: set, merge или import.
confirm-many = { $what ->
    [merge] спајање: променити
    [import] увоз: уписати
   *[set] променити
} { $count } { $count ->
    [one] купца
    [few] купца
   *[other] купаца
}?
confirm-nothing-changed = ништа није промењено

## forget
forget-needs-yes = без --yes ван терминала не бришем
forget-question = обрисати `{ $id }`: трајно уклонити личне податке?
forget-nothing-erased = ништа није обрисано
forget-erased = обрисано `{ $id }`: уклоњен { $file }
forget-suppressed = посољени отисци имејла и телефона додати у { $file }: каснији увоз их прескаче
forget-already-suppressed = имејл и телефон су већ били у { $file }
forget-nothing-to-suppress = особа није имала имејл ни телефон за блокирање
forget-company-removed = `{ $setting }` уклоњено из { $ids }
forget-kept-purchases = { $count ->
    [one] задржана { $count } куповина
    [few] задржане { $count } куповине
   *[other] задржано { $count } куповина
}, само датуми и износи, као анонимни купац `{ $id }`
forget-purge = git историја и даље садржи { $path } и поруке commit-а које помињу `{ $id }`. Да их уклоните из свих commit-а, у { $top }:
forget-purge-filter-branch = или без git-filter-repo (ово оставља `{ $id }` у старим верзијама фајлова других купаца, нпр. у референци `company`):
forget-purge-then = затим урадите force-push свих грана и ознака и нека се сваки клон поново клонира; копије садрже и раније направљене резервне копије и извози.

## log
log-already-logged = `{ $reference }` је већ забележен за { $id } ({ $date } { $kind })
log-before-created = { $id } је направљен { $created }, после овог контакта { $kind } од { $date }: извештаји рачунају његову историју од `created`
log-before-created-hint = ако је { $id } раније био ваш купац, покрените `{ $command }`
log-logged = { $id }: забележен { $kind } { $date }
log-stage-by-set = промене фазе се бележе са `rapport set ID stage=…`
log-deal-by-deal = померања послова се бележе са `rapport deal move|won|lost`
log-kind-did-you-mean = да ли сте мислили `{ $near }`? (interaction_kinds: { $kinds })
log-kinds-add = interaction_kinds у rapport.toml: { $kinds }; додајте тамо `{ $kind }` да бисте га користили
log-not-a-kind = `{ $kind }` није врста контакта у овој књизи
log-purchase-in-future = --date: { $date } је после данашњег дана ({ $today }); куповина се бележи када се догоди
log-purchase-in-future-hint = закажите је са `rapport set ID next.date=… next.action=…` или додајте --future да је ипак забележите
log-in-future = --date: { $date } је после данашњег дана ({ $today }); забележено како је задато
log-not-a-score = { $flag }: { $score } није оцена од { $low } до { $high }
log-resolved-before-date = --resolved је пре --date

## merge
merge-cannot = `{ $other }` се не може спојити у `{ $keep }`: { $why }
merge-cannot-hint = уједначите оба фајла са `rapport edit`, па спојите поново
merge-kept-ours = задржано { $setting } од `{ $keep }`; `{ $other }` је имао { $theirs }
merge-added = { $count } { $key ->
    [interactions] { $count ->
        [one] контакт
        [few] контакта
       *[other] контаката
    }
    [deals] { $count ->
        [one] посао
        [few] посла
       *[other] послова
    }
   *[other] { $key }
} из `{ $other }`
merge-unreadable = спојени запис не би био читљив ({ $why }); ништа није промењено
merge-merged = { $ids } спојено у `{ $keep }`
merge-companies = { $count ->
    [one] { $count } купац сада наводи
    [few] { $count } купца сада наводе
   *[other] { $count } купаца сада наводи
} `{ $keep }` као своју фирму

## case
case-no-support = ова књига нема `support` у interaction_kinds; додајте га у rapport.toml да бисте водили захтеве
case-empty-summary = опис захтева не може бити празан
case-not-a-priority = --priority: `{ $priority }` није приоритет
case-priorities = приоритети: { $priorities }
case-ref-slash = --ref не може садржати `/` (њиме се завршава део адресе за купца)
case-opened = { $address }: отворен захтев подршке „{ $summary }“
case-opened-due = { $address }: отворен захтев подршке „{ $summary }“, рок { $due }
case-was-resolved = { $address } је решен { $day }
case-was-resolved-hint = да бисте променили време, измените фајл: `rapport edit { $id }`
case-date-before-opened = --date: { $day } је пре отварања захтева ({ $opened })
case-within-sla = у оквиру SLA
case-past-sla = после SLA рока (рок је био { $due })
case-none-open = нема отворених захтева подршке

## done
done-date-in-future = --date { $date } је после данашњег дана ({ $today }): бележите оно што је урађено
done-next-in-past = --next { $day } је пре данашњег дана ({ $today }): следећи подсетник закажите унапред
done-next-no-action = --next ДАТУМ РАДЊА: радња је празна
done-next-two = --next захтева датум и радњу
done-nothing-planned = за { $id } ништа није заказано: нема [next]
done-nothing-planned-hint = забележите шта се догодило са `rapport log { $id } KIND` или закажите подсетник са `rapport set { $id } next.date=DATE next.action=…`
done-next = следеће: { $day } { $action }
done-nothing-next = ништа следеће није заказано
done-logged = { $id }: забележен { $kind } „{ $summary }“; { $planned }
done-no-default-kind = ова књига нема врсту контакта `{ $kind }`: наведите коју врсту бележите са --kind
done-kinds = interaction_kinds: { $kinds }

## segment
segment-name-one = наведите сегмент или користите `segment list` или `segment --by FIELD`
segment-define = дефинишите сегменте у одељку [segments] у rapport.toml, нпр. vip = "revenue >= 10000"
segment-names = сегменти су { $names }
segment-reserved = сегмент `{ $name }` има исти назив као `rapport segment { $name }`; излистајте га са `rapport query 'segment = { $name }'`
segment-none = нема сегмената: дефинишите их у одељку [segments] у rapport.toml
segment-by-columns = --columns не важи за `segment --by`: он приказује поље, купце и приход

## check
check-summary = { $files ->
    [one] проверен { $files } фајл купца
    [few] проверена { $files } фајла купаца
   *[other] проверено { $files } фајлова купаца
}: { $errors } { $errors ->
    [one] грешка
    [few] грешке
   *[other] грешака
}, { $warnings } { $warnings ->
    [one] упозорење
   *[other] упозорења
}
check-no-book = књига није пронађена
check-company-unknown = `company` наводи `{ $company }`, који није купац ове књиге
check-company-unknown-hint = company садржи id записа фирме
check-control = { $what } садржи контролни знак { $code }; rapport га приказује као { $shown }
check-control-hint = уклоните га: терминал или програм који га испише непромењеног може да га изврши као команду (escape секвенцу)
check-the-key = кључ `{ $key }`
check-recovered = довршен увоз прекинут током преименовања фајлова: још { $count } { $count ->
    [one] фајл премештен
    [few] фајла премештена
   *[other] фајлова премештено
} на место
check-temporary-removed = { $count ->
    [one] уклоњен { $count } привремени фајл
    [few] уклоњена { $count } привремена фајла
   *[other] уклоњено { $count } привремених фајлова
} после прекинутог уписа; фајлови купаца су цели

## init
init-registered-again = { $dir } је већ књига; драјвер за спајање регистрован у git конфигурацији { $top }
init-gitattributes = додати недостајући редови у .gitattributes; урадите commit
init-already = { $dir } је већ књига: садржи rapport.toml
init-created = направљена књига `{ $name }` у { $dir }
init-registered = драјвер за спајање фајлова купаца регистрован у git конфигурацији { $top }
init-register-later = када књига буде у git-у, региструјте тамо њен драјвер за спајање са `{ $command }` (или у њој поново покрените `rapport init`)

## edit
edit-not-utf8 = измењени фајл није исправан UTF-8; { $file } није промењен
edit-open-again = фајл има грешке; отворити га поново?
edit-not-changed = { $file } није промењен; ваша измена је сачувана у { $copy }
edit-no-changes = нема измена
edit-changed-meanwhile = { $file } се променио док сте га мењали; ваша измена је сачувана у { $copy }
edit-changed-meanwhile-hint = упоредите их, па поново покрените `rapport edit`
edit-cannot-start = уређивач `{ $editor }` се не може покренути: { $why }
edit-editor-failed = уређивач `{ $editor }` није успео ({ $status }); ништа није промењено

## add
add-empty-name = име не може бити празно
add-exists = купац `{ $id }` већ постоји
add-exists-hint = изаберите други --id или га изоставите да би се id нумерисао
add-write-assignment = { $flag }: напишите { $form }
add-duplicate = `{ $id }` већ има овај { $what ->
    [phone] телефон
   *[e-mail] имејл
}
add-duplicate-hint = `rapport show { $id }` да их видите; додајте --allow-duplicate да ипак додате други запис

## set
set-nothing = нема шта да се постави: после id напишите KEY=VALUE
set-ids-or-where = наведите или id или --where, не оба
set-no-customer = није наведен купац: напишите `rapport set ID… KEY=VALUE…` или `rapport set --where EXPR KEY=VALUE…`
set-none-match = ниједан купац не одговара --where; ништа није промењено
set-changed = { $count ->
    [one] промењен { $count } купац
    [few] промењена { $count } купца
   *[other] промењено { $count } купаца
}
set-would-change = { $count ->
    [one] био би промењен { $count } купац
    [few] била би промењена { $count } купца
   *[other] било би промењено { $count } купаца
}
set-already-so = ({ $count } већ такво)

## undo
undo-nothing = нема шта да се поништи: ниједна операција није забележена
undo-nothing-hint = rapport чува последњих 20 уписа у .rapport/undo/
undo-undid = поништено `{ $command }` ({ $time }): { $files }
undo-dry-run = пробно покретање: { $count ->
    [one] био би уписан { $count } фајл
    [few] била би уписана { $count } фајла
   *[other] било би уписано { $count } фајлова
}; ништа није промењено

## timeline
timeline-until-before-since = --until ({ $until }) је пре --since ({ $since })
timeline-nothing = од { $since } до { $until } ништа се није догодило
timeline-kind-did-you-mean = да ли сте мислили `{ $near }`? (врсте: { $kinds })
timeline-kinds = врсте: { $kinds }
timeline-not-a-kind = --kind: `{ $kind }` није врста контакта у овој књизи

## show
show-no-match = ниједан купац нема id ни име са `{ $text }`
show-no-match-hint = `rapport query WORDS` налази купце по било ком делу имена
show-matches = `{ $text }` одговара { $count } { $count ->
    [one] купцу
   *[other] купаца
}: { $customers }
show-matches-more = `{ $text }` одговара { $count } { $count ->
    [one] купцу
   *[other] купаца
}: { $customers } и још { $more }
show-matches-hint = наведите id или више речи из имена

## rm
rm-question = обрисати { $count } { $count ->
    [one] купца
    [few] купца
   *[other] купаца
} ({ $ids })?
rm-needs-yes = без --yes ван терминала не бришем
rm-nothing-deleted = ништа није обрисано
rm-deleted = обрисан { $id }

## query, export --where
query-no-field = ниједан купац нема поље `{ $key }`, па је сваки услов над њим нетачан (`!=` тачан)
query-none = ниједан купац не одговара

## history
history-none = git нема историју за `{ $id }`
history-check-id = проверите id; `rapport history` налази и обрисане купце
history-commit = урадите commit књиге (или поставите git = "commit" у rapport.toml)

## segment rfm
rfm-compare-not-before = --compare { $day } није пре данашњег дана ({ $today }): пореди ранији дан са данашњим
rfm-few = оцењено је само { $count } { $count ->
    [one] купац
    [few] купца
   *[other] купаца
}: оцене { $keys } по квинтилима међу тако мало купаца мало говоре; поставите фиксне границе у одељку [rfm] у rapport.toml

## Драјвер за спајање фајлова купаца (git)
merge-driver-fell-back = { $why }; уместо тога спојено ред по ред са `git merge-file`
merge-driver-hunks = { $count } { $count ->
    [one] конфликтни блок
    [few] конфликтна блока
   *[other] конфликтних блокова
}; обе верзије су задржане између ознака конфликта
merge-driver-both-changed = обе стране су промениле { $keys }; обе верзије су задржане између ознака конфликта
merge-driver-hint = измените фајл између <<<<<<< ours и >>>>>>> theirs, па га додајте са `git add`

## dupes: $reason је email, phone или name.
dupes-placeholder = { $count } { $count ->
    [one] купац дели
    [few] купца деле
   *[other] купаца дели
} { $reason ->
    [email] имејл
    [phone] телефон
   *[name] име
} `{ $value }`; изостављено као привремена вредност, не особа

## export
export-unreadable = { $count } { $count ->
    [one] фајл купца није могао да се прочита и није извезен
    [few] фајла купаца нису могла да се прочитају и нису извезена
   *[other] фајлова купаца није могло да се прочита и није извезено
}

## report: грешке и упозорења команде
report-run-until-after-today = --until { $until } је после данашњег дана ({ $today }): извештај обухвата оно што се догодило
report-run-until-after-today-hint = наведите --today да бисте направили извештај за каснији дан
report-run-since-after-until = --since { $since } је после --until { $until }
clv-run-discount = --discount { $discount }: месечна стопа од 0 до 1 (0.01 = 1 %)
clv-run-cannot-fit = CLV модели се не могу проценити на овој књизи: { $why }
clv-run-imprecise = параметар { $parameter } модела { $model } има стандардну грешку { $error }, већу од своје вредности: куповине у књизи га једва одређују, па су предвиђања несигурна
clv-run-horizon-form = --horizon `{ $text }`: напишите целе месеце или године, нпр. 12m или 2y
clv-run-holdout-not-after = --holdout { $until } није после --today { $today }: контролни период је време после куповина на којима је модел процењен
clv-run-holdout-not-after-hint = наведите --today као крај периода калибрације, нпр. --today 1997-09-30
clv-run-cannot-fit-until = модел { $model } се не може проценити на куповинама до { $today }: { $why }
funnel-bar-on-to = { $entered } · { $share } даље у { $next }

## completions
completions-none = за { $shell } нема скрипте за довршавање
forget-no-random = није могуће добити насумичне бајтове: { $why }

## План пробног покретања, ред по фајлу
undo-would-create = био би направљен { $file }
undo-would-remove = био би уклоњен { $file }
undo-would-change = био би промењен { $file }

## merge
merge-into-itself = `{ $id }` је запис који се задржава; не може се спојити сам са собом

## import --survey

survey-import-column-not-asked = колона `{ $column }` садржи { $key }, што анкета { $method } не пита
survey-import-no-answer-column = ниједна колона не садржи одговор на `{ $name }`: анкети { $method } требају колоне `{ $first }` и `{ $second }` (или мапа `columns` у [surveys.{ $name }])
survey-import-no-respondent-column = нема колоне `email` или `id` по којој се проналази сваки испитаник; наведите --anonymous да бисте задржали одговоре без купаца
survey-import-not-imported = { $file }: није увезено (није колона анкете): { $columns }
survey-import-not-kano = колона `{ $column }`: `{ $cell }` није KANO одговор (like, expect, neutral, tolerate, dislike или 1–5)
survey-import-not-rating = колона `{ $column }`: `{ $cell }` није оцена од 1 до 7
survey-import-not-points = колона `{ $column }`: `{ $cell }` није број поена од 0 до 100
survey-import-column-problem = колона `{ $column }`: { $problem }
survey-import-not-a-date = колона `{ $column }`: `{ $cell }` није датум (2026-03-14, 14.03.2026, 3/14/2026 …)
survey-import-not-a-score = колона `{ $column }`: `{ $cell }` није оцена од { $from } до { $to }
survey-import-only-functional = функција `{ $feature }` има функционални одговор, али нема дисфункционални
survey-import-only-dysfunctional = функција `{ $feature }` има дисфункционални одговор, али нема функционални
survey-import-weights = тежине (колоне W:) у збиру дају { $sum }, а не 100
survey-import-no-answer = нема одговора на анкету `{ $name }`
survey-import-no-customer-email = у овој књизи нема купца са имејлом `{ $email }` (--create додаје испитанике као потенцијалне купце, --anonymous задржава њихове одговоре без купца)
survey-import-no-customer-id = у овој књизи нема купца `{ $id }`
survey-import-no-respondent = нема имејла ни id-а по коме би се пронашао испитаник
survey-import-anonymous-kept = { $count } { $count ->
    [one] анонимни одговор задржан
    [few] анонимна одговора задржана
   *[other] анонимних одговора задржано
} у { $file }
survey-import-anonymous-would-keep = { $count } { $count ->
    [one] анонимни одговор би био задржан
    [few] анонимна одговора би била задржана
   *[other] анонимних одговора би било задржано
} у { $file }

## report profile, import --map-value
import-map-value-form = --map-value `{ $spec }`: напишите 'field:Value=replacement', нпр. 'stage:Marketing Qualified Lead=lead'
profile-what = наведите сачуване сегменте или задајте --by FIELD или --rfm
profile-define-segments = дефинишите сегменте у одељку [segments] у rapport.toml или користите --by FIELD или --rfm
profile-the-segments = сегменти: { $names }
