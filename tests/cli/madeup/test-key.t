# The made-up fact as a policy test-case key (cases.yaml): every case passes.
run: sh: bash "$CASE_DIR/../../madeup/add-condition.sh" && hdpolicy --policies policies test "$CASE_DIR/cases.yaml"
exit: 0
stdout:
3 passed, 0 failed
stderr:
