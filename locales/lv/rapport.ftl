# rapport latviski. Ziņojumu id ir tādi paši kā locales/en/rapport.ftl.

## The language module's own examples.
lang-customers = { $count ->
    [zero] { $count } klientu
    [one] { $count } klients
   *[other] { $count } klienti
}
lang-test = vērtība ({ $currency })

## clv
clv-title = Klienta mūža vērtība
clv-table = Klienti
x = x
mean_spend = vidējais pirkums ({ $currency })
expected_spend = sagaidāmais pirkums ({ $currency })
clv = CLV ({ $currency })
t_x = t_x
T = T
p_alive = p_aktīvs
expected_purchases = sagaidāmie pirkumi

## report
fact-period_range = { $since } – { $until }, ieskaitot abas dienas
report-none = (nav)

## activity
owner = atbildīgais
customers = klienti
kind = veids
interactions = saskarsmes
total = kopā
activity-table = Saskarsmes pēc atbildīgā un veida
activity-owners = Saskarsmes pēc atbildīgā
activity-kinds = Saskarsmes pēc veida
activity-months = Saskarsmes pa mēnešiem
activity-title = Aktivitāte
activity-note1 = Periodā datētās visu veidu saskarsmes, izņemot `stage` (rapport ieraksts par posma maiņu). Atbildīgais: saskarsmes atbildīgais, citādi klienta atbildīgais. Klienti: cik dažādu klientu skāra atbildīgā saskarsmes.

## agenda
id = id
name = nosaukums
what = kas
type = veids
date = datums
days = dienas
when = kad
agenda-title = Darba kārtība
agenda-followups = Atgādinājumi līdz { $horizon }, nokavētie vispirms
due = termiņš
agenda-support = Atvērtie atbalsta pieteikumi pēc SLA termiņa ({ $sla })
deadline = termiņš
agenda-deals = Atvērtie darījumi bez aktivitātes { $days } dienas
last_activity = pēdējā aktivitāte
agenda-note1 = Atzīmējiet atgādinājumu kā izpildītu ar `rapport done ID` (pievienojiet --next DATUMS DARBĪBA, lai plānotu nākamo). Darījuma pēdējā aktivitāte ir vēlākā no šīm dienām: klienta pēdējā saskarsme (ne posma vai darījuma maiņa), darījuma pēdējā maiņa un darījuma atvēršanas diena.

## clv_holdout
clv-holdout-bins = Pirkumi pārbaudes periodā pēc atkārtoto pirkumu skaita kalibrēšanas periodā
actual_mean = faktiskais vidējais
predicted_mean = prognozētais vidējais
clv-holdout-tracking = Atkārtoto pirkumu kumulatīvā summa pa nedēļām
week = nedēļa
end = beidzas
period = periods
actual = faktiski
expected = sagaidāmi
actual_cumulative = faktiski kumulatīvi
expected_cumulative = sagaidāmi kumulatīvi
clv-holdout-totals = Pārbaudes perioda kopsummas
value = vērtība
clv-holdout-tracking_chart = Atkārtoto pirkumu kumulatīvā summa pa nedēļām: faktiski un sagaidāmi
clv-holdout-title = Modeļa { $model } prognozes pārbaude: kalibrēšana līdz { $today }, pārbaude līdz { $until }
clv-holdout-bins_chart = Vidējais pirkumu skaits pārbaudes periodā pēc atkārtoto pirkumu skaita x
clv-holdout-note1 = Modelis pielāgots pirkumiem līdz { $today }; { $new } klienti pirmo reizi pirka pārbaudes periodā un netiek skaitīti. Vienas dienas pirkumi skaitās kā viens.

## cohorts
cohort = kohorta
size = lielums
k = k
share = daļa
cohorts-chart = Noturēšana pēc pirmā pasūtījuma { $unit ->
    [month] mēneša
   *[quarter] ceturkšņa
}{ $group }
cohorts-shares = Katras kohortas daļa, kas pasūtīja k { $unit ->
    [month] mēnešus
   *[quarter] ceturkšņus
} pēc pirmā pasūtījuma{ $group }
cohorts-counts = Katras kohortas klienti, kas pasūtīja k { $unit ->
    [month] mēnešus
   *[quarter] ceturkšņus
} pēc pirmā pasūtījuma{ $group }
cohorts-title = Klientu noturēšanas kohortas
cohorts-note1 = Kohorta: klienta pirmā pasūtījuma (pirkums ar nenegatīvu summu) { $unit ->
    [month] mēnesis
   *[quarter] ceturksnis
}; lielums: tās klienti. Šūna k: kohortas daļa (un skaits), kas pasūtīja k { $unit ->
    [month] mēnešus
   *[quarter] ceturkšņus
} vēlāk; k = 0 ir 100 %.
cohorts-note2 = Periods sākas ar visu { $unit ->
    [month] mēnesi
   *[quarter] ceturksni
}, kurā ir --since. Katras rindas pēdējā šūna ir { $unit ->
    [month] mēnesis
   *[quarter] ceturksnis
}, kurā ir --until, un tā var būt nepilnīga.

## followups
planned = plānoti
overdue = nokavēti
due_7d = 7 dienu laikā
later = vēlāk
unplanned = aktīvi, nekas nav plānots
contacted = sazinājāmies periodā
followups-table = Atgādinājumi pēc atbildīgā uz { $end }
followups-chart = Nokavētie atgādinājumi pēc atbildīgā
followups-overdue = Nokavētie atgādinājumi
days_overdue = dienas nokavēts
action = darbība
followups-title = Atgādinājumi
followups-note1 = Uz { $end }, pēc katra klienta [next] atgādinājuma, kā tas pašlaik ir failā: nokavēti (datēti pirms { $end }), 7 dienu laikā ({ $end } – { $soon }), vēlāk. Aktīvi, nekas nav plānots: klienti posmā customer vai agrākā bez [next] datuma. Sazinājāmies: klienti ar saskarsmi periodā (ne posma maiņu). Atbildīgais: klienta atbildīgais.

## funnel
funnel-table = Pārdošanas piltuve
stage = posms
entered = ienāca
next = pārgāja uz
converted = konvertēti
conversion = konversija
median_days = dienu mediāna posmā
funnel-chart = Klienti, kas ienāca katrā posmā
funnel-title = Pārdošanas piltuve
funnel-note1 = Ienāca: klienti, kas periodā ienāca posmā (posms, kurā klients izveidots, skaitās ienākts dienā `created`; vēlākie posmi pēc to `stage` saskarsmēm).
funnel-note2 = Konvertēti: no tiem klienti, kas līdz perioda beigām ienāca nākamajā dzīves cikla posmā; pāreja, kas izlaiž posmus līdz customer (lead → customer), iet tiem cauri. Dienu mediāna: posmā pavadītais laiks, kas sākās periodā un beidzās līdz tā beigām.

## nps
nps-table = Neto veicinātāju indekss
since = no
until = līdz
responses = atbildes
promoters = veicinātāji
passives = pasīvie
detractors = kritiķi
nps = NPS
nps-chart = NPS pa periodiem (no −100 līdz 100)
nps-title = Neto veicinātāju indekss (NPS)
nps-note1 = No katra klienta pēdējā vērtējuma periodā: veicinātāji 9–10, pasīvie 7–8, kritiķi 0–6; NPS = % veicinātāju − % kritiķu (no −100 līdz 100). `all` ir viss periods; pārējās rindas ir tā kalendāra periodi, pirmais un pēdējais apgriezti līdz tam.

## pipeline
deals = darījumi
pipeline-value = vērtība ({ $currency })
status = statuss
pipeline-median_days = dienu mediāna
pipeline-open = Atvērtie darījumi perioda beigās
median_age = vecuma mediāna (dienas)
pipeline-closed = Periodā noslēgtie darījumi
outcome = iznākums
median_cycle = cikla mediāna (dienas)
win_rate = uzvaru īpatsvars
pipeline-chart = Atvērto darījumu vērtība pa posmiem ({ $currency })
pipeline-title = Darījumu portfelis
pipeline-note1 = Atvērtie: darījumi, kas atvērti līdz perioda beigām un līdz tam nav ne iegūti, ne zaudēti; to vecums ir dienas no atvēršanas līdz perioda beigām. Daļa: no atvērto darījumu vērtības.
pipeline-note2 = Iegūti un zaudēti: periodā noslēgtie darījumi; to cikls ir dienas no atvēršanas līdz noslēgšanai. Uzvaru īpatsvars = iegūti / (iegūti + zaudēti).

## rfm
rfm-table = Klienti
recency_days = dienas kopš pēdējā
frequency = biežums
monetary = vērtība ({ $currency })
r = R
f = F
m = M
code = kods
segment = segments
rfm-note1 = R: dienas kopš pēdējā pasūtījuma; F: pasūtījumi; M: ieņēmumi (atskaitot atmaksas). Vērtējumi 1–5, 5 labākais, pēc vietas secībā (R dilstoši, F, M augoši; vienādos pēc id): vieta i no n saņem max(1, ⌈5(i−1)/(n−1)⌉). Segmentu nosaka RFM kods (sk. docs/rfm-clv.md).
rfm-chart = Klienti pa RFM segmentiem
group = grupa
revenue = ieņēmumi ({ $currency })
revenue_share = ieņēmumu daļa
rfm-segments = Segmenti
from = no
to = uz
from_to = no \ uz
rfm-moves = Klientu pārejas starp segmentiem (rindas: agrāk, kolonnas: tagad)
rfm-moves_chart = Kur nonāca katra segmenta klienti (rindas daļa)
rfm-note2 = Kolonnas: { $legend }.
rfm-note3 = Katra puse vērtēta pēc pirkumiem līdz savai dienai, starp klientiem, kam līdz tai ir pasūtījums; (nav): agrākajā dienā vēl nav pasūtījuma.

## service
service-table = Atbalsta pieteikumi
opened = atvērti
resolved = atrisināti
median_hours = stundu mediāna līdz atrisināšanai
decided = izšķirti
within_sla = SLA termiņā
within_sla_share = SLA termiņā ({ $sla })
open_at_end = atvērti beigās
overdue_at_end = pēc SLA beigās
service-opened = Atvērtie pieteikumi pa periodiem
service-hours = Stundu mediāna līdz atrisināšanai pa periodiem
service-title = Klientu atbalsts
service-note1 = Pieteikumi: `support` saskarsmes, atvērtas to datumā, atrisinātas `resolved` brīdī (datums bez laika ir tā pusnakts). Stundu mediāna: periodā atrisinātajiem pieteikumiem. SLA termiņā: no periodā atvērtajiem pieteikumiem, kuru iznākums zināms līdz perioda beigām (atrisināti vai pēc termiņa datuma + { $sla }), tie, kas atrisināti termiņā.
service-note2 = Atvērti beigās: pieteikumi, kas atvērti līdz perioda beigām un līdz tam nav atrisināti, neatkarīgi no atvēršanas laika; pēc SLA: tie no tiem, kuru termiņš pagājis. `all` ir viss periods; pārējās rindas ir tā kalendāra periodi, pirmais un pēdējais apgriezti līdz tam.

## summary
new_customers = jauni klienti
active_at_start = aktīvi sākumā
active = aktīvi beigās
churned = aizgājuši
churn_rate = aizplūšanas rādītājs
orders = pasūtījumi
aov = vidējais pasūtījums ({ $currency })
nps_responses = aptaujas atbildes
acquisition_cost = piesaistes izmaksas ({ $currency })
cac = CAC ({ $currency })
created = izveidoti klienti
deals_won = iegūti darījumi
deals_lost = zaudēti darījumi
won_value = iegūtā vērtība ({ $currency })
sales_cycle_days = pārdošanas cikls (dienu mediāna)
open_deals = atvērti darījumi
pipeline = darījumu portfelis ({ $currency })
summary-table = Galvenie rādītāji
figure = rādītājs
summary-revenue_chart = Ieņēmumi pa mēnešiem ({ $currency })
summary-months = Ieņēmumi pa mēnešiem
month = mēnesis
summary-stages_chart = Klienti pa posmiem
summary-title = Kopsavilkums
summary-note1 = Aktīvi: posmā customer ar pirkumu pēdējo { $churn_after } laikā (churn_after). Aizgājuši: aktīvi perioda sākumā ({ $until_eve } beigās), bet ne tā beigās; aizplūšanas rādītājs = aizgājuši / aktīvi sākumā.
summary-note2 = Jauni klienti: kļuva par klientiem periodā (pirmā pāreja posmā customer vai pirmais pirkums). CAC = to piesaistes izmaksas / to skaits. Konversija: periodā izveidotie klienti, kas līdz tā beigām kļuva par klientiem.
summary-note3 = Ieņēmumi: periodā datētie pirkumi, atskaitot atmaksas; pasūtījumi: pirkumi ar nenegatīvu summu; vidējais pasūtījums = ieņēmumi / pasūtījumi. NPS: % veicinātāju (9–10) − % kritiķu (0–6) no katra klienta pēdējā vērtējuma periodā.
summary-note4 = Uzvaru īpatsvars: iegūti / (iegūti + zaudēti) no periodā noslēgtajiem darījumiem; pārdošanas cikls: dienu mediāna no atvēršanas līdz noslēgšanai iegūtajiem. Posmi, atvērtie darījumi un portfelis: perioda beigās.

## facts
fact-period = periods
fact-since = no
fact-until = līdz
fact-today = šodien
fact-currency = valūta
fact-by = grupēts pēc
fact-follow-ups_until = atgādinājumi līdz
fact-sla = SLA
fact-model = modelis
fact-holdout_until = pārbaude līdz
fact-horizon = horizonts
fact-customers = klienti
fact-new_in_holdout = jauni pārbaudes periodā
fact-actual_total = faktiski kopā
fact-predicted_total = prognozēti kopā
fact-mean_absolute_error = vidējā absolūtā kļūda
fact-tracking_mape_percent = MAPE pa nedēļām (%)
fact-unit = vienība
fact-scored = novērtēti
fact-cohort = kohorta
fact-discount = diskonts
fact-fitted_on = pielāgots
fact-compare = salīdzināt ar

## agenda: how far a day is
agenda-never = nekad
agenda-today = šodien
agenda-tomorrow = rīt
agenda-case_opened = { $summary } (atvērts { $date }{ $time })
agenda-opened = atvērts { $date }{ $time }
agenda-in_days = { $days ->
    [one] pēc { $days } dienas
   *[other] pēc { $days } dienām
}
agenda-overdue_day = nokavēts 1 dienu
agenda-overdue_days = { $days ->
    [zero] nokavēts { $days } dienas
    [one] nokavēts { $days } dienu
   *[other] nokavēts { $days } dienas
}
agenda-ago_day = pirms 1 dienas
agenda-ago_days = { $days ->
    [one] pirms { $days } dienas
   *[other] pirms { $days } dienām
}

## groups rapport makes, and words rapport writes in facts
report-all = (visi)
fact-value-month = mēnesis
fact-value-quarter = ceturksnis

## clv facts
clv-horizon = { $count ->
    [zero] { $count } mēnešu
    [one] { $count } mēnesis
   *[other] { $count } mēneši
}
clv-discount = { $percent } % mēnesī
clv-unit_day = diena (t_x un T dienās)
clv-unit_week = nedēļa (t_x un T nedēļās)
clv-fitted_on = { $count ->
    [zero] { $count } pircēju
    [one] { $count } pircēja
   *[other] { $count } pircējiem
}

## RFM segments as people read them
rfm-segment-champions = Čempioni
rfm-segment-loyal_customers = Lojāli klienti
rfm-segment-potential_loyalist = Potenciāli lojāli
rfm-segment-new_customers = Jauni klienti
rfm-segment-promising = Daudzsološi
rfm-segment-need_attention = Vajag uzmanību
rfm-segment-about_to_sleep = Gandrīz aizmiguši
rfm-segment-at_risk = Riska grupā
rfm-segment-cant_lose_them = Nedrīkst zaudēt
rfm-segment-hibernating = Iemiguši
rfm-segment-lost = Zaudēti

## the parts of a record (`show`)
record-figures = rādītāji
record-deals = darījumi
record-interactions = saskarsmes
record-cases = pieteikumi

## segment rfm titles
rfm-title = RFM
rfm-summary_title = RFM segmenti
rfm-compare_title = Pārejas starp RFM segmentiem

## The reports of round two: profile, journey, kano, servqual, the pipeline's forecast, velocity, lost and stale sections, the CSAT/CES scores, the agenda's calendar.
agenda-ics-followup_plain = Sazināties ar { $name }
agenda-ics-followup = { $action } — { $name }
agenda-ics-followup_description = Plānots atgādinājums: { $name } ({ $id }). Kad izpildīts: rapport done { $id }
agenda-ics-deal = Plānotā noslēgšana: { $title } — { $name }
agenda-ics-deal_description = Darījums { $id }/{ $key } ({ $stage }{ $value }), klients { $name }. Noslēgt: rapport deal won { $id }/{ $key }
agenda-ics-sla = SLA termiņš: { $summary } — { $name }
agenda-ics-sla_description = Klienta { $name } atbalsta pieteikums, atvērts { $opened }. Atrisināt: rapport case resolve { $address }
journey-median_days = dienu mediāna
journey-nps = NPS (atbildes)
responses-nps = NPS atbildes
journey-csat = CSAT 1–5 (atbildes)
responses-csat = CSAT atbildes
journey-ces = CES 1–7 (atbildes)
responses-ces = CES atbildes
journey-table = Klientu ceļš pa posmiem
journey-chart = Saskarsmes punkti uz klientu: posms × saskarsmes veids
journey-title = Klientu ceļš
journey-note-stay = Ienāca: klienti, kas periodā ienāca posmā (posmā, kurā klients izveidots, tas ienāk dienā `created`, vēlākos posmos — ar savām `stage` pārejām; posmā, ko pāreja izlaiž, klients neienāk). Skaitās katra klienta pirmā šāda uzturēšanās posmā: no ienākšanas līdz nākamajai pārejai vai līdz perioda beigām. Dienu mediāna: no tām uzturēšanās reizēm, kas beidzās līdz perioda beigām.
journey-note-touchpoints = Saskarsmes punkti uz klientu: katra veida saskarsmes (izņemot posma maiņas) uzturēšanās laikā, no ienākšanas dienas līdz dienai pirms nākamās pārejas, dalītas ar ienākušo klientu skaitu. NPS un CSAT: katra klienta pēdējā atbilde uzturēšanās laikā; NPS = % veicinātāju (9–10) − % kritiķu (0–6), CSAT vidējais (1–5), CES vidējais (1–7).
journey-note-outcome = Virzījās tālāk: uzturēšanās beidzās ar pāreju uz posmu, kas nav { $exit }. Izkrita: tā beidzās ar pāreju uz { $exit } vai nebija beigusies, un klientam pēdējo { $churn_after } (churn_after) laikā pirms perioda beigām nebija saskarsmes (saskarsme, kas nav posma maiņa; ienākšana skaitās). Joprojām posmā: pārējie.
touchpoints_total = visi saskarsmes punkti
moved_on = virzījās tālāk
moved_on_share = virzījās tālāk (daļa)
dropped_out = izkrita
dropped_out_share = izkrita (daļa)
still_in = joprojām posmā
kano-table = KANO novērtējums: { $survey }
kano-a = A
kano-o = O
kano-m = M
kano-i = I
kano-r = R
kano-q = Q
kano-plot = Apmierinātība pret neapmierinātību
kano-plot-x = |neapmierinātība|: ja īpašības nav
kano-plot-y = apmierinātība: ja īpašība ir
kano-plot-attractive = pievilcīgā
kano-plot-one_dimensional = viendimensionālā
kano-plot-indifferent = vienaldzīgā
kano-plot-must_be = obligātā
kano-title = KANO analīze: { $survey }
feature = īpašība
n = n
category = kategorija
better = apmierinātība
worse = neapmierinātība
report-scores_note = CSAT: no visām periodā sniegtajām `csat` atbildēm (1–5) to daļa, kas ir 4 vai 5; CES: `ces` atbilžu vidējais (1–7, 7 = bija viegli); katrs kopā ar atbilžu skaitu.
csat_responses = CSAT atbildes
csat = CSAT
ces_responses = CES atbildes
ces = CES (1–7)
pipeline-expected_close = plānotā noslēgšana
pipeline-forecast = Prognoze: atvērtie darījumi pēc plānotā noslēgšanas mēneša
pipeline-velocity = Dienas katrā darījumu posmā
pipeline-lost_reasons = Periodā zaudētie darījumi pēc iemesla
pipeline-lost_stages = Periodā zaudētie darījumi pēc tālākā sasniegtā posma
pipeline-stale = { $days ->
    [zero] Atvērtie darījumi bez aktivitātes { $days } dienas
    [one] Atvērtie darījumi bez aktivitātes { $days } dienu
   *[other] Atvērtie darījumi bez aktivitātes { $days } dienas
}
pipeline-forecast_chart = Svērtā vērtība pēc plānotā noslēgšanas mēneša ({ $currency })
pipeline-note_probability_configured = Varbūtība: iespēja, ka posmā esošs darījums tiks iegūts, no [deal_probabilities] failā rapport.toml. Svērtā vērtība: katra atvērtā darījuma vērtība × tā posma varbūtība, ar centu precizitāti.
pipeline-note_probability_estimated = Varbūtība: iespēja, ka posmā esošs darījums tiks iegūts, aprēķināta no grāmatas noslēgtajiem darījumiem (to var iestatīt ar [deal_probabilities] failā rapport.toml). Aprēķināta (`iegūti no sasniegušajiem`): no darījumiem, kas noslēgti līdz perioda beigām un sasniedza posmu (iegūts darījums sasniedza visus posmus, zaudēts — posmus līdz tālākajam sasniegtajam), iegūto daļa. Svērtā vērtība: katra atvērtā darījuma vērtība × tā posma varbūtība, ar centu precizitāti.
pipeline-note_probability_mixed = Varbūtība: iespēja, ka posmā esošs darījums tiks iegūts, no [deal_probabilities] failā rapport.toml, kur norādīta, citādi aprēķināta no grāmatas noslēgtajiem darījumiem. Aprēķināta (`iegūti no sasniegušajiem`): no darījumiem, kas noslēgti līdz perioda beigām un sasniedza posmu (iegūts darījums sasniedza visus posmus, zaudēts — posmus līdz tālākajam sasniegtajam), iegūto daļa. Svērtā vērtība: katra atvērtā darījuma vērtība × tā posma varbūtība, ar centu precizitāti.
pipeline-note_forecast = Prognoze: atvērtie darījumi pēc to plānotās (`expected`) noslēgšanas dienas mēneša ((nav): bez tās), ar to vērtību un svērto vērtību.
pipeline-note_velocity = Dienas posmā: katra posma uzturēšanās, kas sākās periodā un līdz tā beigām beidzās ar reģistrētu pāreju (`kind = "deal"`); darījums no atvēršanas dienas atrodas posmā, no kura notika tā pirmā pāreja.
pipeline-note_lost = Zaudēti pēc iemesla (`lost_reason`) un pēc tālākā posma darījuma ceļā: periodā zaudētie darījumi; darījums bez reģistrētām pārejām skaitās atvērts pirmajā darījumu posmā.
pipeline-note_stale = { $days ->
    [one] Neaktīvi: atvērtie darījumi, kuru pēdējā aktivitāte (klienta pēdējā saskarsme, kas nav pāreja, paša darījuma pēdējā pāreja vai tā atvēršanas diena) ir { $days } dienu vai vairāk pirms perioda beigām, kā darba kārtībā.
   *[other] Neaktīvi: atvērtie darījumi, kuru pēdējā aktivitāte (klienta pēdējā saskarsme, kas nav pāreja, paša darījuma pēdējā pāreja vai tā atvēršanas diena) ir { $days } dienas vai vairāk pirms perioda beigām, kā darba kārtībā.
}
probability = varbūtība
weighted_value = svērtā vērtība ({ $currency })
reason = iemesls
deal = darījums
idle_days = dienas bez aktivitātes
probability_source = varbūtības avots
stays = pabeigtās uzturēšanās
title = nosaukums
profile-chart = Ieņēmumu daļa pa segmentiem
profile-csat = CSAT (1–5)
profile-top = biežākais: { $field }
profile-top_share = daļa
profile-clv = vidējā prognozētā CLV ({ $currency })
profile-table = Profili
profile-note-figures = Klienti: segmenta klienti, kas pastāv perioda beigās; daļa no visiem klientiem: no klientiem, ko aptver pārskats (visiem vai tiem, ko atlasa --where). Ieņēmumi: periodā veiktie pirkumi, atskaitot atmaksas; ieņēmumu daļa: no visu klientu ieņēmumiem; ieņēmumu mediāna: no katra klienta ieņēmumiem periodā, ieskaitot nulles; vidējais pasūtījums = ieņēmumi / pasūtījumi; pasūtījumi uz klientu = pasūtījumi / klienti.
profile-note-contact = Dienas kopš pēdējās saskarsmes: no katra klienta pēdējās saskarsmes, kas nav posma maiņa, līdz perioda beigām (klienti, ar kuriem nekad nav sazinājušies, netiek skaitīti). NPS un CSAT: katra klienta pēdējā atbilde periodā; NPS = % veicinātāju (9–10) − % kritiķu (0–6), CSAT vidējais (1–5).
profile-note-mix = Posmu sadalījums: klientu posmi perioda beigās kā segmenta daļas. Biežākās vērtības: trīs biežākās, katra ar savu daļu segmentā (klienti bez vērtības netiek skaitīti). Vidējā prognozētā CLV: klientiem ar pirkumu, 12 mēneši, diskontēti ar 1 % mēnesī, modeļi (BG/NBD × Gamma-Gamma) pielāgoti visas grāmatas pirkumiem līdz perioda beigām, kā to dara `report clv`.
profile-note-no_clv = Nav prognozētās CLV: modeļus nevar pielāgot šai grāmatai ({ $reason }).
profile-title = Profili
share_of_book = daļa no visiem klientiem
orders_per_customer = pasūtījumi uz klientu
median_days_since_contact = dienu mediāna kopš pēdējās saskarsmes
clv_customers = klienti ar prognozi
median_revenue = ieņēmumu mediāna ({ $currency })
service-note3 = NPS: no katra klienta pēdējā `nps` vērtējuma periodā, % veicinātāju (9–10) − % kritiķu (0–6).
servqual-note1 = Apgalvojuma plaisa = vidējā uztvere − vidējās gaidas (1–7) respondentiem, kas novērtēja abas puses; dimensijas gaidas, uztvere un plaisa ir tās apgalvojumu vidējie. n: respondenti, kas novērtēja abas puses vismaz vienam apgalvojumam.
servqual-note2 = Svars: respondentu piešķirto punktu vidējais dimensijai / 100 (vienādi svari, ja punktus neviens nedeva); svērtā plaisa = plaisa × svars. Kopā: nesvērtā = dimensiju plaisu vidējais, svērtā = svērto plaisu summa.
servqual-table = SERVQUAL plaisas: { $survey }
servqual-chart = Plaisa pa dimensijām (uztvere − gaidas)
servqual-title = SERVQUAL analīze: { $survey }
servqual-items = Aptaujas { $survey } SERVQUAL apgalvojumi
servqual-items_title = SERVQUAL apgalvojumi: { $survey }
dimension = dimensija
items = apgalvojumi
expectation = gaidas
perception = uztvere
gap = plaisa
weight = svars
weighted_gap = svērtā plaisa
item = apgalvojums
kano-note1 = Katra respondenta atbildes uz īpašības funkcionālo un disfunkcionālo jautājumu pēc novērtēšanas tabulas dod A (pievilcīgā), O (viendimensionālā), M (obligātā), I (vienaldzīgā), R (pretējā) vai Q (apšaubāmā); n ir to respondentu skaits, kuri atbildēja uz abiem jautājumiem.
kano-note2 = Kategorija: biežākā, vienādu skaitu gadījumā M > O > A > I > R > Q. Apmierinātība = (A+O)/(A+O+M+I), neapmierinātība = −(O+M)/(A+O+M+I) (Berger u. c., 1993).
kano-category-a = A pievilcīgā
kano-category-o = O viendimensionālā
kano-category-m = M obligātā
kano-category-i = I vienaldzīgā
kano-category-r = R pretējā
kano-category-q = Q apšaubāmā
servqual-overall_weighted = kopā (svērtā)
servqual-overall_unweighted = kopā (nesvērtā)
servqual-dimension-tangibles = materiālā vide
servqual-dimension-reliability = uzticamība
servqual-dimension-responsiveness = atsaucība
servqual-dimension-assurance = pārliecība
servqual-dimension-empathy = empātija
pipeline-won_of_reached = { $won } no { $reached } ({ $percent } %)
pipeline-open_total = atvērtie kopā
fact-probabilities = varbūtības
fact-segments = segmenti
fact-survey = aptauja
fact-value-estimated = aprēķinātas
fact-value-configured = iestatītas
fact-value-mixed = jauktas
service-within_of = { $within } no { $decided } ({ $percent } %)
report-csat_of = { $percent } % no { $count }
report-ces_of = { $mean } no { $count }
journey-score_of = { $score } ({ $count })
journey-count_share = { $count } ({ $percent } %)
