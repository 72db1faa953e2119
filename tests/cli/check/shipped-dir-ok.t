# The shipped policies as a directory, and via --policies: no problems
run: sh: hdpolicy check "$POLICIES" && hdpolicy --policies "$POLICIES" check
exit: 0
stdout:
stderr-contains:
files, no problems
