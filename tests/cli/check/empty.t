# check: a file with only comments is empty
run: sh: cd "$POLICIES/../tests/fixtures/check" && hdpolicy check empty.yaml
exit: 1
stdout:
empty.yaml: error: the file is empty
stderr:
1 problem in 1 file
