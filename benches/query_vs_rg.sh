#!/usr/bin/env bash
# Times `rapport query` against `rg -c` on a generated 100,000-customer book
# (DESIGN.md section 10): same files, same run, warm page cache. Prints the
# ratio rapport/rg and rapport's peak memory.
#
#   benches/query_vs_rg.sh [BOOK_DIR] [CUSTOMERS]
#
# BOOK_DIR defaults to target/bench-book-100k and is generated (seed 1) when
# it holds no book. RUNS (default 21) sets the number of timed pairs.
#
# The two commands are run alternately, pair after pair, so a machine whose
# load changes during the run (other builds on a shared box) weighs on both
# alike; the ratio reported is the median of the per-pair ratios. Wall time
# and CPU time (user + system) are both shown. Needs ripgrep (apt-get
# install ripgrep) and python3; GNU time (/usr/bin/time) for the memory.
set -euo pipefail

cd "$(dirname "$0")/.."
BOOK=${1:-target/bench-book-100k}
CUSTOMERS=${2:-100000}
RUNS=${RUNS:-21}
QUERY='stage = customer and revenue > 1000'
export RAPPORT_TODAY=2026-11-23

cargo build --release --quiet --bin rapport --example generate --example fast_path_agrees
RAPPORT=$PWD/target/release/rapport
if [ ! -f "$BOOK/rapport.toml" ]; then
    target/release/examples/generate "$BOOK" --customers "$CUSTOMERS" --seed 1
    "$RAPPORT" --book "$BOOK" check
fi
target/release/examples/fast_path_agrees "$BOOK"
cd "$BOOK"

echo "book: $PWD: $(ls customers | wc -l) files, $(du -sh --apparent-size customers | cut -f1)"
echo "rapport query '$QUERY': $("$RAPPORT" query "$QUERY" --format ids | wc -l) customers"
echo "rg -c 'stage = \"customer\"' customers/: $(rg -c 'stage = "customer"' customers/ | wc -l) files"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$RAPPORT" "$QUERY" "$RUNS" <<'PY'
import os, statistics, subprocess, sys, time

rapport, query, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
commands = {
    "rg": ["rg", "-c", 'stage = "customer"', "customers/"],
    "rapport": [rapport, "query", query],
}

def run(argv):
    before = os.times()
    start = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - start
    after = os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return wall, cpu

for argv in commands.values():  # warm the page cache and the binaries
    for _ in range(3):
        run(argv)

times = {name: [] for name in commands}
for _ in range(runs):
    for name, argv in commands.items():
        times[name].append(run(argv))

def ms(x):
    return f"{x * 1000:7.1f} ms"

for name in commands:
    wall = [w for w, _ in times[name]]
    cpu = [c for _, c in times[name]]
    print(f"{name:8} wall median {ms(statistics.median(wall))}  min {ms(min(wall))}   cpu median {ms(statistics.median(cpu))}")
pairs = list(zip(times["rapport"], times["rg"]))
wall_ratio = statistics.median(r[0] / g[0] for r, g in pairs)
cpu_ratio = statistics.median(r[1] / g[1] for r, g in pairs)
best_ratio = min(w for w, _ in times["rapport"]) / min(w for w, _ in times["rg"])
print(f"ratio rapport/rg: wall {wall_ratio:.2f} (median of {runs} pairs), best-vs-best {best_ratio:.2f}, cpu {cpu_ratio:.2f}   (target <= 1.0)")
PY

echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "rapport peak memory: %M KB (target < 200 MB)" "$RAPPORT" query "$QUERY" > /dev/null
    /usr/bin/time -f "rg peak memory: %M KB" rg -c 'stage = "customer"' customers/ > /dev/null
fi
