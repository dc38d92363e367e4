# rapport česky. Identifikátory zpráv jsou stejné jako v locales/en/rapport.ftl.

## The language module's own examples.
lang-customers = { $count ->
    [one] { $count } zákazník
    [few] { $count } zákazníci
    [many] { $count } zákazníka
   *[other] { $count } zákazníků
}
lang-test = hodnota ({ $currency })

## clv
clv-title = Celoživotní hodnota zákazníka
clv-table = Zákazníci
x = x
mean_spend = průměrný nákup ({ $currency })
expected_spend = očekávaný nákup ({ $currency })
clv = CLV ({ $currency })
t_x = t_x
T = T
p_alive = p_aktivní
expected_purchases = očekávané nákupy

## report
fact-period_range = { $since } až { $until } včetně
report-none = (žádné)

## activity
owner = odpovědná osoba
customers = zákazníci
kind = druh
interactions = kontakty
total = celkem
activity-table = Kontakty podle odpovědné osoby a druhu
activity-owners = Kontakty podle odpovědné osoby
activity-kinds = Kontakty podle druhu
activity-months = Kontakty podle měsíců
activity-title = Aktivita
activity-note1 = Kontakty s datem v období, všech druhů kromě `stage` (záznam rapportu o změně fáze). Odpovědná osoba: ta u kontaktu, jinak ta u zákazníka. Zákazníci: kolik různých zákazníků kontakty dané osoby zasáhly.

## agenda
id = id
name = název
what = co
type = typ
date = datum
days = dny
when = kdy
agenda-title = Agenda
agenda-followups = Připomínky do { $horizon }, nejdřív zpožděné
due = termín
agenda-support = Otevřené požadavky podpory po termínu SLA ({ $sla })
deadline = termín
agenda-deals = Otevřené obchody bez aktivity { $days } dní
last_activity = poslední aktivita
agenda-note1 = Připomínku označíte jako vyřízenou pomocí `rapport done ID` (přidejte --next DATUM ÚKON pro naplánování další). Poslední aktivita obchodu je nejpozdější z těchto dnů: poslední kontakt se zákazníkem (ne změna fáze či obchodu), poslední změna obchodu a den jeho otevření.

## clv_holdout
clv-holdout-bins = Nákupy v kontrolním období podle počtu opakovaných nákupů v kalibraci
actual_mean = skutečný průměr
predicted_mean = předpovězený průměr
clv-holdout-tracking = Kumulativní opakované nákupy po týdnech
week = týden
end = konec
period = období
actual = skutečnost
expected = očekávání
actual_cumulative = skutečnost kumulativně
expected_cumulative = očekávání kumulativně
clv-holdout-totals = Součty kontrolního období
value = hodnota
clv-holdout-tracking_chart = Kumulativní opakované nákupy po týdnech: skutečnost a očekávání
clv-holdout-title = Kontrola předpovědi modelu { $model }: kalibrace do { $today }, kontrolní období do { $until }
clv-holdout-bins_chart = Průměrné nákupy v kontrolním období podle počtu opakovaných nákupů x
clv-holdout-note1 = Model byl odhadnut z nákupů do { $today }; zákazníci, kteří poprvé nakoupili v kontrolním období ({ $new }), se nepočítají. Nákupy v jednom dni se počítají jednou.

## cohorts
cohort = kohorta
size = velikost
k = k
share = podíl
cohorts-chart = Udržení podle { $unit ->
    [month] měsíce
   *[quarter] čtvrtletí
} první objednávky{ $group }
cohorts-shares = Podíl každé kohorty objednávající k { $unit ->
    [month] měsíců
   *[quarter] čtvrtletí
} po první objednávce{ $group }
cohorts-counts = Zákazníci každé kohorty objednávající k { $unit ->
    [month] měsíců
   *[quarter] čtvrtletí
} po první objednávce{ $group }
cohorts-title = Kohorty udržení zákazníků
cohorts-note1 = Kohorta: { $unit ->
    [month] měsíc
   *[quarter] čtvrtletí
} první objednávky zákazníka (nákup s nezápornou částkou); velikost: počet jejích zákazníků. Buňka k: podíl (a počet) kohorty, který objednal k { $unit ->
    [month] měsíců
   *[quarter] čtvrtletí
} poté; k = 0 je 100 %.
cohorts-note2 = Období začíná celým { $unit ->
    [month] měsícem
   *[quarter] čtvrtletím
}, který obsahuje --since. Poslední buňka každého řádku je { $unit ->
    [month] měsíc
   *[quarter] čtvrtletí
} obsahující --until a může být neúplná.

