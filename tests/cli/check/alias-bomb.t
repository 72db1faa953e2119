# check: a billion-laughs alias bomb is refused, not expanded
run: sh: cd "$POLICIES/../tests/fixtures/check" && hdpolicy check alias-bomb.yaml
exit: 1
stdout:
alias-bomb.yaml:7:20: error: aliases expand this document to more than 200000 values (an alias bomb?)
stderr:
1 problem in 1 file
