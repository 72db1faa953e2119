# The insurance subsidy cases, by path: 58 cases, all passing
run: sh: hdpolicy test "$POLICIES/tests/subsidy.yaml"
exit: 0
stdout:
58 passed, 0 failed
stderr:
