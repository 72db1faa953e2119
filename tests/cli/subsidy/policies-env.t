# HDPOLICY_POLICIES selects a policy directory too: the 第四条 cap lowered to
# 30,000 cuts 40,000.00 to 30,000.00. (The cap is edited in the subsidy:
# section or in the declared form, whichever the file is written in.)
run: sh: cp -r "$POLICIES" p && sed -i -e 's/^      amount: 500000.00$/      amount: 30000.00/' -e 's/^    amount: 500000.00$/    amount: 30000.00/' p/tech-insurance.yaml && HDPOLICY_POLICIES=p hdpolicy subsidy --type rd --premium 80000 --date 2026-03-01 --format json | grep -E '"(subsidy|capped_by)"'
exit: 0
stdout:
  "subsidy": "30000.00",
  "capped_by": "annual-cap",
