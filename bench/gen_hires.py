#!/usr/bin/env python3
"""Writes N synthetic hires as CSV for `hdpolicy batch hiring` (deterministic).

Graduates, school leavers, registered unemployed and people who fit no
category; the same person hired twice by an enterprise (paid once) or by two
enterprises; facts left empty (assumed, named in the note); and some bad rows:
bad dates, missing ids, short rows, quoted and formula-like cells.

Usage: gen_hires.py N > hires.csv
"""
import random
import sys

NAMES = ["张伟", "李娜", "王芳", "Smith, J.", "=1+1", "", "赵\"磊\""]
YES_NO = ["yes", "no", "是", "否", "", "", ""]
GRADUATE = ["yes", "是", "", "", "", "no"]


def csv_cell(s):
    return '"' + s.replace('"', '""') + '"' if any(ch in s for ch in ',"\n') else s


def date(rng, y0, y1):
    return f"{rng.randrange(y0, y1 + 1)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"


def main():
    n = int(sys.argv[1])
    rng = random.Random(20251129)
    out = sys.stdout
    out.write("enterprise_id,person_id,name,hire_date,birth_date,graduate,graduation_date,left_school_date,"
              "unemployed,registered_unemployed,contract\n")
    enterprises = max(1, n // 40)
    people = max(1, n // 2)  # so that some people are hired twice
    for _ in range(n):
        e = f"E{rng.randrange(enterprises):06d}"
        p = f"P{rng.randrange(people):07d}"
        hire = date(rng, 2025, 2025) if rng.random() < 0.9 else date(rng, 2024, 2026)  # the plan covers 2025
        birth = date(rng, 1990, 2009)
        graduation = rng.choice(("", "", date(rng, 2022, 2025)[:5] + "06-30"))
        left = rng.choice(("", "", "", "", date(rng, 2022, 2024)))
        row = [e, p, rng.choice(NAMES), hire, birth, rng.choice(GRADUATE), graduation, left,
               rng.choice(YES_NO), rng.choice(YES_NO), rng.choice(("yes", "yes", "no", "", "是"))]
        r = rng.random()
        if r < 0.003:
            row[3] = "2025-02-30"      # no such date: a row error
        elif r < 0.005:
            row[0] = ""                # no enterprise: a row error
        elif r < 0.007:
            row[1] = ""                # no person: a row error
        elif r < 0.009:
            row[4] = "1990/01/01"      # not YYYY-MM-DD: a row error
        elif r < 0.010:
            row = row[:5]              # a short row: a row error
        elif r < 0.011:
            row[9] = "maybe"           # not yes/no: a row error
        out.write(",".join(csv_cell(c) for c in row) + "\n")


if __name__ == "__main__":
    main()
