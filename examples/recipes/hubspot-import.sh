#!/usr/bin/env bash
# Recipe: move a HubSpot contacts export into a new rapport book.
#
#   bash examples/recipes/hubspot-import.sh [EXPORT.csv] [NEW-BOOK-DIR]
#
# EXPORT.csv defaults to hubspot-contacts.csv next to this script: twelve
# contacts in the column layout of HubSpot's "Export contacts" (Record ID,
# First Name, Last Name, Email, Phone Number, Company Name, Lifecycle Stage,
# Create Date, Contact owner, City, Country/Region). NEW-BOOK-DIR defaults to
# ./hubspot-book. rapport maps those columns by itself; what it cannot know
# is how HubSpot's values translate into this book's, so the import says
# which values it cannot place, and --map-value renames them.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
export_csv=${1:-$here/hubspot-contacts.csv}
case $export_csv in /*) ;; *) export_csv=$PWD/$export_csv ;; esac
book=${2:-hubspot-book}

# 1. A new book. Keep HubSpot's Record ID, typed, so the two can be matched
#    later (rapport's own id is made from the name).
rapport init "$book" --name "Contacts from HubSpot"
cd "$book"
cat >> rapport.toml <<'TOML'

[fields.hubspot_id]        # HubSpot's Record ID
type = "int"
TOML

# 2. How HubSpot's values become this book's: lifecycle stages (HubSpot has
#    eight, the book four), owners' names (the book keeps short ids) and
#    countries (the book keeps ISO codes). Values compare without case.
maps=(
    --map 'Record ID=fields.hubspot_id'
    --map-value 'stage:Subscriber=lead'
    --map-value 'stage:Marketing Qualified Lead=lead'
    --map-value 'stage:Sales Qualified Lead=prospect'
    --map-value 'stage:Opportunity=prospect'
    --map-value 'stage:Evangelist=customer'
    --map-value 'stage:Other=lead'
    --map-value 'owner:Anna Bērziņa=anna'
    --map-value 'owner:Jānis Liepiņš=janis'
    --map-value 'owner:Petra Horáková=petra'
    --map-value 'owner:Ondřej Král=ondrej'
    --map-value 'owner:Јована Ђурић=jovana'
    --map-value 'owner:Марко Вуковић=marko'
    --map-value 'address.country:Latvia=LV'
    --map-value 'address.country:Czech Republic=CZ'
    --map-value 'address.country:Serbia=RS'
    --map-value 'address.country:United Kingdom=GB'
)

# 3. Look first: --dry-run checks every row and prints what would be created
#    (one row per customer, and the companies the `Company Name` column
#    names), and writes nothing. Without the stage maps it would stop here and
#    list each HubSpot stage it cannot place, with its line.
rapport import "$export_csv" --dry-run "${maps[@]}" --format table

# 4. The import itself: all or nothing.
rapport import "$export_csv" "${maps[@]}"

# 5. What came in: the persons point at their companies' records.
rapport check
rapport query --columns id,name,stage,company,owner,address.country,fields.hubspot_id \
    --format table

# Importing the same export again creates nothing: a row whose e-mail is
# already in the book is refused (listed, nothing written). To bring in a
# newer export, match the rows by e-mail and update what changed:
#
#   rapport import newer-export.csv --match email --on-match update "${maps[@]}"
