# An empty --policies directory holds no policy documents: said so, instead of
# "--type: 'rd' is not accepted: one of " with an empty list.
run: sh: mkdir empty && hdpolicy --policies empty subsidy --type rd --premium 80000
exit: 2
stdout:
stderr:
hdpolicy: error: --policies: 'empty' is not accepted: a directory of policy documents (*.yaml with a document: section, as in policies/); it holds none
