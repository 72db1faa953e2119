# --baseline on a document with a derived fact (rd-reward's increase,
# difference: [rd_this_year, rd_last_year]): the baseline reads only the
# facts that have a column (it read past the row's cells before: found by
# fuzzing, tests/fuzz/regressions/batch_eval). E1: increase 40,000,000 →
# 10% × 5,000,000 + 5% × 35,000,000 = 2,250,000, capped at 2,000,000 (第三条);
# E2: increase 1,000,000 is 10% of last year, under 20%: nothing.
run: sh: printf 'enterprise_id,date,rd_this_year,rd_last_year\nE1,2026-03-01,140000000,100000000\nE2,2026-03-01,11000000,10000000\n' > rd.csv && hdpolicy batch eval rd-reward --policies "$CASE_DIR/../../shapes/policies" --baseline "$CASE_DIR/../../shapes/policies" --input rd.csv --output -
exit: 0
stdout:
enterprise_id,date,rd_this_year,rd_last_year,eligible,amount,rule,article,capped_by,payee,payable_year,note,error,baseline_amount,change
E1,2026-03-01,140000000,100000000,yes,2000000.00,growth,第三条,annual,applicant,2027,,,2000000.00,0.00
E2,2026-03-01,11000000,10000000,no,0.00,,,,,,"第三条 reward for R&D investment growth: not met: R&D investment grew by at least 20% year on year (year-on-year increase of R&D investment is at least 20% of R&D investment last year (以上)) [given: 1,000,000.00 yuan]",,0.00,0.00
stderr:
