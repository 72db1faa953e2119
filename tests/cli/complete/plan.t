# plan completes POLICY with the documents it plans (a subsidy: document,
# or one of declared shape; not hiring-subsidy, whose hires share no cap),
# then its own options, once each.
run: sh: hdpolicy __complete plan ''; echo ---; hdpolicy __complete --policies "$CASE_DIR/../../shapes/stacked" plan ''; echo ---; hdpolicy __complete plan tech-insurance --in; echo ---; hdpolicy __complete plan tech-insurance ''
exit: 0
stdout:
tech-insurance
---
landing-support
---
--industry
--input
---
stderr:
