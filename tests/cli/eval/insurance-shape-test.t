# The cases of policies/tests/subsidy.yaml (海金融发〔2025〕4号, worked out by
# hand from the gazette), asked of the same policy in the generic format
# (tests/shapes/insurance): every one passes, and the document checks clean.
run: sh: hdpolicy check "$CASE_DIR/../../shapes/insurance" && hdpolicy --policies "$CASE_DIR/../../shapes/insurance" test
exit: 0
stdout:
64 passed, 0 failed
stderr:
ok: 2 files, no problems
