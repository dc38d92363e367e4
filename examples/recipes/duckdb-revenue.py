#!/usr/bin/env python3
"""Recipe: a book in DuckDB, and its revenue by month in SQL.

    python3 examples/recipes/duckdb-revenue.py [BOOK] [--since YYYY-MM] [--until YYYY-MM]

`rapport export --interactions --format ndjson` writes one JSON object per
interaction (customer, date, kind, amount, summary, ref, ...); DuckDB reads
that file as a table. Revenue is what `rapport report summary` calls revenue:
the purchases dated in the month, refunds (negative amounts) subtracted;
orders are the purchases with an amount that is not negative. Prints CSV:
month,revenue,orders (revenue with two decimals, exact: amounts are read as
DECIMAL, never as floats).

BOOK defaults to $RAPPORT_BOOK, else the current folder. Needs Python's
duckdb package (python3 -m pip install duckdb) and rapport on the PATH.
"""

import argparse
import os
import subprocess
import sys
import tempfile

import duckdb


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("book", nargs="?", default=os.environ.get("RAPPORT_BOOK", "."))
    parser.add_argument("--since", help="the first month, YYYY-MM")
    parser.add_argument("--until", help="the last month, YYYY-MM")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        # 1. The book's interactions, one JSON object a line.
        path = os.path.join(tmp, "interactions.ndjson")
        with open(path, "wb") as out:
            subprocess.run(
                ["rapport", "--book", args.book, "export", "--interactions", "--format", "ndjson"],
                stdout=out,
                check=True,
            )

        # 2. Into DuckDB, with the types the file means: amounts exact to
        #    the cent, dates as text (a date, or a date and a time).
        db = duckdb.connect()
        db.execute(
            """
            CREATE TABLE interactions AS
            SELECT * FROM read_json(?, format = 'newline_delimited',
                columns = {customer: 'VARCHAR', date: 'VARCHAR', kind: 'VARCHAR',
                           amount: 'DECIMAL(18,2)', summary: 'VARCHAR', ref: 'VARCHAR'})
            """,
            [path],
        )

        # 3. Revenue by month.
        rows = db.execute(
            """
            SELECT substr(date, 1, 7) AS month,
                   coalesce(sum(amount), 0)::DECIMAL(18,2) AS revenue,
                   count(*) FILTER (WHERE coalesce(amount, 0) >= 0) AS orders
            FROM interactions
            WHERE kind = 'purchase'
              AND (? IS NULL OR substr(date, 1, 7) >= ?)
              AND (? IS NULL OR substr(date, 1, 7) <= ?)
            GROUP BY month
            ORDER BY month
            """,
            [args.since, args.since, args.until, args.until],
        ).fetchall()

    print("month,revenue,orders")
    for month, revenue, orders in rows:
        print(f"{month},{revenue:.2f},{orders}")


if __name__ == "__main__":
    sys.exit(main())
