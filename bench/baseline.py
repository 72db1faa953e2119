#!/usr/bin/env python3
"""The same premium-subsidy rules as `hdpolicy batch subsidy`, in plain Python
with the standard csv module and integer fen: the baseline the benchmark
compares against, and a second, independent implementation whose amounts
must agree with hdpolicy's to the fen on every row.

The numbers are those of policies/tech-insurance.yaml (海金融发〔2025〕4号,
articles cited there); they are written out here because the baseline is
meant to be a plain script, not a policy engine.

Writes every input column, then eligible, subsidy, article, capped_by, payee,
payable_year, error (no explanatory note).

Usage: baseline.py INPUT.csv OUTPUT.csv [CATALOGUE_CAP_YUAN]

CATALOGUE_CAP_YUAN replaces 第四条's 500,000 (bench/baseline_cost.sh: the
same claims under a cap of 600,000, to check `--baseline`'s column).
"""
import csv
import datetime
import re
import sys

TRUE, FALSE, UNKNOWN = 1, 0, 2

TYPE_NAMES = {  # id: Chinese name and aliases
    "inclusive": ["普惠型综合科技保险"], "rd": ["研发类保险"], "product": ["产品类保险"], "finance": ["金融类保险"],
    "property": ["财产类保险"], "liability": ["责任类保险"], "three-firsts": ["三首保险", "首台套", "首批次", "首版次"],
    "ai-content": ["生成式人工智能内容侵权险"], "data-damage": ["网络数据损害险"], "cybersecurity": ["网络安全险", "网络安全保险"],
    "ic-tapeout": ["集成电路首次流片险"], "satellite-launch": ["卫星发射险"], "satellite-orbit": ["卫星在轨险"],
}
INDUSTRY_NAMES = {
    "ai": "人工智能", "next-gen-it": "新一代信息技术", "ic": "集成电路", "pharma-health": "医药健康", "smart-equipment": "智能装备",
    "energy-saving-env": "节能环保", "new-materials": "新材料", "connected-vehicles": "智能网联汽车", "commercial-space": "商业航天",
    "low-altitude": "低空经济",
}
TYPES = {}
for tid in TYPE_NAMES:
    TYPES[tid] = tid
for tid, names in TYPE_NAMES.items():
    for n in names:
        TYPES.setdefault(n, tid)
INDUSTRIES = {i: i for i in INDUSTRY_NAMES}
for i, n in INDUSTRY_NAMES.items():
    INDUSTRIES.setdefault(n, i)
KEY_INDUSTRIES = set(INDUSTRY_NAMES)  # 第二条

WINDOW = (datetime.date(2025, 9, 16), datetime.date(2027, 12, 31))  # 第十五条
CAPS = {"inclusive": 250000, "catalogue": 50000000, "innovative": 300000000}  # fen: 第三、四、五条
PREMIUM_CAPS = {"inclusive"}

# (article number, rule id, {type: percent}, limits in order, payee)
RULES = [
    (3, "inclusive", {"inclusive": 100}, ["inclusive"], "insurer"),
    (4, "catalogue", {"rd": 50, "product": 50, "finance": 50, "property": 30, "liability": 30, "cybersecurity": 30,
                      "three-firsts": 20}, ["catalogue", "all-levels"], "applicant"),
    (5, "innovative", {"ai-content": 50, "data-damage": 50, "cybersecurity": 50, "ic-tapeout": 50,
                       "satellite-launch": 50, "satellite-orbit": 50}, ["innovative", "all-levels"], "applicant"),
]

AMOUNT = re.compile(r"[0-9]+(\.[0-9]{1,2})?\Z")
COUNT = re.compile(r"[0-9]{1,13}\Z")
DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
YES = {"yes", "true", "1", "是", "Yes", "YES", "TRUE", "True"}
NO = {"no", "false", "0", "否", "No", "NO", "FALSE", "False"}


class RowError(Exception):
    pass


def money(text, field):
    if not AMOUNT.match(text):
        raise RowError(f"{field}: {text!r}")
    whole, _, frac = text.partition(".")
    fen = int(whole) * 100 + int((frac + "00")[:2])
    if fen > 10 ** 17:
        raise RowError(f"{field}: {text!r}")
    return fen


def count(text, field):
    if not COUNT.match(text):
        raise RowError(f"{field}: {text!r}")
    return int(text)


def date(text, field):
    if not DATE.match(text):
        raise RowError(f"{field}: {text!r}")
    try:
        return datetime.date(int(text[:4]), int(text[5:7]), int(text[8:]))
    except ValueError:
        raise RowError(f"{field}: {text!r}") from None


def all_of(*values):
    if FALSE in values:
        return FALSE
    return UNKNOWN if UNKNOWN in values else TRUE


def any_of(*values):
    if TRUE in values:
        return TRUE
    return UNKNOWN if UNKNOWN in values else FALSE


