# 2028-01-01, the first day of the successor: the same claim is cut to its cap of 600,000 instead,
# and the JSON names the version; the explanation says why it was chosen.
run: sh: bash "$POLICIES/../tests/versions/add-successor.sh" && hdpolicy subsidy --policies "$CASE_TMP/policies" --type rd --premium 2000000 --date 2028-01-01 --industry ai --specialized yes --upper-subsidy 0 --format json --explain | grep -E '"(subsidy|policy|capped_by|payable_year)"|effective window'
exit: 0
stdout:
  "subsidy": "600000.00",
  "capped_by": "annual-cap",
  "payable_year": 2029,
  "policy": "海金融发〔2027〕1号",
      "text": "第十五条: the claim date 2028-01-01 is within the effective window 2028-01-01 to 2030-12-31 of 海金融发〔2027〕1号, which applies (other versions: 海金融发〔2025〕4号 (第十五条: in force 2025-09-16 to 2027-12-31))",
