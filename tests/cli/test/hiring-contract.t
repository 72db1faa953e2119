# The shipped hiring cases (policies/tests/hiring.yaml, worked out by hand
# from 第7项) pass against the hiring subsidy declared as data
# (tests/shapes/hiring-contract, document.contract: hiring), `command: eval`
# included; with its 1,000 yuan per hire changed to 1,200 in a copy, the
# cases that pay under that rule fail, so the cases read the declared file.
run: sh: hdpolicy --policies "$CASE_DIR/../../shapes/hiring-contract" test "$POLICIES/tests/hiring.yaml"; echo "exit $?"; mkdir -p a/b/c && ln -s "$POLICIES" policies && cp "$CASE_DIR/../../shapes/hiring-contract/hiring-subsidy.yaml" a/b/c/ && sed -i 's/^      fixed: 1000.00$/      fixed: 1200.00/' a/b/c/hiring-subsidy.yaml && hdpolicy --policies a/b/c test "$POLICIES/tests/hiring.yaml" | tail -n 1; echo "exit ${PIPESTATUS[0]}"
exit: 0
stdout:
35 passed, 0 failed
exit 0
19 passed, 16 failed
exit 1
