# The JSON summary of batch eval totals each cap as the text does: the
# stacked landing support's annual cap took all four rows (500,000 + 200,000,
# 300,000, 100,000, 200,000 = 1,300,000.00); settling-once the one row paid
# under 落户奖励 (500,000.00), not the 2027 row its once-only rule paid nothing.
run: sh: hdpolicy --policies $CASE_DIR/../../shapes/stacked batch eval landing-support --input $CASE_DIR/../../shapes/stacked/claims.csv --output /dev/null --summary --format json 2>&1 | grep -A12 '"by_cap"'
exit: 0
stdout:
  "by_cap": [
    {
      "label": "annual (单家企业年度支持合计上限)",
      "rows": 4,
      "amount": "1300000.00"
    },
    {
      "label": "settling-once (落户奖励同一企业限享受一次)",
      "rows": 1,
      "amount": "500000.00"
    }
  ],
  "enterprises": 2,
stderr:
