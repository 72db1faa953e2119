#!/usr/bin/env python3
"""Compares `batch subsidy` with `batch eval tech-insurance` row by row.

Usage: compare.py SUBSIDY_OUT.csv EVAL_OUT.csv

Each row must get the same answer from both: eligible, the amount
(subsidy's subsidy column, eval's amount), the article (subsidy's number,
eval's 第N条), capped_by, the payee and the payable year. A row refused by
one must be refused by the other. The notes and messages are worded by
each command's own renderer and are not compared here. Prints the rows
compared and those that differ (the first ten), and exits 1 when any
differs.
"""
import csv
import sys

ARTICLES = {"3": "第三条", "4": "第四条", "5": "第五条"}


def rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def main():
    subsidy, generic = rows(sys.argv[1]), rows(sys.argv[2])
    if len(subsidy) != len(generic):
        print(f"row counts differ: {len(subsidy)} and {len(generic)}")
        return 1
    differ = 0
    for line, (s, g) in enumerate(zip(subsidy, generic), start=2):
        a = (s["eligible"], s["subsidy"], ARTICLES.get(s["article"], s["article"]), s["capped_by"], s["payee"],
             s["payable_year"], bool(s["error"]))
        b = (g["eligible"], g["amount"], g["article"], g["capped_by"], g["payee"], g["payable_year"], bool(g["error"]))
        if a != b:
            differ += 1
            if differ <= 10:
                print(f"line {line}: subsidy {a}, eval {b}")
    print(f"{len(subsidy)} rows compared, {differ} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
