# Adding a fact (issue #11): hdpolicy_madeup has one subsidy table row more
# (tests/madeup/extra_subsidy_input.def) and no other C++ change. With a
# condition on it in a copy of the policies (第四条: madeup at most 5), its
# option --madeup changes the answer; left out, it is assumed and said so.
run: sh: bash "$CASE_DIR/../../madeup/add-condition.sh" && for n in 3 9 ''; do hdpolicy --policies policies subsidy --type rd --premium 80000 --date 2026-03-01 --industry ai --specialized yes --upper-subsidy 0 ${n:+--madeup $n}; done
exit: 0
stdout:
Subsidy: 40,000.00 yuan
Under: 第四条 (Art. 4) premium subsidy for catalogue insurance products, at 50%
Paid to: the applicant, in 2027
Policy: 海金融发〔2025〕4号
Not eligible
Reason: 第四条: condition not met: made-up count is at most 5 (不超过) [given: 9], so 第四条 does not apply
Policy: 海金融发〔2025〕4号
Subsidy: 40,000.00 yuan
Under: 第四条 (Art. 4) premium subsidy for catalogue insurance products, at 50%
Paid to: the applicant, in 2027
Assumptions:
  - not given: --madeup; assumed made-up count is at most 5 (不超过) (第四条)
Policy: 海金融发〔2025〕4号
stderr:
