#!/usr/bin/env bash
# Recipe: mail last week's key figures every Monday morning, from cron.
#
# The mail is multipart/alternative: the html page of `report summary
# --format html` (self-contained: inline styles, charts as inline SVG, nothing
# fetched), and the same report as plain text for mail clients that show no
# html. Install it with `crontab -e`:
#
#   # m h dom mon dow  command
#   PATH=/usr/local/bin:/usr/bin:/bin:/home/anna/.cargo/bin
#   0 7 * * 1  RAPPORT_BOOK=$HOME/book MAIL_TO=team@example.com $HOME/bin/weekly-report.sh
#
# cron runs with a short PATH: name the folder rapport is installed in (here
# ~/.cargo/bin) as above. The environment:
#
#   RAPPORT_BOOK  the book (or run from inside it)
#   MAIL_TO       the recipients, comma-separated (required)
#   MAIL_FROM     the sender (default: the user at this host)
#   SENDMAIL      the program that sends a message read from standard input
#                 with its recipients in its headers; default `sendmail -t -i`
#                 (postfix, exim); `msmtp -t` for msmtp (~/.msmtprc says which
#                 server and account to use)
#   SINCE, UNTIL  the period (default: the seven days up to yesterday, Monday
#                 to Sunday when run on a Monday)
#
# Try it without sending: SENDMAIL=cat MAIL_TO=me@example.com RAPPORT_BOOK=examples/demo-book \
#   RAPPORT_TODAY=2026-11-23 bash examples/recipes/weekly-report.sh > week.eml
set -euo pipefail

to=${MAIL_TO:?set MAIL_TO to the recipients}
from=${MAIL_FROM:-$(id -un)@$(hostname)}
sendmail=${SENDMAIL:-sendmail -t -i}
since=${SINCE:--7d}
until=${UNTIL:-yesterday}

# Render both parts before sending anything: if rapport fails (no book, a
# broken rapport.toml), no half mail goes out and cron mails the error.
html=$(rapport report summary --since "$since" --until "$until" --format html)
text=$(rapport report summary --since "$since" --until "$until" --format table)
# The period as the report states it, for the subject: "2026-11-16 to 2026-11-22".
period=$(rapport report summary --since "$since" --until "$until" --format csv |
    awk -F, 'NR == 2 { print $1 " to " $2 }')

boundary="rapport-$(date +%s)-$$"
{
    printf 'From: %s\n' "$from"
    printf 'To: %s\n' "$to"
    # A subject with letters beyond ASCII must be encoded (RFC 2047):
    # =?UTF-8?B?<base64>?=. This one is plain ASCII.
    printf 'Subject: Weekly key figures, %s\n' "$period"
    printf 'MIME-Version: 1.0\n'
    printf 'Content-Type: multipart/alternative; boundary="%s"\n' "$boundary"
    printf '\n'
    printf -- '--%s\n' "$boundary"
    printf 'Content-Type: text/plain; charset=utf-8\n'
    printf 'Content-Transfer-Encoding: 8bit\n\n'
    printf '%s\n\n' "$text"
    printf -- '--%s\n' "$boundary"
    # The page has lines longer than mail allows (998 bytes: the inline SVG
    # charts), so it goes base64-encoded, in lines of 76.
    printf 'Content-Type: text/html; charset=utf-8\n'
    printf 'Content-Transfer-Encoding: base64\n\n'
    printf '%s\n' "$html" | base64 | tr -d '\n' | fold -w 76
    printf '\n\n'
    printf -- '--%s--\n' "$boundary"
} | $sendmail
