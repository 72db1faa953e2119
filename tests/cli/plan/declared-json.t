# The same plan in JSON: each claim's rule and amount beside the one-by-one
# choice, the totals, the gain and the 9 assignments tried (each claim:
# 第二条, 第三条 or not claimed, since a cap counts times).
run: sh: cp -r "$CASE_DIR/../../shapes/stacked" highest && sed -i 's/  choose: all/  choose: highest/' highest/landing-support.yaml && hdpolicy --policies highest plan landing-support --input "$CASE_DIR/../../shapes/stacked/plan-claims.csv" --format json
exit: 0
stdout:
{
  "policy": "landing-support",
  "document": "示例落〔2026〕3号",
  "year": 2026,
  "claims": [
    {
      "line": 2,
      "claimed": true,
      "rule": "equipment",
      "article": "第三条",
      "amount": "480000.00",
      "one_by_one": {
        "rule": "settling",
        "article": "第二条",
        "amount": "500000.00"
      }
    },
    {
      "line": 3,
      "claimed": true,
      "rule": "settling",
      "article": "第二条",
      "amount": "500000.00",
      "one_by_one": {
        "rule": "settling",
        "article": "第二条",
        "amount": "0.00"
      }
    }
  ],
  "total": "980000.00",
  "one_by_one_total": "500000.00",
  "gain": "480000.00",
  "assignments": 9,
  "hdpolicy_version": "0.1.0"
}
stderr:
