# A document of declared shape in two versions: 示例租〔2026〕1号 (its window ending
# 2027-12-31) and a draft 示例租〔2027〕9号 of the same id, rent-subsidy, allowing 4 yuan per m²
# per day from 2028-01-01. The claim's date picks the version: 2,000,000 x 50% = 1,000,000,
# cut to 3 x 500 m² x 365 days = 547,500.00 on 2027-12-31, the last day of the first, and to
# 4 x 500 x 365 = 730,000.00 on 2028-01-01, the first day of the second.
run: sh: bash "$CASE_DIR/../../versions/add-rent-successor.sh" && for d in 2027-12-31 2028-01-01; do hdpolicy --policies "$CASE_TMP/policies" eval rent-subsidy --rent-paid 2000000 --area 500 --days 365 --support-years-used 0 --date $d --format json; done
exit: 0
stdout:
{
  "policy": "rent-subsidy",
  "document": "示例租〔2026〕1号",
  "eligible": true,
  "amount": "547500.00",
  "rule": "rent",
  "article": "第三条",
  "capped_by": "per-m2-day",
  "payee": "applicant",
  "payable_year": 2027,
  "assumptions": [],
  "reasons": [],
  "hdpolicy_version": "0.1.0"
}
{
  "policy": "rent-subsidy",
  "document": "示例租〔2027〕9号",
  "eligible": true,
  "amount": "730000.00",
  "rule": "rent",
  "article": "第三条",
  "capped_by": "per-m2-day",
  "payee": "applicant",
  "payable_year": 2028,
  "assumptions": [],
  "reasons": [],
  "hdpolicy_version": "0.1.0"
}
