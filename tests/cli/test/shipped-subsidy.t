# The insurance subsidy cases, by path: 60 cases, all passing
run: sh: hdpolicy test "$POLICIES/tests/subsidy.yaml"
exit: 0
stdout:
60 passed, 0 failed
stderr:
