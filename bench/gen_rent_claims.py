#!/usr/bin/env python3
"""Writes N synthetic claims on the made-up rent subsidy
(tests/shapes/policies/rent-subsidy.yaml) as `batch eval rent-subsidy`
reads them: enterprise_id,date,rent_paid,area,days,support_years_used.
Deterministic (seeded), so two binaries can be compared on the same file.
Usage: gen_rent_claims.py N OUT.csv"""
import random
import sys

n, out = int(sys.argv[1]), sys.argv[2]
rng = random.Random(2026)
with open(out, "w", encoding="utf-8", newline="") as f:
    f.write("enterprise_id,date,rent_paid,area,days,support_years_used\n")
    for i in range(n):
        ent = f"E{rng.randrange(max(1, n // 50)):07d}"  # 20,000 for a million rows, as gen_applications.py
        year = rng.choice((2025, 2026, 2026, 2027, 2028, 2029))
        date = f"{year}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
        rent = f"{rng.randrange(1000, 5_000_000)}.{rng.randrange(100):02d}"
        area = f"{rng.randrange(10, 2000)}" + (f".{rng.randrange(100):02d}" if rng.random() < 0.3 else "")
        days = str(rng.randrange(1, 366))
        used = "" if rng.random() < 0.1 else str(rng.randrange(0, 5))
        if rng.random() < 0.004:
            rent = "n/a"  # a row that fails, as real files have
        f.write(f"{ent},{date},{rent},{area},{days},{used}\n")
