#!/usr/bin/env python3
"""Checks that two batch outputs agree row by row on every result column they
share (eligible, subsidy, article, capped_by, payee, payable_year) and on
which rows failed. Exit 1 on the first difference.

Usage: compare_amounts.py HDPOLICY_OUT.csv BASELINE_OUT.csv
"""
import csv
import sys

COLUMNS = ("eligible", "subsidy", "article", "capped_by", "payee", "payable_year")


def main():
    with open(sys.argv[1], newline="", encoding="utf-8-sig") as fa, open(sys.argv[2], newline="", encoding="utf-8-sig") as fb:
        a, b = csv.reader(fa), csv.reader(fb)
        ha, hb = next(a), next(b)
        ia, ib = {n: i for i, n in enumerate(ha)}, {n: i for i, n in enumerate(hb)}
        rows = 0
        for ra, rb in zip(a, b, strict=True):
            rows += 1
            for k in COLUMNS:
                if ra[ia[k]] != rb[ib[k]]:
                    sys.exit(f"row {rows}: {k} differs: hdpolicy {ra[ia[k]]!r}, baseline {rb[ib[k]]!r}\n  {ra}\n  {rb}")
            if (ra[ia["error"]] == "") != (rb[ib["error"]] == ""):
                sys.exit(f"row {rows}: only one of them failed: {ra[ia['error']]!r} / {rb[ib['error']]!r}")
        print(f"amounts agree on all {rows} rows")


if __name__ == "__main__":
    main()
