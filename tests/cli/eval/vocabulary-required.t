# A shared fact used with `required: true` is required in that document
# only: employees, added to the vocabulary and used by rd-reward, becomes
# its option --employees, refused when missing; rent-subsidy is untouched.
# Given, the reward is unchanged: increase 40,000,000: 10% of 5,000,000 +
# 5% of 35,000,000 = 2,250,000.00, capped at 2,000,000.00 (rd-reward 第三条).
run: sh: cp -r "$CASE_DIR/../../shapes/policies" p && printf '  - id: employees\n    kind: count\n    label: {zh: 从业人员, en: employees}\n' >> p/vocabulary.yaml && sed -i 's/^  - use: date$/  - use: date\n  - {use: employees, required: true}/' p/rd-reward.yaml && hdpolicy --policies p eval rd-reward --rd-this-year 140000000 --rd-last-year 100000000 --date 2026-03-01; echo "exit $?"; hdpolicy --policies p eval rd-reward --rd-this-year 140000000 --rd-last-year 100000000 --date 2026-03-01 --employees 12 --format json | grep '"amount"'; hdpolicy --policies p eval rent-subsidy --employees 12
exit: 2
stdout:
exit 2
  "amount": "2000000.00",
stderr:
hdpolicy: error: --employees: required: a whole number (e.g. 12)
hdpolicy: error: --employees: '--employees' is not accepted: an option of rent-subsidy: --date, --rent-paid, --area, --days, --support-years-used
