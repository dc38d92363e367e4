# rapport на српском (ћирилица); sr-Latn се добија пресловљавањем.
# Идентификатори порука су исти као у locales/en/rapport.ftl.

## The language module's own examples.
lang-customers = { $count ->
    [one] { $count } купац
    [few] { $count } купца
   *[other] { $count } купаца
}
lang-test = вредност ({ $currency })

## clv
clv-title = Животна вредност купца
clv-table = Купци
x = x
mean_spend = просечна куповина ({ $currency })
expected_spend = очекивана куповина ({ $currency })
clv = CLV ({ $currency })
t_x = t_x
T = T
p_alive = p_активан
expected_purchases = очекиване куповине

## report
fact-period_range = од { $since } до { $until }, оба дана укључена
report-none = (нема)

## activity
owner = одговорно лице
customers = купци
kind = врста
interactions = контакти
total = укупно
activity-table = Контакти по одговорном лицу и врсти
activity-owners = Контакти по одговорном лицу
activity-kinds = Контакти по врсти
activity-months = Контакти по месецима
activity-title = Активност
activity-note1 = Контакти са датумом у периоду, свих врста осим `stage` (запис rapport-а о промени фазе). Одговорно лице: оно на контакту, иначе оно на купцу. Купци: колико различитих купаца су обухватили контакти тог лица.

## agenda
id = id
name = назив
what = шта
type = тип
date = датум
days = дани
when = када
agenda-title = Агенда
agenda-followups = Подсетници до { $horizon }, прво закаснели
due = рок
agenda-support = Отворени захтеви подршке после SLA рока ({ $sla })
deadline = рок
agenda-deals = Отворени послови без активности { $days } дана
last_activity = последња активност
agenda-note1 = Подсетник означите као обављен са `rapport done ID` (додајте --next ДАТУМ РАДЊА да закажете следећи). Последња активност посла је најкаснији од ових дана: последњи контакт са купцем (не промена фазе или посла), последња промена посла и дан отварања посла.

## clv_holdout
clv-holdout-bins = Куповине у контролном периоду по броју поновљених куповина у калибрацији
actual_mean = стварни просек
predicted_mean = предвиђени просек
clv-holdout-tracking = Кумулативне поновљене куповине по недељама
week = недеља
end = крај
period = период
actual = стварно
expected = очекивано
actual_cumulative = стварно кумулативно
expected_cumulative = очекивано кумулативно
clv-holdout-totals = Збирови контролног периода
value = вредност
clv-holdout-tracking_chart = Кумулативне поновљене куповине по недељама: стварно и очекивано
clv-holdout-title = Провера прогнозе модела { $model }: калибрација до { $today }, контролни период до { $until }
clv-holdout-bins_chart = Просечне куповине у контролном периоду по броју поновљених куповина x
clv-holdout-note1 = Модел је процењен на куповинама до { $today }; купци који су први пут куповали у контролном периоду ({ $new }) се не рачунају. Куповине истог дана рачунају се као једна.

## cohorts
cohort = кохорта
size = величина
k = k
share = удео
cohorts-chart = Задржавање по { $unit ->
    [month] месецу
   *[quarter] кварталу
} прве поруџбине{ $group }
cohorts-shares = Удео сваке кохорте који је поручио k { $unit ->
    [month] месеци
   *[quarter] квартала
} после прве поруџбине{ $group }
cohorts-counts = Купци сваке кохорте који су поручили k { $unit ->
    [month] месеци
   *[quarter] квартала
} после прве поруџбине{ $group }
cohorts-title = Кохорте задржавања купаца
cohorts-note1 = Кохорта: { $unit ->
    [month] месец
   *[quarter] квартал
} прве поруџбине купца (куповина са ненегативним износом); величина: број њених купаца. Ћелија k: удео (и број) кохорте који је поручио k { $unit ->
    [month] месеци
   *[quarter] квартала
} касније; k = 0 је 100 %.
cohorts-note2 = Период почиње целим { $unit ->
    [month] месецом
   *[quarter] кварталом
} у коме је --since. Последња ћелија сваког реда је { $unit ->
    [month] месец
   *[quarter] квартал
} у коме је --until и може бити непотпуна.

## followups
planned = заказано
overdue = закаснело
due_7d = у року од 7 дана
later = касније
unplanned = активни, ништа заказано
contacted = контактирани у периоду
followups-table = Подсетници по одговорном лицу на дан { $end }
followups-chart = Закаснели подсетници по одговорном лицу
followups-overdue = Закаснели подсетници
days_overdue = дана закашњења
action = радња
followups-title = Подсетници
followups-note1 = На дан { $end }, према подсетнику [next] сваког купца какав је тренутно у фајлу: закаснели (са датумом пре { $end }), у року од 7 дана (од { $end } до { $soon }), касније. Активни, ништа заказано: купци у фази customer или ранијој без датума [next]. Контактирани: купци са контактом у периоду (не променом фазе). Одговорно лице: оно на купцу.

## funnel
funnel-table = Продајни левак
stage = фаза
entered = ушли
next = прешли у
converted = конвертовани
conversion = конверзија
median_days = медијана дана у фази
funnel-chart = Купци који су ушли у сваку фазу
funnel-title = Продајни левак
funnel-note1 = Ушли: купци који су у периоду ушли у фазу (фаза у којој је купац направљен рачуна се од дана `created`; касније фазе према њиховим контактима `stage`).
funnel-note2 = Конвертовани: од њих купци који су до краја периода ушли у следећу фазу животног циклуса; прелаз који прескаче фазе до customer (lead → customer) пролази кроз њих. Медијана дана: боравака у фази који су почели у периоду и завршили се до његовог краја.

## nps
nps-table = Нето промотерски скор
since = од
until = до
responses = одговори
promoters = промотери
passives = пасивни
detractors = критичари
nps = NPS
nps-chart = NPS по периодима (од −100 до 100)
nps-title = Нето промотерски скор (NPS)
nps-note1 = Из последње оцене сваког купца у периоду: промотери 9–10, пасивни 7–8, критичари 0–6; NPS = % промотера − % критичара (од −100 до 100). `all` је цео период; остали редови су његови календарски периоди, први и последњи скраћени на њега.

## pipeline
deals = послови
pipeline-value = вредност ({ $currency })
status = статус
pipeline-median_days = медијана дана
pipeline-open = Отворени послови на крају периода
median_age = медијана старости (дани)
pipeline-closed = Послови закључени у периоду
outcome = исход
median_cycle = медијана циклуса (дани)
win_rate = стопа успеха
pipeline-chart = Вредност отворених послова по фази ({ $currency })
pipeline-title = Ток продаје
pipeline-note1 = Отворени: послови отворени до краја периода који до тада нису ни добијени ни изгубљени; њихова старост су дани од отварања до краја периода. Удео: у вредности отворених послова.
pipeline-note2 = Добијени и изгубљени: послови закључени у периоду; њихов циклус су дани од отварања до закључења. Стопа успеха = добијени / (добијени + изгубљени).

## rfm
rfm-table = Купци
recency_days = дана од последње
frequency = учесталост
monetary = вредност ({ $currency })
r = R
f = F
m = M
code = код
segment = сегмент
rfm-note1 = R: дани од последње поруџбине; F: поруџбине; M: приход (умањен за повраћаје). Оцене 1–5, 5 најбоља, према месту у поретку (R опадајуће, F, M растуће; једнаки по id): место i од n добија max(1, ⌈5(i−1)/(n−1)⌉). Сегмент се одређује из RFM кода (види docs/rfm-clv.md).
rfm-chart = Купци по RFM сегменту
group = група
revenue = приход ({ $currency })
revenue_share = удео у приходу
rfm-segments = Сегменти
from = из
to = у
from_to = из \ у
rfm-moves = Прелази купаца између сегмената (редови: раније, колоне: сада)
rfm-moves_chart = Где су отишли купци сваког сегмента (удео реда)
rfm-note2 = Колоне: { $legend }.
rfm-note3 = Свака страна се оцењује према куповинама до свог дана, међу купцима са поруџбином до тада; (нема): ранијег дана још без поруџбине.

## service
service-table = Захтеви подршке
opened = отворено
resolved = решено
median_hours = медијана сати до решења
decided = одлучено
within_sla = у SLA року
within_sla_share = у SLA року ({ $sla })
open_at_end = отворено на крају
overdue_at_end = после SLA на крају
service-opened = Отворени захтеви по периодима
service-hours = Медијана сати до решења по периодима
service-title = Корисничка подршка
service-note1 = Захтеви: контакти `support`, отворени на свој датум, решени у тренутку `resolved` (сам датум значи његову поноћ). Медијана сати: захтева решених у периоду. У SLA року: од захтева отворених у периоду чији је исход познат до краја периода (решени, или после рока + { $sla }), они решени у року.
service-note2 = Отворено на крају: захтеви отворени до краја периода и до тада нерешени, без обзира на датум отварања; после SLA: они од њих којима је рок прошао. `all` је цео период; остали редови су његови календарски периоди, први и последњи скраћени на њега.

## summary
new_customers = нови купци
active_at_start = активни на почетку
active = активни на крају
churned = отишли
churn_rate = стопа одлива
orders = поруџбине
aov = просечна поруџбина ({ $currency })
nps_responses = одговори из анкете
acquisition_cost = трошак прибављања ({ $currency })
cac = CAC ({ $currency })
created = направљени купци
deals_won = добијени послови
deals_lost = изгубљени послови
won_value = добијена вредност ({ $currency })
sales_cycle_days = продајни циклус (медијана дана)
open_deals = отворени послови
pipeline = ток продаје ({ $currency })
summary-table = Кључни показатељи
figure = показатељ
summary-revenue_chart = Приход по месецима ({ $currency })
summary-months = Приход по месецима
month = месец
summary-stages_chart = Купци по фази
summary-title = Преглед
summary-note1 = Активни: у фази customer са куповином у последњих { $churn_after } (churn_after). Отишли: активни на почетку периода (на крају { $until_eve }), а не на његовом крају; стопа одлива = отишли / активни на почетку.
summary-note2 = Нови купци: постали купци у периоду (први прелаз у фазу customer или прва куповина). CAC = њихов трошак прибављања / њихов број. Конверзија: купци направљени у периоду који су до његовог краја постали купци.
summary-note3 = Приход: куповине са датумом у периоду, умањене за повраћаје; поруџбине: куповине са ненегативним износом; просечна поруџбина = приход / поруџбине. NPS: % промотера (9–10) − % критичара (0–6) из последње оцене сваког купца у периоду.
summary-note4 = Стопа успеха: добијени / (добијени + изгубљени) од послова закључених у периоду; продајни циклус: медијана дана од отварања до закључења добијених. Фазе, отворени послови и ток продаје: на крају периода.

## facts
fact-period = период
fact-since = од
fact-until = до
fact-today = данас
fact-currency = валута
fact-by = по
fact-follow-ups_until = подсетници до
fact-sla = SLA
fact-model = модел
fact-holdout_until = контролни период до
fact-horizon = хоризонт
fact-customers = купци
fact-new_in_holdout = нови у контролном периоду
fact-actual_total = стварно укупно
fact-predicted_total = предвиђено укупно
fact-mean_absolute_error = средња апсолутна грешка
fact-tracking_mape_percent = MAPE по недељама (%)
fact-unit = јединица
fact-scored = оцењено
fact-cohort = кохорта
fact-discount = дисконт
fact-fitted_on = процењено на
fact-compare = поређење са

## agenda: how far a day is
agenda-never = никад
agenda-today = данас
agenda-tomorrow = сутра
agenda-case_opened = { $summary } (отворен { $date }{ $time })
agenda-opened = отворен { $date }{ $time }
agenda-in_days = { $days ->
    [one] за { $days } дан
   *[other] за { $days } дана
}
agenda-overdue_day = 1 дан закашњења
agenda-overdue_days = { $days ->
    [one] { $days } дан закашњења
   *[other] { $days } дана закашњења
}
agenda-ago_day = пре 1 дан
agenda-ago_days = { $days ->
    [one] пре { $days } дан
   *[other] пре { $days } дана
}

## groups rapport makes, and words rapport writes in facts
report-all = (сви)
fact-value-month = месец
fact-value-quarter = квартал

## clv facts
clv-horizon = { $count ->
    [one] { $count } месец
    [few] { $count } месеца
   *[other] { $count } месеци
}
clv-discount = { $percent } % месечно
clv-unit_day = дан (t_x и T у данима)
clv-unit_week = недеља (t_x и T у недељама)
clv-fitted_on = { $count ->
    [one] { $count } купцу
   *[other] { $count } купаца
}

## RFM segments as people read them
rfm-segment-champions = Шампиони
rfm-segment-loyal_customers = Лојални купци
rfm-segment-potential_loyalist = Потенцијално лојални
rfm-segment-new_customers = Нови купци
rfm-segment-promising = Перспективни
rfm-segment-need_attention = Захтевају пажњу
rfm-segment-about_to_sleep = Пред успављивањем
rfm-segment-at_risk = У ризику
rfm-segment-cant_lose_them = Не смемо их изгубити
rfm-segment-hibernating = Успавани
rfm-segment-lost = Изгубљени

## the parts of a record (`show`)
record-figures = показатељи
record-deals = послови
record-interactions = контакти
record-cases = захтеви

## segment rfm titles
rfm-title = RFM
rfm-summary_title = RFM сегменти
rfm-compare_title = Прелази између RFM сегмената

## The reports of round two: profile, journey, kano, servqual, the pipeline's forecast, velocity, lost and stale sections, the CSAT/CES scores, the agenda's calendar.
agenda-ics-followup_plain = Јавити се: { $name }
agenda-ics-followup = { $action } — { $name }
agenda-ics-followup_description = Заказан подсетник: { $name } ({ $id }). Када обавите: rapport done { $id }
agenda-ics-deal = Очекивано закључење: { $title } — { $name }
agenda-ics-deal_description = Посао { $id }/{ $key } ({ $stage }{ $value }), купац { $name }. Закључите га: rapport deal won { $id }/{ $key }
agenda-ics-sla = SLA рок: { $summary } — { $name }
agenda-ics-sla_description = Захтев подршке купца { $name }, отворен { $opened }. Решите га: rapport case resolve { $address }
journey-median_days = медијана дана
journey-nps = NPS (одговори)
responses-nps = NPS одговори
journey-csat = CSAT 1–5 (одговори)
responses-csat = CSAT одговори
journey-ces = CES 1–7 (одговори)
responses-ces = CES одговори
journey-table = Путовање купца по фазама
journey-chart = Додирне тачке по купцу: фаза × врста контакта
journey-title = Путовање купца
journey-note-stay = Ушли: купци који су у периоду ушли у фазу (у фазу у којој је купац направљен на дан `created`, у касније фазе својим прелазима `stage`; у фазу коју је прелаз прескочио не улази се). Рачуна се први такав боравак сваког купца: од уласка до следећег прелаза или до краја периода. Медијана дана: од боравака који су се завршили до краја периода.
journey-note-touchpoints = Додирне тачке по купцу: контакти сваке врсте (осим промена фазе) током боравака, од дана уласка до дана пре следећег прелаза, подељени бројем купаца који су ушли. NPS и CSAT: последњи одговор сваког купца током боравка; NPS = % промотера (9–10) − % критичара (0–6), CSAT просек (1–5), CES просек (1–7).
journey-note-outcome = Напредовали: боравак се завршио прелазом у фазу која није { $exit }. Отпали: завршио се прелазом у { $exit }, или се није завршио а купац није имао контакт (контакт који није промена фазе; улазак се рачуна) у последњих { $churn_after } (churn_after) пре краја периода. Још у фази: остали.
touchpoints_total = све додирне тачке
moved_on = напредовали
moved_on_share = напредовали (удео)
dropped_out = отпали
dropped_out_share = отпали (удео)
still_in = још у фази
kano-table = KANO оцена: { $survey }
kano-a = A
kano-o = O
kano-m = M
kano-i = I
kano-r = R
kano-q = Q
kano-plot = Задовољство наспрам незадовољства
kano-plot-x = |незадовољство|: када карактеристике нема
kano-plot-y = задовољство: када карактеристика постоји
kano-plot-attractive = атрактивна
kano-plot-one_dimensional = једнодимензионална
kano-plot-indifferent = индиферентна
kano-plot-must_be = обавезна
kano-title = KANO анализа: { $survey }
feature = карактеристика
n = n
category = категорија
better = задовољство
worse = незадовољство
report-scores_note = CSAT: од свих `csat` одговора (1–5) датих у периоду, удео оних који су 4 или 5; CES: просечан `ces` одговор (1–7, 7 = било је лако); свако уз број одговора.
csat_responses = CSAT одговори
csat = CSAT
ces_responses = CES одговори
ces = CES (1–7)
pipeline-expected_close = очекивано закључење
pipeline-forecast = Прогноза: отворени послови по месецу очекиваног закључења
pipeline-velocity = Дани у свакој фази посла
pipeline-lost_reasons = Послови изгубљени у периоду, по разлогу
pipeline-lost_stages = Послови изгубљени у периоду, по најдаљој достигнутој фази
pipeline-stale = { $days ->
    [one] Отворени послови без активности { $days } дан
   *[other] Отворени послови без активности { $days } дана
}
pipeline-forecast_chart = Пондерисана вредност по месецу очекиваног закључења ({ $currency })
pipeline-note_probability_configured = Вероватноћа: шанса да посао у фази буде добијен, из [deal_probabilities] у rapport.toml. Пондерисана вредност: вредност сваког отвореног посла × вероватноћа његове фазе, до паре.
pipeline-note_probability_estimated = Вероватноћа: шанса да посао у фази буде добијен, процењена из закључених послова у књизи (може се подесити у [deal_probabilities] у rapport.toml). Процена (`добијени од достигнутих`): од послова закључених до краја периода који су достигли фазу (добијени посао је достигао све фазе, изгубљени фазе до најдаље достигнуте), удео добијених. Пондерисана вредност: вредност сваког отвореног посла × вероватноћа његове фазе, до паре.
pipeline-note_probability_mixed = Вероватноћа: шанса да посао у фази буде добијен, из [deal_probabilities] у rapport.toml где је постављена, иначе процењена из закључених послова у књизи. Процена (`добијени од достигнутих`): од послова закључених до краја периода који су достигли фазу (добијени посао је достигао све фазе, изгубљени фазе до најдаље достигнуте), удео добијених. Пондерисана вредност: вредност сваког отвореног посла × вероватноћа његове фазе, до паре.
pipeline-note_forecast = Прогноза: отворени послови по месецу њиховог очекиваног (`expected`) дана закључења ((нема): без њега), са вредношћу и пондерисаном вредношћу.
pipeline-note_velocity = Дани у фази: боравци у свакој фази који су почели у периоду и до његовог краја завршили се забележеним прелазом (`kind = "deal"`); посао је од дана отварања у фази из које је кренуо његов први прелаз.
pipeline-note_lost = Изгубљени по разлогу (`lost_reason`) и по најдаљој фази на путу посла: послови изгубљени у периоду; посао без забележених прелаза рачуна се као отворен у првој фази посла.
pipeline-note_stale = { $days ->
    [one] Неактивни: отворени послови чија је последња активност (последњи контакт купца који није прелаз, последњи прелаз самог посла или дан отварања) { $days } дан или више пре краја периода, по правилу агенде.
   *[other] Неактивни: отворени послови чија је последња активност (последњи контакт купца који није прелаз, последњи прелаз самог посла или дан отварања) { $days } дана или више пре краја периода, по правилу агенде.
}
probability = вероватноћа
weighted_value = пондерисана вредност ({ $currency })
reason = разлог
deal = посао
idle_days = дана без активности
probability_source = извор вероватноће
stays = завршени боравци
title = назив
profile-chart = Удео у приходу по сегменту
profile-csat = CSAT (1–5)
profile-top = најчешће: { $field }
profile-top_share = удео
profile-clv = просечна предвиђена CLV ({ $currency })
profile-table = Профили
profile-note-figures = Купци: купци сегмента који постоје на крају периода; удео у свим купцима: од купаца које извештај обухвата (свих, или оних које бира --where). Приход: куповине у периоду, умањене за повраћаје; удео у приходу: од прихода свих купаца; медијана прихода: од прихода сваког купца у периоду, укључујући нуле; просечна поруџбина = приход / поруџбине; поруџбине по купцу = поруџбине / купци.
profile-note-contact = Дани од последњег контакта: од последњег контакта сваког купца који није промена фазе до краја периода (купци са којима никад није било контакта се не рачунају). NPS и CSAT: последњи одговор сваког купца у периоду; NPS = % промотера (9–10) − % критичара (0–6), CSAT просек (1–5).
profile-note-mix = Расподела фаза: фазе купаца на крају периода, као удели сегмента. Најчешће вредности: три најчешће, свака са својим уделом у сегменту (купци без вредности се не рачунају). Просечна предвиђена CLV: купаца са куповином, 12 месеци дисконтованих по 1 % месечно, модели (BG/NBD × Gamma-Gamma) процењени на куповинама целе књиге до краја периода, као што ради `report clv`.
profile-note-no_clv = Нема предвиђене CLV: модели се не могу проценити на овој књизи ({ $reason }).
profile-title = Профили
share_of_book = удео у свим купцима
orders_per_customer = поруџбине по купцу
median_days_since_contact = медијана дана од последњег контакта
clv_customers = купци са прогнозом
median_revenue = медијана прихода ({ $currency })
service-note3 = NPS: из последње `nps` оцене сваког купца у периоду, % промотера (9–10) − % критичара (0–6).
servqual-note1 = Јаз ставке = просечна перцепција − просечно очекивање (1–7) код испитаника који су оценили обоје; очекивање, перцепција и јаз димензије су просеци њених ставки. n: испитаници који су оценили обе стране бар једне ставке.
servqual-note2 = Пондер: просек поена које су испитаници дали димензији / 100 (једнаки пондери када нико није дао поене); пондерисани јаз = јаз × пондер. Укупно: непондерисани = просек јазова димензија, пондерисани = збир пондерисаних јазова.
servqual-table = SERVQUAL јазови: { $survey }
servqual-chart = Јаз по димензији (перцепција − очекивање)
servqual-title = SERVQUAL анализа: { $survey }
servqual-items = SERVQUAL ставке анкете { $survey }
servqual-items_title = SERVQUAL ставке: { $survey }
dimension = димензија
items = ставке
expectation = очекивање
perception = перцепција
gap = јаз
weight = пондер
weighted_gap = пондерисани јаз
item = ставка
kano-note1 = Одговори сваког испитаника на функционално и дисфункционално питање о карактеристици преко табеле вредновања дају A (атрактивна), O (једнодимензионална), M (обавезна), I (индиферентна), R (реверзна) или Q (упитна); n је број испитаника који су одговорили на оба.
kano-note2 = Категорија: најчешћа, код истог броја одлучује редослед M > O > A > I > R > Q. Задовољство = (A+O)/(A+O+M+I), незадовољство = −(O+M)/(A+O+M+I) (Berger и сар., 1993).
kano-category-a = A атрактивна
kano-category-o = O једнодимензионална
kano-category-m = M обавезна
kano-category-i = I индиферентна
kano-category-r = R реверзна
kano-category-q = Q упитна
servqual-overall_weighted = укупно (пондерисани)
servqual-overall_unweighted = укупно (непондерисани)
servqual-dimension-tangibles = опипљивост
servqual-dimension-reliability = поузданост
servqual-dimension-responsiveness = одзивност
servqual-dimension-assurance = сигурност
servqual-dimension-empathy = емпатија
pipeline-won_of_reached = { $won } од { $reached } ({ $percent } %)
pipeline-open_total = отворени укупно
fact-probabilities = вероватноће
fact-segments = сегменти
fact-survey = анкета
fact-value-estimated = процењене
fact-value-configured = подешене
fact-value-mixed = мешовите
service-within_of = { $within } од { $decided } ({ $percent } %)
report-csat_of = { $percent } % од { $count }
report-ces_of = { $mean } од { $count }
journey-score_of = { $score } ({ $count })
journey-count_share = { $count } ({ $percent } %)
