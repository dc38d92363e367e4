#!/usr/bin/env bash
# Regenerates the committed files that are made by code: completions/ for
# every shell and the man pages completions/man/ (from the clap definitions),
# and the demo book
# examples/demo-book/ (from examples/generate/demo.rs). A test fails when any
# of them is stale.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --quiet
bin=target/debug/rapport
mkdir -p completions
"$bin" completions bash > completions/rapport.bash
"$bin" completions zsh > completions/_rapport
"$bin" completions fish > completions/rapport.fish
"$bin" completions elvish > completions/rapport.elv
"$bin" completions powershell > completions/_rapport.ps1
rm -rf completions/man
"$bin" man completions/man
echo "regenerated completions/ (and the man pages in completions/man/)"
cargo build --quiet --example generate
rm -rf examples/demo-book
target/debug/examples/generate --demo examples/demo-book
