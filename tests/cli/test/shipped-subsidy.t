# The insurance subsidy cases, by path: 62 cases, all passing
run: sh: hdpolicy test "$POLICIES/tests/subsidy.yaml"
exit: 0
stdout:
64 passed, 0 failed
stderr:
