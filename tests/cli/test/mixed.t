# two cases pass, four fail one way each: a wrong value, an error expected, an error not expected, a field not in the output; exit 1
run: sh: cd "$POLICIES/../tests/fixtures/test" && hdpolicy test mixed.yaml
exit: 1
stdout:
mixed.yaml:11: FAIL wrong amount: subsidy: expected 40000.01, got 40000.00
mixed.yaml:15: FAIL an error expected, an answer given: error: expected an input error containing "premium", got an answer
mixed.yaml:19: FAIL an answer expected, an error given: error: premium: '-1' is not accepted: an amount in yuan, not negative, with at most two decimals (e.g. 80000 or 80000.50), at most 10^15
mixed.yaml:23: FAIL a field the output does not have: amount: no such field in the subsidy output (fields: eligible, subsidy, article, rate, capped_by, payee, payable_year, assumptions, reasons, alternatives, policy, rule, article_cn, type, premium, date)
2 passed, 4 failed
stderr:
