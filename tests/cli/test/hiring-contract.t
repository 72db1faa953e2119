# The shipped hiring cases (policies/tests/hiring.yaml, worked out by hand
# from 第7项), `command: eval` included, read the declared document: with
# its 1,000 yuan per hire changed to 1,200 in a copy, the 16 cases that pay
# fail and the 19 that pay nothing still pass.
run: sh: cp -r "$POLICIES" p && sed -i 's/^      fixed: 1000.00$/      fixed: 1200.00/' p/hiring-subsidy.yaml && hdpolicy --policies p test "$POLICIES/tests/hiring.yaml" | tail -n 1; echo "exit ${PIPESTATUS[0]}"
exit: 0
stdout:
19 passed, 16 failed
exit 1
