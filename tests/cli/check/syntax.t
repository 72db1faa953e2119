# check: a YAML syntax error, at its line
run: sh: cd "$POLICIES/../tests/fixtures/check" && hdpolicy check syntax.yaml
exit: 1
stdout:
syntax.yaml:5:9: error: YAML syntax: end of sequence flow not found
stderr:
1 problem in 1 file
