# batch subsidy, plan and --baseline do not read the premium subsidy written
# in declared shape (document.contract: subsidy) yet: they say so, and what
# does read it, instead of "no subsidy: section".
run: sh: bash "$POLICIES/../tests/shapes/insurance/contract-policies.sh" c && hdpolicy batch subsidy --policies c/policies --input "$EXAMPLES/applications.csv" --output -; echo "exit $?"; hdpolicy plan --policies c/policies --date 2025-10-01 --product rd=80000; echo "exit $?"; hdpolicy batch subsidy --baseline c/policies --input "$EXAMPLES/applications.csv" --output /dev/null; echo "exit $?"
exit: 0
stdout:
exit 2
exit 2
exit 2
stderr:
hdpolicy: error: batch subsidy: the premium subsidy loaded (海金融发〔2025〕4号, c/policies/tech-insurance.yaml) is of declared shape (document.contract: subsidy), which batch subsidy does not read yet: it needs a subsidy: section (hdpolicy subsidy and eval tech-insurance answer it)
hdpolicy: error: plan: the premium subsidy loaded (海金融发〔2025〕4号, c/policies/tech-insurance.yaml) is of declared shape (document.contract: subsidy), which plan does not read yet: it needs a subsidy: section (hdpolicy subsidy and eval tech-insurance answer it)
hdpolicy: error: --baseline: the premium subsidy loaded (海金融发〔2025〕4号, c/policies/tech-insurance.yaml) is of declared shape (document.contract: subsidy), which --baseline does not read yet: it needs a subsidy: section (hdpolicy subsidy and eval tech-insurance answer it)
