#!/usr/bin/env bash
# Runs one fuzz target with libFuzzer through cargo-fuzz on the stable
# toolchain (RUSTC_BOOTSTRAP lets stable build what cargo-fuzz asks of
# nightly). The seeds are committed; the growing corpus stays local.
#
#   cargo install cargo-fuzz
#   bash tests/fuzz/run.sh customer_file 600     # ten minutes
#
# A crash lands in tests/fuzz/artifacts/TARGET/; turn it into a regression
# test named after what broke.
set -euo pipefail
cd "$(dirname "$0")"
target=${1:?usage: run.sh TARGET [SECONDS]}
seconds=${2:-600}
mkdir -p "corpus/$target" "seeds/$target"
RUSTC_BOOTSTRAP=1 cargo fuzz run --fuzz-dir . "$target" "corpus/$target" "seeds/$target" -- \
    -max_total_time="$seconds" -max_len=8192 -print_final_stats=1
