# rapport's messages in English. Every other language's file has exactly
# the same ids (a test fails otherwise). A dotted id in the code
# (`pipeline.open`) is written here with `-` (`pipeline-open`).

## The language module's own examples.
lang-customers = { $count ->
    [one] { $count } customer
   *[other] { $count } customers
}
lang-test = value ({ $currency })

## clv
clv-title = Customer lifetime value
clv-table = Customers
x = x
mean_spend = mean_spend ({ $currency })
expected_spend = expected_spend ({ $currency })
clv = clv ({ $currency })
t_x = t_x
T = T
p_alive = p_alive
expected_purchases = expected_purchases

## report
fact-period_range = { $since } to { $until }, both days included
report-none = (none)

## activity
owner = owner
customers = customers
kind = kind
interactions = interactions
total = total
activity-table = Interactions by owner and kind
activity-owners = Interactions by owner
activity-kinds = Interactions by kind
activity-months = Interactions by month
activity-title = Activity
activity-note1 = Interactions dated in the period, of every kind but `stage` (rapport's record of stage moves). Owner: the interaction's own owner, else its customer's. Customers: how many distinct customers the owner's interactions touched.

## agenda
id = id
name = name
what = what
type = type
date = date
days = days
when = when
agenda-title = Agenda
agenda-followups = Follow-ups due by { $horizon }, overdue first
due = due
agenda-support = Open support cases past their SLA ({ $sla })
deadline = deadline
agenda-deals = Open deals with no activity for { $days } days
last_activity = last activity
agenda-note1 = Mark a follow-up done with `rapport done ID` (add --next DATE ACTION to plan the next). A deal's last activity is the latest of its customer's latest interaction (not a stage or deal move), its own latest move and the day it was opened.

## clv_holdout
clv-holdout-bins = Holdout purchases by calibration repeat purchases
actual_mean = actual mean
predicted_mean = predicted mean
clv-holdout-tracking = Cumulative repeat purchases, week by week
week = week
end = ends
period = period
actual = actual
expected = expected
actual_cumulative = actual cumulative
expected_cumulative = expected cumulative
clv-holdout-totals = Holdout totals
value = value
clv-holdout-tracking_chart = Cumulative repeat purchases, week by week: actual and expected
clv-holdout-title = Forecast check of the { $model } model: calibration up to { $today }, holdout up to { $until }
clv-holdout-bins_chart = Mean holdout purchases by calibration repeat purchases x
clv-holdout-note1 = The model was fitted on the purchases up to { $today }; { $new } customers first bought in the holdout and are not counted. Purchases on one day count once.

## cohorts
cohort = cohort
size = size
k = k
share = share
cohorts-chart = Retention by { $unit } of first order{ $group }
cohorts-shares = Share of each cohort ordering { $unit } k after its first{ $group }
cohorts-counts = Customers of each cohort ordering { $unit } k after its first{ $group }
cohorts-title = Retention cohorts
cohorts-note1 = Cohort: the { $unit } of a customer's first order (a purchase with a non-negative amount); size: its customers. Cell k: the share (and number) of the cohort that ordered in the { $unit } k { $unit }s after; k = 0 is 100 %.
cohorts-note2 = The period starts with the whole { $unit } holding --since. The last cell of each row is the { $unit } holding --until and may be incomplete.

## followups
planned = planned
overdue = overdue
due_7d = due within 7 days
later = later
unplanned = in play, none planned
contacted = contacted in period
followups-table = Follow-ups by owner as of { $end }
followups-chart = Overdue follow-ups by owner
followups-overdue = Overdue follow-ups
days_overdue = days overdue
action = action
followups-title = Follow-ups
followups-note1 = As of { $end }, from each customer's [next] follow-up as the file holds it now: overdue (dated before { $end }), due within 7 days ({ $end } to { $soon }), later. In play, none planned: customers in stage customer or earlier with no [next] date. Contacted: customers with an interaction other than a stage move in the period. Owner: the customer's owner.

## funnel
funnel-table = Funnel
stage = stage
entered = entered
next = went on to
converted = converted
conversion = conversion
median_days = median days in stage
funnel-chart = Customers entering each stage
funnel-title = Funnel
funnel-note1 = Entered: customers who entered the stage in the period (the stage a customer was created in counts as entered on `created`; later stages by their `stage` interactions).
funnel-note2 = Converted: of those, the customers who entered the next stage of the lifecycle afterwards, by the end of the period; a move that skips stages up to customer (lead → customer) passes through them. Median days: of the stays in the stage that began in the period and ended by its end.

## nps
nps-table = Net promoter score
since = since
until = until
responses = responses
promoters = promoters
passives = passives
detractors = detractors
nps = NPS
nps-chart = NPS by period (−100 to 100)
nps-title = Net promoter score
nps-note1 = Of each customer's latest score in the span: promoters 9–10, passives 7–8, detractors 0–6; NPS = % promoters − % detractors (−100 to 100). `all` is the whole period; the other rows its calendar periods, the first and last clipped to it.

## pipeline
deals = deals
pipeline-value = value ({ $currency })
status = status
pipeline-median_days = median days
pipeline-open = Open deals at the end of the period
median_age = median age (days)
pipeline-closed = Deals closed in the period
outcome = outcome
median_cycle = median cycle (days)
win_rate = win rate
pipeline-chart = Open value by stage ({ $currency })
pipeline-title = Pipeline
pipeline-note1 = Open: deals opened by the end of the period and not won or lost by then; their age is the days from opened to the end of the period. Share: of the open value.
pipeline-note2 = Won and lost: deals closed in the period; their cycle is the days from opened to closed. Win rate = won / (won + lost).

## rfm
rfm-table = Customers
recency_days = recency_days
frequency = frequency
monetary = monetary ({ $currency })
r = r
f = f
m = m
code = code
segment = segment
rfm-note1 = R: days since the last order; F: orders; M: revenue (refunds subtracted). Scores 1–5, 5 best, by position in the order of (R descending, F, M ascending; ties by id): position i of n scores max(1, ⌈5(i−1)/(n−1)⌉). The segment is looked up from the code RFM (see docs/rfm-clv.md).
rfm-chart = Customers by RFM segment
group = group
revenue = revenue ({ $currency })
revenue_share = share of revenue
rfm-segments = Segments
from = from
to = to
from_to = from \ to
rfm-moves = Customers moving between segments (rows: before, columns: now)
rfm-moves_chart = Where each segment's customers went (share of the row)
rfm-note2 = Columns: { $legend }.
rfm-note3 = Each side is scored on the purchases up to its own day, over the customers with an order by then; (none): no order yet at the earlier day.

## service
service-table = Support cases
opened = opened
resolved = resolved
median_hours = median hours to resolve
decided = decided
within_sla = within SLA
within_sla_share = within SLA ({ $sla })
open_at_end = open at end
overdue_at_end = past SLA at end
service-opened = Cases opened by period
service-hours = Median hours to resolve by period
service-title = Service
service-note1 = Cases: `support` interactions, opened at their date, resolved at `resolved` (a plain date is its midnight). Median hours: of the cases resolved in the span. Within SLA: of the cases opened in the span whose outcome is known by the end of the period (resolved, or past the deadline date + { $sla }), those resolved by the deadline.
service-note2 = Open at end: cases opened by the end of the span and not resolved by then, whenever opened; past SLA: those of them past their deadline. `all` is the whole period; the other rows its calendar periods, the first and last clipped to it.

## summary
new_customers = new customers
active_at_start = active at start
active = active at end
churned = churned
churn_rate = churn rate
orders = orders
aov = AOV ({ $currency })
nps_responses = survey responses
acquisition_cost = acquisition cost ({ $currency })
cac = CAC ({ $currency })
created = customers created
deals_won = deals won
deals_lost = deals lost
won_value = won value ({ $currency })
sales_cycle_days = sales cycle (median days)
open_deals = open deals
pipeline = pipeline ({ $currency })
summary-table = Key figures
figure = figure
summary-revenue_chart = Revenue by month ({ $currency })
summary-months = Revenue by month
month = month
summary-stages_chart = Customers by stage
summary-title = Summary
summary-note1 = Active: in stage customer with a purchase within { $churn_after } (churn_after). Churned: active at the start of the period (the end of { $until_eve }), not at its end; churn rate = churned / active at start.
summary-note2 = New customers: became customers in the period (first move into stage customer or first purchase). CAC = their acquisition cost / their number. Conversion: customers created in the period who became customers by its end.
summary-note3 = Revenue: purchases dated in the period, refunds subtracted; orders: purchases with a non-negative amount; AOV = revenue / orders. NPS: % promoters (9–10) − % detractors (0–6) of each customer's latest score in the period.
summary-note4 = Win rate: won / (won + lost) of the deals closed in the period; sales cycle: median days from opened to closed of those won. Stages, open deals and pipeline: as at the end of the period.

## facts
fact-period = period
fact-since = since
fact-until = until
fact-today = today
fact-currency = currency
fact-by = by
fact-follow-ups_until = follow-ups until
fact-sla = sla
fact-model = model
fact-holdout_until = holdout until
fact-horizon = horizon
fact-customers = customers
fact-new_in_holdout = new in holdout
fact-actual_total = actual total
fact-predicted_total = predicted total
fact-mean_absolute_error = mean absolute error
fact-tracking_mape_percent = tracking MAPE (%)
fact-unit = unit
fact-scored = scored
fact-cohort = cohort
fact-discount = discount
fact-fitted_on = fitted on
fact-compare = compare

## agenda: how far a day is
agenda-never = never
agenda-today = today
agenda-tomorrow = tomorrow
agenda-case_opened = { $summary } (opened { $date }{ $time })
agenda-opened = opened { $date }{ $time }
agenda-in_days = in { $days } days
agenda-overdue_day = 1 day overdue
agenda-overdue_days = { $days } days overdue
agenda-ago_day = 1 day ago
agenda-ago_days = { $days } days ago

## groups rapport makes, and words rapport writes in facts
report-all = (all)
fact-value-month = month
fact-value-quarter = quarter

## clv facts
clv-horizon = { $count ->
    [one] { $count } month
   *[other] { $count } months
}
clv-discount = { $percent } % a month
clv-unit_day = day (t_x and T in days)
clv-unit_week = week (t_x and T in weeks)
clv-fitted_on = { $count ->
    [one] { $count } buyer
   *[other] { $count } buyers
}

## RFM segments as people read them
rfm-segment-champions = Champions
rfm-segment-loyal_customers = Loyal Customers
rfm-segment-potential_loyalist = Potential Loyalist
rfm-segment-new_customers = New Customers
rfm-segment-promising = Promising
rfm-segment-need_attention = Need Attention
rfm-segment-about_to_sleep = About To Sleep
rfm-segment-at_risk = At Risk
rfm-segment-cant_lose_them = Can't Lose Them
rfm-segment-hibernating = Hibernating
rfm-segment-lost = Lost

## the parts of a record (`show`)
record-figures = figures
record-deals = deals
record-interactions = interactions
record-cases = cases

## segment rfm titles
rfm-title = RFM
rfm-summary_title = RFM segments
rfm-compare_title = RFM segment moves

## The reports of round two: profile, journey, kano, servqual, the pipeline's forecast, velocity, lost and stale sections, the CSAT/CES scores, the agenda's calendar.
agenda-ics-followup_plain = Follow up with { $name }
agenda-ics-followup = { $action } — { $name }
agenda-ics-followup_description = Follow-up planned for { $name } ({ $id }). When done: rapport done { $id }
agenda-ics-deal = Expected close: { $title } — { $name }
agenda-ics-deal_description = Deal { $id }/{ $key } ({ $stage }{ $value }) of { $name }. Close it: rapport deal won { $id }/{ $key }
agenda-ics-sla = SLA deadline: { $summary } — { $name }
agenda-ics-sla_description = Support case of { $name }, opened { $opened }. Resolve it: rapport case resolve { $address }
journey-median_days = median days
journey-nps = NPS (responses)
responses-nps = NPS responses
journey-csat = CSAT 1–5 (responses)
responses-csat = CSAT responses
journey-ces = CES 1–7 (responses)
responses-ces = CES responses
journey-table = Journey by stage
journey-chart = Touchpoints per customer: stage × interaction kind
journey-title = Journey
journey-note-stay = Entered: customers who entered the stage in the period (the stage a customer was created in on `created`, later stages by their `stage` moves; a stage a move skipped is not entered). Each customer's first such stay counts: from entering to their next move, or to the end of the period. Median days: of the stays that ended by its end.
journey-note-touchpoints = Touchpoints per customer: interactions of each kind (stage moves aside) in the stays, from the day entered to the day before the next move, divided by the customers who entered. NPS and CSAT: each customer's latest answer in the stay; NPS = % promoters (9–10) − % detractors (0–6), CSAT the mean (1–5), CES the mean (1–7).
journey-note-outcome = Moved on: the stay ended by a move to a stage other than { $exit }. Dropped out: it ended by a move to { $exit }, or it had not ended and the customer had no contact (an interaction other than a stage move; entering counts) in the { $churn_after } (churn_after) before the end of the period. Still in: the others.
touchpoints_total = all touchpoints
moved_on = moved on
moved_on_share = moved on (share)
dropped_out = dropped out
dropped_out_share = dropped out (share)
still_in = still in
kano-table = KANO evaluation of { $survey }
kano-a = A
kano-o = O
kano-m = M
kano-i = I
kano-r = R
kano-q = Q
kano-plot = Better against worse
kano-plot-x = |worse|: dissatisfaction when missing
kano-plot-y = better: satisfaction when there
kano-plot-attractive = attractive
kano-plot-one_dimensional = one-dimensional
kano-plot-indifferent = indifferent
kano-plot-must_be = must-be
kano-title = KANO: { $survey }
feature = feature
n = n
category = category
better = better
worse = worse
report-scores_note = CSAT: of every `csat` answer (1–5) given in the span, the share that are 4 or 5; CES: the mean `ces` answer (1–7, 7 = it was easy); each shown with the number of answers.
csat_responses = CSAT answers
csat = CSAT
ces_responses = CES answers
ces = CES (1–7)
pipeline-expected_close = expected close
pipeline-forecast = Forecast: open deals by expected close month
pipeline-velocity = Days in each deal stage
pipeline-lost_reasons = Deals lost in the period, by reason
pipeline-lost_stages = Deals lost in the period, by the furthest stage reached
pipeline-stale = Open deals with no activity for { $days } days
pipeline-forecast_chart = Weighted value by expected close month ({ $currency })
pipeline-note_probability_configured = Probability: the chance a deal in the stage is won, from [deal_probabilities] in rapport.toml. Weighted value: each open deal's value × its stage's probability, to the cent.
pipeline-note_probability_estimated = Probability: the chance a deal in the stage is won, estimated from the book's closed deals ([deal_probabilities] in rapport.toml sets it). Estimated (`won of reached`): of the deals closed by the end of the period that reached the stage (a won deal reached every stage, a lost one the stages up to the furthest it reached), the share won. Weighted value: each open deal's value × its stage's probability, to the cent.
pipeline-note_probability_mixed = Probability: the chance a deal in the stage is won, from [deal_probabilities] in rapport.toml where set, else estimated from the book's closed deals. Estimated (`won of reached`): of the deals closed by the end of the period that reached the stage (a won deal reached every stage, a lost one the stages up to the furthest it reached), the share won. Weighted value: each open deal's value × its stage's probability, to the cent.
pipeline-note_forecast = Forecast: the open deals by the month of their `expected` close day ((none): without one), with their value and weighted value.
pipeline-note_velocity = Days in stage: the stays in each stage that began in the period and ended by a recorded move (`kind = "deal"`) by its end; a deal is in the stage its first move left from the day it was opened.
pipeline-note_lost = Lost by reason (`lost_reason`) and by the furthest stage on the deal's path: the deals lost in the period; a deal with no recorded moves counts as opened in the first deal stage.
pipeline-note_stale = Stale: open deals whose last activity (the customer's latest interaction that is not a move, the deal's own latest move, or the day it was opened) is { $days } days or more before the end of the period, the agenda's rule.
probability = probability
weighted_value = weighted value ({ $currency })
reason = reason
deal = deal
idle_days = days idle
probability_source = probability from
stays = stays ended
title = title
profile-chart = Share of revenue by segment
profile-csat = CSAT (1–5)
profile-top = top { $field }
profile-top_share = share
profile-clv = mean predicted CLV ({ $currency })
profile-table = Profiles
profile-note-figures = Customers: those of the segment that exist at the end of the period; share of the book: of the customers the report covers (all of them, or those --where selects). Revenue: purchases in the period, refunds subtracted; share of revenue: of the book's; median revenue: of each customer's revenue in the period, zero included; AOV = revenue / orders; orders per customer = orders / customers.
profile-note-contact = Days since last contact: from each customer's latest interaction other than a stage move up to the end of the period (customers never contacted are left out). NPS and CSAT: each customer's latest answer in the period; NPS = % promoters (9–10) − % detractors (0–6), CSAT the mean (1–5).
profile-note-mix = Stage mix: the customers' stages at the end of the period, as shares of the segment. Top values: the three most frequent, each with its share of the segment (customers without a value are not counted). Mean predicted CLV: of the customers with a purchase, 12 months discounted at 1 % a month, the models (BG/NBD × Gamma-Gamma) fitted on the whole book's purchases up to the end of the period, as `report clv` does.
profile-note-no_clv = No predicted CLV: the models cannot be fitted on this book ({ $reason }).
profile-title = Profiles
share_of_book = share of the book
orders_per_customer = orders per customer
median_days_since_contact = median days since last contact
clv_customers = customers with a prediction
median_revenue = median revenue ({ $currency })
service-note3 = NPS: of each customer's latest `nps` in the span, % promoters (9–10) − % detractors (0–6).
servqual-note1 = Item gap = mean perception − mean expectation (1–7) over the respondents who rated both; a dimension's expectation, perception and gap are the means of its items'. n: respondents who rated both sides of at least one item.
servqual-note2 = Weight: the mean of the respondents' points for the dimension / 100 (equal weights when nobody gave points); weighted gap = gap × weight. Overall: unweighted = the mean of the dimension gaps, weighted = the sum of the weighted gaps.
servqual-table = SERVQUAL gaps of { $survey }
servqual-chart = Gap by dimension (perception − expectation)
servqual-title = SERVQUAL: { $survey }
servqual-items = SERVQUAL items of { $survey }
servqual-items_title = SERVQUAL items: { $survey }
dimension = dimension
items = items
expectation = expectation
perception = perception
gap = gap
weight = weight
weighted_gap = weighted gap
item = item
kano-note1 = Each respondent's answers to a feature's functional and dysfunctional question map through the evaluation table to A (attractive), O (one-dimensional), M (must-be), I (indifferent), R (reverse) or Q (questionable); n counts the respondents who answered both.
kano-note2 = Category: the most frequent, ties broken M > O > A > I > R > Q. Better = (A+O)/(A+O+M+I), worse = −(O+M)/(A+O+M+I) (Berger et al. 1993).
kano-category-a = A attractive
kano-category-o = O one-dimensional
kano-category-m = M must-be
kano-category-i = I indifferent
kano-category-r = R reverse
kano-category-q = Q questionable
servqual-overall_weighted = overall (weighted)
servqual-overall_unweighted = overall (unweighted)
servqual-dimension-tangibles = tangibles
servqual-dimension-reliability = reliability
servqual-dimension-responsiveness = responsiveness
servqual-dimension-assurance = assurance
servqual-dimension-empathy = empathy
pipeline-won_of_reached = { $won } of { $reached } ({ $percent } %)
pipeline-open_total = open total
fact-probabilities = probabilities
fact-segments = segments
fact-survey = survey
fact-value-estimated = estimated
fact-value-configured = configured
fact-value-mixed = mixed
service-within_of = { $within } of { $decided } ({ $percent } %)
report-csat_of = { $percent } % of { $count }
report-ces_of = { $mean } of { $count }
journey-score_of = { $score } ({ $count })
journey-count_share = { $count } ({ $percent } %)
