#!/usr/bin/env python3
"""Writes N synthetic premium-subsidy applications as CSV (deterministic).

Every insurance type and industry (by id, alias or Chinese name), cells left
empty (unknown facts), enterprises with several claims a year so the annual
caps bind, some claims outside the effective window, and a few bad rows.

Usage: gen_applications.py N > applications.csv
"""
import random
import sys

TYPES = ["inclusive", "rd", "product", "finance", "property", "liability", "three-firsts", "ai-content",
         "data-damage", "cybersecurity", "ic-tapeout", "satellite-launch", "satellite-orbit",
         "研发类保险", "首台套", "网络安全保险"]
INDUSTRIES = ["ai", "next-gen-it", "ic", "pharma-health", "smart-equipment", "energy-saving-env", "new-materials",
              "connected-vehicles", "commercial-space", "low-altitude", "人工智能", "集成电路", ""]
PREMIUMS = ["2000", "2500", "3000", "80000", "120000.50", "33333.33", "600000", "1000000", "8000000"]


def main():
    n = int(sys.argv[1])
    rng = random.Random(20251128)
    out = sys.stdout
    out.write("id,enterprise_id,date,type,premium,industry,employees,revenue,high_tech_year,specialized,"
              "upper_subsidy,support_years_used\n")
    enterprises = max(1, n // 50)  # 20,000 for a million rows: about the number of tech enterprises in Haidian
    for i in range(n):
        e = rng.randrange(enterprises)
        year = rng.choice((2025, 2026, 2026, 2027))
        month = rng.randrange(1, 13)
        if year == 2025:
            month = rng.randrange(8, 13)  # some before the rules took effect on 2025-09-16
        day = rng.randrange(1, 29)
        date = f"{year}-{month:02d}-{day:02d}"
        premium = rng.choice(PREMIUMS)
        r = rng.random()
        if r < 0.002:
            premium = "abc"           # a bad amount: a row error
        elif r < 0.004:
            date = ""                 # no date: a row error
        employees = rng.choice(("20", "80", "100", "101", "450", ""))
        revenue = rng.choice(("1000000", "10000000", "10000000.01", "90000000", ""))
        high_tech = rng.choice(("", "", str(year - 1), str(year - 2)))
        specialized = rng.choice(("yes", "no", "是", "否", "true", ""))
        upper = rng.choice(("", "", "", "40000", "800000"))
        support = rng.choice(("0", "1", "2", "3", ""))
        out.write(f"A{i:07d},E{e:06d},{date},{rng.choice(TYPES)},{premium},{rng.choice(INDUSTRIES)},{employees},"
                  f"{revenue},{high_tech},{specialized},{upper},{support}\n")


if __name__ == "__main__":
    main()
