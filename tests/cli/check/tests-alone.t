# A test-case file given alone is checked against the policies in use
run: sh: hdpolicy check "$POLICIES/tests/subsidy.yaml" > out && wc -l < out
exit: 0
stdout:
0
stderr-contains:
no problems
