# The cases of policies/tests/hiring.yaml (海政办发〔2025〕7号 第7项, worked out
# by hand from the item), asked of the same policy in the generic format
# (tests/shapes/hiring): every one passes, and the document checks clean.
run: sh: hdpolicy check "$CASE_DIR/../../shapes/hiring" && hdpolicy --policies "$CASE_DIR/../../shapes/hiring" test
exit: 0
stdout:
34 passed, 0 failed
stderr:
ok: 2 files, no problems
