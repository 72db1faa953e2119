# --strict refuses an answer resting on a fact not given (support_years_used).
run: --policies $CASE_DIR/../../shapes/policies eval rent-subsidy --rent-paid 200000 --area 500 --days 365 --date 2026-03-01 --strict
exit: 2
stdout:
stderr:
hdpolicy: error: strict: the answer would rest on facts not given:
  - not given: --support-years-used; assumed received the subsidy for fewer than 3 years so far (第三条)
