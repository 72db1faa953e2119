# --received counts against the plan's caps from the start: the settling
# reward already received once (限享受一次), claim 1 gets 第三条 alone,
# 2,400,000 x 20% = 480,000.00, claim 2 nothing: 480,000.00 in all.
run: sh: hdpolicy --policies "$CASE_DIR/../../shapes/stacked" plan landing-support --input "$CASE_DIR/../../shapes/stacked/plan-claims.csv" --received settling-once=1 | tail -2
exit: 0
stdout:
Total: 480,000.00 yuan
One by one (in order): 480,000.00 yuan; the plan gains 0.00 yuan
stderr:
