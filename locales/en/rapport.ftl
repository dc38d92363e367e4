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
