# --strict: the upper-level subsidy of the second product is not given, so 第四条's
# all-levels limit would be assumed; refused, naming the product.
run: plan --date 2026-03-01 --industry ai --specialized yes --product cybersecurity=400000:0 --product rd=80000 --strict
exit: 2
stdout:
stderr:
hdpolicy: error: strict: the answer would rest on facts not given:
  - product 2: not given: upper_subsidy; assumed subsidies from all levels together stay within the premium paid (第四条)
