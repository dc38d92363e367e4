#!/usr/bin/env bash
# Recipe: rapport in shell pipelines. Queries pick customers; their ids feed
# `rapport set`; ndjson feeds jq; csv feeds a spreadsheet.
#
# It changes the book, so try it on a copy of the demo book:
#
#   cp -r examples/demo-book /tmp/book
#   RAPPORT_BOOK=/tmp/book RAPPORT_TODAY=2026-11-23 bash examples/recipes/pipeline.sh
#
# Each step prints what it does; the files it writes go to the current
# folder (OUT=DIR to put them elsewhere).
set -euo pipefail

: "${RAPPORT_BOOK:?set RAPPORT_BOOK to the book to change (a copy of examples/demo-book, say)}"
out=${OUT:-.}

echo "## 1. Plan a win-back call for every customer RFM says is slipping away"
# `--format ids` prints one id a line; `xargs -r` hands them to one `rapport
# set` (and runs nothing when the query selects no one). `+7d` is a week from
# today.
rapport query 'rfm in ["At Risk", "Can'\''t Lose Them"] and not exists next.date' --format ids |
    xargs -r rapport set next.date=+7d 'next.action=Win-back call'
rapport query 'next.action = "Win-back call"' --columns id,name,owner,revenue,next.date --format table

echo "## 2. The same in one command: set --where"
# One command, under the book's lock from the query to the last write (no
# other writer can change who matches in between), and only the files that
# change are written.
rapport set --where 'stage = lead and created < -1y and not exists next.date' tags+=nurture

echo "## 3. ndjson into jq"
# One JSON object a line, with stable keys (dotted columns nest: address.city
# is {"address": {"city": …}}); amounts are exact JSON numbers.
if command -v jq >/dev/null; then
    # A mailing list for a Latvian campaign, as a mailing service imports it.
    rapport query 'address.country = LV and consent.email = true and exists email' \
        --columns name,email,fields.language --format ndjson |
        jq -c '{email_address: .email, merge_fields: {NAME: .name}, language: .fields.language}' \
            > "$out/mailing-lv.ndjson"
    echo "wrote $out/mailing-lv.ndjson ($(wc -l < "$out/mailing-lv.ndjson") addresses)"
    # Revenue of the key accounts by industry, summed by jq.
    rapport segment key_accounts --columns fields.industry,revenue --format ndjson |
        jq -s 'group_by(.fields.industry)
               | map({industry: .[0].fields.industry, accounts: length,
                      revenue: (map(.revenue) | add)})'
else
    echo "(jq is not installed: skipped)"
fi

echo "## 4. Into a spreadsheet"
# CSV with a header row; a cell a spreadsheet would run as a formula is
# written with a leading ' (export) — open it in LibreOffice Calc or Excel.
rapport export --where 'stage = customer' \
    --columns id,name,owner,address.country,revenue,orders,last_purchase,nps \
    > "$out/customers.csv"
rapport export --interactions --where 'stage = customer and fields.key_account = true' \
    > "$out/key-account-history.csv"
# Any listing prints csv too, with its own columns and sort:
rapport query 'pipeline > 0' --columns id,name,owner,open_deals,pipeline --sort -pipeline \
    --format csv > "$out/open-pipeline.csv"
echo "wrote $out/customers.csv ($(($(wc -l < "$out/customers.csv") - 1)) customers)," \
    "$out/key-account-history.csv, $out/open-pipeline.csv"
