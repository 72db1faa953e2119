#!/usr/bin/env python3
"""Compares `batch hiring` with `batch eval job-expansion` row by row.

Usage: compare.py HIRING_OUT.csv EVAL_OUT.csv

Each row must get the same answer from both: eligible, the amount (hiring's
subsidy column, eval's amount) and the category (hiring's category, eval's
rule). A row refused by one must be refused by the other. The messages of
a refused row may differ in two ways, both left alone here: where a row
has two faults, the two read them in a different order and name a
different one; and eval words the contradiction of `graduate: no` beside a
school date from the facts' names. Prints the rows compared and those that
differ (the first ten), and exits 1 when any differs.
"""
import csv
import sys


def rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def main():
    hiring, generic = rows(sys.argv[1]), rows(sys.argv[2])
    if len(hiring) != len(generic):
        print(f"row counts differ: {len(hiring)} and {len(generic)}")
        return 1
    differ = 0
    for line, (h, g) in enumerate(zip(hiring, generic), start=2):
        a = (h["eligible"], h["subsidy"], h["category"], bool(h["error"]))
        b = (g["eligible"], g["amount"], g["rule"], bool(g["error"]))
        if a != b:
            differ += 1
            if differ <= 10:
                print(f"line {line}: hiring {a}, eval {b}")
    print(f"{len(hiring)} rows compared, {differ} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
