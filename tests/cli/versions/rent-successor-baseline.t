# What the successor costs, before it is signed: the claims of 2027 run with the successor from
# 2027-07-01 (4 yuan per m² per day) against the baseline of the single 2026 document (3 yuan).
# Only E5 (2027-07-01, 500 m²) changes: 3 x 500 x 365 = 547,500.00 -> 4 x 500 x 365 = 730,000.00,
# +182,500.00. E1, E2 and E3 get the same either way (50% of the rent, or what the 1,000,000 annual
# cap leaves, below both ceilings); E4 is the day before the change.
run: sh: bash "$CASE_DIR/../../versions/add-rent-successor.sh" 2027-07-01 2027-06-30 && hdpolicy --policies "$CASE_TMP/policies" batch eval rent-subsidy --input "$CASE_DIR/../../fixtures/versions/rent-mid-year.csv" --output /dev/null --baseline "$CASE_DIR/../../shapes/policies" --summary 2>&1 | sed -n "/change from the baseline/,\$p"
exit: 0
stdout:
change from the baseline (--baseline), over the rows answered:
  baseline total: 3,295,000.00
  current total: 3,477,500.00
  total change: +182,500.00
  change by article:
    第三条 rent (办公用房租金补贴): 3,295,000.00 -> 3,477,500.00, +182,500.00
  change by cap:
    annual (单家企业年度租金补贴上限): 3,295,000.00 -> 3,477,500.00, +182,500.00
  claims: 1 gain, 0 lose, 6 same
  enterprises: 1 gain, 0 lose, 4 same
  largest changes:
    line 8: enterprise E5, 547,500.00 -> 730,000.00, +182,500.00
