# plan POLICY refuses, each naming the field, the value and what is
# accepted: claims of two calendar years, a bad cell (file and line), an
# option of the insurance portfolio, no --input, an unknown document, one
# with no rules to plan.
run: sh: p="$CASE_DIR/../../shapes/stacked"; printf 'date,newly_settled\n2026-03-01,yes\n2027-01-05,yes\n' > years.csv; printf 'date,newly_settled\n2026-03-01,maybe\n' > bad.csv; hdpolicy --policies "$p" plan landing-support --input years.csv; echo "exit $?"; hdpolicy --policies "$p" plan landing-support --input bad.csv; echo "exit $?"; hdpolicy --policies "$p" plan landing-support --industry ai --input years.csv; echo "exit $?"; hdpolicy --policies "$p" plan landing-support; echo "exit $?"; hdpolicy --policies "$p" plan nope --input bad.csv; echo "exit $?"; hdpolicy plan urban-renewal --input bad.csv; echo "exit $?"
exit: 0
stdout:
exit 2
exit 2
exit 2
exit 2
exit 2
exit 2
stderr:
hdpolicy: error: years.csv: line 3: the claim's date 2027-01-05 is in 2027, the plan's first claim in 2026: a plan is one enterprise's year
hdpolicy: error: bad.csv: line 2: newly_settled: 'maybe' is not accepted: yes or no (also true/false, 1/0, 是/否)
hdpolicy: error: --industry: 'ai' is not accepted: nothing with POLICY landing-support: its facts are the columns of --input
hdpolicy: error: --input: required with POLICY landing-support: a CSV of its claims, columns its facts
hdpolicy: error: POLICY: 'nope' is not accepted: a document of declared shape (landing-support), or tech-insurance
hdpolicy: error: POLICY: 'urban-renewal' is not accepted: a document of declared shape (none is loaded), or tech-insurance
