#!/usr/bin/env bash
# Recipe: a team of three sharing one book through git.
#
#   bash examples/recipes/team-git.sh [DIR]
#
# In DIR (default: a new temporary folder) it makes shared.git, the remote
# everyone pushes to (GitHub, GitLab or a server in real life), and anna/,
# janis/ and petra/, each person's clone. Then all three change the same
# customer on the same morning, pull and push: rapport's merge driver merges
# their edits field by field, and `git = "commit"` turns every change into a
# commit, so `rapport history` is the audit log. Needs git and rapport on
# the PATH (git runs `rapport merge-driver` while merging).
set -euo pipefail

dir=${1:-$(mktemp -d)}
mkdir -p "$dir"
cd "$dir"
dir=$(pwd)

say() { printf '\n## %s\n' "$*"; }
# Runs a command in someone's clone: `anna rapport log …`.
anna() { (cd "$dir/anna" && "$@"); }
janis() { (cd "$dir/janis" && "$@"); }
petra() { (cd "$dir/petra" && "$@"); }
# Clones the shared repository for a person and sets who they are.
clone() {
    local who=$1 name=$2
    git clone --quiet "$dir/shared.git" "$who" 2>/dev/null
    git -C "$who" config user.name "$name"
    git -C "$who" config user.email "$who@amberline.example"
    git -C "$who" config pull.rebase false
}

say "1. The shared repository, and Anna's clone with the book"
git init --quiet --bare shared.git
git -C shared.git symbolic-ref HEAD refs/heads/main
clone anna "Anna Bērziņa"
anna git symbolic-ref HEAD refs/heads/main
# In a repository, `rapport init` also registers the merge driver in the
# clone's .git/config and writes .gitattributes (customers/*.toml
# merge=rapport).
anna rapport init . --name "Amberline Packaging"
# Every writing command commits what it changed: the history is the audit log.
anna sh -c 'sed "s/^git = \"off\"/git = \"commit\"/" rapport.toml > rapport.new && mv rapport.new rapport.toml'
anna git add -A
anna git commit --quiet -m "A book for the team"
anna rapport add "Ēriks Ozoliņš" --email eriks@ozolins.example --phone "+371 2612 3456" \
    --owner anna --source referral
anna rapport add "Jiří Dvořák" --email jiri@dvorak.example --owner petra
anna git push --quiet -u origin main

say "2. Jānis and Petra clone it, and each runs rapport init once"
# Git does not copy a repository's config when cloning, so everyone registers
# the merge driver in their own clone; in an existing book, init does only
# that.
clone janis "Jānis Kalniņš"
janis rapport init
clone petra "Petra Horáková"
petra rapport init

say "3. The same morning, all three change Ēriks Ozoliņš"
anna rapport log eriks-ozolins call --date 2026-11-20 -m "Asked about prices"
anna rapport set eriks-ozolins stage=prospect
janis rapport log eriks-ozolins meeting --date 2026-11-21 -m "Demo at their plant"
janis rapport set eriks-ozolins "phone=+371 2000 0000"
petra rapport set eriks-ozolins tags+=b2b next.date=2026-12-01 "next.action=Send the offer"
anna git log --format='   %an: %s'

say "4. They push and pull; the merge driver merges the file field by field"
anna git push --quiet
janis git pull --no-edit
janis git push --quiet
petra git pull --no-edit
petra git push --quiet
anna git pull --quiet --no-edit
janis git pull --quiet --no-edit
echo "--- customers/eriks-ozolins.toml, the same in every clone:"
anna cat customers/eriks-ozolins.toml
anna rapport check

say "5. A real conflict: Anna and Jānis both change the e-mail"
anna rapport set eriks-ozolins email=eriks@ozolins.lv
anna git push --quiet
janis rapport set eriks-ozolins email=e.ozolins@ozolins.lv
if janis git pull --no-edit; then
    echo "expected a conflict" >&2
    exit 1
fi
# Only the e-mail's line is between markers; everything else is merged.
janis sed -n '/^<<<<<<</,/^>>>>>>>/p' customers/eriks-ozolins.toml
# Jānis edits the lines (here: keeps Anna's address), checks, commits.
janis sh -c 'awk "/^<<<<<<< /{skip=1; next} /^=======/{skip=0; next} /^>>>>>>> /{next} !skip" \
    customers/eriks-ozolins.toml > merged.toml && mv merged.toml customers/eriks-ozolins.toml'
janis rapport check
janis git commit --quiet -am "Keep Anna's e-mail for Ēriks"
janis git push --quiet
anna git pull --quiet --no-edit
petra git pull --quiet --no-edit

say "6. The audit log: who changed what, and when"
petra rapport history eriks-ozolins --format table
petra git log --graph --format='%an: %s'

printf '\nThe clones are in %s\n' "$dir"
