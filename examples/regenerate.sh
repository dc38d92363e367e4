#!/usr/bin/env bash
# Regenerates the committed files that come from the clap definitions:
# completions/ for every shell (a test fails when they are stale).
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
"$bin" man > completions/rapport.1
echo "regenerated completions/ (and the man page completions/rapport.1)"
