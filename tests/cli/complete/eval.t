# eval completes POLICY with every document that has an amount to compute,
# then the options of the one named (a subsidy: document takes subsidy's)
# and their values; the declared documents' own facts likewise.
run: sh: hdpolicy __complete eval ''; echo ---; hdpolicy __complete eval tech-insurance --ty; hdpolicy __complete eval tech-insurance --type r; hdpolicy __complete eval hiring-subsidy --contract ''; echo ---; hdpolicy __complete --policies "$CASE_DIR/../../shapes/policies" eval ''; hdpolicy __complete --policies "$CASE_DIR/../../shapes/policies" eval rent-subsidy --rent
exit: 0
stdout:
hiring-subsidy
tech-insurance
---
--type
rd
yes
no
---
rd-reward
rent-subsidy
--rent-paid
stderr:
