#!/usr/bin/env bash
# Times `rapport query` against `rg -c` on a generated 100,000-customer book
# (DESIGN.md section 10), in the same run, warm page cache, and prints the
# ratio and rapport's peak memory.
#
#   benches/query_vs_rg.sh [BOOK_DIR] [CUSTOMERS]
#
# BOOK_DIR defaults to target/bench-book-100k; it is generated (seed 1) when
# it does not exist. Needs ripgrep and hyperfine (apt-get install ripgrep
# hyperfine) and GNU time (/usr/bin/time) for the memory figure.
set -euo pipefail

cd "$(dirname "$0")/.."
BOOK=${1:-target/bench-book-100k}
CUSTOMERS=${2:-100000}
QUERY='stage = customer and revenue > 1000'
export RAPPORT_TODAY=2026-11-23

cargo build --release --quiet --bin rapport --example generate
RAPPORT=$PWD/target/release/rapport
if [ ! -f "$BOOK/rapport.toml" ]; then
    target/release/examples/generate "$BOOK" --customers "$CUSTOMERS" --seed 1
fi
cd "$BOOK"

echo "book: $PWD ($(ls customers | wc -l) files, $(du -sh customers | cut -f1))"
echo "rapport query '$QUERY' -> $("$RAPPORT" query "$QUERY" | tail -n +2 | wc -l) customers"
echo "rg -c 'stage = \"customer\"' customers/ -> $(rg -c 'stage = "customer"' customers/ | wc -l) files"

hyperfine --warmup 3 --runs "${RUNS:-15}" -N --export-json /tmp/rapport-bench.json \
    "rg -c 'stage = \"customer\"' customers/" \
    "$RAPPORT query '$QUERY'"

python3 - <<'PY'
import json
r = json.load(open("/tmp/rapport-bench.json"))["results"]
rg, rp = r[0], r[1]
print(f"rg      mean {rg['mean']*1000:7.1f} ms  median {rg['median']*1000:7.1f} ms  min {rg['min']*1000:7.1f} ms")
print(f"rapport mean {rp['mean']*1000:7.1f} ms  median {rp['median']*1000:7.1f} ms  min {rp['min']*1000:7.1f} ms")
print(f"ratio rapport/rg: mean {rp['mean']/rg['mean']:.2f}  median {rp['median']/rg['median']:.2f}  min {rp['min']/rg['min']:.2f}  (target <= 1.0)")
PY

if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "rapport peak memory: %M KB (target < 200 MB)" "$RAPPORT" query "$QUERY" > /dev/null
    /usr/bin/time -f "rg peak memory: %M KB" rg -c 'stage = "customer"' customers/ > /dev/null
fi
