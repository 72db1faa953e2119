#!/usr/bin/env python3
"""Writes N synthetic deadline requests as CSV for `hdpolicy batch deadline`
(deterministic): named rules and periods in workdays, days, months and years
around holidays and month ends, and some bad rows: no period, two periods, a
count too large, an unknown rule, a bad date, dates outside the calendar,
short rows and quoted cells.

Usage: gen_deadlines.py N > deadlines.csv
"""
import random
import sys

RULES = ["insurance.inclusive-support", "renewal.joint-review", "renewal.admission-notice", "renewal.public-notice",
         "renewal.joint-acceptance", "renewal.library-exit", "renewal.transition-period"]


def main():
    n = int(sys.argv[1])
    rng = random.Random(20251130)
    out = sys.stdout
    out.write("case,from,rule,workdays,days,months,years\n")
    for i in range(n):
        y = rng.choice((2024, 2025, 2025, 2025, 2026))  # mostly within the calendars loaded
        frm = f"{y}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 32 if rng.random() < 0.9 else 29):02d}"
        row = [f"D{i:07d}", frm, "", "", "", "", ""]
        k = rng.randrange(5)
        if k == 0:
            row[2] = rng.choice(RULES[:5])  # the rules whose periods end within the calendars
        else:
            row[2 + k] = str(rng.choice((0, 1, 3, 5, 10, 15, 30, 60, 100)) if k == 1 else rng.randrange(0, (40, 13, 2)[k - 2]))
        r = rng.random()
        if r < 0.002:
            row[2:] = ["", "", "", "", ""]   # no period: a row error
        elif r < 0.004:
            row[4] = "7"; row[5] = "1"       # two periods: a row error
        elif r < 0.005:
            row[3] = "20000"                 # too large: a row error
        elif r < 0.006:
            row[2] = "no.such-rule"
        elif r < 0.007:
            row[1] = "2025-13-01"
        elif r < 0.008:
            row[1] = ""
        elif r < 0.009:
            row[1] = "2031-06-01"            # beyond the calendar's coverage
        elif r < 0.010:
            row = row[:3]                    # a short row
        elif r < 0.011:
            row[0] = f'"case, {i}"'          # a quoted cell
        out.write(",".join(row) + "\n")


if __name__ == "__main__":
    main()
