# a malformed test file is reported file:line:col and fails the run
run: sh: cd "$POLICIES/../tests/fixtures/test" && hdpolicy test malformed.yaml
exit: 1
stdout:
0 passed, 0 failed
stderr:
malformed.yaml:3:3: error: cases must be a non-empty list of test cases
