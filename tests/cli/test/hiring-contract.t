# The shipped hiring cases (policies/tests/hiring.yaml, worked out by hand
# from 第7项) pass against the same subsidy written as a hiring: section
# (tests/fixtures/hiring-section, the built-in mechanism's format),
# `command: eval` included; with the shipped document's 1,000 yuan per hire
# changed to 1,200 in a copy, the cases that pay under that rule fail, so
# the cases read the declared file.
run: sh: hdpolicy --policies "$CASE_DIR/../../fixtures/hiring-section" test "$POLICIES/tests/hiring.yaml"; echo "exit $?"; cp -r "$POLICIES" p && sed -i 's/^      fixed: 1000.00$/      fixed: 1200.00/' p/hiring-subsidy.yaml && hdpolicy --policies p test "$POLICIES/tests/hiring.yaml" | tail -n 1; echo "exit ${PIPESTATUS[0]}"
exit: 0
stdout:
35 passed, 0 failed
exit 0
19 passed, 16 failed
exit 1