def compare(value, test):
    return UNKNOWN if value is None else (TRUE if test(value) else FALSE)


def eligible(rule_id, claim_year, f):
    if rule_id == "inclusive":  # 第三条
        small = all_of(compare(f["employees"], lambda v: v <= 100), compare(f["revenue"], lambda v: v <= 1000000000))
        high_tech = compare(f["high_tech_year"], lambda v: v == claim_year - 1)
        return all_of(any_of(small, high_tech), compare(f["support_years_used"], lambda v: v < 3))
    if rule_id == "catalogue":  # 第四条
        return compare(f["specialized"], lambda v: v)
    return TRUE


def evaluate(claim_type, premium, day, f, used):
    """Returns (amount, article, capped_by, payee) or None when no article pays."""
    best = None
    for article, rule_id, rates, limits, payee in RULES:
        if claim_type not in rates:
            continue
        if not (WINDOW[0] <= day <= WINDOW[1]):
            continue
        if compare(f["industry"], lambda v: v in KEY_INDUSTRIES) == FALSE:
            continue
        if eligible(rule_id, day.year, f) == FALSE:
            continue
        amount = (premium * rates[claim_type] + 50) // 100  # half up, to the fen
        capped = ""
        for limit in limits:
            if limit == "all-levels":
                if f["upper_subsidy"] is None:
                    continue
                room, name = max(0, premium - f["upper_subsidy"]), "all-levels"
            else:
                room = max(0, CAPS[limit] - used.get(limit, 0))
                name = "premium-cap" if limit in PREMIUM_CAPS else "annual-cap"
            if amount > room:
                amount, capped = room, name
        if best is None or amount > best[0]:  # 就高不就低; on a tie the lower article, seen first
            best = (amount, article, capped, payee, limits)
    return best


def yes_no(text, field):
    if text in YES:
        return True
    if text in NO:
        return False
    raise RowError(f"{field}: {text!r}")


def main():
    src, dst = sys.argv[1], sys.argv[2]
    if len(sys.argv) > 3:
        CAPS["catalogue"] = int(sys.argv[3]) * 100
    with open(src, newline="", encoding="utf-8-sig") as fin, open(dst, "w", newline="", encoding="utf-8") as fout:
        reader = csv.reader(fin)
        writer = csv.writer(fout, lineterminator="\n")
        header = next(reader)
        col = {name.strip().lower(): i for i, name in enumerate(header)}
        writer.writerow(header + ["eligible", "subsidy", "article", "capped_by", "payee", "payable_year", "error"])
        ledger = {}  # (enterprise, year) -> {cap: fen used}
        names = ["industry", "employees", "revenue", "high_tech_year", "specialized", "upper_subsidy", "support_years_used"]
        for row in reader:
            if not row:
                continue
            try:
                if len(row) != len(header):
                    raise RowError("cell count")
                cell = {k: row[i] for k, i in col.items()}
                enterprise = cell["enterprise_id"]
                if not enterprise or not cell["date"]:
                    raise RowError("required")
                claim_type = TYPES.get(cell["type"])
                if claim_type is None:
                    raise RowError("type")
                premium = money(cell["premium"], "premium")
                day = date(cell["date"], "date")
                f = dict.fromkeys(names)
                if cell.get("industry"):
                    f["industry"] = INDUSTRIES.get(cell["industry"])
                    if f["industry"] is None:
                        raise RowError("industry")
                if cell.get("employees"):
                    f["employees"] = count(cell["employees"], "employees")
                if cell.get("revenue"):
                    f["revenue"] = money(cell["revenue"], "revenue")
                if cell.get("high_tech_year"):
                    y = cell["high_tech_year"]
                    if len(y) != 4 or not COUNT.match(y) or not 1900 <= int(y) <= 2200:
                        raise RowError("high_tech_year")
                    f["high_tech_year"] = int(y)
                if cell.get("specialized"):
                    f["specialized"] = yes_no(cell["specialized"], "specialized")
                if cell.get("upper_subsidy"):
                    f["upper_subsidy"] = money(cell["upper_subsidy"], "upper_subsidy")
                if cell.get("support_years_used"):
                    f["support_years_used"] = count(cell["support_years_used"], "support_years_used")
            except RowError as e:
                writer.writerow(row + ["", "", "", "", "", "", str(e)])
                continue
            used = ledger.setdefault((enterprise, day.year), {})
            best = evaluate(claim_type, premium, day, f, used)
            if best is None:
                writer.writerow(row + ["no", "0.00", "", "", "", "", ""])
                continue
            amount, article, capped, payee, limits = best
            for limit in limits:
                if limit != "all-levels":
                    used[limit] = used.get(limit, 0) + amount
            writer.writerow(row + ["yes", f"{amount // 100}.{amount % 100:02d}", article, capped, payee, day.year + 1, ""])


if __name__ == "__main__":
    main()
