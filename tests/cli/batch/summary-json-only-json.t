# --summary --format json: stderr is one JSON document and nothing else; the
# row error and the absent-column warnings are inside it, not printed as text
# lines around it. B1: R&D insurance at 50% (第四条) of 80,000 = 40,000.00;
# B2's premium is not a number. Exit 1: a row failed.
run: sh: printf 'id,enterprise_id,date,type,premium\nB1,E1,2025-10-10,rd,80000\nB2,E1,2025-10-11,rd,八万\n' > rows.csv && hdpolicy batch subsidy --input rows.csv --output out.csv --summary --format json
exit: 1
stdout:
stderr:
{
  "kind": "subsidy",
  "rows": 2,
  "failed": 1,
  "eligible": 1,
  "total": "40000.00",
  "by_article": [
    {
      "label": "第三条 (inclusive)",
      "rows": 0,
      "amount": "0.00"
    },
    {
      "label": "第四条 (catalogue)",
      "rows": 1,
      "amount": "40000.00"
    },
    {
      "label": "第五条 (innovative)",
      "rows": 0,
      "amount": "0.00"
    }
  ],
  "by_cap": [
    {
      "label": "inclusive",
      "rows": 0,
      "amount": "0.00"
    },
    {
      "label": "catalogue",
      "rows": 1,
      "amount": "40000.00"
    },
    {
      "label": "innovative",
      "rows": 0,
      "amount": "0.00"
    }
  ],
  "enterprises": 1,
  "largest": [
    {
      "line": 2,
      "id": "B1",
      "enterprise_id": "E1",
      "amount": "40000.00",
      "label": "第四条"
    }
  ],
  "errors": [
    "line 3: premium: '八万' is not accepted: an amount in yuan, not negative, with at most two decimals (e.g. 80000 or 80000.50), at most 10^15"
  ],
  "warnings": [
    "no column 'industry': every row treats it as not given",
    "no column 'employees': every row treats it as not given",
    "no column 'revenue': every row treats it as not given",
    "no column 'high_tech_year': every row treats it as not given",
    "no column 'specialized': every row treats it as not given",
    "no column 'upper_subsidy': every row treats it as not given",
    "no column 'support_years_used': every row treats it as not given"
  ],
  "hdpolicy_version": "0.1.0"
}
