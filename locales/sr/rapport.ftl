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
