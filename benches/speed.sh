#!/usr/bin/env bash
# The speed benchmark of DESIGN.md section 10: rapport's commands on a
# generated 100,000-customer book, each timed against `rg -c 'stage =
# "customer"' customers/` in the same run.
#
#   benches/speed.sh [BOOK_DIR] [CUSTOMERS]
#
# BOOK_DIR defaults to target/bench-book-100k and is generated (seed 1) when
# it holds no book; the fast reader is checked against the full one on every
# file first. RUNS (default 11) sets the number of timed pairs, COLD_RUNS
# (default 3) the pairs with the page cache dropped.
#
# Each command runs alternately with rg, pair after pair, so a machine whose
# load changes during the run (other builds on a shared box) weighs on both
# alike; the ratio is the median of the per-pair ratios of wall time (cpu:
# of user + system time). Times are medians; peak memory is the peak
# resident set of one more run, as /usr/bin/time reports it (the mapped
# cache counts). First it checks that every bulk command answers the same
# through the cache and with --no-cache.
#
# Modes:
#   no cache   --no-cache: every file read and parsed, warm page cache
#   cache      through .rapport/cache (brought up to date first), warm
#   cold       the page cache dropped before every run, of the customer files
#              and of the cache (posix_fadvise DONTNEED on each file, so the
#              file metadata stays cached, as it does on a machine that has
#              been busy with other files; dropping all caches needs root)
#   one customer  show, log and set on one customer: absolute times (< 20 ms),
#              and which customer files each opens or stats (strace)
# Import (100,000 customers from CSV) is timed when `rapport import` exists.
#
# Needs ripgrep, python3 and a release build (made here); strace for the
# file counts. PROFILE (default release) is the cargo profile built and
# timed: `PROFILE=profiling` reuses the criterion benchmarks' build (thin
# LTO, a little slower than release's fat LTO, so no ratio looks better).
set -euo pipefail

cd "$(dirname "$0")/.."
BOOK=${1:-target/bench-book-100k}
CUSTOMERS=${2:-100000}
export RUNS=${RUNS:-11}
export COLD_RUNS=${COLD_RUNS:-3}
export RAPPORT_TODAY=2026-11-23

PROFILE=${PROFILE:-release}
cargo build --profile "$PROFILE" --quiet --bin rapport --example generate --example fast_path_agrees
RAPPORT=$PWD/target/$PROFILE/rapport
if [ ! -f "$BOOK/rapport.toml" ]; then
    "target/$PROFILE/examples/generate" "$BOOK" --customers "$CUSTOMERS" --seed 1
    "$RAPPORT" --book "$BOOK" check
fi
"target/$PROFILE/examples/fast_path_agrees" "$BOOK"
cd "$BOOK"
exec python3 - "$RAPPORT" <<'PY'
import os, shutil, statistics, subprocess, sys, tempfile, time

rapport = sys.argv[1]
runs, cold_runs = int(os.environ["RUNS"]), int(os.environ["COLD_RUNS"])
RG = ["rg", "-c", 'stage = "customer"', "customers/"]
QUERY = "stage = customer and revenue > 1000"
BULK = [
    ("query '%s'" % QUERY, ["query", QUERY]),
    ("report summary", ["report", "summary"]),
    # What a language costs (DESIGN.md section 14): the table people read,
    # in English and in Latvian (labels, numbers and dates through CLDR).
    ("report summary --format table", ["report", "summary", "--format", "table"]),
    ("report summary --format table --lang lv",
     ["--lang", "lv", "report", "summary", "--format", "table"]),
    # Round two's listings over every customer (DESIGN.md section 12).
    ("timeline --since -30d", ["timeline", "--since", "-30d"]),
    ("deal list", ["deal", "list"]),
    ("case list", ["case", "list"]),
    ("segment rfm", ["segment", "rfm"]),
    ("report clv", ["report", "clv"]),
]
files = sorted(os.listdir("customers"))
ONE = files[len(files) // 2][: -len(".toml")]


def run(argv):
    """Runs argv; returns wall seconds and CPU seconds (user + system)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if status != 0:
        sys.exit(f"{' '.join(argv)} failed:\n{err.decode()}")
    return wall, usage.ru_utime + usage.ru_stime


def peak_memory(argv, before=None):
    """Returns argv's peak resident set in MB, as /usr/bin/time reports it
    (measured in a run of its own: a child of this script would count the
    script's own memory too)."""
    if before:
        before()
    with tempfile.NamedTemporaryFile("r") as out:
        subprocess.run(["/usr/bin/time", "-f", "%M", "-o", out.name, *argv],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        return int(out.read().split()[-1]) / 1024


def same_answers(args):
    """Checks that argv answers the same through the cache and without."""
    out = [subprocess.run([rapport, *extra, *args], capture_output=True).stdout for extra in ([], ["--no-cache"])]
    if out[0] != out[1]:
        sys.exit(f"rapport {' '.join(args)}: the cache and --no-cache disagree")


def evict():
    """Drops the customer files and the cache from the page cache."""
    os.sync()
    for path in [os.path.join("customers", f) for f in files] + [".rapport/cache"]:
        try:
            fd = os.open(path, os.O_RDONLY)
        except FileNotFoundError:
            continue
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        os.close(fd)


def resident(paths):
    """Returns how many bytes of `paths` are in the page cache (fincore)."""
    out = subprocess.run(["fincore", "-b", "-n", "-o", "RES", *paths], capture_output=True, text=True)
    return sum(int(x) for x in out.stdout.split()) if out.returncode == 0 else None


def pairs(argv, n, before=None):
    """Times argv and rg alternately n times; returns both lists."""
    mine, rg = [], []
    for _ in range(n):
        if before:
            before()
        mine.append(run(argv))
        if before:
            before()
        rg.append(run(RG))
    return mine, rg


def ms(x):
    return f"{x * 1000:8.1f} ms"


def report(name, mode, mine, rg, memory=None):
    ratio = statistics.median(m[0] / g[0] for m, g in zip(mine, rg))
    cpu = statistics.median(m[1] / g[1] for m, g in zip(mine, rg))
    wall_mine = statistics.median(m[0] for m in mine)
    wall_rg = statistics.median(g[0] for g in rg)
    mem = f"{memory:6.1f} MB" if memory is not None else ""
    print(f"{name:44} {mode:14} {ms(wall_mine)} {ms(wall_rg)}  {ratio:5.2f}  {cpu:5.2f}  {mem}", flush=True)


size = sum(os.path.getsize(os.path.join("customers", f)) for f in files)
print(f"book: {os.getcwd()}: {len(files)} customer files, {size / 1e6:.1f} MB")
print(f"machine: {os.cpu_count()} cores, {os.uname().release}, load average before {open('/proc/loadavg').read().split()[:3]}")
print(f"rg: {subprocess.run(['rg', '--version'], capture_output=True, text=True).stdout.splitlines()[0]}")
print(f"{'command':44} {'mode':14} {'rapport':>11} {'rg':>11}  ratio    cpu  peak memory")
print(f"{'':44} {'':14} {'(median)':>11} {'(median)':>11}  (median of pairs)")

for argv in [RG] + [[rapport, *a] for _, a in BULK]:
    run(argv)  # warm the page cache and the binaries, bring the cache up to date
for _, args in BULK:
    same_answers(args)

for name, args in BULK:
    argv = [rapport, "--no-cache", *args]
    report(name, "no cache", *pairs(argv, runs), peak_memory(argv))
for name, args in BULK:
    argv = [rapport, *args]
    report(name, "cache", *pairs(argv, runs), peak_memory(argv))
print(f"rg -c alone: peak memory {peak_memory(RG):.1f} MB; the cache: {os.path.getsize('.rapport/cache') / 1e6:.1f} MB on disk")

evict()
left = resident([".rapport/cache"] + ["customers/" + f for f in files[:1000]])
print(f"cold: after eviction {left} bytes of the cache and of 1,000 sampled customer files stay in the page cache")
for name, args in BULK[:2]:
    report(name, "cold", *pairs([rapport, *args], cold_runs, evict))
report(BULK[0][0], "cold, no cache", *pairs([rapport, "--no-cache", *BULK[0][1]], cold_runs, evict))
for argv in [RG] + [[rapport, *a] for _, a in BULK]:
    run(argv)  # warm again

# One customer: the file is put back afterwards.
path = f"customers/{ONE}.toml"
saved = open(path, "rb").read()
owners = iter(["anna", "tomas"] * runs)
ONE_COMMANDS = [
    ("show " + ONE, lambda: [rapport, "show", ONE]),
    ("log " + ONE + " call", lambda: [rapport, "log", ONE, "call", "--summary", "bench"]),
    ("set " + ONE + " owner=…", lambda: [rapport, "set", ONE, f"owner={next(owners)}"]),
]
try:
    for name, argv in ONE_COMMANDS:
        run(argv())
        mine, rg = [], []
        for _ in range(runs):
            mine.append(run(argv()))
            rg.append(run(RG))
        report(name, "one customer", mine, rg, peak_memory(argv()))
        if shutil.which("strace"):
            with tempfile.NamedTemporaryFile("r") as trace:
                subprocess.run(["strace", "-f", "-qq", "-e", "trace=%file", "-o", trace.name, *argv()],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
                touched = {line.split('"')[1] for line in trace if "customers/" in line and '"' in line}
                print(f"    {name}: {len(touched)} customer file(s) opened or stat-ed: {sorted(touched)}")
finally:
    open(path, "wb").write(saved)
run([rapport, *BULK[0][1]])  # the cache up to date again

# Import, once the CSV import is part of rapport.
if subprocess.run([rapport, "import", "--help"], capture_output=True).returncode == 0:
    with tempfile.TemporaryDirectory() as tmp:
        csv_path = os.path.join(tmp, "customers.csv")
        with open(csv_path, "w") as f:
            f.write("name,email,stage,owner,source,address.city,address.country\n")
            for i in range(len(files)):
                f.write(f"Customer {i},customer{i}@example.com,lead,anna,webinar,Rīga,LV\n")
        mine, rg = [], []
        for n in range(max(1, cold_runs)):
            target = os.path.join(tmp, f"book{n}")
            subprocess.run([rapport, "init", target], check=True, capture_output=True)
            mine.append(run([rapport, "--book", target, "import", csv_path]))
            rg.append(run(RG))
        target = os.path.join(tmp, "book-memory")
        subprocess.run([rapport, "init", target], check=True, capture_output=True)
        memory = peak_memory([rapport, "--book", target, "import", csv_path])
        report(f"import {len(files)} customers (CSV)", "new book", mine, rg, memory)
else:
    print("import: not in this build of rapport (skipped)")

print(f"load average after: {open('/proc/loadavg').read().split()[:3]}")
PY
