#!/usr/bin/env bash
# The mail import benchmark (issue 22: 10,000 messages in under 10 s): a
# generated mbox of MESSAGES messages (default 10,000) imported with
# `rapport import --mail` into a generated book of CUSTOMERS customers
# (default 10,000, seed 1).
#
#   benches/mail.sh [MESSAGES] [CUSTOMERS]
#
# The mbox is seeded (the same bytes on every run): each message between one
# of the firm's owners and one or two of the book's customers (four in five)
# or strangers, its subject plain or encoded the ways real mail is (UTF-8
# base64, windows-1257 and windows-1250 quoted-printable, ISO-8859-5, raw
# windows-1257 bytes), a body of a few lines, every tenth with a 30 KB
# base64 attachment and every fiftieth a `>From ` line: about 36 MB.
#
# Timed, each the median of RUNS (default 3) runs, on fresh copies of the
# book: --dry-run; the import itself (writing every customer that gains
# e-mails, one undo step); and the same import again (every message already
# there: nothing written). WORK (default target/bench-mail) is where the book
# and the mbox go: WORK=/dev/shm/bench-mail measures rapport without the
# disk (an import ends with one syncfs(2), whose time on a shared disk is the
# other writers' as much as rapport's). Needs python3 and a release build
# (made here).
set -euo pipefail

cd "$(dirname "$0")/.."
MESSAGES=${1:-10000}
CUSTOMERS=${2:-10000}
RUNS=${RUNS:-3}
export RAPPORT_TODAY=2026-11-23 TZ=${TZ:-EET-2EEST,M3.5.0/3,M10.5.0/4}

cargo build --release --quiet --bin rapport --example generate
RAPPORT=$PWD/target/release/rapport
WORK=${WORK:-target/bench-mail}
rm -rf "$WORK"
mkdir -p "$WORK"
target/release/examples/generate "$WORK/book" --customers "$CUSTOMERS" --seed 1 >/dev/null
cat >>"$WORK/book/rapport.toml" <<'TOML'

[owners]
anna = ["anna@amberline.example"]
janis = ["janis@amberline.example"]
ondrej = ["ondrej@amberline.example"]
petra = ["petra@amberline.example"]
marko = ["marko@amberline.example"]
jovana = ["jovana@amberline.example"]
TOML

python3 - "$WORK/book" "$WORK/inbox.mbox" "$MESSAGES" <<'PY'
import base64, os, random, re, sys

book, out, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
rng = random.Random(1)
emails = []
for name in sorted(os.listdir(os.path.join(book, "customers"))):
    with open(os.path.join(book, "customers", name), encoding="utf-8") as f:
        m = re.search(r'^email = "([^"]+)"', f.read(), re.M)
    if m:
        emails.append(m.group(1))
owners = ["anna", "janis", "ondrej", "petra", "marko", "jovana"]
subjects = [
    lambda: b"Order %d: delivery next week" % rng.randrange(10000),
    lambda: b"=?UTF-8?B?" + base64.b64encode(("Piedāvājums Nr. %d Rīgai" % rng.randrange(10000)).encode()) + b"?=",
    lambda: b"=?windows-1257?Q?R=E7=EDins_Nr._%d_=F0odien?=" % rng.randrange(10000),
    lambda: b"=?windows-1250?Q?Nab=EDdka_=9Akoda_=E8erven=FD_%d?=" % rng.randrange(10000),
    lambda: b"=?ISO-8859-5?Q?=BF=DE=DD=E3=D4=D0_%d?=" % rng.randrange(10000),
    lambda: b"R\xe7\xedins \xf0odien %d" % rng.randrange(10000),
]
attachment = base64.encodebytes(rng.randbytes(22000))
with open(out, "wb") as f:
    for i in range(count):
        owner = "%s@amberline.example" % rng.choice(owners)
        if rng.random() < 0.8 and emails:
            other = rng.choice(emails)
        else:
            other = "stranger%d@elsewhere.example" % rng.randrange(2000)
        frm, to = (owner, other) if rng.random() < 0.5 else (other, owner)
        cc = "\nCc: %s" % rng.choice(emails) if rng.random() < 0.2 and emails else ""
        day = i * 300 // count
        head = (
            "From %s Mon Jan  1 00:00:00 2024\nFrom: %s\nTo: %s%s\n"
            "Date: Mon, %02d Nov 2026 %02d:%02d:00 +0100\n"
            "Message-ID: <%d.bench@amberline.example>\nMIME-Version: 1.0\n"
            % (frm, frm, to, cc, 1 + day % 28, day % 24, i % 60, i)
        ).encode() + b"Subject: " + rng.choice(subjects)() + b"\n"
        body = b"Hello,\n\nthank you for your message of last week.\n" * 8
        if i % 50 == 0:
            body += b"\n>From the price list: labels.\n"
        if i % 10 == 0:
            message = head + (
                b'Content-Type: multipart/mixed; boundary="b%d"\n\n--b%d\n'
                b"Content-Type: text/plain; charset=utf-8\n\n%s\n--b%d\n"
                b"Content-Type: application/pdf\nContent-Transfer-Encoding: base64\n\n%s--b%d--\n"
                % (i, i, body, i, attachment, i)
            )
        else:
            message = head + b"Content-Type: text/plain; charset=windows-1257\n\n" + body
        f.write(message + b"\n")
PY

SIZE=$(du -m "$WORK/inbox.mbox" | cut -f1)
echo "mbox: $MESSAGES messages, $SIZE MB; book: $CUSTOMERS customers"

exec python3 - "$RAPPORT" "$WORK" "$RUNS" <<'PY'
import os, shutil, statistics, subprocess, sys, time

rapport, work, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
book, inbox = os.path.join(work, "book"), os.path.abspath(os.path.join(work, "inbox.mbox"))


def timed(args, copy):
    """Runs rapport in `copy` (a fresh copy of the book, or the given one);
    returns wall seconds and the last line it printed on stderr."""
    start = time.perf_counter()
    p = subprocess.run([rapport, "--book", copy] + args, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if p.returncode != 0:
        sys.exit("rapport %s failed:\n%s" % (" ".join(args), p.stderr))
    return wall, p.stderr.strip().splitlines()[-1]


rows = {"dry run": [], "import": [], "again (nothing new)": []}
notes = {}
for run in range(runs):
    copy = os.path.join(work, "copy")
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(book, copy)
    for name, args in [
        ("dry run", ["import", "--mail", inbox, "--dry-run", "--format", "tsv"]),
        ("import", ["import", "--mail", inbox]),
        ("again (nothing new)", ["import", "--mail", inbox]),
    ]:
        wall, note = timed(args, copy)
        rows[name].append(wall)
        notes[name] = note
for name, walls in rows.items():
    print("%-22s %7.2f s   %s" % (name, statistics.median(walls), notes[name]))
PY
