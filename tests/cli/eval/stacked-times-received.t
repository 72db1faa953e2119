# A cap on times (第二条 同一企业限享受一次) takes --received as a count: 1
# received cuts the settling reward to 0.00, the R&D equipment subsidy is
# paid (1,000,000 x 20% = 200,000.00); a count above the cap, or not a whole
# number, is refused naming the cap, the value and what it accepts.
run: sh: p="$CASE_DIR/../../shapes/stacked"; hdpolicy --policies "$p" eval landing-support --newly-settled yes --equipment-cost 1000000 --date 2027-03-01 --received settling-once=1 --format json | grep -E '"(amount|capped_by)"'; hdpolicy --policies "$p" eval landing-support --newly-settled yes --date 2027-03-01 --received settling-once=2; hdpolicy --policies "$p" eval landing-support --newly-settled yes --date 2027-03-01 --received settling-once=1.0; echo "exit $?"
exit: 0
stdout:
  "amount": "200000.00",
  "capped_by": "settling-once",
exit 2
stderr:
hdpolicy: error: --received: 'settling-once=2' is not accepted: CAP_ID=TIMES for cap settling-once: a whole number of times from 0 to 1 (第二条)
hdpolicy: error: --received: 'settling-once=1.0' is not accepted: CAP_ID=TIMES for cap settling-once: a whole number of times from 0 to 1 (第二条)
