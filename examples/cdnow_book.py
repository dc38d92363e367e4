#!/usr/bin/env python3
"""Turns a CDNOW purchase history into a rapport book, one customer per CDNOW
customer and one purchase interaction per row.

    python3 examples/cdnow_book.py tests/data/cdnow/CDNOW_master.txt /tmp/cdnow

Used by the CLV example of docs/rfm-clv.md (the fit on the 2,357 customers of
CDNOW_sample as of 1997-09-30, and on all 23,570 of CDNOW_master)."""

import os
import sys


def main(source, target):
    os.makedirs(os.path.join(target, "customers"), exist_ok=True)
    with open(os.path.join(target, "rapport.toml"), "w") as f:
        f.write('name = "CDNOW"\ncurrency = "USD"\n')
    files = {}
    with open(source) as f:
        for line in f:
            cols = line.split()
            if not cols or not cols[0].isdigit():
                continue  # the header of CDNOW_master.txt
            # CDNOW_master: id date cds dollars; CDNOW_sample: master_id id date cds dollars
            ident, date, dollars = (cols[0], cols[1], cols[3]) if len(cols) == 4 else (cols[1], cols[2], cols[4])
            text = files.setdefault(ident, [f'name = "CDNOW customer {ident}"\nstage = "customer"\n'])
            text.append(
                f'\n[[interactions]]\ndate = {date[:4]}-{date[4:6]}-{date[6:]}\nkind = "purchase"\namount = {dollars}\n'
            )
    for ident, parts in files.items():
        with open(os.path.join(target, "customers", f"c{ident}.toml"), "w") as f:
            f.write("".join(parts))
    print(f"{len(files)} customers written to {target}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
