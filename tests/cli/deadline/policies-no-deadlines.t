# Policy documents without deadline rules (here only the hiring plan): an
# unknown rule is told there are none, not "one of " and an empty list.
run: sh: mkdir p && cp "$POLICIES/hiring-subsidy.yaml" p/ && hdpolicy --policies p deadline --rule renewal.joint-review --from 2025-10-09
exit: 2
stdout:
stderr:
hdpolicy: error: --rule: 'renewal.joint-review' is not accepted: a deadline rule, and the policies loaded define none (see 'hdpolicy deadline --list')
