# check: an alias inside the node it names (a cycle) is refused, not followed until the stack overflows
run: sh: cd "$POLICIES/../tests/fixtures/check" && hdpolicy check alias-cycle.yaml
exit: 1
stdout:
alias-cycle.yaml:39:15: error: an alias refers to a node that contains it (a cycle)
stderr:
1 problem in 1 file