## followups
planned = naplánováno
overdue = zpožděno
due_7d = do 7 dní
later = později
unplanned = aktivní, nic nenaplánováno
contacted = kontaktováno v období
followups-table = Připomínky podle odpovědné osoby k { $end }
followups-chart = Zpožděné připomínky podle odpovědné osoby
followups-overdue = Zpožděné připomínky
days_overdue = dní po termínu
action = úkon
followups-title = Připomínky
followups-note1 = K { $end }, podle připomínky [next] každého zákazníka, jak ji soubor právě obsahuje: zpožděné (s datem před { $end }), do 7 dní ({ $end } až { $soon }), později. Aktivní, nic nenaplánováno: zákazníci ve fázi customer nebo dřívější bez data [next]. Kontaktováno: zákazníci s kontaktem v období (ne změnou fáze). Odpovědná osoba: ta u zákazníka.

## funnel
funnel-table = Prodejní trychtýř
stage = fáze
entered = vstoupili
next = pokračovali do
converted = konvertovali
conversion = konverze
median_days = medián dní ve fázi
funnel-chart = Zákazníci vstupující do jednotlivých fází
funnel-title = Prodejní trychtýř
funnel-note1 = Vstoupili: zákazníci, kteří v období vstoupili do fáze (fáze, ve které byl zákazník založen, se počítá ke dni `created`; další fáze podle jejich kontaktů `stage`).
funnel-note2 = Konvertovali: z nich zákazníci, kteří do konce období vstoupili do další fáze životního cyklu; přechod, který přeskočí fáze až do customer (lead → customer), jimi prochází. Medián dní: z pobytů ve fázi, které začaly v období a skončily do jeho konce.

## nps
nps-table = Net Promoter Score
since = od
until = do
responses = odpovědi
promoters = promotéři
passives = pasivní
detractors = kritici
nps = NPS
nps-chart = NPS podle období (−100 až 100)
nps-title = Net Promoter Score (NPS)
nps-note1 = Z posledního hodnocení každého zákazníka v období: promotéři 9–10, pasivní 7–8, kritici 0–6; NPS = % promotérů − % kritiků (−100 až 100). `all` je celé období; ostatní řádky jsou jeho kalendářní období, první a poslední oříznuté na něj.

## pipeline
deals = obchody
pipeline-value = hodnota ({ $currency })
status = stav
pipeline-median_days = medián dní
pipeline-open = Otevřené obchody na konci období
median_age = medián stáří (dny)
pipeline-closed = Obchody uzavřené v období
outcome = výsledek
median_cycle = medián cyklu (dny)
win_rate = úspěšnost
pipeline-chart = Hodnota otevřených obchodů podle fáze ({ $currency })
pipeline-title = Obchodní pipeline
pipeline-note1 = Otevřené: obchody otevřené do konce období a do té doby nevyhrané ani neprohrané; jejich stáří jsou dny od otevření do konce období. Podíl: z hodnoty otevřených obchodů.
pipeline-note2 = Vyhrané a prohrané: obchody uzavřené v období; jejich cyklus jsou dny od otevření do uzavření. Úspěšnost = vyhrané / (vyhrané + prohrané).

## rfm
rfm-table = Zákazníci
recency_days = dní od posledního
frequency = frekvence
monetary = hodnota ({ $currency })
r = R
f = F
m = M
code = kód
segment = segment
rfm-note1 = R: dny od poslední objednávky; F: objednávky; M: tržby (po odečtení vratek). Skóre 1–5, 5 nejlepší, podle pořadí (R sestupně, F, M vzestupně; shody podle id): pozice i z n má skóre max(1, ⌈5(i−1)/(n−1)⌉). Segment se určí z kódu RFM (viz docs/rfm-clv.md).
rfm-chart = Zákazníci podle segmentu RFM
group = skupina
revenue = tržby ({ $currency })
revenue_share = podíl na tržbách
rfm-segments = Segmenty
from = z
to = do
from_to = z \ do
rfm-moves = Přesuny zákazníků mezi segmenty (řádky: dříve, sloupce: nyní)
rfm-moves_chart = Kam odešli zákazníci každého segmentu (podíl řádku)
rfm-note2 = Sloupce: { $legend }.
rfm-note3 = Každá strana je hodnocena podle nákupů do svého dne, mezi zákazníky s objednávkou do té doby; (žádné): k dřívějšímu dni zatím bez objednávky.

## service
service-table = Požadavky podpory
opened = otevřeno
resolved = vyřešeno
median_hours = medián hodin do vyřešení
decided = rozhodnuto
within_sla = v termínu SLA
within_sla_share = v termínu SLA ({ $sla })
open_at_end = otevřeno na konci
overdue_at_end = po SLA na konci
service-opened = Otevřené požadavky podle období
service-hours = Medián hodin do vyřešení podle období
service-title = Zákaznická podpora
service-note1 = Požadavky: kontakty `support`, otevřené v jejich datum, vyřešené v čase `resolved` (samotné datum znamená jeho půlnoc). Medián hodin: z požadavků vyřešených v období. V termínu SLA: z požadavků otevřených v období, jejichž výsledek je znám do konce období (vyřešené, nebo po termínu + { $sla }), ty vyřešené v termínu.
service-note2 = Otevřeno na konci: požadavky otevřené do konce období a do té doby nevyřešené, bez ohledu na datum otevření; po SLA: ty z nich po termínu. `all` je celé období; ostatní řádky jsou jeho kalendářní období, první a poslední oříznuté na něj.

## summary
new_customers = noví zákazníci
active_at_start = aktivní na začátku
active = aktivní na konci
churned = odešlí
churn_rate = míra odchodu
orders = objednávky
aov = průměrná objednávka ({ $currency })
nps_responses = odpovědi v průzkumu
acquisition_cost = náklady na získání ({ $currency })
cac = CAC ({ $currency })
created = založení zákazníci
deals_won = vyhrané obchody
deals_lost = prohrané obchody
won_value = vyhraná hodnota ({ $currency })
sales_cycle_days = prodejní cyklus (medián dní)
open_deals = otevřené obchody
pipeline = hodnota pipeline ({ $currency })
summary-table = Klíčové ukazatele
figure = ukazatel
summary-revenue_chart = Tržby podle měsíců ({ $currency })
summary-months = Tržby podle měsíců
month = měsíc
summary-stages_chart = Zákazníci podle fáze
summary-title = Přehled
summary-note1 = Aktivní: ve fázi customer s nákupem během { $churn_after } (churn_after). Odešlí: aktivní na začátku období (na konci { $until_eve }), ale ne na jeho konci; míra odchodu = odešlí / aktivní na začátku.
summary-note2 = Noví zákazníci: stali se zákazníky v období (první přechod do fáze customer nebo první nákup). CAC = jejich náklady na získání / jejich počet. Konverze: zákazníci založení v období, kteří se do jeho konce stali zákazníky.
summary-note3 = Tržby: nákupy s datem v období po odečtení vratek; objednávky: nákupy s nezápornou částkou; průměrná objednávka = tržby / objednávky. NPS: % promotérů (9–10) − % kritiků (0–6) z posledního hodnocení každého zákazníka v období.
summary-note4 = Úspěšnost: vyhrané / (vyhrané + prohrané) z obchodů uzavřených v období; prodejní cyklus: medián dní od otevření do uzavření vyhraných. Fáze, otevřené obchody a pipeline: ke konci období.

## facts
fact-period = období
fact-since = od
fact-until = do
fact-today = dnes
fact-currency = měna
fact-by = podle
fact-follow-ups_until = připomínky do
fact-sla = SLA
fact-model = model
fact-holdout_until = kontrolní období do
fact-horizon = horizont
fact-customers = zákazníci
fact-new_in_holdout = noví v kontrolním období
fact-actual_total = skutečně celkem
fact-predicted_total = předpověď celkem
fact-mean_absolute_error = průměrná absolutní chyba
fact-tracking_mape_percent = MAPE po týdnech (%)
fact-unit = jednotka
fact-scored = hodnoceno
fact-cohort = kohorta
fact-discount = diskont
fact-fitted_on = odhadnuto na
fact-compare = porovnání s

## agenda: how far a day is
agenda-never = nikdy
agenda-today = dnes
agenda-tomorrow = zítra
agenda-case_opened = { $summary } (otevřen { $date }{ $time })
agenda-opened = otevřen { $date }{ $time }
agenda-in_days = { $days ->
    [one] za { $days } den
    [few] za { $days } dny
   *[other] za { $days } dní
}
agenda-overdue_day = 1 den po termínu
agenda-overdue_days = { $days ->
    [one] { $days } den po termínu
    [few] { $days } dny po termínu
   *[other] { $days } dní po termínu
}
agenda-ago_day = před 1 dnem
agenda-ago_days = { $days ->
    [one] před { $days } dnem
   *[other] před { $days } dny
}

## groups rapport makes, and words rapport writes in facts
report-all = (vše)
fact-value-month = měsíc
fact-value-quarter = čtvrtletí

## clv facts
clv-horizon = { $count ->
    [one] { $count } měsíc
    [few] { $count } měsíce
    [many] { $count } měsíce
   *[other] { $count } měsíců
}
clv-discount = { $percent } % měsíčně
clv-unit_day = den (t_x a T ve dnech)
clv-unit_week = týden (t_x a T v týdnech)
clv-fitted_on = { $count ->
    [one] { $count } kupující
    [few] { $count } kupujících
    [many] { $count } kupujícího
   *[other] { $count } kupujících
}

## RFM segments as people read them
rfm-segment-champions = Šampioni
rfm-segment-loyal_customers = Věrní zákazníci
rfm-segment-potential_loyalist = Potenciálně věrní
rfm-segment-new_customers = Noví zákazníci
rfm-segment-promising = Slibní
rfm-segment-need_attention = Vyžadují pozornost
rfm-segment-about_to_sleep = Usínající
rfm-segment-at_risk = Ohrožení
rfm-segment-cant_lose_them = Nesmíme ztratit
rfm-segment-hibernating = Spící
rfm-segment-lost = Ztracení

## the parts of a record (`show`)
record-figures = ukazatele
record-deals = obchody
record-interactions = kontakty
record-cases = požadavky

## segment rfm titles
rfm-title = RFM
rfm-summary_title = Segmenty RFM
rfm-compare_title = Přesuny mezi segmenty RFM

## The reports of round two: profile, journey, kano, servqual, the pipeline's forecast, velocity, lost and stale sections, the CSAT/CES scores, the agenda's calendar.
agenda-ics-followup_plain = Ozvat se: { $name }
agenda-ics-followup = { $action } — { $name }
agenda-ics-followup_description = Naplánovaná připomínka: { $name } ({ $id }). Po vyřízení: rapport done { $id }
agenda-ics-deal = Očekávané uzavření: { $title } — { $name }
agenda-ics-deal_description = Obchod { $id }/{ $key } ({ $stage }{ $value }), zákazník { $name }. Uzavřít: rapport deal won { $id }/{ $key }
agenda-ics-sla = Termín SLA: { $summary } — { $name }
agenda-ics-sla_description = Požadavek podpory zákazníka { $name }, otevřen { $opened }. Vyřešit: rapport case resolve { $address }
journey-median_days = medián dní
journey-nps = NPS (odpovědi)
responses-nps = odpovědi NPS
journey-csat = CSAT 1–5 (odpovědi)
responses-csat = odpovědi CSAT
journey-ces = CES 1–7 (odpovědi)
responses-ces = odpovědi CES
journey-table = Zákaznická cesta podle fáze
journey-chart = Kontaktní body na zákazníka: fáze × druh kontaktu
journey-title = Zákaznická cesta
journey-note-stay = Vstoupili: zákazníci, kteří v období vstoupili do fáze (do fáze, ve které byl zákazník založen, vstupuje v den `created`, do dalších fází svými přechody `stage`; do fáze, kterou přechod přeskočil, nevstupuje). Počítá se první takový pobyt každého zákazníka: od vstupu do dalšího přechodu nebo do konce období. Medián dní: z pobytů, které skončily do konce období.
journey-note-touchpoints = Kontaktní body na zákazníka: kontakty každého druhu (kromě změn fáze) během pobytů, ode dne vstupu do dne před dalším přechodem, vydělené počtem zákazníků, kteří vstoupili. NPS a CSAT: poslední odpověď každého zákazníka během pobytu; NPS = % promotérů (9–10) − % kritiků (0–6), CSAT průměr (1–5), CES průměr (1–7).
journey-note-outcome = Postoupili: pobyt skončil přechodem do jiné fáze než { $exit }. Odpadli: skončil přechodem do { $exit }, nebo neskončil a zákazník neměl žádný kontakt (kontakt jiný než změna fáze; vstup se počítá) během { $churn_after } (churn_after) před koncem období. Stále ve fázi: ostatní.
touchpoints_total = všechny kontaktní body
moved_on = postoupili
moved_on_share = postoupili (podíl)
dropped_out = odpadli
dropped_out_share = odpadli (podíl)
still_in = stále ve fázi
kano-table = Hodnocení KANO: { $survey }
kano-a = A
kano-o = O
kano-m = M
kano-i = I
kano-r = R
kano-q = Q
kano-plot = Spokojenost proti nespokojenosti
kano-plot-x = |nespokojenost|: když vlastnost chybí
kano-plot-y = spokojenost: když je vlastnost přítomna
kano-plot-attractive = atraktivní
kano-plot-one_dimensional = výkonová
kano-plot-indifferent = indiferentní
kano-plot-must_be = základní
kano-title = Analýza KANO: { $survey }
feature = vlastnost
n = n
category = kategorie
better = spokojenost
worse = nespokojenost
report-scores_note = CSAT: ze všech odpovědí `csat` (1–5) daných v období podíl odpovědí 4 nebo 5; CES: průměrná odpověď `ces` (1–7, 7 = bylo to snadné); každé s počtem odpovědí.
csat_responses = odpovědi CSAT
csat = CSAT
ces_responses = odpovědi CES
ces = CES (1–7)
pipeline-expected_close = očekávané uzavření
pipeline-forecast = Předpověď: otevřené obchody podle měsíce očekávaného uzavření
pipeline-velocity = Dny v jednotlivých fázích obchodu
pipeline-lost_reasons = Obchody prohrané v období podle důvodu
pipeline-lost_stages = Obchody prohrané v období podle nejdále dosažené fáze
pipeline-stale = { $days ->
    [one] Otevřené obchody bez aktivity { $days } den
    [few] Otevřené obchody bez aktivity { $days } dny
   *[other] Otevřené obchody bez aktivity { $days } dní
}
pipeline-forecast_chart = Vážená hodnota podle měsíce očekávaného uzavření ({ $currency })
pipeline-note_probability_configured = Pravděpodobnost: šance, že obchod v dané fázi bude vyhrán, podle [deal_probabilities] v rapport.toml. Vážená hodnota: hodnota každého otevřeného obchodu × pravděpodobnost jeho fáze, na haléře.
pipeline-note_probability_estimated = Pravděpodobnost: šance, že obchod v dané fázi bude vyhrán, odhadnutá z uzavřených obchodů v knize (lze ji nastavit v [deal_probabilities] v rapport.toml). Odhad (`vyhrané z dosažených`): z obchodů uzavřených do konce období, které fázi dosáhly (vyhraný obchod dosáhl všech fází, prohraný fází až po nejdále dosaženou), podíl vyhraných. Vážená hodnota: hodnota každého otevřeného obchodu × pravděpodobnost jeho fáze, na haléře.
pipeline-note_probability_mixed = Pravděpodobnost: šance, že obchod v dané fázi bude vyhrán, podle [deal_probabilities] v rapport.toml, kde je nastavena, jinak odhadnutá z uzavřených obchodů v knize. Odhad (`vyhrané z dosažených`): z obchodů uzavřených do konce období, které fázi dosáhly (vyhraný obchod dosáhl všech fází, prohraný fází až po nejdále dosaženou), podíl vyhraných. Vážená hodnota: hodnota každého otevřeného obchodu × pravděpodobnost jeho fáze, na haléře.
pipeline-note_forecast = Předpověď: otevřené obchody podle měsíce jejich očekávaného (`expected`) dne uzavření ((žádné): bez něj), s jejich hodnotou a váženou hodnotou.
pipeline-note_velocity = Dny ve fázi: pobyty v každé fázi, které začaly v období a do jeho konce skončily zaznamenaným přechodem (`kind = "deal"`); obchod je ode dne otevření ve fázi, ze které vedl jeho první přechod.
pipeline-note_lost = Prohrané podle důvodu (`lost_reason`) a podle nejdále dosažené fáze na cestě obchodu: obchody prohrané v období; obchod bez zaznamenaných přechodů se počítá jako otevřený v první fázi obchodu.
pipeline-note_stale = { $days ->
    [one] Neaktivní: otevřené obchody, jejichž poslední aktivita (poslední kontakt zákazníka, který není přechodem, poslední přechod obchodu samotného nebo den jeho otevření) je { $days } den nebo více před koncem období, podle pravidla agendy.
    [few] Neaktivní: otevřené obchody, jejichž poslední aktivita (poslední kontakt zákazníka, který není přechodem, poslední přechod obchodu samotného nebo den jeho otevření) je { $days } dny nebo více před koncem období, podle pravidla agendy.
   *[other] Neaktivní: otevřené obchody, jejichž poslední aktivita (poslední kontakt zákazníka, který není přechodem, poslední přechod obchodu samotného nebo den jeho otevření) je { $days } dní nebo více před koncem období, podle pravidla agendy.
}
probability = pravděpodobnost
weighted_value = vážená hodnota ({ $currency })
reason = důvod
deal = obchod
idle_days = dní bez aktivity
probability_source = zdroj pravděpodobnosti
stays = ukončené pobyty
title = název
profile-chart = Podíl na tržbách podle segmentu
profile-csat = CSAT (1–5)
profile-top = nejčastější: { $field }
profile-top_share = podíl
profile-clv = průměrná předpovězená CLV ({ $currency })
profile-table = Profily
profile-note-figures = Zákazníci: zákazníci segmentu existující na konci období; podíl ze všech zákazníků: ze zákazníků, které přehled zahrnuje (všech, nebo těch, které vybere --where). Tržby: nákupy v období po odečtení vratek; podíl na tržbách: z tržeb všech zákazníků; medián tržeb: z tržeb každého zákazníka v období, včetně nul; průměrná objednávka = tržby / objednávky; objednávky na zákazníka = objednávky / zákazníci.
profile-note-contact = Dny od posledního kontaktu: od posledního kontaktu každého zákazníka, který není změnou fáze, do konce období (zákazníci, se kterými nikdy nebyl kontakt, se nepočítají). NPS a CSAT: poslední odpověď každého zákazníka v období; NPS = % promotérů (9–10) − % kritiků (0–6), CSAT průměr (1–5).
profile-note-mix = Rozložení fází: fáze zákazníků na konci období jako podíly segmentu. Nejčastější hodnoty: tři nejčastější, každá se svým podílem v segmentu (zákazníci bez hodnoty se nepočítají). Průměrná předpovězená CLV: u zákazníků s nákupem, 12 měsíců diskontovaných 1 % měsíčně, modely (BG/NBD × Gamma-Gamma) odhadnuté z nákupů celé knihy do konce období, stejně jako `report clv`.
profile-note-no_clv = Žádná předpovězená CLV: modely nelze na této knize odhadnout ({ $reason }).
profile-title = Profily
share_of_book = podíl ze všech zákazníků
orders_per_customer = objednávky na zákazníka
median_days_since_contact = medián dní od posledního kontaktu
clv_customers = zákazníci s předpovědí
median_revenue = medián tržeb ({ $currency })
service-note3 = NPS: z posledního hodnocení `nps` každého zákazníka v období, % promotérů (9–10) − % kritiků (0–6).
servqual-note1 = Mezera položky = průměrné vnímání − průměrné očekávání (1–7) u respondentů, kteří hodnotili obojí; očekávání, vnímání a mezera dimenze jsou průměry jejích položek. n: respondenti, kteří hodnotili obě strany alespoň jedné položky.
servqual-note2 = Váha: průměr bodů, které respondenti přidělili dimenzi, / 100 (stejné váhy, když body nikdo nepřidělil); vážená mezera = mezera × váha. Celkem: nevážená = průměr mezer dimenzí, vážená = součet vážených mezer.
servqual-table = Mezery SERVQUAL: { $survey }
servqual-chart = Mezera podle dimenze (vnímání − očekávání)
servqual-title = Analýza SERVQUAL: { $survey }
servqual-items = Položky SERVQUAL průzkumu { $survey }
servqual-items_title = Položky SERVQUAL: { $survey }
dimension = dimenze
items = položky
expectation = očekávání
perception = vnímání
gap = mezera
weight = váha
weighted_gap = vážená mezera
item = položka
kano-note1 = Odpovědi každého respondenta na funkční a dysfunkční otázku k vlastnosti se podle vyhodnocovací tabulky převedou na A (atraktivní), O (výkonová), M (základní), I (indiferentní), R (reverzní) nebo Q (sporná); n je počet respondentů, kteří odpověděli na obě.
kano-note2 = Kategorie: nejčastější, při shodě rozhoduje pořadí M > O > A > I > R > Q. Spokojenost = (A+O)/(A+O+M+I), nespokojenost = −(O+M)/(A+O+M+I) (Berger et al. 1993).
kano-category-a = A atraktivní
kano-category-o = O výkonová
kano-category-m = M základní
kano-category-i = I indiferentní
kano-category-r = R reverzní
kano-category-q = Q sporná
servqual-overall_weighted = celkem (vážená)
servqual-overall_unweighted = celkem (nevážená)
servqual-dimension-tangibles = hmatatelné prvky
servqual-dimension-reliability = spolehlivost
servqual-dimension-responsiveness = vstřícnost
servqual-dimension-assurance = jistota
servqual-dimension-empathy = empatie
pipeline-won_of_reached = { $won } z { $reached } ({ $percent } %)
pipeline-open_total = otevřené celkem
fact-probabilities = pravděpodobnosti
fact-segments = segmenty
fact-survey = průzkum
fact-value-estimated = odhadnuté
fact-value-configured = nastavené
fact-value-mixed = smíšené
service-within_of = { $within } z { $decided } ({ $percent } %)
report-csat_of = { $percent } % z { $count }
report-ces_of = { $mean } z { $count }
journey-score_of = { $score } ({ $count })
journey-count_share = { $count } ({ $percent } %)
