# document.contract: only `hiring` is accepted, on a document of declared
# shape that declares every fact the hiring command's options fill: the rent
# subsidy (no person_id, no hire date) cannot answer as `hdpolicy hiring`,
# and neither can the hiring subsidy with its labour-contract fact renamed.
run: sh: for change in 's/^document:$/document:\n  contract: payroll/' 's/^document:$/document:\n  contract: hiring/'; do rm -rf p && cp -r "$CASE_DIR/../../shapes/policies" p && sed -i "$change" p/rent-subsidy.yaml && hdpolicy check p; echo "exit $?"; done; mkdir -p a/b/c && cp "$POLICIES/hiring-subsidy.yaml" a/b/c/ && cp -r "$POLICIES/sources" a/b/c/ && sed -i 's/^\(  - id: \)contract$/\1labour_contract/; s/fact: contract\b/fact: labour_contract/' a/b/c/hiring-subsidy.yaml && hdpolicy check a/b/c; echo "exit $?"; sed -i 's/labour_contract/contract/' a/b/c/hiring-subsidy.yaml && hdpolicy check a/b/c; echo "exit $?"
exit: 0
stdout:
p/rent-subsidy.yaml:6:13: error: document.contract: 'payroll' is not accepted: hiring (the answer of hdpolicy hiring) or subsidy (of hdpolicy subsidy)
exit 1
p/rent-subsidy.yaml:6:13: error: document.contract: hiring takes fact 'person_id' (key), which the document does not declare
exit 1
a/b/c/hiring-subsidy.yaml:37:13: error: document.contract: hiring takes fact 'contract' (yesno), which the document does not declare
exit 1
exit 0
stderr:
1 problem in 5 files
1 problem in 5 files
1 problem in 1 file
ok: 1 file, no problems
