#!/usr/bin/env python3
"""Checks that two batch outputs agree row by row on every result column they
share (eligible, subsidy, article, capped_by, payee, payable_year) and on
which rows failed. Exit 1 on the first difference.

Usage: compare_amounts.py HDPOLICY_OUT.csv BASELINE_OUT.csv
       compare_amounts.py --baseline-column HDPOLICY_OUT.csv OTHER_POLICIES_OUT.csv

With --baseline-column, HDPOLICY_OUT.csv comes from `batch subsidy
--baseline`, and its baseline_subsidy column must equal the other run's
subsidy (0.00 where that run is not eligible), and its change column
subsidy - baseline_subsidy, signed ("+50000.00", "-2500.00", "0.00"), on
every row that did not fail.
"""
import csv
import sys

COLUMNS = ("eligible", "subsidy", "article", "capped_by", "payee", "payable_year")


def fen(text):
    whole, _, part = text.partition(".")
    return int(whole) * 100 + int(part or 0)


def signed(fen_value):
    sign = "+" if fen_value > 0 else "-" if fen_value < 0 else ""
    return f"{sign}{abs(fen_value) // 100}.{abs(fen_value) % 100:02d}"


def check_baseline_column(path_a, path_b):
    with open(path_a, newline="", encoding="utf-8-sig") as fa, open(path_b, newline="", encoding="utf-8-sig") as fb:
        a, b = csv.reader(fa), csv.reader(fb)
        ha, hb = next(a), next(b)
        ia, ib = {n: i for i, n in enumerate(ha)}, {n: i for i, n in enumerate(hb)}
        rows = 0
        for ra, rb in zip(a, b, strict=True):
            rows += 1
            if ra[ia["error"]]:
                continue
            other = rb[ib["subsidy"]] or "0.00"
            if ra[ia["baseline_subsidy"]] != other:
                sys.exit(f"row {rows}: baseline_subsidy {ra[ia['baseline_subsidy']]!r}, the other run {other!r}")
            want = signed(fen(ra[ia["subsidy"]]) - fen(other))
            if ra[ia["change"]] != want:
                sys.exit(f"row {rows}: change {ra[ia['change']]!r}, expected {want!r}")
        print(f"baseline_subsidy and change agree on all {rows} rows")


def main():
    if sys.argv[1] == "--baseline-column":
        check_baseline_column(sys.argv[2], sys.argv[3])
        return
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
